/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { OperationExecutor } from '@patchbay/connector-runtime';
import type { paths } from './types';

/** Provider id this client talks to; the executor resolves credentials, servers and retries from it. */
export const PROVIDER_ID = 'google-docs';

/** openapi-typescript entry of `documents.create`. */
type DocumentsCreateOperation = paths['/documents']['post'];

/** Input of {@link GoogleDocsClient.documentsCreate}: parameters by name, plus `body` when there is one. */
export interface DocumentsCreateInput {
  /** Request body (`application/json`). */
  body: NonNullable<DocumentsCreateOperation['requestBody']>['content']['application/json'];
}

/** Successful response of {@link GoogleDocsClient.documentsCreate}. */
export type DocumentsCreateOutput = DocumentsCreateOperation['responses'][200]['content']['application/json'];

/** openapi-typescript entry of `documents.get`. */
type DocumentsGetOperation = paths['/documents/{documentId}']['get'];

/** Input of {@link GoogleDocsClient.documentsGet}: parameters by name, plus `body` when there is one. */
export interface DocumentsGetInput {
  documentId: NonNullable<DocumentsGetOperation['parameters']['path']>['documentId'];
  suggestionsViewMode?: NonNullable<DocumentsGetOperation['parameters']['query']>['suggestionsViewMode'];
  includeTabsContent?: NonNullable<DocumentsGetOperation['parameters']['query']>['includeTabsContent'];
}

/** Successful response of {@link GoogleDocsClient.documentsGet}. */
export type DocumentsGetOutput = DocumentsGetOperation['responses'][200]['content']['application/json'];

/** openapi-typescript entry of `documents.batchUpdate`. */
type DocumentsBatchUpdateOperation = paths['/documents/{documentId}:batchUpdate']['post'];

/** Input of {@link GoogleDocsClient.documentsBatchUpdate}: parameters by name, plus `body` when there is one. */
export interface DocumentsBatchUpdateInput {
  documentId: NonNullable<DocumentsBatchUpdateOperation['parameters']['path']>['documentId'];
  /** Request body (`application/json`). */
  body: NonNullable<DocumentsBatchUpdateOperation['requestBody']>['content']['application/json'];
}

/** Successful response of {@link GoogleDocsClient.documentsBatchUpdate}. */
export type DocumentsBatchUpdateOutput = DocumentsBatchUpdateOperation['responses'][200]['content']['application/json'];

/**
 * Typed client for Google Docs: one method per operation. Calls go through the injected
 * {@link OperationExecutor}, which owns tokens, scope checks, retries and pagination.
 */
export class GoogleDocsClient {
  readonly #executor: OperationExecutor;

  constructor(executor: OperationExecutor) {
    this.#executor = executor;
  }

  /**
   * Create a document
   *
   * Creates an empty document; only the title is used. Add content with documents.batchUpdate.
   *
   * Required scopes: `https://www.googleapis.com/auth/drive.file`
   * Accepted scope sets: [https://www.googleapis.com/auth/drive.file] or [https://www.googleapis.com/auth/documents] or [https://www.googleapis.com/auth/drive]
   *
   * Operation `documents.create`: `POST /documents`
   */
  documentsCreate(input: DocumentsCreateInput): Promise<DocumentsCreateOutput> {
    return this.#executor.execute<DocumentsCreateInput, DocumentsCreateOutput>(PROVIDER_ID, 'documents.create', input);
  }

  /**
   * Read a document
   *
   * Returns the document's structure and text.
   *
   * Required scopes: `https://www.googleapis.com/auth/drive.file`
   * Accepted scope sets: [https://www.googleapis.com/auth/drive.file] or [https://www.googleapis.com/auth/documents.readonly] or [https://www.googleapis.com/auth/drive.readonly] or [https://www.googleapis.com/auth/documents] or [https://www.googleapis.com/auth/drive]
   *
   * Operation `documents.get`: `GET /documents/{documentId}` (read-only)
   */
  documentsGet(input: DocumentsGetInput): Promise<DocumentsGetOutput> {
    return this.#executor.execute<DocumentsGetInput, DocumentsGetOutput>(PROVIDER_ID, 'documents.get', input);
  }

  /**
   * Edit a document
   *
   * Applies a list of edits (insertText, replaceAllText…) in one atomic call.
   *
   * Required scopes: `https://www.googleapis.com/auth/drive.file`
   * Accepted scope sets: [https://www.googleapis.com/auth/drive.file] or [https://www.googleapis.com/auth/documents] or [https://www.googleapis.com/auth/drive]
   *
   * Operation `documents.batchUpdate`: `POST /documents/{documentId}:batchUpdate`
   */
  documentsBatchUpdate(input: DocumentsBatchUpdateInput): Promise<DocumentsBatchUpdateOutput> {
    return this.#executor.execute<DocumentsBatchUpdateInput, DocumentsBatchUpdateOutput>(PROVIDER_ID, 'documents.batchUpdate', input);
  }
}
