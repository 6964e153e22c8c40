/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { ActionSpec } from '@patchbay/panel-kit';

/**
 * Operation id → form of each write operation of Google Drive (2), derived from its parameters and
 * request schema: fields (required first) with labels, controls, defaults and enums; whether it destroys something;
 * the scopes it needs; how its response is shown. Rendered and validated by `PanelActionFormComponent`.
 */
export const ACTIONS: Readonly<Record<string, ActionSpec>> = {
  'files.createFolder': {
    operationId: 'files.createFolder',
    title: 'Create a folder',
    description: 'files.create with metadata only (JSON body, no upload): mimeType application/vnd.google-apps.folder makes a folder.',
    method: 'POST',
    destructive: false,
    scopeAlternatives: [
      ['https://www.googleapis.com/auth/drive.file'],
      ['https://www.googleapis.com/auth/drive'],
    ],
    fields: [
      { key: 'name', in: 'body', label: 'Name', required: true, kind: 'text' },
      {
        key: 'mimeType',
        in: 'body',
        label: 'Mime type',
        required: true,
        kind: 'select',
        options: ['application/vnd.google-apps.folder'],
      },
      {
        key: 'fields',
        in: 'param',
        label: 'Fields',
        description: 'Which File fields to return (partial response). Without it only kind, id, name and mimeType come back.',
        required: false,
        kind: 'text',
      },
      {
        key: 'supportsAllDrives',
        in: 'param',
        label: 'Supports all drives',
        description: 'Set to true to work with files on shared drives.',
        required: false,
        kind: 'toggle',
        default: false,
      },
      { key: 'parents', in: 'body', label: 'Parents', required: false, kind: 'json' },
      { key: 'description', in: 'body', label: 'Description', required: false, kind: 'textarea' },
      { key: 'folderColorRgb', in: 'body', label: 'Folder color rgb', required: false, kind: 'text' },
    ],
    result: {
      raw: false,
      sections: [
        {
          kind: 'card',
          title: 'Create a folder',
          path: [],
          fields: [
            { key: 'id', label: 'Id', path: ['id'] },
            { key: 'name', label: 'Name', path: ['name'] },
            { key: 'mimeType', label: 'Mime type', path: ['mimeType'] },
            { key: 'description', label: 'Description', path: ['description'] },
            { key: 'parents', label: 'Parents', path: ['parents'] },
            { key: 'webViewLink', label: 'Web view link', path: ['webViewLink'], format: 'url' },
            { key: 'webContentLink', label: 'Web content link', path: ['webContentLink'], format: 'url' },
            { key: 'iconLink', label: 'Icon link', path: ['iconLink'], format: 'url' },
            { key: 'size', label: 'Size', path: ['size'] },
            { key: 'createdTime', label: 'Created time', path: ['createdTime'], format: 'datetime' },
            { key: 'modifiedTime', label: 'Modified time', path: ['modifiedTime'], format: 'datetime' },
            { key: 'trashed', label: 'Trashed', path: ['trashed'], format: 'boolean' },
            { key: 'starred', label: 'Starred', path: ['starred'], format: 'boolean' },
            { key: 'appProperties', label: 'App properties', path: ['appProperties'] },
          ],
        },
        {
          kind: 'table',
          title: 'Owners',
          path: ['owners'],
          columns: [
            { key: 'displayName', label: 'Display name', path: ['displayName'] },
            { key: 'emailAddress', label: 'Email address', path: ['emailAddress'] },
          ],
          nested: [],
        },
      ],
    },
  },
  'files.create': {
    operationId: 'files.create',
    title: 'Upload a file',
    description: 'files.create with uploadType=multipart: one multipart/related request whose first part is the JSON metadata and second part the file bytes (up to 5 MB; larger files use uploadType=resumable).',
    method: 'POST',
    destructive: false,
    scopeAlternatives: [
      ['https://www.googleapis.com/auth/drive.file'],
      ['https://www.googleapis.com/auth/drive'],
    ],
    fields: [
      {
        key: 'uploadType',
        in: 'param',
        label: 'Upload type',
        required: true,
        kind: 'select',
        options: ['multipart'],
      },
      { key: '', in: 'body', label: 'Request body', required: true, kind: 'json' },
      {
        key: 'fields',
        in: 'param',
        label: 'Fields',
        description: 'Which File fields to return (partial response). Without it only kind, id, name and mimeType come back.',
        required: false,
        kind: 'text',
      },
      {
        key: 'supportsAllDrives',
        in: 'param',
        label: 'Supports all drives',
        description: 'Set to true to work with files on shared drives.',
        required: false,
        kind: 'toggle',
        default: false,
      },
    ],
    result: {
      raw: false,
      sections: [
        {
          kind: 'card',
          title: 'Upload a file',
          path: [],
          fields: [
            { key: 'id', label: 'Id', path: ['id'] },
            { key: 'name', label: 'Name', path: ['name'] },
            { key: 'mimeType', label: 'Mime type', path: ['mimeType'] },
            { key: 'description', label: 'Description', path: ['description'] },
            { key: 'parents', label: 'Parents', path: ['parents'] },
            { key: 'webViewLink', label: 'Web view link', path: ['webViewLink'], format: 'url' },
            { key: 'webContentLink', label: 'Web content link', path: ['webContentLink'], format: 'url' },
            { key: 'iconLink', label: 'Icon link', path: ['iconLink'], format: 'url' },
            { key: 'size', label: 'Size', path: ['size'] },
            { key: 'createdTime', label: 'Created time', path: ['createdTime'], format: 'datetime' },
            { key: 'modifiedTime', label: 'Modified time', path: ['modifiedTime'], format: 'datetime' },
            { key: 'trashed', label: 'Trashed', path: ['trashed'], format: 'boolean' },
            { key: 'starred', label: 'Starred', path: ['starred'], format: 'boolean' },
            { key: 'appProperties', label: 'App properties', path: ['appProperties'] },
          ],
        },
        {
          kind: 'table',
          title: 'Owners',
          path: ['owners'],
          columns: [
            { key: 'displayName', label: 'Display name', path: ['displayName'] },
            { key: 'emailAddress', label: 'Email address', path: ['emailAddress'] },
          ],
          nested: [],
        },
      ],
    },
  },
};
