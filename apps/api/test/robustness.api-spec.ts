import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { ApiClient, auth, TestUser } from './support/api-client';
import { startTestApp, TestApp } from './support/test-app';

/**
 * No endpoint answers 500 to a malformed body, an unknown id, a malformed id or missing auth; every failure has the
 * `{error:{code,message}}` shape and no stack trace.
 */
type Method = 'get' | 'post' | 'patch' | 'delete';
interface Ids {
  app: string;
  user: string;
  key: string;
}
interface Endpoint {
  readonly method: Method;
  readonly path: (ids: Ids) => string;
  readonly isPublic?: boolean;
  /** A body with every field of the wrong type (only for endpoints that take one). */
  readonly wrongTypes?: object;
  /** Id parameters and the 404 code each answers when unknown or malformed. */
  readonly ids?: Partial<Record<keyof Ids, string>>;
}

const ENDPOINTS: Readonly<Record<string, Endpoint>> = {
  'GET /api/health': { method: 'get', path: () => '/api/health', isPublic: true },
  'POST /api/auth/login': { method: 'post', path: () => '/api/auth/login', isPublic: true, wrongTypes: { email: 5, password: ['x'] } },
  'POST /api/auth/logout': { method: 'post', path: () => '/api/auth/logout' },
  'GET /api/me': { method: 'get', path: () => '/api/me' },
  'POST /api/users': { method: 'post', path: () => '/api/users', wrongTypes: { email: true, password: 12345678, name: {}, role: 1 } },
  'GET /api/users': { method: 'get', path: () => '/api/users' },
  'POST /api/apps': { method: 'post', path: () => '/api/apps', wrongTypes: { name: 42, description: [] } },
  'GET /api/apps': { method: 'get', path: () => '/api/apps' },
  'GET /api/apps/:app': { method: 'get', path: (i) => `/api/apps/${i.app}`, ids: { app: 'app_not_found' } },
  'PATCH /api/apps/:app': {
    method: 'patch',
    path: (i) => `/api/apps/${i.app}`,
    wrongTypes: { name: null, description: 3 },
    ids: { app: 'app_not_found' },
  },
  'DELETE /api/apps/:app': { method: 'delete', path: (i) => `/api/apps/${i.app}`, ids: { app: 'app_not_found' } },
  'GET /api/apps/:app/members': { method: 'get', path: (i) => `/api/apps/${i.app}/members`, ids: { app: 'app_not_found' } },
  'POST /api/apps/:app/members': {
    method: 'post',
    path: (i) => `/api/apps/${i.app}/members`,
    wrongTypes: { email: 1, role: 'god' },
    ids: { app: 'app_not_found' },
  },
  'PATCH /api/apps/:app/members/:userId': {
    method: 'patch',
    path: (i) => `/api/apps/${i.app}/members/${i.user}`,
    wrongTypes: { role: 7 },
    ids: { app: 'app_not_found', user: 'member_not_found' },
  },
  'DELETE /api/apps/:app/members/:userId': {
    method: 'delete',
    path: (i) => `/api/apps/${i.app}/members/${i.user}`,
    ids: { app: 'app_not_found', user: 'member_not_found' },
  },
  'GET /api/apps/:app/api-keys': { method: 'get', path: (i) => `/api/apps/${i.app}/api-keys`, ids: { app: 'app_not_found' } },
  'POST /api/apps/:app/api-keys': {
    method: 'post',
    path: (i) => `/api/apps/${i.app}/api-keys`,
    wrongTypes: { name: false },
    ids: { app: 'app_not_found' },
  },
  'DELETE /api/apps/:app/api-keys/:id': {
    method: 'delete',
    path: (i) => `/api/apps/${i.app}/api-keys/${i.key}`,
    ids: { app: 'app_not_found', key: 'api_key_not_found' },
  },
  'GET /api/apps/:app/audit': { method: 'get', path: (i) => `/api/apps/${i.app}/audit`, ids: { app: 'app_not_found' } },
};

const MALFORMED_IDS = ['not-a-uuid', '1', "1' OR '1'='1", '00000000-0000-0000-0000-00000000000g', '%E2%98%83', 'a'.repeat(300)];

function expectErrorShape(res: Response, status: number, code?: string): void {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/application\/json/);
  expect(Object.keys(res.body)).toEqual(['error']);
  expect(res.body.error).toEqual(expect.objectContaining({ code: code ?? expect.any(String), message: expect.any(String) }));
  expect(res.text).not.toMatch(/\bat .+\.(js|ts):\d+|stack|node_modules/);
}

const all = Object.entries(ENDPOINTS);
const withBody = all.filter(([, e]) => e.method === 'post' || e.method === 'patch');
const typed = all.filter(([, e]) => e.wrongTypes);
const withIds = all.flatMap(([name, e]) => Object.entries(e.ids ?? {}).map(([param, code]) => [name, param as keyof Ids, code] as const));
const authed = all.filter(([, e]) => !e.isPublic);

describe('robustness', () => {
  let t: TestApp;
  let api: ApiClient;
  let adminToken: string;
  let member: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    api = new ApiClient(t);
    adminToken = await api.adminToken();
    member = await api.createUser(adminToken, 'member');
  });
  afterAll(() => t.close());

  /** Real ids: an app with a second member and an API key, so only the parameter under test is wrong. */
  async function realIds(): Promise<Ids> {
    const app = await api.createApp(adminToken);
    await api.addMember(adminToken, app, member.email, 'viewer');
    const key = await api.createApiKey(adminToken, app);
    return { app, user: member.id, key: key.id };
  }

  it.each(withBody)('%s: malformed JSON → 400 invalid_json', async (_name, e) => {
    const ids = await realIds();
    const res = await t
      .http()
      [e.method](e.path(ids))
      .set(...auth(adminToken))
      .set('Content-Type', 'application/json')
      .send('{"name": "x",');
    expectErrorShape(res, 400, 'invalid_json');
  });

  it.each(typed)('%s: wrong field types → 400 validation_failed listing the fields', async (_name, e) => {
    const ids = await realIds();
    const res = await t
      .http()
      [e.method](e.path(ids))
      .set(...auth(adminToken))
      .send(e.wrongTypes as object);
    expectErrorShape(res, 400, 'validation_failed');
    const fields = (res.body.error.details as { field: string }[]).map((d) => d.field).sort();
    expect(fields).toEqual(Object.keys(e.wrongTypes as object).sort());
  });

  it.each(typed)('%s: unknown fields and non-object bodies → 400 validation_failed', async (_name, e) => {
    const ids = await realIds();
    const extra = await t
      .http()
      [e.method](e.path(ids))
      .set(...auth(adminToken))
      .send({ ...(e.wrongTypes as object), isAdmin: true });
    expectErrorShape(extra, 400, 'validation_failed');
    expect(extra.body.error.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'isAdmin' })]));
    const array = await t
      .http()
      [e.method](e.path(ids))
      .set(...auth(adminToken))
      .send([1, 2]);
    expectErrorShape(array, 400, 'validation_failed');
    const text = await t
      .http()
      [e.method](e.path(ids))
      .set(...auth(adminToken))
      .set('Content-Type', 'text/plain')
      .send('hello');
    expectErrorShape(text, 415, 'unsupported_media_type');
    const nul = await t
      .http()
      [e.method](e.path(ids))
      .set(...auth(adminToken))
      .set('Content-Type', 'application/json')
      .send('null');
    expectErrorShape(nul, 400, 'invalid_json');
  });

  it.each(withIds)('%s: unknown %s → 404 %s', async (_name, param, code) => {
    const ids = { ...(await realIds()), [param]: randomUUID() };
    const e = ENDPOINTS[_name];
    const res = await t
      .http()
      [e.method](e.path(ids))
      .set(...auth(adminToken))
      .send(e.wrongTypes ? validBodyFor(_name, member) : undefined);
    expectErrorShape(res, 404, code);
  });

  it.each(withIds)('%s: malformed %s → 404 %s', async (_name, param, code) => {
    const e = ENDPOINTS[_name];
    const base = await realIds();
    for (const bad of MALFORMED_IDS) {
      const ids = { ...base, [param]: encodeURIComponent(bad) };
      const res = await t
        .http()
        [e.method](e.path(ids))
        .set(...auth(adminToken))
        .send(e.wrongTypes ? validBodyFor(_name, member) : undefined);
      expectErrorShape(res, 404, code);
    }
  });

  it.each(authed)('%s: without credentials → 401 unauthorized', async (_name, e) => {
    const ids = await realIds();
    const res = await t.http()[e.method](e.path(ids));
    expectErrorShape(res, 401, 'unauthorized');
  });

  it('PATCH /api/apps/:app refuses null for its NOT NULL fields', async () => {
    const ids = await realIds();
    for (const body of [{ name: null }, { description: null }]) {
      const res = await t
        .http()
        .patch(`/api/apps/${ids.app}`)
        .set(...auth(adminToken))
        .send(body);
      expectErrorShape(res, 400, 'validation_failed');
    }
  });

  it('rejects bodies over the limit with 413 payload_too_large', async () => {
    const res = await t
      .http()
      .post('/api/apps')
      .set(...auth(adminToken))
      .send({ name: 'x', description: 'y'.repeat(2 * 1024 * 1024) });
    expectErrorShape(res, 413, 'payload_too_large');
  });

  it('answers unknown routes and methods with 404 not_found', async () => {
    for (const [method, path] of [
      ['get', '/api/nope'],
      ['put', '/api/apps'],
      ['post', '/api/me'],
      ['delete', '/api/users'],
      ['get', '/api'],
    ] as const) {
      const res = await t
        .http()
        [method](path)
        .set(...auth(adminToken));
      expectErrorShape(res, 404, 'not_found');
    }
  });
});

/** A body that passes validation, so only the id decides the answer. */
function validBodyFor(name: string, member: TestUser): object {
  if (name.startsWith('PATCH /api/apps/:app/members')) return { role: 'editor' };
  if (name.startsWith('POST /api/apps/:app/members')) return { email: member.email, role: 'viewer' };
  if (name.startsWith('POST /api/apps/:app/api-keys')) return { name: 'k' };
  return { name: 'Renamed' };
}
