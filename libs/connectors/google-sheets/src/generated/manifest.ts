/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { ConnectorManifest } from '@patchbay/connector-runtime';

/** Operation id → how to call it (method, path, parameters), what it needs (scopes) and how it pages. */
export const MANIFEST: ConnectorManifest = {
  providerId: 'google-sheets',
  name: 'Google Sheets',
  baseUrl: 'https://sheets.googleapis.com/v4',
  operations: {
    'spreadsheets.create': {
      operationId: 'spreadsheets.create',
      methodName: 'spreadsheetsCreate',
      method: 'post',
      path: '/spreadsheets',
      serverUrl: 'https://sheets.googleapis.com/v4',
      summary: 'Create a spreadsheet',
      scopes: ['https://www.googleapis.com/auth/drive.file'],
      scopeAlternatives: [
        ['https://www.googleapis.com/auth/drive.file'],
        ['https://www.googleapis.com/auth/spreadsheets'],
        ['https://www.googleapis.com/auth/drive'],
      ],
      readOnly: false,
      pagination: { style: 'none' },
      parameters: [],
      body: { contentType: 'application/json', required: true },
      successStatus: 200,
    },
    'spreadsheets.values.get': {
      operationId: 'spreadsheets.values.get',
      methodName: 'spreadsheetsValuesGet',
      method: 'get',
      path: '/spreadsheets/{spreadsheetId}/values/{range}',
      serverUrl: 'https://sheets.googleapis.com/v4',
      summary: 'Read cell values',
      scopes: ['https://www.googleapis.com/auth/spreadsheets.readonly'],
      scopeAlternatives: [
        ['https://www.googleapis.com/auth/spreadsheets.readonly'],
        ['https://www.googleapis.com/auth/drive.file'],
        ['https://www.googleapis.com/auth/spreadsheets'],
        ['https://www.googleapis.com/auth/drive.readonly'],
        ['https://www.googleapis.com/auth/drive'],
      ],
      readOnly: true,
      pagination: { style: 'none' },
      parameters: [
        { key: 'spreadsheetId', name: 'spreadsheetId', in: 'path', required: true },
        { key: 'range', name: 'range', in: 'path', required: true },
        { key: 'majorDimension', name: 'majorDimension', in: 'query', required: false },
        { key: 'valueRenderOption', name: 'valueRenderOption', in: 'query', required: false },
        { key: 'dateTimeRenderOption', name: 'dateTimeRenderOption', in: 'query', required: false },
      ],
      successStatus: 200,
    },
    'spreadsheets.values.update': {
      operationId: 'spreadsheets.values.update',
      methodName: 'spreadsheetsValuesUpdate',
      method: 'put',
      path: '/spreadsheets/{spreadsheetId}/values/{range}',
      serverUrl: 'https://sheets.googleapis.com/v4',
      summary: 'Overwrite a range',
      scopes: ['https://www.googleapis.com/auth/spreadsheets'],
      scopeAlternatives: [
        ['https://www.googleapis.com/auth/spreadsheets'],
        ['https://www.googleapis.com/auth/drive.file'],
        ['https://www.googleapis.com/auth/drive'],
      ],
      readOnly: false,
      pagination: { style: 'none' },
      parameters: [
        { key: 'spreadsheetId', name: 'spreadsheetId', in: 'path', required: true },
        { key: 'range', name: 'range', in: 'path', required: true },
        { key: 'valueInputOption', name: 'valueInputOption', in: 'query', required: true },
        { key: 'includeValuesInResponse', name: 'includeValuesInResponse', in: 'query', required: false },
      ],
      body: { contentType: 'application/json', required: true },
      successStatus: 200,
    },
    'spreadsheets.values.append': {
      operationId: 'spreadsheets.values.append',
      methodName: 'spreadsheetsValuesAppend',
      method: 'post',
      path: '/spreadsheets/{spreadsheetId}/values/{range}:append',
      serverUrl: 'https://sheets.googleapis.com/v4',
      summary: 'Append rows',
      scopes: ['https://www.googleapis.com/auth/spreadsheets'],
      scopeAlternatives: [
        ['https://www.googleapis.com/auth/spreadsheets'],
        ['https://www.googleapis.com/auth/drive.file'],
        ['https://www.googleapis.com/auth/drive'],
      ],
      readOnly: false,
      pagination: { style: 'none' },
      parameters: [
        { key: 'spreadsheetId', name: 'spreadsheetId', in: 'path', required: true },
        { key: 'range', name: 'range', in: 'path', required: true },
        { key: 'valueInputOption', name: 'valueInputOption', in: 'query', required: true },
        { key: 'insertDataOption', name: 'insertDataOption', in: 'query', required: false },
        { key: 'includeValuesInResponse', name: 'includeValuesInResponse', in: 'query', required: false },
      ],
      body: { contentType: 'application/json', required: true },
      successStatus: 200,
    },
  },
};
