/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { OperationExecutor } from '@patchbay/connector-runtime';
import type { paths } from './types';

/** Provider id this client talks to; the executor resolves credentials, servers and retries from it. */
export const PROVIDER_ID = 'google-drive';

/** openapi-typescript entry of `files.list`. */
type FilesListOperation = paths['/files']['get'];

/** Input of {@link GoogleDriveClient.filesList}: parameters by name, plus `body` when there is one. */
export interface FilesListInput {
  /** Search query, e.g. `'FOLDER_ID' in parents and trashed = false`. */
  q?: NonNullable<FilesListOperation['parameters']['query']>['q'];
  pageSize?: NonNullable<FilesListOperation['parameters']['query']>['pageSize'];
  pageToken?: NonNullable<FilesListOperation['parameters']['query']>['pageToken'];
  orderBy?: NonNullable<FilesListOperation['parameters']['query']>['orderBy'];
  spaces?: NonNullable<FilesListOperation['parameters']['query']>['spaces'];
  corpora?: NonNullable<FilesListOperation['parameters']['query']>['corpora'];
  includeItemsFromAllDrives?: NonNullable<FilesListOperation['parameters']['query']>['includeItemsFromAllDrives'];
  /** Set to true to work with files on shared drives. */
  supportsAllDrives?: NonNullable<FilesListOperation['parameters']['query']>['supportsAllDrives'];
  /** Partial response, e.g. `nextPageToken,files(id,name,mimeType,webViewLink)`. */
  fields?: NonNullable<FilesListOperation['parameters']['query']>['fields'];
}

/** Successful response of {@link GoogleDriveClient.filesList}. */
export type FilesListOutput = FilesListOperation['responses'][200]['content']['application/json'];

/** openapi-typescript entry of `files.createFolder`. */
type FilesCreateFolderOperation = paths['/files']['post'];

/** Input of {@link GoogleDriveClient.filesCreateFolder}: parameters by name, plus `body` when there is one. */
export interface FilesCreateFolderInput {
  /** Which File fields to return (partial response). Without it only kind, id, name and mimeType come back. */
  fields?: NonNullable<FilesCreateFolderOperation['parameters']['query']>['fields'];
  /** Set to true to work with files on shared drives. */
  supportsAllDrives?: NonNullable<FilesCreateFolderOperation['parameters']['query']>['supportsAllDrives'];
  /** Request body (`application/json`). */
  body: NonNullable<FilesCreateFolderOperation['requestBody']>['content']['application/json'];
}

/** Successful response of {@link GoogleDriveClient.filesCreateFolder}. */
export type FilesCreateFolderOutput = FilesCreateFolderOperation['responses'][200]['content']['application/json'];

/** openapi-typescript entry of `files.create`. */
type FilesCreateOperation = paths['/upload/drive/v3/files']['post'];

/** Input of {@link GoogleDriveClient.filesCreate}: parameters by name, plus `body` when there is one. */
export interface FilesCreateInput {
  uploadType: NonNullable<FilesCreateOperation['parameters']['query']>['uploadType'];
  /** Which File fields to return (partial response). Without it only kind, id, name and mimeType come back. */
  fields?: NonNullable<FilesCreateOperation['parameters']['query']>['fields'];
  /** Set to true to work with files on shared drives. */
  supportsAllDrives?: NonNullable<FilesCreateOperation['parameters']['query']>['supportsAllDrives'];
  /** Request body (`multipart/related`). */
  body: NonNullable<FilesCreateOperation['requestBody']>['content']['multipart/related'];
}

/** Successful response of {@link GoogleDriveClient.filesCreate}. */
export type FilesCreateOutput = FilesCreateOperation['responses'][200]['content']['application/json'];

/**
 * Typed client for Google Drive: one method per operation. Calls go through the injected
 * {@link OperationExecutor}, which owns tokens, scope checks, retries and pagination.
 */
export class GoogleDriveClient {
  readonly #executor: OperationExecutor;

  constructor(executor: OperationExecutor) {
    this.#executor = executor;
  }

  /**
   * List files
   *
   * Lists or searches files (e.g. the PDFs in one folder). With drive.file only files the app made or was given are visible.
   *
   * Required scopes: `https://www.googleapis.com/auth/drive.file`
   * Accepted scope sets: [https://www.googleapis.com/auth/drive.file] or [https://www.googleapis.com/auth/drive.metadata.readonly] or [https://www.googleapis.com/auth/drive.readonly] or [https://www.googleapis.com/auth/drive]
   *
   * Operation `files.list`: `GET /files` (read-only)
   */
  filesList(input: FilesListInput = {}): Promise<FilesListOutput> {
    return this.#executor.execute<FilesListInput, FilesListOutput>(PROVIDER_ID, 'files.list', input);
  }

  /**
   * Create a folder
   *
   * files.create with metadata only (JSON body, no upload): mimeType application/vnd.google-apps.folder makes a folder.
   *
   * Required scopes: `https://www.googleapis.com/auth/drive.file`
   * Accepted scope sets: [https://www.googleapis.com/auth/drive.file] or [https://www.googleapis.com/auth/drive]
   *
   * Operation `files.createFolder`: `POST /files`
   */
  filesCreateFolder(input: FilesCreateFolderInput): Promise<FilesCreateFolderOutput> {
    return this.#executor.execute<FilesCreateFolderInput, FilesCreateFolderOutput>(PROVIDER_ID, 'files.createFolder', input);
  }

  /**
   * Upload a file
   *
   * files.create with uploadType=multipart: one multipart/related request whose first part is the JSON metadata and second part the file bytes (up to 5 MB; larger files use uploadType=resumable).
   *
   * Required scopes: `https://www.googleapis.com/auth/drive.file`
   * Accepted scope sets: [https://www.googleapis.com/auth/drive.file] or [https://www.googleapis.com/auth/drive]
   *
   * Operation `files.create`: `POST /upload/drive/v3/files`
   */
  filesCreate(input: FilesCreateInput): Promise<FilesCreateOutput> {
    return this.#executor.execute<FilesCreateInput, FilesCreateOutput>(PROVIDER_ID, 'files.create', input);
  }
}
