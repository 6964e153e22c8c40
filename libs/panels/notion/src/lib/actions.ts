/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { ActionSpec } from '@patchbay/panel-kit';

/**
 * Operation id → form of each write operation of Notion (2), derived from its parameters and
 * request schema: fields (required first) with labels, controls, defaults and enums; whether it destroys something;
 * the scopes it needs; how its response is shown. Rendered and validated by `PanelActionFormComponent`.
 */
export const ACTIONS: Readonly<Record<string, ActionSpec>> = {
  'pages.create': {
    operationId: 'pages.create',
    title: 'Create a page',
    description: 'Creates a page in a database (properties must match its columns) or under a page, optionally with content blocks.',
    method: 'POST',
    destructive: false,
    scopeAlternatives: [['notion.workspace']],
    fields: [
      {
        key: 'parent',
        in: 'body',
        label: 'Parent',
        description: '{database_id} or {page_id}.',
        required: true,
        kind: 'json',
      },
      {
        key: 'properties',
        in: 'body',
        label: 'Properties',
        description: 'Keyed by property name; a database page needs its title property.',
        required: true,
        kind: 'json',
      },
      { key: 'children', in: 'body', label: 'Children', required: false, kind: 'json' },
      { key: 'icon', in: 'body', label: 'Icon', required: false, kind: 'json' },
      { key: 'cover', in: 'body', label: 'Cover', required: false, kind: 'json' },
    ],
    result: {
      raw: false,
      sections: [
        {
          kind: 'card',
          title: 'Create a page',
          path: [],
          fields: [
            { key: 'id', label: 'Id', path: ['id'] },
            { key: 'created_time', label: 'Created time', path: ['created_time'], format: 'datetime' },
            {
              key: 'last_edited_time',
              label: 'Last edited time',
              path: ['last_edited_time'],
              format: 'datetime',
            },
            { key: 'archived', label: 'Archived', path: ['archived'], format: 'boolean' },
            { key: 'in_trash', label: 'In trash', path: ['in_trash'], format: 'boolean' },
            { key: 'cover', label: 'Cover', path: ['cover'] },
            { key: 'url', label: 'Url', path: ['url'], format: 'url' },
            { key: 'public_url', label: 'Public url', path: ['public_url'], format: 'url' },
            { key: 'properties', label: 'Properties', path: ['properties'] },
          ],
        },
        {
          kind: 'card',
          title: 'Icon',
          path: ['icon'],
          fields: [
            { key: 'type', label: 'Type', path: ['type'] },
            { key: 'emoji', label: 'Emoji', path: ['emoji'] },
          ],
        },
        {
          kind: 'card',
          title: 'Parent',
          path: ['parent'],
          fields: [
            { key: 'type', label: 'Type', path: ['type'] },
            { key: 'database_id', label: 'Database id', path: ['database_id'] },
            { key: 'page_id', label: 'Page id', path: ['page_id'] },
            { key: 'block_id', label: 'Block id', path: ['block_id'] },
            { key: 'workspace', label: 'Workspace', path: ['workspace'], format: 'boolean' },
          ],
        },
      ],
    },
  },
  'blocks.children.append': {
    operationId: 'blocks.children.append',
    title: 'Add content to a page',
    description: 'Appends up to 100 blocks to the end of a page or block (or after a given block).',
    method: 'PATCH',
    destructive: false,
    scopeAlternatives: [['notion.workspace']],
    fields: [
      {
        key: 'block_id',
        in: 'param',
        label: 'Block id',
        description: 'A block id; a page id works too (a page is a block).',
        required: true,
        kind: 'text',
      },
      { key: 'children', in: 'body', label: 'Children', required: true, kind: 'json' },
      {
        key: 'after',
        in: 'body',
        label: 'After',
        description: 'Insert after this child block instead of at the end.',
        required: false,
        kind: 'text',
      },
    ],
    result: {
      raw: false,
      sections: [
        {
          kind: 'card',
          title: 'Add content to a page',
          path: [],
          fields: [
            { key: 'type', label: 'Type', path: ['type'] },
            { key: 'block', label: 'Block', path: ['block'] },
            { key: 'has_more', label: 'Has more', path: ['has_more'], format: 'boolean' },
          ],
        },
        {
          kind: 'table',
          title: 'Results',
          path: ['results'],
          columns: [
            { key: 'type', label: 'Type', path: ['type'] },
            { key: 'created_time', label: 'Created time', path: ['created_time'], format: 'datetime' },
            {
              key: 'last_edited_time',
              label: 'Last edited time',
              path: ['last_edited_time'],
              format: 'datetime',
            },
            { key: 'has_children', label: 'Has children', path: ['has_children'], format: 'boolean' },
            { key: 'archived', label: 'Archived', path: ['archived'], format: 'boolean' },
            { key: 'in_trash', label: 'In trash', path: ['in_trash'], format: 'boolean' },
            { key: 'divider', label: 'Divider', path: ['divider'] },
            { key: 'parent.type', label: 'Parent type', path: ['parent', 'type'] },
          ],
          nested: [],
        },
      ],
    },
  },
};
