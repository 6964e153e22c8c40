/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { ActionSpec } from '@patchbay/panel-kit';

/**
 * Operation id → form of each write operation of LinkedIn (1), derived from its parameters and
 * request schema: fields (required first) with labels, controls, defaults and enums; whether it destroys something;
 * the scopes it needs; how its response is shown. Rendered and validated by `PanelActionFormComponent`.
 */
export const ACTIONS: Readonly<Record<string, ActionSpec>> = {
  'posts.create': {
    operationId: 'posts.create',
    title: 'Publish a post',
    description: 'Publishes a post to the member\'s feed. Success is 201 with an empty body; the new post\'s URN is in the x-restli-id header.',
    method: 'POST',
    destructive: false,
    scopeAlternatives: [['w_member_social']],
    fields: [
      {
        key: 'author',
        in: 'body',
        label: 'Author',
        description: 'urn:li:person:{sub from userinfo}.',
        required: true,
        kind: 'text',
      },
      {
        key: 'commentary',
        in: 'body',
        label: 'Commentary',
        description: 'Post text (\'little\' text format: escape reserved characters such as ( ) [ ] { } @ # * _ ~ < > | \\).',
        required: true,
        kind: 'text',
      },
      {
        key: 'visibility',
        in: 'body',
        label: 'Visibility',
        required: true,
        kind: 'select',
        options: ['PUBLIC', 'CONNECTIONS', 'LOGGED_IN', 'CONTAINER'],
      },
      { key: 'distribution', in: 'body', label: 'Distribution', required: true, kind: 'json' },
      {
        key: 'lifecycleState',
        in: 'body',
        label: 'Lifecycle state',
        required: true,
        kind: 'select',
        options: ['PUBLISHED', 'DRAFT'],
      },
      {
        key: 'isReshareDisabledByAuthor',
        in: 'body',
        label: 'Is reshare disabled by author',
        required: false,
        kind: 'toggle',
        default: false,
      },
      {
        key: 'content',
        in: 'body',
        label: 'Content',
        description: 'Optional attachment, e.g. an article link card.',
        required: false,
        kind: 'json',
      },
    ],
    result: { raw: true, sections: [] },
  },
};
