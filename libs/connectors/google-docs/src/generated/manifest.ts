/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { ConnectorManifest } from '@patchbay/connector-runtime';

/** Operation id → how to call it (method, path, parameters), what it needs (scopes) and how it pages. */
export const MANIFEST: ConnectorManifest = {
  providerId: 'google-docs',
  name: 'Google Docs',
  baseUrl: 'https://docs.googleapis.com/v1',
  operations: {
    'documents.create': {
      operationId: 'documents.create',
      methodName: 'documentsCreate',
      method: 'post',
      path: '/documents',
      serverUrl: 'https://docs.googleapis.com/v1',
      summary: 'Create a document',
      scopes: ['https://www.googleapis.com/auth/drive.file'],
      scopeAlternatives: [
        ['https://www.googleapis.com/auth/drive.file'],
        ['https://www.googleapis.com/auth/documents'],
        ['https://www.googleapis.com/auth/drive'],
      ],
      readOnly: false,
      pagination: { style: 'none' },
      parameters: [],
      body: { contentType: 'application/json', required: true },
      successStatus: 200,
    },
    'documents.get': {
      operationId: 'documents.get',
      methodName: 'documentsGet',
      method: 'get',
      path: '/documents/{documentId}',
      serverUrl: 'https://docs.googleapis.com/v1',
      summary: 'Read a document',
      scopes: ['https://www.googleapis.com/auth/drive.file'],
      scopeAlternatives: [
        ['https://www.googleapis.com/auth/drive.file'],
        ['https://www.googleapis.com/auth/documents.readonly'],
        ['https://www.googleapis.com/auth/drive.readonly'],
        ['https://www.googleapis.com/auth/documents'],
        ['https://www.googleapis.com/auth/drive'],
      ],
      readOnly: true,
      pagination: { style: 'none' },
      parameters: [
        { key: 'documentId', name: 'documentId', in: 'path', required: true },
        { key: 'suggestionsViewMode', name: 'suggestionsViewMode', in: 'query', required: false },
        { key: 'includeTabsContent', name: 'includeTabsContent', in: 'query', required: false },
      ],
      successStatus: 200,
    },
    'documents.batchUpdate': {
      operationId: 'documents.batchUpdate',
      methodName: 'documentsBatchUpdate',
      method: 'post',
      path: '/documents/{documentId}:batchUpdate',
      serverUrl: 'https://docs.googleapis.com/v1',
      summary: 'Edit a document',
      scopes: ['https://www.googleapis.com/auth/drive.file'],
      scopeAlternatives: [
        ['https://www.googleapis.com/auth/drive.file'],
        ['https://www.googleapis.com/auth/documents'],
        ['https://www.googleapis.com/auth/drive'],
      ],
      readOnly: false,
      pagination: { style: 'none' },
      parameters: [{ key: 'documentId', name: 'documentId', in: 'path', required: true }],
      body: { contentType: 'application/json', required: true },
      successStatus: 200,
    },
  },
};
