/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { ActionSpec } from '@patchbay/panel-kit';

/**
 * Operation id → form of each write operation of HubSpot (3), derived from its parameters and
 * request schema: fields (required first) with labels, controls, defaults and enums; whether it destroys something;
 * the scopes it needs; how its response is shown. Rendered and validated by `PanelActionFormComponent`.
 */
export const ACTIONS: Readonly<Record<string, ActionSpec>> = {
  'contacts.create': {
    operationId: 'contacts.create',
    title: 'Create a contact',
    description: 'Creates a contact. A duplicate email is refused with 409 CONFLICT naming the existing id.',
    method: 'POST',
    destructive: false,
    scopeAlternatives: [['crm.objects.contacts.write']],
    fields: [
      { key: 'properties', in: 'body', label: 'Properties', required: true, kind: 'json' },
      { key: 'associations', in: 'body', label: 'Associations', required: false, kind: 'json' },
    ],
    result: {
      raw: false,
      sections: [
        {
          kind: 'card',
          title: 'Create a contact',
          path: [],
          fields: [
            { key: 'id', label: 'Id', path: ['id'] },
            { key: 'properties', label: 'Properties', path: ['properties'] },
            { key: 'createdAt', label: 'Created at', path: ['createdAt'], format: 'datetime' },
            { key: 'updatedAt', label: 'Updated at', path: ['updatedAt'], format: 'datetime' },
            { key: 'archived', label: 'Archived', path: ['archived'], format: 'boolean' },
          ],
        },
      ],
    },
  },
  'contacts.update': {
    operationId: 'contacts.update',
    title: 'Update a contact',
    description: 'Changes only the properties sent.',
    method: 'PATCH',
    destructive: false,
    scopeAlternatives: [['crm.objects.contacts.write']],
    fields: [
      {
        key: 'contactId',
        in: 'param',
        label: 'Contact id',
        description: 'The record id, or the email when idProperty=email.',
        required: true,
        kind: 'text',
      },
      { key: 'properties', in: 'body', label: 'Properties', required: true, kind: 'json' },
      {
        key: 'idProperty',
        in: 'param',
        label: 'Id property',
        description: 'Set to `email` to address the contact by email.',
        required: false,
        kind: 'text',
      },
    ],
    result: {
      raw: false,
      sections: [
        {
          kind: 'card',
          title: 'Update a contact',
          path: [],
          fields: [
            { key: 'id', label: 'Id', path: ['id'] },
            { key: 'properties', label: 'Properties', path: ['properties'] },
            { key: 'createdAt', label: 'Created at', path: ['createdAt'], format: 'datetime' },
            { key: 'updatedAt', label: 'Updated at', path: ['updatedAt'], format: 'datetime' },
            { key: 'archived', label: 'Archived', path: ['archived'], format: 'boolean' },
          ],
        },
      ],
    },
  },
  'deals.update': {
    operationId: 'deals.update',
    title: 'Update a deal',
    description: 'Changes only the properties sent, e.g. amount or dealstage.',
    method: 'PATCH',
    destructive: false,
    scopeAlternatives: [['crm.objects.deals.write']],
    fields: [
      { key: 'dealId', in: 'param', label: 'Deal id', required: true, kind: 'text' },
      { key: 'properties', in: 'body', label: 'Properties', required: true, kind: 'json' },
    ],
    result: {
      raw: false,
      sections: [
        {
          kind: 'card',
          title: 'Update a deal',
          path: [],
          fields: [
            { key: 'id', label: 'Id', path: ['id'] },
            { key: 'properties', label: 'Properties', path: ['properties'] },
            { key: 'createdAt', label: 'Created at', path: ['createdAt'], format: 'datetime' },
            { key: 'updatedAt', label: 'Updated at', path: ['updatedAt'], format: 'datetime' },
            { key: 'archived', label: 'Archived', path: ['archived'], format: 'boolean' },
          ],
        },
      ],
    },
  },
};
