/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { OperationExecutor } from '@patchbay/connector-runtime';
import type { paths } from './types';

/** Provider id this client talks to; the executor resolves credentials, servers and retries from it. */
export const PROVIDER_ID = 'notion';

/** openapi-typescript entry of `databases.query`. */
type DatabasesQueryOperation = paths['/databases/{database_id}/query']['post'];

/** Input of {@link NotionClient.databasesQuery}: parameters by name, plus `body` when there is one. */
export interface DatabasesQueryInput {
  database_id: NonNullable<DatabasesQueryOperation['parameters']['path']>['database_id'];
  /** Only return these property ids (repeatable). */
  filter_properties?: NonNullable<DatabasesQueryOperation['parameters']['query']>['filter_properties'];
  /** Request body (`application/json`). */
  body?: NonNullable<DatabasesQueryOperation['requestBody']>['content']['application/json'];
}

/** Successful response of {@link NotionClient.databasesQuery}. */
export type DatabasesQueryOutput = DatabasesQueryOperation['responses'][200]['content']['application/json'];

/** openapi-typescript entry of `pages.create`. */
type PagesCreateOperation = paths['/pages']['post'];

/** Input of {@link NotionClient.pagesCreate}: parameters by name, plus `body` when there is one. */
export interface PagesCreateInput {
  /** Request body (`application/json`). */
  body: NonNullable<PagesCreateOperation['requestBody']>['content']['application/json'];
}

/** Successful response of {@link NotionClient.pagesCreate}. */
export type PagesCreateOutput = PagesCreateOperation['responses'][200]['content']['application/json'];

/** openapi-typescript entry of `pages.retrieve`. */
type PagesRetrieveOperation = paths['/pages/{page_id}']['get'];

/** Input of {@link NotionClient.pagesRetrieve}: parameters by name, plus `body` when there is one. */
export interface PagesRetrieveInput {
  page_id: NonNullable<PagesRetrieveOperation['parameters']['path']>['page_id'];
  filter_properties?: NonNullable<PagesRetrieveOperation['parameters']['query']>['filter_properties'];
}

/** Successful response of {@link NotionClient.pagesRetrieve}. */
export type PagesRetrieveOutput = PagesRetrieveOperation['responses'][200]['content']['application/json'];

/** openapi-typescript entry of `blocks.children.list`. */
type BlocksChildrenListOperation = paths['/blocks/{block_id}/children']['get'];

/** Input of {@link NotionClient.blocksChildrenList}: parameters by name, plus `body` when there is one. */
export interface BlocksChildrenListInput {
  /** A block id; a page id works too (a page is a block). */
  block_id: NonNullable<BlocksChildrenListOperation['parameters']['path']>['block_id'];
  start_cursor?: NonNullable<BlocksChildrenListOperation['parameters']['query']>['start_cursor'];
  page_size?: NonNullable<BlocksChildrenListOperation['parameters']['query']>['page_size'];
}

/** Successful response of {@link NotionClient.blocksChildrenList}. */
export type BlocksChildrenListOutput = BlocksChildrenListOperation['responses'][200]['content']['application/json'];

/** openapi-typescript entry of `blocks.children.append`. */
type BlocksChildrenAppendOperation = paths['/blocks/{block_id}/children']['patch'];

/** Input of {@link NotionClient.blocksChildrenAppend}: parameters by name, plus `body` when there is one. */
export interface BlocksChildrenAppendInput {
  /** A block id; a page id works too (a page is a block). */
  block_id: NonNullable<BlocksChildrenAppendOperation['parameters']['path']>['block_id'];
  /** Request body (`application/json`). */
  body: NonNullable<BlocksChildrenAppendOperation['requestBody']>['content']['application/json'];
}

/** Successful response of {@link NotionClient.blocksChildrenAppend}. */
export type BlocksChildrenAppendOutput = BlocksChildrenAppendOperation['responses'][200]['content']['application/json'];

/** openapi-typescript entry of `search`. */
type SearchOperation = paths['/search']['post'];

/** Input of {@link NotionClient.search}: parameters by name, plus `body` when there is one. */
export interface SearchInput {
  /** Request body (`application/json`). */
  body?: NonNullable<SearchOperation['requestBody']>['content']['application/json'];
}

/** Successful response of {@link NotionClient.search}. */
export type SearchOutput = SearchOperation['responses'][200]['content']['application/json'];

/**
 * Typed client for Notion: one method per operation. Calls go through the injected
 * {@link OperationExecutor}, which owns tokens, scope checks, retries and pagination.
 */
export class NotionClient {
  readonly #executor: OperationExecutor;

  constructor(executor: OperationExecutor) {
    this.#executor = executor;
  }

  /**
   * Query a database
   *
   * Returns the database's pages (rows) matching an optional filter and sort, 100 at a time.
   *
   * Required scopes: `notion.workspace`
   *
   * Operation `databases.query`: `POST /databases/{database_id}/query` (read-only)
   */
  databasesQuery(input: DatabasesQueryInput): Promise<DatabasesQueryOutput> {
    return this.#executor.execute<DatabasesQueryInput, DatabasesQueryOutput>(PROVIDER_ID, 'databases.query', input);
  }

  /**
   * Create a page
   *
   * Creates a page in a database (properties must match its columns) or under a page, optionally with content blocks.
   *
   * Required scopes: `notion.workspace`
   *
   * Operation `pages.create`: `POST /pages`
   */
  pagesCreate(input: PagesCreateInput): Promise<PagesCreateOutput> {
    return this.#executor.execute<PagesCreateInput, PagesCreateOutput>(PROVIDER_ID, 'pages.create', input);
  }

  /**
   * Read a page's properties
   *
   * Returns the page and its properties (not its content; use blocks.children.list for that).
   *
   * Required scopes: `notion.workspace`
   *
   * Operation `pages.retrieve`: `GET /pages/{page_id}` (read-only)
   */
  pagesRetrieve(input: PagesRetrieveInput): Promise<PagesRetrieveOutput> {
    return this.#executor.execute<PagesRetrieveInput, PagesRetrieveOutput>(PROVIDER_ID, 'pages.retrieve', input);
  }

  /**
   * Read a page's content
   *
   * Returns the blocks directly inside a page or block (paragraphs, to-dos, headings…), 100 at a time.
   *
   * Required scopes: `notion.workspace`
   *
   * Operation `blocks.children.list`: `GET /blocks/{block_id}/children` (read-only)
   */
  blocksChildrenList(input: BlocksChildrenListInput): Promise<BlocksChildrenListOutput> {
    return this.#executor.execute<BlocksChildrenListInput, BlocksChildrenListOutput>(PROVIDER_ID, 'blocks.children.list', input);
  }

  /**
   * Add content to a page
   *
   * Appends up to 100 blocks to the end of a page or block (or after a given block).
   *
   * Required scopes: `notion.workspace`
   *
   * Operation `blocks.children.append`: `PATCH /blocks/{block_id}/children`
   */
  blocksChildrenAppend(input: BlocksChildrenAppendInput): Promise<BlocksChildrenAppendOutput> {
    return this.#executor.execute<BlocksChildrenAppendInput, BlocksChildrenAppendOutput>(PROVIDER_ID, 'blocks.children.append', input);
  }

  /**
   * Search shared pages and databases
   *
   * Finds pages and databases shared with the integration by title.
   *
   * Required scopes: `notion.workspace`
   *
   * Operation `search`: `POST /search` (read-only)
   */
  search(input: SearchInput = {}): Promise<SearchOutput> {
    return this.#executor.execute<SearchInput, SearchOutput>(PROVIDER_ID, 'search', input);
  }
}
