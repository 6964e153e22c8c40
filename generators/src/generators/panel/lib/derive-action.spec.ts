import type { OperationModel } from '@patchbay/spec';
import { deriveAction, isDestructive } from './derive-action';

const op = (over: Partial<OperationModel>): OperationModel => ({
  id: 'things.create',
  method: 'post',
  path: '/things/{folderId}',
  serverUrl: 'https://acme.test',
  summary: 'Create a thing',
  tags: [],
  scopeAlternatives: [['write']],
  requiredScopes: ['write'],
  parameters: [],
  successStatus: 200,
  pagination: { style: 'none' } as OperationModel['pagination'],
  readOnly: false,
  ...over,
});

describe('deriveAction', () => {
  it('asks required inputs first, in words, with enums as selects, booleans as toggles and schema defaults', () => {
    const { fields, destructive } = deriveAction(
      { defaultHeaders: { 'Notion-Version': '2022-06-28' } },
      op({
        parameters: [
          { name: 'dryRun', in: 'query', required: false, schema: { type: 'boolean', default: false } },
          { name: 'folderId', in: 'path', required: true, description: 'The   folder\nto put it in.', schema: { type: 'string' } },
          { name: 'Notion-Version', in: 'header', required: true, schema: { type: 'string' } },
          { name: 'Authorization', in: 'header', required: true, schema: { type: 'string' } },
        ],
        requestBody: {
          required: true,
          contentType: 'application/json',
          schema: {
            type: 'object',
            required: ['name', 'colour'],
            properties: {
              notify_owner: { type: 'boolean' },
              name: { type: 'string', title: 'Name of the thing' },
              colour: { type: 'string', enum: ['red', 'green'], default: 'green' },
              weight_kg: { type: 'number' },
              count: { type: 'integer', default: 3 },
              tags: { type: 'array', items: { type: 'string' } },
              id: { type: 'string', readOnly: true },
            },
          },
        },
      }),
    );
    expect(destructive).toBe(false);
    expect(fields).toEqual([
      { key: 'folderId', in: 'param', label: 'Folder id', description: 'The folder to put it in.', required: true, kind: 'text' },
      { key: 'name', in: 'body', label: 'Name of the thing', required: true, kind: 'text' },
      { key: 'colour', in: 'body', label: 'Colour', required: true, kind: 'select', options: ['red', 'green'], default: 'green' },
      { key: 'dryRun', in: 'param', label: 'Dry run', required: false, kind: 'toggle', default: false },
      { key: 'notify_owner', in: 'body', label: 'Notify owner', required: false, kind: 'toggle' },
      { key: 'weight_kg', in: 'body', label: 'Weight kg', required: false, kind: 'number' },
      { key: 'count', in: 'body', label: 'Count', required: false, kind: 'integer', default: 3 },
      { key: 'tags', in: 'body', label: 'Tags', required: false, kind: 'json' },
    ]);
  });

  it('merges allOf parts, and asks for a body without properties as JSON', () => {
    const merged = deriveAction(
      { defaultHeaders: {} },
      op({
        requestBody: {
          required: true,
          contentType: 'application/json',
          schema: { allOf: [{ type: 'object', required: ['a'], properties: { a: { type: 'string' } } }, { properties: { b: { type: 'string' } } }] },
        },
      }),
    );
    expect(merged.fields.map((f) => [f.key, f.required])).toEqual([
      ['a', true],
      ['b', false],
    ]);
    const array = deriveAction(
      { defaultHeaders: {} },
      op({ requestBody: { required: true, contentType: 'application/json', schema: { type: 'array', items: { type: 'object' } } } }),
    );
    expect(array.fields).toEqual([{ key: '', in: 'body', label: 'Request body', required: true, kind: 'json' }]);
    // An optional body: none of its properties is required.
    const optional = deriveAction(
      { defaultHeaders: {} },
      op({
        requestBody: {
          required: false,
          contentType: 'application/json',
          schema: { type: 'object', required: ['a'], properties: { a: { type: 'string' } } },
        },
      }),
    );
    expect(optional.fields[0].required).toBe(false);
  });
});

describe('isDestructive', () => {
  it.each([
    ['DELETE', 'events.delete', true],
    ['POST', 'pages.archive', true],
    ['POST', 'removeMember', true],
    ['POST', 'files.trash', true],
    ['PATCH', 'delete_file', true],
    ['POST', 'chat.postMessage', false],
    ['POST', 'conversations.open', false],
    ['PATCH', 'events.patch', false],
    ['POST', 'deliveries.create', false],
  ])('%s %s → %s', (method, id, expected) => {
    expect(isDestructive({ method: method.toLowerCase() as OperationModel['method'], id })).toBe(expected);
  });
});
