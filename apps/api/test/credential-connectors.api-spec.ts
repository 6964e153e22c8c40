import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { ApiClient, auth, type AppFixture } from './support/api-client';
import { startSandbox, type SandboxProcess } from './support/sandbox-process';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Credential connectors (#18) end to end, against the sandbox serving two drop-in fixtures (not product providers):
 * DigitalOcean tags (OpenAPI 3, http bearer), Postmark templates (Swagger 2.0, apiKey in X-Postmark-Server-Token) and
 * Mailgun domains (OpenAPI 3, http basic).
 * The sandbox accepts only the credential registered with it, in the place the spec says: a call that succeeds is a
 * call that carried the right header.
 */
const FIXTURES = join(__dirname, 'fixtures', 'specs');
const secret = (label: string) => `${label}-${randomBytes(12).toString('hex')}`;
const DO_TOKEN = secret('dop_v1');
const DO_WRONG = secret('dop_v1-wrong');
const PM_KEY = secret('pm-server');
const MG_PASSWORD = secret('key');

let t: TestApp;
let sandbox: SandboxProcess;
let api: ApiClient;
let f: AppFixture;
/** Every response body of the suite, checked for the secrets at the end. */
const bodies: string[] = [];

beforeAll(async () => {
  sandbox = await startSandbox(FIXTURES);
  t = await startTestApp({ env: { PATCHBAY_SANDBOX_URL: sandbox.url, PATCHBAY_SPECS_DIR: FIXTURES, LOG_LEVEL: 'trace' } });
  api = new ApiClient(t);
  const admin = await api.adminToken();
  const [owner, editor, viewer, target] = [
    await api.createUser(admin, 'owner'),
    await api.createUser(admin, 'editor'),
    await api.createUser(admin, 'viewer'),
    await api.createUser(admin, 'target'),
  ];
  f = await api.appFixture({ owner, editor, viewer, target });
  expect((await sandbox.control('/credentials', { body: { provider: 'digitalocean', token: DO_TOKEN } })).status).toBe(201);
  expect((await sandbox.control('/credentials', { body: { provider: 'postmark', apiKey: PM_KEY } })).status).toBe(201);
  expect((await sandbox.control('/credentials', { body: { provider: 'mailgun', username: 'api', password: MG_PASSWORD } })).status).toBe(201);
}, 120_000);

afterAll(async () => {
  await t?.close();
  await sandbox?.stop();
});

async function call(method: 'get' | 'put' | 'post' | 'delete', path: string, token: string, body?: unknown) {
  let req = t
    .http()
    [method](path)
    .set(...auth(token));
  if (body !== undefined) req = req.send(body as object);
  const res = await req;
  bodies.push(res.text);
  return res;
}
const op = (provider: string, id: string, token: string, input: Record<string, unknown> = {}) =>
  call('post', `/api/apps/${f.appId}/connections/${provider}/operations/${id}`, token, { input });
const putCredential = (provider: string, token: string, body: Record<string, unknown>) =>
  call('put', `/api/apps/${f.appId}/connections/${provider}/credential`, token, body);

describe('credential connectors', () => {
  it('the provider list says the auth kind (the dashboard shows a credential form), without scopes', async () => {
    const res = await call('get', '/api/providers', f.viewer.token);
    expect(res.status).toBe(200);
    const byId = new Map((res.body as Array<Record<string, unknown>>).map((p) => [p['id'], p]));
    expect(byId.get('digitalocean')).toMatchObject({ authType: 'credential', authKind: 'bearer', configured: true, scopes: [] });
    expect(byId.get('postmark')).toMatchObject({
      authType: 'credential',
      authKind: 'apiKey',
      apiKeyIn: 'header',
      apiKeyName: 'X-Postmark-Server-Token',
      configured: true,
      scopes: [],
    });
  });

  it('has no consent flow and no OAuth client', async () => {
    const res = await call('post', `/api/apps/${f.appId}/connections/digitalocean/authorize`, f.editor.token, {});
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('credential_connector');
  });

  it('only editors and owners store a credential; it must fit the connector', async () => {
    const viewer = await putCredential('digitalocean', f.viewer.token, { token: DO_TOKEN });
    expect(viewer.status).toBe(403);
    const wrongKind = await putCredential('digitalocean', f.editor.token, { apiKey: DO_TOKEN });
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.error).toMatchObject({ code: 'invalid_credential', message: 'this connector takes token, not apiKey' });
    const injected = await putCredential('digitalocean', f.editor.token, { token: 'a\r\nX-Evil: 1' });
    expect(injected.status).toBe(400);
    const none = await call('get', `/api/apps/${f.appId}/connections/digitalocean`, f.viewer.token);
    expect(none.status).toBe(404);
  });

  it('an editor stores the bearer token; it is never returned; operations run with it (viewer: reads only)', async () => {
    const stored = await putCredential('digitalocean', f.editor.token, { token: DO_TOKEN, label: 'Ops team token' });
    expect(stored.status).toBe(200);
    expect(stored.body).toMatchObject({
      provider: 'digitalocean',
      status: 'active',
      account: { label: 'Ops team token' },
      grantedScopes: [],
      expiresAt: null,
    });
    const view = await call('get', `/api/apps/${f.appId}/connections/digitalocean`, f.viewer.token);
    expect(view.status).toBe(200);
    expect(view.body.account.label).toBe('Ops team token');

    const list = await op('digitalocean', 'tags_list', f.editor.token);
    expect(list.status).toBe(200);
    expect(Array.isArray(list.body.data.tags)).toBe(true);
    const created = await op('digitalocean', 'tags_create', f.owner.token, { body: { name: 'staging' } });
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 200, body: { status: 201 } });
    expect(created.body.data.tag.name).toBe('staging');

    // Viewers read (no scope check on a credential connector) but do not change data at the provider.
    expect((await op('digitalocean', 'tags_list', f.viewer.token)).status).toBe(200);
    const viewerCreate = await op('digitalocean', 'tags_create', f.viewer.token, { body: { name: 'nope' } });
    expect(viewerCreate.status).toBe(403);
  });

  it('the sandbox refuses a credential it does not know: a replaced (wrong) token fails the call as provider_auth_failed', async () => {
    expect((await putCredential('digitalocean', f.editor.token, { token: DO_WRONG })).status).toBe(200);
    const refused = await op('digitalocean', 'tags_list', f.editor.token);
    expect(refused.status).toBe(502);
    expect(refused.body.error).toMatchObject({ code: 'provider_auth_failed', providerStatus: 401 });
    expect(refused.body.error.message).toMatch(/refused the stored credential: Invalid bearer token/);
    expect((await putCredential('digitalocean', f.editor.token, { token: DO_TOKEN })).status).toBe(200);
    expect((await op('digitalocean', 'tags_list', f.editor.token)).status).toBe(200);
  });

  it('the Swagger 2.0 connector (apiKey header) is stored and called too', async () => {
    const wrong = await putCredential('postmark', f.editor.token, { username: 'a', password: 'b' });
    expect(wrong.status).toBe(400);
    expect((await putCredential('postmark', f.editor.token, { apiKey: PM_KEY })).status).toBe(200);
    const listed = await op('postmark', 'listTemplates', f.viewer.token, { Count: 5, Offset: 0 });
    expect(listed.status).toBe(200);
    expect(Array.isArray(listed.body.data.Templates)).toBe(true);
    const created = await op('postmark', 'createTemplate', f.editor.token, { body: { Name: 'Welcome', Subject: 'Hello {{name}}' } });
    expect(created.status).toBe(200);
    expect(created.body.data).toMatchObject({ Name: 'Welcome' });
    expect(typeof created.body.data.TemplateId).toBe('number');
  });

  it('HTTP basic: user name and password travel as Authorization: Basic (a wrong user is refused by the sandbox)', async () => {
    expect((await putCredential('mailgun', f.editor.token, { username: 'apii', password: MG_PASSWORD })).status).toBe(200);
    const refused = await op('mailgun', 'getDomains', f.editor.token);
    expect(refused.body.error).toMatchObject({ code: 'provider_auth_failed', providerStatus: 401 });
    expect((await putCredential('mailgun', f.editor.token, { username: 'api', password: MG_PASSWORD, label: 'Mailgun (api)' })).status).toBe(200);
    const listed = await op('mailgun', 'getDomains', f.viewer.token);
    expect(listed.status).toBe(200);
    expect(Array.isArray(listed.body.data.items)).toBe(true);
    const created = await op('mailgun', 'createDomain', f.editor.token, { body: { name: 'mg.example.com' } });
    expect(created.status).toBe(200);
    expect(created.body.data.domain.name).toBe('mg.example.com');
  });

  it('disconnect deletes the credential (viewers may not); calls then need a new one; everything is audited', async () => {
    expect((await call('delete', `/api/apps/${f.appId}/connections/digitalocean`, f.viewer.token)).status).toBe(403);
    expect((await call('delete', `/api/apps/${f.appId}/connections/digitalocean`, f.editor.token)).status).toBe(204);
    const after = await op('digitalocean', 'tags_list', f.editor.token);
    expect(after.status).toBe(404);
    expect(after.body.error.code).toBe('connection_not_found');
    const conns = await call('get', `/api/apps/${f.appId}/connections`, f.owner.token);
    expect((conns.body as Array<{ provider: string }>).map((c) => c.provider)).toEqual(['mailgun', 'postmark']);

    let actions: string[] = [];
    for (let i = 0; i < 50; i++) {
      const audit = await call('get', `/api/apps/${f.appId}/audit?limit=200`, f.owner.token);
      expect(audit.status).toBe(200);
      actions = (audit.body as Array<{ action: string; target: string | null }>).map((e) => `${e.action} ${e.target}`);
      if (actions.includes('operation.called postmark.createTemplate')) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(actions).toEqual(
      expect.arrayContaining([
        'connection.credential_stored digitalocean',
        'connection.credential_replaced digitalocean',
        'connection.credential_stored postmark',
        'connection.disconnected digitalocean',
        'operation.called digitalocean.tags_create',
        'operation.called postmark.listTemplates',
        'operation.called postmark.createTemplate',
      ]),
    );
  });

  it('no credential appears in any response or in the logs (trace level)', async () => {
    const logs = t.logs.text();
    expect(logs.length).toBeGreaterThan(0);
    for (const s of [DO_TOKEN, DO_WRONG, PM_KEY, MG_PASSWORD, Buffer.from(`api:${MG_PASSWORD}`).toString('base64')]) {
      expect(bodies.filter((b) => b.includes(s))).toEqual([]);
      expect(logs.includes(s)).toBe(false);
    }
  });
});
