import type { OperationModel } from '@patchbay/spec';
import { choicesOf, deriveChoices, inputStem } from './derive-choices';

const op = (over: Partial<OperationModel>): OperationModel => ({
  id: 'x',
  method: 'get',
  path: '/x',
  serverUrl: 'https://acme.test',
  summary: '',
  tags: [],
  scopeAlternatives: [],
  requiredScopes: [],
  parameters: [],
  successStatus: 200,
  pagination: { style: 'none' } as OperationModel['pagination'],
  readOnly: true,
  ...over,
});

const listOf = (id: string, itemsPath: string, item: Record<string, unknown>, over: Partial<OperationModel> = {}) =>
  op({
    id,
    pagination: { style: 'cursor', itemsPath } as OperationModel['pagination'],
    responseSchema: { type: 'object', properties: { [itemsPath]: { type: 'array', items: { type: 'object', properties: item } } } },
    ...over,
  });

const post = op({ id: 'chat.postMessage', method: 'post', readOnly: false });
const channels = listOf('conversations.list', 'channels', { id: { type: 'string' }, name: { type: 'string' } });
const folders = listOf('folders.list', 'items', { id: { type: 'string' }, title: { type: 'string' } });
const provider = { operations: [post, channels, folders] };

describe('inputStem', () => {
  it('is the thing an input names', () => {
    expect(['channel_id', 'calendarId', 'channel', 'parentFolderId', 'ID'].map(inputStem)).toEqual([
      'channel',
      'calendar',
      'channel',
      'parent_folder',
      '',
    ]);
  });
});

describe('deriveChoices (no hint)', () => {
  it('takes the one read operation listing the thing (id ending in <x>s.list, or items at <x>s), its id as value and its name as label', () => {
    expect(deriveChoices(provider, post, 'channel')).toEqual({
      operationId: 'conversations.list',
      items: ['channels'],
      value: ['id'],
      label: [['name']],
    });
    expect(deriveChoices(provider, post, 'folderId')).toEqual({ operationId: 'folders.list', items: ['items'], value: ['id'], label: [['title']] });
  });

  it('derives nothing when it is ambiguous, unknown, the list needs an input or its items have no id', () => {
    const twice = { operations: [...provider.operations, listOf('channels.list', 'channels', { id: { type: 'string' } })] };
    expect(deriveChoices(twice, post, 'channel')).toBeUndefined();
    expect(deriveChoices(provider, post, 'text')).toBeUndefined();
    const needsInput = listOf(
      'events.list',
      'items',
      { id: { type: 'string' } },
      {
        parameters: [{ name: 'calendarId', in: 'path', required: true, schema: { type: 'string' } }],
      },
    );
    expect(deriveChoices({ operations: [post, needsInput] }, post, 'eventId')).toBeUndefined();
    const noId = listOf('users.list', 'users', { name: { type: 'string' } });
    expect(deriveChoices({ operations: [post, noId] }, post, 'user')).toBeUndefined();
    const open = op({
      id: 'teams.list',
      pagination: { style: 'none', itemsPath: 'teams' } as OperationModel['pagination'],
      responseSchema: { type: 'object' },
    });
    expect(deriveChoices({ operations: [post, open] }, post, 'team_id')).toBeUndefined();
  });
});

describe('choicesOf (a provider.yaml hint)', () => {
  it('uses the hint over a derived default: its operation, list, value, label alternatives and input', () => {
    const hint = { operation: 'folders.list', value: 'id', label: 'title|id', input: { body: { kind: 'folder' } } };
    expect(choicesOf(provider, post, 'channel', { channel: hint }, 'specs/acme/provider.yaml')).toEqual({
      operationId: 'folders.list',
      input: { body: { kind: 'folder' } },
      items: ['items'],
      value: ['id'],
      label: [['title'], ['id']],
    });
  });

  it('refuses a hint naming a write or unknown operation, or a path its items lack, with the file and the path', () => {
    const file = 'specs/acme/provider.yaml';
    expect(() => choicesOf(provider, post, 'channel', { channel: { operation: 'chat.postMessage', value: 'ts' } }, file)).toThrow(
      'specs/acme/provider.yaml: operations.chat.postMessage.inputs.channel.choices.operation: chat.postMessage is not a read operation, so it cannot list choices',
    );
    expect(() => choicesOf(provider, post, 'channel', { channel: { operation: 'nope.list', value: 'id' } }, file)).toThrow(
      'operations.chat.postMessage.inputs.channel.choices.operation: unknown operation "nope.list"',
    );
    expect(() => choicesOf(provider, post, 'channel', { channel: { operation: 'conversations.list', value: 'id', label: 'title' } }, file)).toThrow(
      'specs/acme/provider.yaml: operations.chat.postMessage.inputs.channel.choices.label: "title" is not in the items of channels of conversations.list',
    );
  });
});
