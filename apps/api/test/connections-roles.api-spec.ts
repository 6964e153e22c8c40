import { loadCatalogSync } from '@patchbay/spec';
import { ApiClient, auth, type AppFixture, type TestUser } from './support/api-client';
import { configureAllProviders, connectFlow } from './support/connect-flow';
import { pickReadOperation, sampleInput } from './support/sample-input';
import { SPECS_DIR, startSandbox, type SandboxProcess } from './support/sandbox-process';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Every role × every provider/connection/operation endpoint → expected status. Owners and editors connect, switch
 * and disconnect; viewers read; the app API key never touches connections; instance admins manage provider
 * credentials. Each case builds its own app with one live connection.
 */
type Role = 'admin' | 'owner' | 'editor' | 'viewer' | 'outsider' | 'api_key' | 'anonymous';
const ROLES: readonly Role[] = ['admin', 'owner', 'editor', 'viewer', 'outsider', 'api_key', 'anonymous'];

const catalog = loadCatalogSync(SPECS_DIR);
const CONNECTED = catalog.providers.find((p) => p.id === 'slack') ?? catalog.providers[0];
const OTHER = catalog.providers.find((p) => p.oauth.group !== CONNECTED.oauth.group) ?? catalog.providers[1];
const OP = pickReadOperation(CONNECTED);
const WRITE = CONNECTED.operations.find((o) => !o.readOnly && o.requiredScopes.length > 0 && !o.parameters.some((x) => x.in === 'path'));
if (!WRITE) throw new Error(`${CONNECTED.id} has no write operation`);

interface Endpoint {
  method: 'get' | 'post' | 'put' | 'delete';
  path: (f: AppFixture) => string;
  body?: () => object;
  expect: Record<Role, number>;
}
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
const appRole = (min: 'viewer' | 'editor', s: number): Record<Role, number> => ({
  admin: s,
  owner: s,
  editor: s,
  viewer: min === 'viewer' ? s : 403,
  outsider: 404,
  api_key: 403,
  anonymous: 401,
});

const ENDPOINTS: Record<string, Endpoint> = {
  'GET /api/providers': { method: 'get', path: () => '/api/providers', expect: anyUser(200) },
  'GET /api/providers/:provider': { method: 'get', path: () => `/api/providers/${OTHER.id}`, expect: anyUser(200) },
  'PUT /api/providers/:provider/credentials': {
    method: 'put',
    path: () => `/api/providers/${OTHER.id}/credentials`,
    body: () => ({ clientId: `patchbay-${OTHER.oauth.group}`, clientSecret: `secret-patchbay-${OTHER.oauth.group}` }),
    expect: adminOnly(200),
  },
  'DELETE /api/providers/:provider/credentials': { method: 'delete', path: () => `/api/providers/${OTHER.id}/credentials`, expect: adminOnly(204) },
  'GET /api/apps/:app/connections': { method: 'get', path: (f) => `/api/apps/${f.appId}/connections`, expect: appRole('viewer', 200) },
  'GET /api/apps/:app/connections/:provider': {
    method: 'get',
    path: (f) => `/api/apps/${f.appId}/connections/${CONNECTED.id}`,
    expect: appRole('viewer', 200),
  },
  'POST /api/apps/:app/connections/:provider/authorize': {
    method: 'post',
    path: (f) => `/api/apps/${f.appId}/connections/${CONNECTED.id}/authorize`,
    body: () => ({ mode: 'switch' }),
    expect: appRole('editor', 200),
  },
  'DELETE /api/apps/:app/connections/:provider': {
    method: 'delete',
    path: (f) => `/api/apps/${f.appId}/connections/${CONNECTED.id}`,
    expect: appRole('editor', 204),
  },
  'POST /api/apps/:app/connections/:provider/operations/:operationId (read-only operation)': {
    method: 'post',
    path: (f) => `/api/apps/${f.appId}/connections/${CONNECTED.id}/operations/${OP.id}`,
    body: () => ({ input: sampleInput(CONNECTED, OP) }),
    expect: appRole('viewer', 200),
  },
  'POST /api/apps/:app/connections/:provider/operations/:operationId (write)': {
    method: 'post',
    path: (f) => `/api/apps/${f.appId}/connections/${CONNECTED.id}/operations/${WRITE.id}`,
    body: () => ({ input: WRITE_INPUT }),
    expect: appRole('editor', 200),
  },
};
/** A write the sandbox accepts for the connected provider (the schema sampler cannot guess a channel id). */
const WRITE_INPUT = { ...sampleInput(CONNECTED, WRITE), body: { channel: 'C0123456789', text: 'role matrix' } };
const CASES = Object.entries(ENDPOINTS).flatMap(([name, e]) => ROLES.map((role) => [name, role, e.expect[role]] as const));

let t: TestApp;
let sandbox: SandboxProcess;
let api: ApiClient;
let adminToken: string;
let users: { owner: TestUser; editor: TestUser; viewer: TestUser; target: TestUser; outsider: TestUser };

beforeAll(async () => {
  sandbox = await startSandbox();
  t = await startTestApp({ env: { PATCHBAY_SANDBOX_URL: sandbox.url, PATCHBAY_SPECS_DIR: SPECS_DIR } });
  api = new ApiClient(t);
  adminToken = await api.adminToken();
  await configureAllProviders(t, adminToken, sandbox);
  users = {
    owner: await api.createUser(adminToken, 'owner'),
    editor: await api.createUser(adminToken, 'editor'),
    viewer: await api.createUser(adminToken, 'viewer'),
    target: await api.createUser(adminToken, 'target'),
    outsider: await api.createUser(adminToken, 'outsider'),
  };
}, 120_000);

afterAll(async () => {
  await t?.close();
  await sandbox?.stop();
});

it.each(CASES)('%s as %s → %i', async (name, role, status) => {
  const endpoint = ENDPOINTS[name];
  const f = await api.appFixture({ owner: users.owner, editor: users.editor, viewer: users.viewer, target: users.target });
  expect((await connectFlow(t, users.owner.token, f.appId, CONNECTED.id, { operations: [OP.id, WRITE.id] })).outcome).toBe('connected');
  // Credentials may have been removed by the previous case.
  await configureAllProviders(t, adminToken, sandbox);
  const token =
    role === 'anonymous'
      ? undefined
      : role === 'api_key'
        ? f.apiKey.key
        : role === 'admin'
          ? adminToken
          : await api.login(users[role].email, users[role].password);
  let req = t.http()[endpoint.method](endpoint.path(f));
  if (token) req = req.set(...auth(token));
  if (endpoint.body) req = req.send(endpoint.body());
  const res = await req;
  expect({ status: res.status, code: res.status >= 400 ? res.body?.error?.code : undefined }).toEqual({
    status,
    code: status === 401 ? 'unauthorized' : status === 403 ? 'forbidden' : status === 404 ? 'app_not_found' : undefined,
  });
  if (res.status < 300) expect(JSON.stringify(res.body ?? {})).not.toMatch(/secret-patchbay/);
});
