/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { ActionSpec } from '@patchbay/panel-kit';

/**
 * Operation id → form of each write operation of Google Docs (2), derived from its parameters and
 * request schema: fields (required first) with labels, controls, defaults and enums; whether it destroys something;
 * the scopes it needs; how its response is shown. Rendered and validated by `PanelActionFormComponent`.
 */
export const ACTIONS: Readonly<Record<string, ActionSpec>> = {
  'documents.create': {
    operationId: 'documents.create',
    title: 'Create a document',
    description: 'Creates an empty document; only the title is used. Add content with documents.batchUpdate.',
    method: 'POST',
    destructive: false,
    scopeAlternatives: [
      ['https://www.googleapis.com/auth/drive.file'],
      ['https://www.googleapis.com/auth/documents'],
      ['https://www.googleapis.com/auth/drive'],
    ],
    fields: [{ key: 'title', in: 'body', label: 'Title', required: false, kind: 'text' }],
    result: {
      raw: false,
      sections: [
        {
          kind: 'card',
          title: 'Create a document',
          path: [],
          fields: [
            { key: 'documentId', label: 'Document id', path: ['documentId'] },
            { key: 'title', label: 'Title', path: ['title'] },
            { key: 'revisionId', label: 'Revision id', path: ['revisionId'] },
            { key: 'suggestionsViewMode', label: 'Suggestions view mode', path: ['suggestionsViewMode'] },
            { key: 'documentStyle', label: 'Document style', path: ['documentStyle'] },
            { key: 'tabs', label: 'Tabs', path: ['tabs'] },
          ],
        },
        {
          kind: 'table',
          title: 'Body › Content',
          path: ['body', 'content'],
          columns: [
            { key: 'startIndex', label: 'Start index', path: ['startIndex'] },
            { key: 'endIndex', label: 'End index', path: ['endIndex'] },
            { key: 'sectionBreak', label: 'Section break', path: ['sectionBreak'] },
            { key: 'table', label: 'Table', path: ['table'] },
          ],
          nested: [],
        },
      ],
    },
  },
  'documents.batchUpdate': {
    operationId: 'documents.batchUpdate',
    title: 'Edit a document',
    description: 'Applies a list of edits (insertText, replaceAllText…) in one atomic call.',
    method: 'POST',
    destructive: false,
    scopeAlternatives: [
      ['https://www.googleapis.com/auth/drive.file'],
      ['https://www.googleapis.com/auth/documents'],
      ['https://www.googleapis.com/auth/drive'],
    ],
    fields: [
      { key: 'documentId', in: 'param', label: 'Document id', required: true, kind: 'text' },
      { key: 'requests', in: 'body', label: 'Requests', required: true, kind: 'json' },
      { key: 'writeControl', in: 'body', label: 'Write control', required: false, kind: 'json' },
    ],
    result: {
      raw: false,
      sections: [
        {
          kind: 'card',
          title: 'Edit a document',
          path: [],
          fields: [
            { key: 'documentId', label: 'Document id', path: ['documentId'] },
            { key: 'replies', label: 'Replies', path: ['replies'] },
          ],
        },
      ],
    },
  },
};
