/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { ActionSpec } from '@patchbay/panel-kit';

/**
 * Operation id → form of each write operation of Slack (2), derived from its parameters and
 * request schema: fields (required first) with labels, controls, defaults and enums; whether it destroys something;
 * the scopes it needs; how its response is shown. Rendered and validated by `PanelActionFormComponent`.
 */
export const ACTIONS: Readonly<Record<string, ActionSpec>> = {
  'chat.postMessage': {
    operationId: 'chat.postMessage',
    title: 'Post a message to a channel',
    description: 'Sends a message as the app. Use a channel id (C…) when possible; the bot must be a member unless chat:write.public is granted.',
    method: 'POST',
    destructive: false,
    scopeAlternatives: [['chat:write']],
    fields: [
      {
        key: 'channel',
        in: 'body',
        label: 'Channel',
        description: 'Channel id (C…/G…/D…), or a #name (name resolution: unconfirmed as a guarantee).',
        required: true,
        kind: 'text',
        choices: { operationId: 'conversations.list', items: ['channels'], value: ['id'], label: [['name']] },
      },
      {
        key: 'text',
        in: 'body',
        label: 'Text',
        description: 'Message text (mrkdwn); the notification fallback when blocks are sent.',
        required: false,
        kind: 'textarea',
      },
      {
        key: 'blocks',
        in: 'body',
        label: 'Blocks',
        description: 'Block Kit layout blocks.',
        required: false,
        kind: 'json',
      },
      {
        key: 'thread_ts',
        in: 'body',
        label: 'Thread ts',
        description: 'Reply in this thread.',
        required: false,
        kind: 'text',
      },
      {
        key: 'reply_broadcast',
        in: 'body',
        label: 'Reply broadcast',
        required: false,
        kind: 'toggle',
        default: false,
      },
      { key: 'mrkdwn', in: 'body', label: 'Mrkdwn', required: false, kind: 'toggle', default: true },
      { key: 'unfurl_links', in: 'body', label: 'Unfurl links', required: false, kind: 'toggle' },
      { key: 'unfurl_media', in: 'body', label: 'Unfurl media', required: false, kind: 'toggle' },
    ],
    result: {
      raw: false,
      sections: [
        {
          kind: 'card',
          title: 'Post a message to a channel',
          path: [],
          fields: [
            { key: 'ok', label: 'Ok', path: ['ok'], format: 'boolean' },
            { key: 'channel', label: 'Channel', path: ['channel'] },
            { key: 'ts', label: 'Ts', path: ['ts'] },
          ],
        },
        {
          kind: 'card',
          title: 'Message',
          path: ['message'],
          fields: [
            { key: 'type', label: 'Type', path: ['type'] },
            { key: 'subtype', label: 'Subtype', path: ['subtype'] },
            { key: 'text', label: 'Text', path: ['text'] },
            { key: 'user', label: 'User', path: ['user'] },
            { key: 'bot_id', label: 'Bot id', path: ['bot_id'] },
            { key: 'app_id', label: 'App id', path: ['app_id'] },
            { key: 'ts', label: 'Ts', path: ['ts'] },
            { key: 'thread_ts', label: 'Thread ts', path: ['thread_ts'] },
            { key: 'team', label: 'Team', path: ['team'] },
            { key: 'blocks', label: 'Blocks', path: ['blocks'] },
          ],
        },
      ],
    },
  },
  'conversations.open': {
    operationId: 'conversations.open',
    title: 'Open a direct message',
    description: 'Opens (or resumes) a direct message with one person, or a group DM with up to 8; post into it with chat.postMessage.',
    method: 'POST',
    destructive: false,
    scopeAlternatives: [['im:write']],
    fields: [
      {
        key: 'users',
        in: 'body',
        label: 'Users',
        description: 'Comma-separated user ids (1 to 8).',
        required: false,
        kind: 'text',
      },
      {
        key: 'channel',
        in: 'body',
        label: 'Channel',
        required: false,
        kind: 'text',
        choices: { operationId: 'conversations.list', items: ['channels'], value: ['id'], label: [['name']] },
      },
      {
        key: 'return_im',
        in: 'body',
        label: 'Return im',
        required: false,
        kind: 'toggle',
        default: false,
      },
      {
        key: 'prevent_creation',
        in: 'body',
        label: 'Prevent creation',
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
          title: 'Open a direct message',
          path: [],
          fields: [
            { key: 'ok', label: 'Ok', path: ['ok'], format: 'boolean' },
            { key: 'no_op', label: 'No op', path: ['no_op'], format: 'boolean' },
            { key: 'already_open', label: 'Already open', path: ['already_open'], format: 'boolean' },
          ],
        },
        {
          kind: 'card',
          title: 'Channel',
          path: ['channel'],
          fields: [
            { key: 'id', label: 'Id', path: ['id'] },
            { key: 'is_im', label: 'Is im', path: ['is_im'], format: 'boolean' },
            { key: 'user', label: 'User', path: ['user'] },
          ],
        },
      ],
    },
  },
};
