import { join } from 'node:path';
import { loadCatalogSync } from '@patchbay/spec';
import { createSandbox, type Sandbox } from './sandbox-server';
import { classifyOperation } from './api-operations';
import { getPath, seededRng } from './path-utils';
import { sampleSchema } from './schema-sample';
import { connect, operation, provider, type Connection } from '../test-support/connect';
import { apiErrorCode } from '../test-support/sandbox-client';

const catalog = loadCatalogSync(join(__dirname, '../../../../specs'));
let sandbox: Sandbox;
let base: string;

beforeAll(async () => {
  sandbox = createSandbox({ catalog });
  await sandbox.listen(0);
  base = sandbox.url();
});
afterAll(() => sandbox.close());

function items(res: { json: unknown }, path: string): Array<Record<string, unknown>> {
  const v = getPath(res.json, path);
  if (!Array.isArray(v)) throw new Error(`no array at ${path}: ${JSON.stringify(res.json).slice(0, 300)}`);
  return v as Array<Record<string, unknown>>;
}

describe('every listing operation in specs/ serves seeded data', () => {
  const cases = catalog.providers.flatMap((p) =>
    p.operations.filter((o) => ['list', 'query'].includes(classifyOperation(p, o).kind)).map((o) => [p.id, o.id] as const),
  );
  it.each(cases)('%s %s', async (providerId, opId) => {
    const p = provider(catalog, providerId);
    const op = operation(p, opId);
    const b = classifyOperation(p, op);
    const conn = await connect(base, p);
    const query: Record<string, string> = {};
    for (const x of op.parameters) if (x.required && x.in === 'query') query[x.name] = String(x.schema['example'] ?? 'x');
    const body = op.requestBody ? sampleSchema(op.requestBody.schema, seededRng(op.id), { maxDepth: 3 }) : undefined;
    const res = await conn.call(opId, {
      query,
      body: body && typeof body === 'object' ? stripPaging(body as Record<string, unknown>, op.pagination.requestParam) : body,
    });
    expect(res.status).toBe(op.successStatus);
    const list = items(res, b.itemsPath as string);
    expect(list.length).toBeGreaterThan(0);
    // Deterministic: a second account gets its own data, the same account the same data.
    const again = await conn.call(opId, {
      query,
      body: body && typeof body === 'object' ? stripPaging(body as Record<string, unknown>, op.pagination.requestParam) : body,
    });
    expect(again.json).toEqual(res.json);
  });
});

function stripPaging(body: Record<string, unknown>, param?: string): Record<string, unknown> {
  const out = { ...body };
  if (param) delete out[param];
  return out;
}

describe('Google Calendar: REST store, validation, scopes, pagination', () => {
  const p = provider(catalog, 'google-calendar');
  let conn: Connection;
  beforeAll(async () => {
    conn = await connect(base, p);
  });

  it('create → list → get → patch → delete reflect each other', async () => {
    const created = await conn.call('events.insert', {
      path: { calendarId: 'primary' },
      body: { summary: 'Sandbox booking 42', start: { dateTime: '2026-12-01T10:00:00Z' }, end: { dateTime: '2026-12-01T11:00:00Z' } },
    });
    expect(created.status).toBe(200);
    const id = getPath(created.json, 'id') as string;
    expect(getPath(created.json, 'summary')).toBe('Sandbox booking 42');
    const all: Array<Record<string, unknown>> = [];
    let pageToken: string | undefined;
    do {
      const page = await conn.call('events.list', { path: { calendarId: 'primary' }, query: { maxResults: 5, ...(pageToken ? { pageToken } : {}) } });
      expect(page.status).toBe(200);
      const got = items(page, 'items');
      expect(got.length).toBeLessThanOrEqual(5);
      all.push(...got);
      pageToken = getPath(page.json, 'nextPageToken') as string | undefined;
    } while (pageToken);
    expect(all.filter((e) => e['id'] === id)).toHaveLength(1);
    expect(new Set(all.map((e) => e['id'])).size).toBe(all.length);
    expect(all.length).toBe(13); // 12 seeded + 1 created

    const patched = await conn.call('events.patch', {
      path: { calendarId: 'primary', eventId: id },
      body: { summary: 'Moved', start: { dateTime: '2026-12-02T10:00:00Z' }, end: { dateTime: '2026-12-02T11:00:00Z' } },
    });
    expect(patched.status).toBe(200);
    expect(getPath(patched.json, 'summary')).toBe('Moved');
    expect((await conn.call('events.delete', { path: { calendarId: 'primary', eventId: id } })).status).toBe(204);
    const gone = await conn.call('events.delete', { path: { calendarId: 'primary', eventId: id } });
    expect(gone.status).toBe(404);
    expect(apiErrorCode(p, gone)).toBe('notFound');
    // Another account does not see this account's data.
    const other = await connect(base, p, { account: 3 });
    const otherList = await other.call('events.list', { path: { calendarId: 'primary' }, query: { maxResults: 50 } });
    expect(items(otherList, 'items').some((e) => e['summary'] === 'Moved')).toBe(false);
  });

  it('validates the body against the schema → 400 in Google’s shape', async () => {
    const res = await conn.call('events.insert', { path: { calendarId: 'primary' }, body: { summary: 'no start/end' } });
    expect(res.status).toBe(400);
    expect(getPath(res.json, 'error.code')).toBe(400);
    expect(getPath(res.json, 'error.errors.0.reason')).toBe('badRequest');
    expect(String(getPath(res.json, 'error.message'))).toMatch(/start/);
    const wrongType = await conn.call('events.insert', { path: { calendarId: 'primary' }, body: { start: { dateTime: 5 }, end: {} } });
    expect(wrongType.status).toBe(400);
  });

  it('a token without the operation’s scopes → 403 insufficientPermissions; unknown/expired token → 401 authError', async () => {
    const narrow = await connect(base, p, { scopes: ['openid', 'email', 'https://www.googleapis.com/auth/calendar.events.readonly'] });
    expect((await narrow.call('events.list', { path: { calendarId: 'primary' } })).status).toBe(200);
    const denied = await narrow.call('events.insert', {
      path: { calendarId: 'primary' },
      body: { start: { date: '2026-12-01' }, end: { date: '2026-12-02' } },
    });
    expect(denied.status).toBe(403);
    expect(getPath(denied.json, 'error.errors.0.reason')).toBe('insufficientPermissions');
    const bad = await conn.call('events.list', { path: { calendarId: 'primary' }, token: 'bogus' });
    expect(bad.status).toBe(401);
    expect(getPath(bad.json, 'error.errors.0.reason')).toBe('authError');
    await fetch(`${base}/_sandbox/tokens/expire`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ accessToken: narrow.accessToken }),
    });
    const expired = await narrow.call('events.list', { path: { calendarId: 'primary' } });
    expect(expired.status).toBe(401);
    expect(getPath(expired.json, 'error.message')).toMatch(/expired/i);
  });

  it('one Google grant covers Calendar and Drive (shared auth group and shared host)', async () => {
    const drive = provider(catalog, 'google-drive');
    const google = await connect(base, p, {
      scopes: ['openid', 'email', 'https://www.googleapis.com/auth/calendar.events', 'https://www.googleapis.com/auth/drive.file'],
    });
    const res = await google.call('events.list', { path: { calendarId: 'primary' } });
    expect(res.status).toBe(200);
    const files = await fetch(google.urlFor('events.list').replace(/calendar\/v3\/calendars\/[^/]+\/events/, 'drive/v3/files'), {
      headers: { authorization: `Bearer ${google.accessToken}` },
    });
    expect(files.status).toBe(200);
    expect(Array.isArray((await files.json()).files)).toBe(true);
    expect(drive.oauth.group).toBe(p.oauth.group);
  });
});

describe('Slack: ok field, 200 errors, cursor pagination, RPC echo', () => {
  const p = provider(catalog, 'slack');
  it('chat.postMessage echoes the channel and text with ok:true', async () => {
    const conn = await connect(base, p);
    const res = await conn.call('chat.postMessage', { body: { channel: 'C0SUPPORT', text: 'New ticket #12' } });
    expect(res.status).toBe(200);
    expect(getPath(res.json, 'ok')).toBe(true);
    expect(getPath(res.json, 'channel')).toBe('C0SUPPORT');
    expect(getPath(res.json, 'message.text')).toBe('New ticket #12');
  });
  it('missing scope → HTTP 200 {ok:false, error:missing_scope}; bad body → invalid_arguments', async () => {
    const conn = await connect(base, p, { scopes: ['channels:read'] });
    const res = await conn.call('chat.postMessage', { body: { channel: 'C1', text: 'x' } });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ ok: false, error: 'missing_scope' });
    const full = await connect(base, p);
    const bad = await full.call('chat.postMessage', { body: { text: 42 } });
    expect(bad.status).toBe(200);
    expect(getPath(bad.json, 'error')).toBe('invalid_arguments');
  });
  it('conversations.list pages with cursor/limit and ends with no cursor', async () => {
    const conn = await connect(base, p);
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const res = await conn.call('conversations.list', { query: { limit: 5, ...(cursor ? { cursor } : {}) } });
      seen.push(...items(res, 'channels').map((c) => String(c['id'])));
      cursor = (getPath(res.json, 'response_metadata.next_cursor') as string | undefined) || undefined;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(12);
  });
});

describe('HubSpot: create → search reflects it, offset pagination, pipelines with stages', () => {
  const p = provider(catalog, 'hubspot');
  it('contacts.create then contacts.search finds it; update merges properties', async () => {
    const conn = await connect(base, p);
    const created = await conn.call('contacts.create', { body: { properties: { email: 'new.lead@example.com', firstname: 'New' } } });
    expect(created.status).toBe(201);
    const id = getPath(created.json, 'id');
    expect(getPath(created.json, 'properties.email')).toBe('new.lead@example.com');
    const found: Array<Record<string, unknown>> = [];
    let after: string | undefined;
    for (let i = 0; i < 10; i++) {
      const res = await conn.call('contacts.search', { body: { limit: 100, ...(after ? { after } : {}) } });
      expect(res.status).toBe(200);
      found.push(...items(res, 'results'));
      after = getPath(res.json, 'paging.next.after') as string | undefined;
      if (!after) break;
    }
    expect(found.some((c) => c['id'] === id)).toBe(true);
    const upd = await conn.call('contacts.update', { path: { contactId: String(id) }, body: { properties: { lastname: 'Lead' } } });
    expect(getPath(upd.json, 'properties.lastname')).toBe('Lead');
    expect(getPath(upd.json, 'properties.email')).toBe('new.lead@example.com');
    const got = await conn.call('contacts.getById', { path: { contactId: String(id) } });
    expect(getPath(got.json, 'properties.lastname')).toBe('Lead');
  });
  it('lists.search pages by offset with hasMore', async () => {
    const conn = await connect(base, p);
    const first = await conn.call('lists.search', { body: { count: 5 } });
    expect(items(first, 'lists')).toHaveLength(5);
    expect(getPath(first.json, 'hasMore')).toBe(true);
    expect(getPath(first.json, 'offset')).toBe(5);
    const last = await conn.call('lists.search', { body: { count: 5, offset: 10 } });
    expect(items(last, 'lists')).toHaveLength(2);
    expect(getPath(last.json, 'hasMore')).toBe(false);
  });
  it('deal pipelines come with stages', async () => {
    const conn = await connect(base, p);
    const res = await conn.call('pipelines.getAll');
    const pipelines = items(res, 'results');
    expect(pipelines.length).toBeGreaterThan(0);
    for (const pl of pipelines) expect((pl['stages'] as unknown[]).length).toBeGreaterThan(0);
  });
});

describe('Notion: JSON, version header, blocks with to-dos, has_more cursor', () => {
  const p = provider(catalog, 'notion');
  it('append children → list shows them; missing Notion-Version → 400 in Notion’s shape', async () => {
    const conn = await connect(base, p);
    const seeded = await conn.call('blocks.children.list', { path: { block_id: 'page-1' }, query: { page_size: 100 } });
    const blocks = items(seeded, 'results');
    expect(blocks.some((b) => b['type'] === 'to_do')).toBe(true);
    const appended = await conn.call('blocks.children.append', {
      path: { block_id: 'page-1' },
      body: { children: [{ object: 'block', type: 'paragraph', paragraph: { rich_text: [{ type: 'text', text: { content: 'Hello sandbox' } }] } }] },
    });
    expect(appended.status).toBe(200);
    const newId = getPath(appended.json, 'results.0.id');
    const after = await conn.call('blocks.children.list', { path: { block_id: 'page-1' }, query: { page_size: 100 } });
    expect(items(after, 'results').some((b) => b['id'] === newId)).toBe(true);
    const raw = await fetch(conn.urlFor('blocks.children.list', { path: { block_id: 'page-1' } }), {
      headers: { authorization: `Bearer ${conn.accessToken}` },
    });
    const body = await raw.json();
    expect(raw.status).toBe(p.sandbox.badRequest.status);
    expect(getPath(body, p.errors.codePath)).toBe(p.sandbox.badRequest.code);
  });
  it('databases.query pages with start_cursor / next_cursor / has_more', async () => {
    const conn = await connect(base, p);
    const first = await conn.call('databases.query', { path: { database_id: 'db1' }, body: { page_size: 10 } });
    expect(items(first, 'results')).toHaveLength(10);
    expect(getPath(first.json, 'has_more')).toBe(true);
    const next = getPath(first.json, 'next_cursor') as string;
    const second = await conn.call('databases.query', { path: { database_id: 'db1' }, body: { page_size: 10, start_cursor: next } });
    expect(items(second, 'results')).toHaveLength(2);
    expect(getPath(second.json, 'has_more')).toBe(false);
    expect(getPath(second.json, 'next_cursor')).toBeNull();
  });
});

describe('Salesforce: instance URL host, next_url pagination, error arrays, 204 updates', () => {
  const p = provider(catalog, 'salesforce');
  it('queries page through nextRecordsUrl relative to instance_url', async () => {
    const conn = await connect(base, p);
    expect(conn.apiBase).toMatch(/^https:\/\/sandbox-org\./);
    const first = await conn.call('query', { query: { q: 'SELECT Id, Name FROM Opportunity' } });
    expect(first.status).toBe(200);
    const records = items(first, 'records');
    expect(records.length).toBeGreaterThan(0);
    expect(records).toHaveLength(10);
    expect(getPath(first.json, 'done')).toBe(false);
    const next = getPath(first.json, 'nextRecordsUrl') as string;
    expect(next.startsWith('/services/data/')).toBe(true);
    const res = await fetch(`${base}/${(conn.apiBase as string).replace(/^https:\/\//, '')}${next}`, {
      headers: { authorization: `Bearer ${conn.accessToken}` },
    });
    const page2 = await res.json();
    expect(res.status).toBe(200);
    expect(page2.records).toHaveLength(2);
    expect(page2.done).toBe(true);
    expect(page2.nextRecordsUrl).toBeUndefined();
    expect(page2.records[0].Id).not.toBe(records[0]['Id']);
  });
  it('create lead 201, update 204, validation error as a JSON array', async () => {
    const conn = await connect(base, p);
    const lead = await conn.call('sobjects.Lead.create', { body: { LastName: 'Lovelace', Company: 'Analytical Engines' } });
    expect(lead.status).toBe(201);
    const id = getPath(lead.json, 'id') as string;
    const upd = await conn.call('sobjects.Lead.update', { path: { id }, body: { Company: 'Babbage & Co' } });
    expect(upd.status).toBe(204);
    const listed = await conn.call('query', { query: { q: 'SELECT Id, LastName, Company FROM Lead' } });
    const leads = items(listed, 'records');
    expect(leads).toHaveLength(1);
    expect(leads[0]['Id']).toBe(id);
    expect(leads[0]['Company']).toBe('Babbage & Co');
    const opps = await conn.call('query', { query: { q: 'SELECT Id FROM Opportunity' } });
    expect(items(opps, 'records').some((r) => r['Id'] === id)).toBe(false);
    const bad = await conn.call('sobjects.Lead.create', { body: { Company: 42 } });
    expect(bad.status).toBe(400);
    expect(Array.isArray(bad.json)).toBe(true);
    expect(getPath(bad.json, '0.errorCode')).toBe('INVALID_FIELD');
  });
});

describe('TikTok: body cursor with has_more', () => {
  const p = provider(catalog, 'tiktok');
  it('video.list pages with a numeric cursor in the body', async () => {
    const conn = await connect(base, p);
    const first = await conn.call('video.list', { query: { fields: 'id,title,view_count' }, body: { max_count: 10 } });
    expect(first.status).toBe(200);
    expect(items(first, 'data.videos')).toHaveLength(10);
    expect(getPath(first.json, 'data.has_more')).toBe(true);
    const cursor = getPath(first.json, 'data.cursor');
    const second = await conn.call('video.list', { query: { fields: 'id,title,view_count' }, body: { max_count: 10, cursor } });
    expect(items(second, 'data.videos')).toHaveLength(2);
    expect(getPath(second.json, 'data.has_more')).toBe(false);
  });
});
