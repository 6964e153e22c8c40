/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { ConnectorManifest } from '@patchbay/connector-runtime';

/** Operation id → how to call it (method, path, parameters), what it needs (scopes) and how it pages. */
export const MANIFEST: ConnectorManifest = {
  providerId: 'google-drive',
  name: 'Google Drive',
  baseUrl: 'https://www.googleapis.com/drive/v3',
  operations: {
    'files.list': {
      operationId: 'files.list',
      methodName: 'filesList',
      method: 'get',
      path: '/files',
      serverUrl: 'https://www.googleapis.com/drive/v3',
      summary: 'List files',
      scopes: ['https://www.googleapis.com/auth/drive.file'],
      scopeAlternatives: [
        ['https://www.googleapis.com/auth/drive.file'],
        ['https://www.googleapis.com/auth/drive.metadata.readonly'],
        ['https://www.googleapis.com/auth/drive.readonly'],
        ['https://www.googleapis.com/auth/drive'],
      ],
      readOnly: true,
      pagination: {
        style: 'page_token',
        requestParam: 'pageToken',
        requestIn: 'query',
        nextPath: 'nextPageToken',
        itemsPath: 'files',
        limitParam: 'pageSize',
      },
      parameters: [
        { key: 'q', name: 'q', in: 'query', required: false },
        { key: 'pageSize', name: 'pageSize', in: 'query', required: false },
        { key: 'pageToken', name: 'pageToken', in: 'query', required: false },
        { key: 'orderBy', name: 'orderBy', in: 'query', required: false },
        { key: 'spaces', name: 'spaces', in: 'query', required: false },
        { key: 'corpora', name: 'corpora', in: 'query', required: false },
        {
          key: 'includeItemsFromAllDrives',
          name: 'includeItemsFromAllDrives',
          in: 'query',
          required: false,
        },
        { key: 'supportsAllDrives', name: 'supportsAllDrives', in: 'query', required: false },
        { key: 'fields', name: 'fields', in: 'query', required: false },
      ],
      successStatus: 200,
    },
    'files.createFolder': {
      operationId: 'files.createFolder',
      methodName: 'filesCreateFolder',
      method: 'post',
      path: '/files',
      serverUrl: 'https://www.googleapis.com/drive/v3',
      summary: 'Create a folder',
      scopes: ['https://www.googleapis.com/auth/drive.file'],
      scopeAlternatives: [
        ['https://www.googleapis.com/auth/drive.file'],
        ['https://www.googleapis.com/auth/drive'],
      ],
      readOnly: false,
      pagination: { style: 'none' },
      parameters: [
        { key: 'fields', name: 'fields', in: 'query', required: false },
        { key: 'supportsAllDrives', name: 'supportsAllDrives', in: 'query', required: false },
      ],
      body: { contentType: 'application/json', required: true },
      successStatus: 200,
    },
    'files.create': {
      operationId: 'files.create',
      methodName: 'filesCreate',
      method: 'post',
      path: '/upload/drive/v3/files',
      serverUrl: 'https://www.googleapis.com',
      summary: 'Upload a file',
      scopes: ['https://www.googleapis.com/auth/drive.file'],
      scopeAlternatives: [
        ['https://www.googleapis.com/auth/drive.file'],
        ['https://www.googleapis.com/auth/drive'],
      ],
      readOnly: false,
      pagination: { style: 'none' },
      parameters: [
        { key: 'uploadType', name: 'uploadType', in: 'query', required: true },
        { key: 'fields', name: 'fields', in: 'query', required: false },
        { key: 'supportsAllDrives', name: 'supportsAllDrives', in: 'query', required: false },
      ],
      body: { contentType: 'multipart/related', required: true },
      successStatus: 200,
    },
  },
};
