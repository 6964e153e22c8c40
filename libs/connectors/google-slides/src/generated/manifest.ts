/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { ConnectorManifest } from '@patchbay/connector-runtime';

/** Operation id → how to call it (method, path, parameters), what it needs (scopes) and how it pages. */
export const MANIFEST: ConnectorManifest = {
  providerId: 'google-slides',
  name: 'Google Slides',
  baseUrl: 'https://slides.googleapis.com/v1',
  operations: {
    'presentations.create': {
      operationId: 'presentations.create',
      methodName: 'presentationsCreate',
      method: 'post',
      path: '/presentations',
      serverUrl: 'https://slides.googleapis.com/v1',
      summary: 'Create a presentation',
      scopes: ['https://www.googleapis.com/auth/drive.file'],
      scopeAlternatives: [
        ['https://www.googleapis.com/auth/drive.file'],
        ['https://www.googleapis.com/auth/presentations'],
        ['https://www.googleapis.com/auth/drive'],
      ],
      readOnly: false,
      pagination: { style: 'none' },
      parameters: [],
      body: { contentType: 'application/json', required: true },
      successStatus: 200,
    },
    'presentations.get': {
      operationId: 'presentations.get',
      methodName: 'presentationsGet',
      method: 'get',
      path: '/presentations/{presentationId}',
      serverUrl: 'https://slides.googleapis.com/v1',
      summary: 'Read a presentation',
      scopes: ['https://www.googleapis.com/auth/drive.file'],
      scopeAlternatives: [
        ['https://www.googleapis.com/auth/drive.file'],
        ['https://www.googleapis.com/auth/presentations.readonly'],
        ['https://www.googleapis.com/auth/drive.readonly'],
        ['https://www.googleapis.com/auth/presentations'],
        ['https://www.googleapis.com/auth/drive'],
      ],
      readOnly: true,
      pagination: { style: 'none' },
      parameters: [
        { key: 'presentationId', name: 'presentationId', in: 'path', required: true },
        { key: 'fields', name: 'fields', in: 'query', required: false },
      ],
      successStatus: 200,
    },
    'presentations.batchUpdate': {
      operationId: 'presentations.batchUpdate',
      methodName: 'presentationsBatchUpdate',
      method: 'post',
      path: '/presentations/{presentationId}:batchUpdate',
      serverUrl: 'https://slides.googleapis.com/v1',
      summary: 'Edit a presentation',
      scopes: ['https://www.googleapis.com/auth/drive.file'],
      scopeAlternatives: [
        ['https://www.googleapis.com/auth/drive.file'],
        ['https://www.googleapis.com/auth/presentations'],
        ['https://www.googleapis.com/auth/drive'],
      ],
      readOnly: false,
      pagination: { style: 'none' },
      parameters: [{ key: 'presentationId', name: 'presentationId', in: 'path', required: true }],
      body: { contentType: 'application/json', required: true },
      successStatus: 200,
    },
  },
};
