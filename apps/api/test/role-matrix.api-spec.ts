import { ApiClient, AppFixture, auth, TestUser, uniqueEmail } from './support/api-client';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Every role × every endpoint → expected status. Each case builds its own app (owner, editor, viewer, an extra
 * viewer to act on, one API key) and logs its caller in afresh, so no case depends on another.
 */
type Role = 'admin' | 'owner' | 'editor' | 'viewer' | 'outsider' | 'api_key' | 'anonymous';
const ROLES: readonly Role[] = ['admin', 'owner', 'editor', 'viewer', 'outsider', 'api_key', 'anonymous'];
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** What a case made beforehand for its endpoint (an invitation, a user to delete). */
type Prepared = Readonly<Record<string, string>>;

interface Endpoint {
  readonly method: Method;
  readonly path: (f: AppFixture, p: Prepared) => string;
  readonly body?: (f: AppFixture, ctx: { outsider: TestUser; adminEmail: string; adminPassword: string }) => object;
  /** Runs before the call, as the app's owner or an admin; what it returns reaches `path`. */
  readonly prepare?: 'invitation' | 'user';
  readonly expect: Readonly<Record<Role, number>>;
}

// Shorthands for the usual columns.
const everyone = (s: number): Record<Role, number> => ({ admin: s, owner: s, editor: s, viewer: s, outsider: s, api_key: s, anonymous: s });
const anyUser = (s: number): Record<Role, number> => ({ admin: s, owner: s, editor: s, viewer: s, outsider: s, api_key: 403, anonymous: 401 });
const adminOnly = (s: number): Record<Role, number> => ({
  admin: s,
  owner: 403,
  editor: 403,
  viewer: 403,
  outsider: 403,
  api_key: 403,
  anonymous: 401,
});
const appRole = (min: 'viewer' | 'editor' | 'owner', s: number): Record<Role, number> => ({
  admin: s,
  owner: s,
  editor: min === 'owner' ? 403 : s,
  viewer: min === 'viewer' ? s : 403,
  outsider: 404,
  api_key: 403,
  anonymous: 401,
});

const ENDPOINTS: Readonly<Record<string, Endpoint>> = {
  'GET /api/health': { method: 'get', path: () => '/api/health', expect: everyone(200) },
  'GET /api/docs-json': { method: 'get', path: () => '/api/docs-json', expect: everyone(200) },
  'POST /api/auth/login': {
    method: 'post',
    path: () => '/api/auth/login',
    body: (_f, c) => ({ email: c.adminEmail, password: c.adminPassword }),
    expect: everyone(200),
  },
  'POST /api/auth/logout': { method: 'post', path: () => '/api/auth/logout', expect: anyUser(204) },
  'GET /api/me': { method: 'get', path: () => '/api/me', expect: anyUser(200) },
  'POST /api/users': {
    method: 'post',
    path: () => '/api/users',
    body: () => ({ email: uniqueEmail('new'), password: 'longenough' }),
    expect: adminOnly(201),
  },
  'GET /api/users': { method: 'get', path: () => '/api/users', expect: adminOnly(200) },
  'POST /api/apps': { method: 'post', path: () => '/api/apps', body: () => ({ name: 'Matrix' }), expect: anyUser(201) },
  'GET /api/apps': { method: 'get', path: () => '/api/apps', expect: anyUser(200) },
  'GET /api/apps/:app': { method: 'get', path: (f) => `/api/apps/${f.appId}`, expect: appRole('viewer', 200) },
  'PATCH /api/apps/:app': { method: 'patch', path: (f) => `/api/apps/${f.appId}`, body: () => ({ name: 'Renamed' }), expect: appRole('owner', 200) },
  'DELETE /api/apps/:app': { method: 'delete', path: (f) => `/api/apps/${f.appId}`, expect: appRole('owner', 204) },
  'GET /api/apps/:app/members': { method: 'get', path: (f) => `/api/apps/${f.appId}/members`, expect: appRole('viewer', 200) },
  'POST /api/apps/:app/members': {
    method: 'post',
    path: (f) => `/api/apps/${f.appId}/members`,
    body: (_f, c) => ({ email: c.outsider.email, role: 'viewer' }),
    expect: appRole('owner', 202),
  },
  'PATCH /api/apps/:app/members/:userId': {
    method: 'patch',
    path: (f) => `/api/apps/${f.appId}/members/${f.target.id}`,
    body: () => ({ role: 'editor' }),
    expect: appRole('owner', 200),
  },
  'DELETE /api/apps/:app/members/:userId': {
    method: 'delete',
    path: (f) => `/api/apps/${f.appId}/members/${f.target.id}`,
    expect: appRole('owner', 204),
  },
  'GET /api/apps/:app/api-keys': { method: 'get', path: (f) => `/api/apps/${f.appId}/api-keys`, expect: appRole('editor', 200) },
  'POST /api/apps/:app/api-keys': {
    method: 'post',
    path: (f) => `/api/apps/${f.appId}/api-keys`,
    body: () => ({ name: 'matrix' }),
    expect: appRole('owner', 201),
  },
  'DELETE /api/apps/:app/api-keys/:id': {
    method: 'delete',
    path: (f) => `/api/apps/${f.appId}/api-keys/${f.apiKey.id}`,
    expect: appRole('owner', 204),
  },
  'GET /api/apps/:app/audit': { method: 'get', path: (f) => `/api/apps/${f.appId}/audit`, expect: appRole('viewer', 200) },
  // Issue 19 (people).
  'PATCH /api/users/:userId': {
    method: 'patch',
    path: (f) => `/api/users/${f.target.id}`,
    body: () => ({ name: 'Renamed' }),
    expect: adminOnly(200),
  },
  'DELETE /api/users/:userId': { method: 'delete', path: (_f, p) => `/api/users/${p['userId']}`, prepare: 'user', expect: adminOnly(204) },
  'PUT /api/users/:userId/password': {
    method: 'put',
    path: (_f, p) => `/api/users/${p['userId']}/password`,
    prepare: 'user',
    body: () => ({ password: 'set-by-admin' }),
    expect: adminOnly(204),
  },
  'POST /api/users/:userId/password-reset': { method: 'post', path: (f) => `/api/users/${f.target.id}/password-reset`, expect: adminOnly(201) },
  // A wrong current password (a right one would end the caller's other sessions, which the fixtures use).
  'PUT /api/me/password': {
    method: 'put',
    path: () => '/api/me/password',
    body: () => ({ currentPassword: 'not-the-password', newPassword: 'a-new-password' }),
    expect: anyUser(400),
  },
  'POST /api/invitations': { method: 'post', path: () => '/api/invitations', body: () => ({ email: uniqueEmail('inv') }), expect: adminOnly(201) },
  'GET /api/invitations': { method: 'get', path: () => '/api/invitations', expect: adminOnly(200) },
  'DELETE /api/invitations/:id': { method: 'delete', path: (_f, p) => `/api/invitations/${p['id']}`, prepare: 'invitation', expect: adminOnly(204) },
  'GET /api/invitations/:token': { method: 'get', path: (_f, p) => `/api/invitations/${p['token']}`, prepare: 'invitation', expect: everyone(200) },
  'POST /api/invitations/:token/accept': {
    method: 'post',
    path: (_f, p) => `/api/invitations/${p['token']}/accept`,
    prepare: 'invitation',
    body: () => ({ password: 'invited-password' }),
    expect: everyone(200),
  },
  'POST /api/apps/:app/invitations': {
    method: 'post',
    path: (f) => `/api/apps/${f.appId}/invitations`,
    body: () => ({ email: uniqueEmail('inv'), role: 'viewer' }),
    expect: appRole('owner', 201),
  },
  'GET /api/apps/:app/invitations': { method: 'get', path: (f) => `/api/apps/${f.appId}/invitations`, expect: appRole('owner', 200) },
  'DELETE /api/apps/:app/invitations/:id': {
    method: 'delete',
    path: (f, p) => `/api/apps/${f.appId}/invitations/${p['id']}`,
    prepare: 'invitation',
    expect: appRole('owner', 204),
  },
};

const CASES = Object.entries(ENDPOINTS).flatMap(([name, e]) => ROLES.map((role) => [name, role, e.expect[role]] as const));

describe('role matrix', () => {
  let t: TestApp;
  let api: ApiClient;
  let users: { owner: TestUser; editor: TestUser; viewer: TestUser; target: TestUser; outsider: TestUser };

  beforeAll(async () => {
    t = await startTestApp();
    api = new ApiClient(t);
    const admin = await api.adminToken();
    users = {
      owner: await api.createUser(admin, 'owner'),
      editor: await api.createUser(admin, 'editor'),
      viewer: await api.createUser(admin, 'viewer'),
      target: await api.createUser(admin, 'target'),
      outsider: await api.createUser(admin, 'outsider'),
    };
  });
  afterAll(() => t.close());

  async function prepare(kind: Endpoint['prepare'], f: AppFixture): Promise<Prepared> {
    if (kind === 'invitation') {
      const res = await t
        .http()
        .post(`/api/apps/${f.appId}/invitations`)
        .set(...auth(f.owner.token))
        .send({ email: uniqueEmail('invitee'), role: 'viewer' })
        .expect(201);
      return { id: res.body.id as string, token: res.body.token as string };
    }
    if (kind === 'user') return { userId: (await api.createUser(await api.adminToken(), 'doomed')).id };
    return {};
  }

  async function tokenFor(role: Role, f: AppFixture): Promise<string | undefined> {
    switch (role) {
      case 'anonymous':
        return undefined;
      case 'api_key':
        return f.apiKey.key;
      case 'admin':
        return api.login(t.admin.email, t.admin.password);
      default:
        return api.login(users[role].email, users[role].password);
    }
  }

  it('covers every endpoint of the issue', () => {
    expect(Object.keys(ENDPOINTS)).toHaveLength(33);
  });

  it.each(CASES)('%s as %s → %i', async (name, role, status) => {
    const endpoint = ENDPOINTS[name];
    const fixture = await api.appFixture({ owner: users.owner, editor: users.editor, viewer: users.viewer, target: users.target });
    const prepared = await prepare(endpoint.prepare, fixture);
    const token = await tokenFor(role, fixture);
    let req = t.http()[endpoint.method](endpoint.path(fixture, prepared));
    if (token) req = req.set(...auth(token));
    if (endpoint.body)
      req = req.send(endpoint.body(fixture, { outsider: users.outsider, adminEmail: t.admin.email, adminPassword: t.admin.password }));
    const res = await req;
    expect({ status: res.status, body: res.status >= 400 ? res.body : undefined }).toEqual({
      status,
      body: status >= 400 ? { error: { code: expect.any(String), message: expect.any(String) } } : undefined,
    });
    if (status === 401) expect(res.body.error.code).toBe('unauthorized');
    if (status === 403) expect(res.body.error.code).toBe('forbidden');
    if (status === 404) expect(res.body.error.code).toBe('app_not_found');
  });
});
