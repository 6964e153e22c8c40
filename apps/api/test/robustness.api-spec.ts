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

  // Before the depth limit, a deeply nested body overflowed the stack of the ValidationPipe (a 500), on login too.
  it.each(withBody)('%s: a body nested past the depth limit → 400 invalid_json naming the limit', async (_name, e) => {
    const ids = await realIds();
    for (const raw of [`{"name":${'['.repeat(5000)}${']'.repeat(5000)}}`, `${'{"a":'.repeat(65)}1${'}'.repeat(65)}`]) {
      const res = await t
        .http()
        [e.method](e.path(ids))
        .set(...auth(adminToken))
        .set('Content-Type', 'application/json')
        .send(raw);
      expectErrorShape(res, 400, 'invalid_json');
      expect(res.body.error.message).toBe('The request body nests deeper than 64 levels (JSON_MAX_DEPTH)');
    }
    // At the limit it is still JSON the API reads (then refused by the endpoint's own rules, not as JSON); not on
    // logout, which would end the session the other tests use.
    if (!e.wrongTypes) return;
    const atLimit = await t
      .http()
      [e.method](e.path(ids))
      .set(...auth(adminToken))
      .set('Content-Type', 'application/json')
      .send(`${'{"a":'.repeat(64)}1${'}'.repeat(64)}`);
    expect(atLimit.body.error?.code).not.toBe('invalid_json');
    expect(atLimit.status).toBeLessThan(500);
  });

  // NUL made PostgreSQL fail (a 500 there only); a lone surrogate made URI encoding throw (a 500 everywhere).
  it.each(typed)('%s: a NUL or a lone surrogate in any string → 400 validation_failed naming the field', async (_name, e) => {
    const ids = await realIds();
    const field = Object.keys(e.wrongTypes as object)[0];
    const cases: Array<[string, string, string]> = [
      [JSON.stringify({ [field]: 'a\u0000b' }), field, 'must not contain NUL characters'],
      [`{"${field}":"x\\ud800@example.test"}`, field, 'must be well-formed Unicode (it contains a lone UTF-16 surrogate)'],
      [`{"${field}":"\\udc00"}`, field, 'must be well-formed Unicode (it contains a lone UTF-16 surrogate)'],
      [JSON.stringify({ [field]: ['ok', { deep: 'a\u0000' }] }), `${field}.1.deep`, 'must not contain NUL characters'],
      [JSON.stringify({ ['x\u0000']: 1 }), 'body', 'field names must not contain NUL characters'],
    ];
    for (const [raw, at, message] of cases) {
      const res = await t
        .http()
        [e.method](e.path(ids))
        .set(...auth(adminToken))
        .set('Content-Type', 'application/json')
        .send(raw);
      expectErrorShape(res, 400, 'validation_failed');
      expect(res.body.error.details).toEqual([{ field: at, errors: [message] }]);
    }
  });

  it('login: a NUL or a lone surrogate in the email is a 400, not a 500', async () => {
    for (const raw of ['{"email":"admin@patchbay.test\\u0000","password":"x"}', '{"email":"\\ud800@patchbay.test","password":"x"}']) {
      const res = await t.http().post('/api/auth/login').set('Content-Type', 'application/json').send(raw);
      expectErrorShape(res, 400, 'validation_failed');
      expect(res.body.error.details).toEqual([{ field: 'email', errors: [expect.any(String)] }]);
    }
    // A well-formed pair (an emoji) is fine: it is an unknown user, no more.
    const emoji = await t.http().post('/api/auth/login').send({ email: 'x\ud83d\ude00@example.test', password: 'whatever-pw' });
    expect(emoji.status).toBe(401);
  });

  it('query and route values with a NUL or a lone surrogate → 400 naming them, never a 500', async () => {
    const ids = await realIds();
    const fn = `/api/apps/${ids.app}/functions/${randomUUID()}`;
    for (const [path, field] of [
      [`${fn}/runs?status=a%00`, 'status'],
      [`${fn}/runs?a%00=1`, ''],
      [`${fn}/invoke?wait=%00`, 'wait'],
    ] as const) {
      const res = await t
        .http()
        [path.includes('invoke') ? 'post' : 'get'](path)
        .set(...auth(adminToken));
      expectErrorShape(res, 400, 'validation_failed');
      if (field) expect(res.body.error.details).toEqual([{ field, errors: ['must not contain NUL characters'] }]);
    }
    // Express answers a path with a lone surrogate's escape (%ED%A0%80 is not UTF-8) itself: a 400, not a 500.
    const res = await t
      .http()
      .get(`/api/apps/${ids.app}/functions/%ED%A0%80`)
      .set(...auth(adminToken));
    expect(res.status).toBeLessThan(500);
  });

  // @IsOptional() admits null: services then wrote it into NOT NULL columns or called methods on it (500s).
  it('null in an optional field means the field is absent', async () => {
    const ids = await realIds();
    const created = await t
      .http()
      .post(`/api/apps/${ids.app}/integrations`)
      .set(...auth(adminToken))
      .send({ name: 'nulls', baseUrl: 'https://api.example.com', auth: { type: 'bearer', token: 'tok-nulls' } })
      .expect(201);
    const patched = await t
      .http()
      .patch(`/api/apps/${ids.app}/integrations/${created.body.id}`)
      .set(...auth(adminToken))
      .send({ name: null, baseUrl: null, auth: null })
      .expect(200);
    expect(patched.body).toEqual(expect.objectContaining({ name: 'nulls', baseUrl: 'https://api.example.com' }));

    const providers = await t
      .http()
      .get('/api/providers')
      .set(...auth(adminToken))
      .expect(200);
    const provider = (providers.body as Array<{ id: string }>)[0].id;
    await t
      .http()
      .put(`/api/providers/${provider}/credentials`)
      .set(...auth(adminToken))
      .send({ clientId: 'robust-client', clientSecret: 'robust-secret' })
      .expect(200);
    const authorize = (body: object) =>
      t
        .http()
        .post(`/api/apps/${ids.app}/connections/${provider}/authorize`)
        .set(...auth(adminToken))
        .send(body);
    const absent = await authorize({});
    expect(absent.status).toBe(200);
    for (const body of [{ scopes: null }, { operations: null }, { mode: null }, { scopes: null, operations: null, mode: null }]) {
      const res = await authorize(body);
      expect({ body, status: res.status }).toEqual({ body, status: 200 });
      expect(res.body.requestedScopes).toEqual(absent.body.requestedScopes);
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
