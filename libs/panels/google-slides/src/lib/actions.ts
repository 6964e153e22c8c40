/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { ActionSpec } from '@patchbay/panel-kit';

/**
 * Operation id → form of each write operation of Google Slides (2), derived from its parameters and
 * request schema: fields (required first) with labels, controls, defaults and enums; whether it destroys something;
 * the scopes it needs; how its response is shown. Rendered and validated by `PanelActionFormComponent`.
 */
export const ACTIONS: Readonly<Record<string, ActionSpec>> = {
  'presentations.create': {
    operationId: 'presentations.create',
    title: 'Create a presentation',
    description: 'Creates a deck with one title slide; only title (and optionally presentationId) is used.',
    method: 'POST',
    destructive: false,
    scopeAlternatives: [
      ['https://www.googleapis.com/auth/drive.file'],
      ['https://www.googleapis.com/auth/presentations'],
      ['https://www.googleapis.com/auth/drive'],
    ],
    fields: [
      { key: 'title', in: 'body', label: 'Title', required: false, kind: 'text' },
      { key: 'presentationId', in: 'body', label: 'Presentation id', required: false, kind: 'text' },
    ],
    result: {
      raw: false,
      sections: [
        {
          kind: 'card',
          title: 'Create a presentation',
          path: [],
          fields: [
            { key: 'presentationId', label: 'Presentation id', path: ['presentationId'] },
            { key: 'title', label: 'Title', path: ['title'] },
            { key: 'locale', label: 'Locale', path: ['locale'] },
            { key: 'revisionId', label: 'Revision id', path: ['revisionId'] },
          ],
        },
        {
          kind: 'card',
          title: 'Page size › Width',
          path: ['pageSize', 'width'],
          fields: [
            { key: 'magnitude', label: 'Magnitude', path: ['magnitude'] },
            { key: 'unit', label: 'Unit', path: ['unit'] },
          ],
        },
        {
          kind: 'card',
          title: 'Page size › Height',
          path: ['pageSize', 'height'],
          fields: [
            { key: 'magnitude', label: 'Magnitude', path: ['magnitude'] },
            { key: 'unit', label: 'Unit', path: ['unit'] },
          ],
        },
        {
          kind: 'table',
          title: 'Slides',
          path: ['slides'],
          columns: [{ key: 'pageType', label: 'Page type', path: ['pageType'] }],
          nested: [
            {
              kind: 'table',
              title: 'Page elements',
              path: ['pageElements'],
              columns: [
                { key: 'transform.scaleX', label: 'Transform scale x', path: ['transform', 'scaleX'] },
                { key: 'transform.scaleY', label: 'Transform scale y', path: ['transform', 'scaleY'] },
                { key: 'transform.translateX', label: 'Transform translate x', path: ['transform', 'translateX'] },
                { key: 'transform.translateY', label: 'Transform translate y', path: ['transform', 'translateY'] },
                { key: 'transform.unit', label: 'Transform unit', path: ['transform', 'unit'] },
                { key: 'shape.shapeType', label: 'Shape shape type', path: ['shape', 'shapeType'] },
              ],
              nested: [],
            },
          ],
        },
        {
          kind: 'table',
          title: 'Layouts',
          path: ['layouts'],
          columns: [{ key: 'pageType', label: 'Page type', path: ['pageType'] }],
          nested: [
            {
              kind: 'table',
              title: 'Page elements',
              path: ['pageElements'],
              columns: [
                { key: 'transform.scaleX', label: 'Transform scale x', path: ['transform', 'scaleX'] },
                { key: 'transform.scaleY', label: 'Transform scale y', path: ['transform', 'scaleY'] },
                { key: 'transform.translateX', label: 'Transform translate x', path: ['transform', 'translateX'] },
                { key: 'transform.translateY', label: 'Transform translate y', path: ['transform', 'translateY'] },
                { key: 'transform.unit', label: 'Transform unit', path: ['transform', 'unit'] },
                { key: 'shape.shapeType', label: 'Shape shape type', path: ['shape', 'shapeType'] },
              ],
              nested: [],
            },
          ],
        },
        {
          kind: 'table',
          title: 'Masters',
          path: ['masters'],
          columns: [{ key: 'pageType', label: 'Page type', path: ['pageType'] }],
          nested: [
            {
              kind: 'table',
              title: 'Page elements',
              path: ['pageElements'],
              columns: [
                { key: 'transform.scaleX', label: 'Transform scale x', path: ['transform', 'scaleX'] },
                { key: 'transform.scaleY', label: 'Transform scale y', path: ['transform', 'scaleY'] },
                { key: 'transform.translateX', label: 'Transform translate x', path: ['transform', 'translateX'] },
                { key: 'transform.translateY', label: 'Transform translate y', path: ['transform', 'translateY'] },
                { key: 'transform.unit', label: 'Transform unit', path: ['transform', 'unit'] },
                { key: 'shape.shapeType', label: 'Shape shape type', path: ['shape', 'shapeType'] },
              ],
              nested: [],
            },
          ],
        },
      ],
    },
  },
  'presentations.batchUpdate': {
    operationId: 'presentations.batchUpdate',
    title: 'Edit a presentation',
    description: 'Applies edits in order, e.g. createSlide with placeholderIdMappings, then insertText into those placeholders.',
    method: 'POST',
    destructive: false,
    scopeAlternatives: [
      ['https://www.googleapis.com/auth/drive.file'],
      ['https://www.googleapis.com/auth/presentations'],
      ['https://www.googleapis.com/auth/drive'],
    ],
    fields: [
      { key: 'presentationId', in: 'param', label: 'Presentation id', required: true, kind: 'text' },
      { key: 'requests', in: 'body', label: 'Requests', required: true, kind: 'json' },
      { key: 'writeControl', in: 'body', label: 'Write control', required: false, kind: 'json' },
    ],
    result: {
      raw: false,
      sections: [
        {
          kind: 'card',
          title: 'Edit a presentation',
          path: [],
          fields: [{ key: 'presentationId', label: 'Presentation id', path: ['presentationId'] }],
        },
        {
          kind: 'table',
          title: 'Replies',
          path: ['replies'],
          columns: [
            { key: 'createSlide.objectId', label: 'Create slide object id', path: ['createSlide', 'objectId'] },
          ],
          nested: [],
        },
      ],
    },
  },
};
