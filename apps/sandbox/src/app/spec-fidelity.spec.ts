import { join } from 'node:path';
import { loadCatalogSync, type Catalog, type OperationModel } from '@patchbay/spec';
import { createSandbox, type Sandbox } from './sandbox-server';
import { resourceWrapper, totalFieldPaths } from './api-operations';
import { getPath } from './path-utils';
import { connect, provider, type Connection } from '../test-support/connect';
import { fixtureProvider } from '../test-support/fixture-catalog';
import { apiErrorCode, http } from '../test-support/sandbox-client';

/**
 * The sandbox answers what the spec says, not just something of the right type: ids in the declared format,
 * totals of the whole result, the stored resource inside wrapped answers, multipart uploads read part by part.
 * The real specs show it on the providers that need it; a fixture provider shows the rules are generic.
 */
const specs = loadCatalogSync(join(__dirname, '../../../../specs'));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SF_ID = /^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/;

/** A provider whose create answer says nothing about ids, whose item path parameter does (a prefixed pattern),
 *  whose get wraps the resource in `data`, and whose list reports totals at the top and next to the items. */
function thingsProvider() {
  const base = fixtureProvider('thingapp', 'things.test');
  const list = base.operations[0];
  const thing = {
    type: 'object',
    properties: { id: { type: 'string' }, name: { type: 'string', example: 'Thing' }, colour: { type: 'string', example: 'red' } },
  };
  const ops: OperationModel[] = [
    {
      ...list,
      id: 'things.list',
      path: '/things',
      parameters: [
        { name: 'limit', in: 'query', required: false, schema: { type: 'integer', default: 5 } },
        { name: 'page', in: 'query', required: false, schema: { type: 'string' } },
      ],
      responseSchema: {
        type: 'object',
        properties: {
          total_count: { type: 'integer', example: 999 },
          totalPages: { type: 'integer', example: 7 },
          data: { type: 'object', properties: { things: { type: 'array', items: thing }, totalItems: { type: 'integer', example: 999 } } },
          next: { type: 'string' },
        },
      },
      pagination: { style: 'cursor', requestParam: 'page', nextPath: 'next', itemsPath: 'data.things', limitParam: 'limit' },
    },
    {
      ...base.operations[1],
      id: 'things.create',
      path: '/things',
      requestBody: { required: true, contentType: 'application/json', schema: thing },
      responseSchema: thing,
    },
    {
      ...list,
      id: 'things.get',
      path: '/things/{thingId}',
      parameters: [{ name: 'thingId', in: 'path', required: true, schema: { type: 'string', pattern: '^thg_[0-9a-f]{12}$' } }],
      responseSchema: { type: 'object', properties: { meta: { type: 'object', properties: { requestId: { type: 'string' } } }, data: thing } },
      pagination: { style: 'none' },
    },
  ];
  return { ...base, operations: ops };
}

const fixtures: Catalog = { warnings: [], providers: [thingsProvider()] };
let sandbox: Sandbox;
let base: string;
let fixtureSandbox: Sandbox;
let fixtureBase: string;

beforeAll(async () => {
  sandbox = createSandbox({ catalog: specs });
  await sandbox.listen(0);
  base = sandbox.url();
  fixtureSandbox = createSandbox({ catalog: fixtures, options: { seedItems: 7 } });
  await fixtureSandbox.listen(0);
  fixtureBase = fixtureSandbox.url();
});
afterAll(async () => {
  await sandbox.close();
  await fixtureSandbox.close();
});

describe('ids follow the id schema (format, pattern, or the item path parameter when only it says)', () => {
  it('Notion: seeded and created page and block ids are UUIDs, and a created page id addresses its children', async () => {
    const conn = await connect(base, provider(specs, 'notion'));
    const found = await conn.call('search', { body: { query: '' } });
    const results = getPath(found.json, 'results') as Array<Record<string, unknown>>;
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(r['id']).toMatch(UUID);
    const page = await conn.call('pages.create', { body: { parent: { database_id: getPath(results[0], 'parent.database_id') }, properties: {} } });
    expect(page.status).toBe(200);
    const pageId = getPath(page.json, 'id') as string;
    expect(pageId).toMatch(UUID);
    const appended = await conn.call('blocks.children.append', {
      path: { block_id: pageId },
      body: { children: [{ object: 'block', type: 'paragraph', paragraph: { rich_text: [{ type: 'text', text: { content: 'uuid chain' } }] } }] },
    });
    expect(appended.status).toBe(200);
    expect(getPath(appended.json, 'results.0.id')).toMatch(UUID);
    const listed = await conn.call('blocks.children.list', { path: { block_id: pageId }, query: { page_size: 100 } });
    const blocks = getPath(listed.json, 'results') as Array<Record<string, unknown>>;
    for (const b of blocks) expect(b['id']).toMatch(UUID);
    expect(blocks.map((b) => b['id'])).toContain(getPath(appended.json, 'results.0.id'));
  });

  it('Salesforce: created ids match the record id pattern and address the record; seeded SOQL ids do too', async () => {
    const conn = await connect(base, provider(specs, 'salesforce'));
    const ids: string[] = [];
    for (const [create, body] of [
      ['sobjects.Lead.create', { LastName: 'Pattern', Company: 'Regex Ltd' }],
      ['sobjects.Contact.create', { LastName: 'Pattern' }],
      ['sobjects.Case.create', { Subject: 'Pattern' }],
    ] as const) {
      const res = await conn.call(create, { body });
      expect(res.status).toBe(201);
      ids.push(getPath(res.json, 'id') as string);
    }
    for (const id of ids) expect(id).toMatch(SF_ID);
    expect(new Set(ids).size).toBe(3);
    expect((await conn.call('sobjects.Lead.update', { path: { id: ids[0] }, body: { Company: 'Pattern 2' } })).status).toBe(204);
    const opps = await conn.call('query', { query: { q: 'SELECT Id FROM Opportunity' } });
    for (const r of getPath(opps.json, 'records') as Array<Record<string, unknown>>) expect(r['Id']).toMatch(SF_ID);
  });

  it('a generic provider: the create answer says nothing, the item path parameter has a prefixed pattern → ids match it', async () => {
    const p = fixtures.providers[0];
    const conn = await connect(fixtureBase, p);
    const created = await conn.call('things.create', { body: { name: 'Kettle' } });
    expect(created.status).toBe(201);
    const id = getPath(created.json, 'id') as string;
    expect(id).toMatch(/^thg_[0-9a-f]{12}$/);
    const seeded = await conn.call('things.list', { query: { limit: 50 } });
    for (const t of getPath(seeded.json, 'data.things') as Array<Record<string, unknown>>) expect(t['id']).toMatch(/^thg_[0-9a-f]{12}$/);
  });
});

describe('total fields count the whole result, not the page', () => {
  it('Salesforce totalSize is the same on every batch and equals the records over all batches', async () => {
    const conn = await connect(base, provider(specs, 'salesforce'), { account: 2 });
    const first = await conn.call('query', { query: { q: 'SELECT Id FROM Opportunity' } });
    const records = getPath(first.json, 'records') as unknown[];
    const next = getPath(first.json, 'nextRecordsUrl') as string;
    const second = await http(`${base}/${(conn.apiBase as string).replace(/^https:\/\//, '')}${next}`, {
      headers: { authorization: `Bearer ${conn.accessToken}` },
    });
    const all = records.length + (getPath(second.json, 'records') as unknown[]).length;
    expect(records.length).toBeLessThan(all);
    expect(getPath(first.json, 'totalSize')).toBe(all);
    expect(getPath(second.json, 'totalSize')).toBe(all);
  });

  it('HubSpot lists.search total counts every list while pages hold five', async () => {
    const conn = await connect(base, provider(specs, 'hubspot'), { account: 2 });
    const first = await conn.call('lists.search', { body: { count: 5 } });
    expect(getPath(first.json, 'lists') as unknown[]).toHaveLength(5);
    expect(getPath(first.json, 'total')).toBe(12);
    expect(getPath((await conn.call('lists.search', { body: { count: 5, offset: 10 } })).json, 'total')).toBe(12);
  });

  it('a generic provider: totals at the top and next to a nested items array; a created item counts; other numbers stay', async () => {
    const conn = await connect(fixtureBase, fixtures.providers[0], { account: 2 });
    await conn.call('things.create', { body: { name: 'Counted' } });
    const page = await conn.call('things.list', { query: { limit: 3 } });
    expect(getPath(page.json, 'data.things') as unknown[]).toHaveLength(3);
    expect(getPath(page.json, 'total_count')).toBe(8);
    expect(getPath(page.json, 'data.totalItems')).toBe(8);
    expect(getPath(page.json, 'totalPages')).toBe(7); // not a total of items: left as the spec's example
  });

  it('totalFieldPaths: numeric fields named like totals, at the top level and beside the items only', () => {
    const schema = {
      type: 'object',
      properties: {
        totalSize: { type: 'integer' },
        total: { type: 'string' },
        count: { type: 'integer' },
        results: {
          type: 'object',
          properties: {
            items: { type: 'array' },
            total_results: { type: 'number' },
            inner: { type: 'object', properties: { totalCount: { type: 'integer' } } },
          },
        },
      },
    };
    expect(totalFieldPaths(schema, 'results.items')).toEqual(['totalSize', 'results.total_results']);
    expect(totalFieldPaths(schema, 'items')).toEqual(['totalSize']);
  });
});

describe('wrapped single-resource answers carry the stored item', () => {
  it('HubSpot lists.getById answers, inside `list`, the list lists.search returned', async () => {
    const conn: Connection = await connect(base, provider(specs, 'hubspot'), { account: 3 });
    const lists = getPath((await conn.call('lists.search', { body: { count: 20 } })).json, 'lists') as Array<Record<string, unknown>>;
    expect(new Set(lists.map((l) => l['listId'])).size).toBe(lists.length);
    for (const l of lists) {
      const one = await conn.call('lists.getById', { path: { listId: String(l['listId']) } });
      expect(one.status).toBe(200);
      expect(getPath(one.json, 'list')).toEqual(l);
    }
    const missing = await conn.call('lists.getById', { path: { listId: 'no-such-list' } });
    expect(missing.status).toBe(404);
  });

  it('a generic provider: a created item comes back inside `data`, the sibling `meta` untouched', async () => {
    const conn = await connect(fixtureBase, fixtures.providers[0], { account: 3 });
    const created = await conn.call('things.create', { body: { name: 'Teapot', colour: 'blue' } });
    const id = getPath(created.json, 'id') as string;
    const got = await conn.call('things.get', { path: { thingId: id } });
    expect(got.status).toBe(200);
    expect(getPath(got.json, 'data')).toEqual({ id, name: 'Teapot', colour: 'blue' });
    expect(typeof getPath(got.json, 'meta.requestId')).toBe('string');
  });

  it('resourceWrapper: the object holding the id, else the one sharing most fields (two at least)', () => {
    const item = { id: 'a', name: 'n', size: 3 };
    expect(resourceWrapper({ paging: { next: 'x' }, list: { id: 'z' } }, item, 'id')).toBe('list');
    expect(resourceWrapper({ meta: { name: 'm' }, data: { name: 'n', size: 1 } }, item, 'id')).toBe('data');
    expect(resourceWrapper({ meta: { name: 'm' } }, item, 'id')).toBeUndefined();
    expect(resourceWrapper({ ok: true }, item, 'id')).toBeUndefined();
  });
});

describe('multipart/related uploads (Drive files.create)', () => {
  const drive = provider(specs, 'google-drive');
  let conn: Connection;
  beforeAll(async () => {
    conn = await connect(base, drive);
  });

  function upload(body: string, contentType: string) {
    return http(conn.urlFor('files.create', { query: { uploadType: 'multipart' } }), {
      method: 'POST',
      headers: { authorization: `Bearer ${conn.accessToken}`, 'content-type': contentType },
      body,
    });
  }
  const multipart = (meta: unknown, media = 'hello') =>
    `--sbx\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n${JSON.stringify(meta)}\r\n--sbx\r\nContent-Type: text/plain\r\n\r\n${media}\r\n--sbx--\r\n`;

  it('the created file carries the metadata part, and not the media', async () => {
    const res = await upload(
      multipart({ name: 'notes.txt', mimeType: 'text/plain', description: 'from the test', appProperties: { k: 'v' } }),
      'multipart/related; boundary=sbx',
    );
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      kind: 'drive#file',
      name: 'notes.txt',
      mimeType: 'text/plain',
      description: 'from the test',
      appProperties: { k: 'v' },
    });
    expect(typeof getPath(res.json, 'id')).toBe('string');
    expect(JSON.stringify(res.json)).not.toContain('hello');
  });

  it('metadata is validated against the spec (parents has maxItems 1) → 400 in Google’s shape', async () => {
    const res = await upload(multipart({ name: 'x', parents: ['a', 'b'] }), 'multipart/related; boundary=sbx');
    expect(res.status).toBe(400);
    expect(apiErrorCode(drive, res)).toBe('badRequest');
    expect(String(getPath(res.json, 'error.message'))).toMatch(/parents/);
  });

  it('a truncated multipart body, a JSON body, or a multipart body of another subtype → 400', async () => {
    const truncated = await upload('--sbx\r\nContent-Type: application/json\r\n\r\n{"name":"x"}\r\n', 'multipart/related; boundary=sbx');
    expect(truncated.status).toBe(400);
    expect(String(getPath(truncated.json, 'error.message'))).toMatch(/final boundary/);
    const json = await upload(JSON.stringify({ metadata: { name: 'x' }, media: 'y' }), 'application/json');
    expect(json.status).toBe(400);
    const formData = await upload(
      '--sbx\r\nContent-Disposition: form-data; name="metadata"\r\n\r\n{}\r\n--sbx--\r\n',
      'multipart/form-data; boundary=sbx',
    );
    expect(formData.status).toBe(400);
    expect(String(getPath(formData.json, 'error.message'))).toMatch(/multipart\/related/);
  });
});
