/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { OperationExecutor } from '@patchbay/connector-runtime';
import type { paths } from './types';

/** Provider id this client talks to; the executor resolves credentials, servers and retries from it. */
export const PROVIDER_ID = 'google-slides';

/** openapi-typescript entry of `presentations.create`. */
type PresentationsCreateOperation = paths['/presentations']['post'];

/** Input of {@link GoogleSlidesClient.presentationsCreate}: parameters by name, plus `body` when there is one. */
export interface PresentationsCreateInput {
  /** Request body (`application/json`). */
  body: NonNullable<PresentationsCreateOperation['requestBody']>['content']['application/json'];
}

/** Successful response of {@link GoogleSlidesClient.presentationsCreate}. */
export type PresentationsCreateOutput = PresentationsCreateOperation['responses'][200]['content']['application/json'];

/** openapi-typescript entry of `presentations.get`. */
type PresentationsGetOperation = paths['/presentations/{presentationId}']['get'];

/** Input of {@link GoogleSlidesClient.presentationsGet}: parameters by name, plus `body` when there is one. */
export interface PresentationsGetInput {
  presentationId: NonNullable<PresentationsGetOperation['parameters']['path']>['presentationId'];
  /** Partial response mask. */
  fields?: NonNullable<PresentationsGetOperation['parameters']['query']>['fields'];
}

/** Successful response of {@link GoogleSlidesClient.presentationsGet}. */
export type PresentationsGetOutput = PresentationsGetOperation['responses'][200]['content']['application/json'];

/** openapi-typescript entry of `presentations.batchUpdate`. */
type PresentationsBatchUpdateOperation = paths['/presentations/{presentationId}:batchUpdate']['post'];

/** Input of {@link GoogleSlidesClient.presentationsBatchUpdate}: parameters by name, plus `body` when there is one. */
export interface PresentationsBatchUpdateInput {
  presentationId: NonNullable<PresentationsBatchUpdateOperation['parameters']['path']>['presentationId'];
  /** Request body (`application/json`). */
  body: NonNullable<PresentationsBatchUpdateOperation['requestBody']>['content']['application/json'];
}

/** Successful response of {@link GoogleSlidesClient.presentationsBatchUpdate}. */
export type PresentationsBatchUpdateOutput = PresentationsBatchUpdateOperation['responses'][200]['content']['application/json'];

/**
 * Typed client for Google Slides: one method per operation. Calls go through the injected
 * {@link OperationExecutor}, which owns tokens, scope checks, retries and pagination.
 */
export class GoogleSlidesClient {
  readonly #executor: OperationExecutor;

  constructor(executor: OperationExecutor) {
    this.#executor = executor;
  }

  /**
   * Create a presentation
   *
   * Creates a deck with one title slide; only title (and optionally presentationId) is used.
   *
   * Required scopes: `https://www.googleapis.com/auth/drive.file`
   * Accepted scope sets: [https://www.googleapis.com/auth/drive.file] or [https://www.googleapis.com/auth/presentations] or [https://www.googleapis.com/auth/drive]
   *
   * Operation `presentations.create`: `POST /presentations`
   */
  presentationsCreate(input: PresentationsCreateInput): Promise<PresentationsCreateOutput> {
    return this.#executor.execute<PresentationsCreateInput, PresentationsCreateOutput>(PROVIDER_ID, 'presentations.create', input);
  }

  /**
   * Read a presentation
   *
   * Returns the deck with its slides and text.
   *
   * Required scopes: `https://www.googleapis.com/auth/drive.file`
   * Accepted scope sets: [https://www.googleapis.com/auth/drive.file] or [https://www.googleapis.com/auth/presentations.readonly] or [https://www.googleapis.com/auth/drive.readonly] or [https://www.googleapis.com/auth/presentations] or [https://www.googleapis.com/auth/drive]
   *
   * Operation `presentations.get`: `GET /presentations/{presentationId}` (read-only)
   */
  presentationsGet(input: PresentationsGetInput): Promise<PresentationsGetOutput> {
    return this.#executor.execute<PresentationsGetInput, PresentationsGetOutput>(PROVIDER_ID, 'presentations.get', input);
  }

  /**
   * Edit a presentation
   *
   * Applies edits in order, e.g. createSlide with placeholderIdMappings, then insertText into those placeholders.
   *
   * Required scopes: `https://www.googleapis.com/auth/drive.file`
   * Accepted scope sets: [https://www.googleapis.com/auth/drive.file] or [https://www.googleapis.com/auth/presentations] or [https://www.googleapis.com/auth/drive]
   *
   * Operation `presentations.batchUpdate`: `POST /presentations/{presentationId}:batchUpdate`
   */
  presentationsBatchUpdate(input: PresentationsBatchUpdateInput): Promise<PresentationsBatchUpdateOutput> {
    return this.#executor.execute<PresentationsBatchUpdateInput, PresentationsBatchUpdateOutput>(PROVIDER_ID, 'presentations.batchUpdate', input);
  }
}
