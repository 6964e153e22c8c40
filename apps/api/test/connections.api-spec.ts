import { loadCatalogSync, type ProviderModel } from '@patchbay/spec';
import { ApiClient, auth, type TestUser } from './support/api-client';
import { authorize, callback, configureAllProviders, connectFlow, consentAt } from './support/connect-flow';
import { sampleInput } from './support/sample-input';
import { SPECS_DIR, startSandbox, type SandboxProcess } from './support/sandbox-process';
import { startTestApp, type TestApp } from './support/test-app';

// Connect, add scopes, switch, reconnect, deny and disconnect against the sandbox, for EVERY provider in specs/
// (adding a spec adds it here), on the database engine of this run.
const catalog = loadCatalogSync(SPECS_DIR);

let t: TestApp;
let sandbox: SandboxProcess;
let api: ApiClient;
let admin: string;
let editor: TestUser;
let viewer: TestUser;

beforeAll(async () => {
  sandbox = await startSandbox();
  t = await startTestApp({ env: { PATCHBAY_SANDBOX_URL: sandbox.url, PATCHBAY_SPECS_DIR: SPECS_DIR } });
  api = new ApiClient(t);
  admin = await api.adminToken();
  await configureAllProviders(t, admin, sandbox);
  editor = await api.createUser(admin, 'editor');
  viewer = await api.createUser(admin, 'viewer');
}, 120_000);

afterAll(async () => {
  await t?.close();
  await sandbox?.stop();
});

async function newApp(): Promise<string> {
  const appId = await api.createApp(admin);
  await api.addMember(admin, appId, editor.email, 'editor');
  await api.addMember(admin, appId, viewer.email, 'viewer');
  return appId;
}

async function connection(appId: string, provider: string) {
  const res = await t
    .http()
    .get(`/api/apps/${appId}/connections/${provider}`)
    .set(...auth(viewer.token));
  return res;
}

/** Two operations needing different scopes, when the spec has them (for incremental consent). */
function scopeSplit(p: ProviderModel): { first: string; more?: string } {
  const ops = p.operations.filter((o) => o.requiredScopes.length > 0);
  const first = ops[0];
  const more = ops.find((o) => o.requiredScopes.some((s) => !first.requiredScopes.includes(s)));
  return { first: first.id, more: more?.id };
}

describe.each(catalog.providers.map((p) => [p.id, p] as const))('%s', (id, p) => {
  it('connects with least privilege, records the identity and the granted scopes, hides tokens', async () => {
    const appId = await newApp();
    const { first } = scopeSplit(p);
    const a = await authorize(t, editor.token, appId, id, { operations: [first] });
    const asked = new URL(a.authorizationUrl).searchParams.get(p.oauth.scopeParam) ?? '';
    const op = p.operations.find((o) => o.id === first);
    for (const s of op?.requiredScopes ?? []) expect(asked.split(p.oauth.scopeSeparator)).toContain(s);
    // Least privilege: nothing beyond the operation's scopes and the identity/offline defaults.
    const allowed = new Set([...(op?.requiredScopes ?? []), ...p.oauth.defaultScopes]);
    for (const s of asked.split(p.oauth.scopeSeparator).filter(Boolean)) expect(allowed.has(s)).toBe(true);
    if (p.oauth.pkce !== 'unsupported') expect(new URL(a.authorizationUrl).searchParams.get('code_challenge')).toBeTruthy();
    else expect(new URL(a.authorizationUrl).searchParams.get('code_challenge')).toBeNull();

    const out = await callback(t, await consentAt(a.authorizationUrl, { account: 1 }));
    expect(out).toMatchObject({ outcome: 'connected', appId, provider: id, mode: 'connect' });

    const res = await connection(appId, id);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ provider: id, status: 'active', connectedBy: editor.id, connectedByEmail: editor.email });
    expect(res.body.account.id).toBeTruthy();
    expect(res.body.account.label).toBeTruthy();
    for (const s of op?.requiredScopes ?? []) expect(res.body.grantedScopes).toContainEqual({ scope: s, description: expect.any(String) });
    // No token-ish field anywhere in the view (the values are checked by the secrets test).
    const keys: string[] = [];
    JSON.stringify(res.body, (k, v: unknown) => (keys.push(k), v));
    expect(keys.filter((k) => /token|secret|enc$/i.test(k))).toEqual([]);
  });

  it('asks for just the missing permissions and keeps the grant (add_scopes)', async () => {
    const appId = await newApp();
    const { first, more } = scopeSplit(p);
    expect((await connectFlow(t, editor.token, appId, id, { operations: [first] }, { account: 1 })).outcome).toBe('connected');
    if (!more) {
      // Single-permission providers: nothing to add, and the API says so.
      const res = await t
        .http()
        .post(`/api/apps/${appId}/connections/${id}/authorize`)
        .set(...auth(editor.token))
        .send({ operations: [first], mode: 'add_scopes' });
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('nothing_to_add');
      return;
    }
    const before = (await connection(appId, id)).body.grantedScopes.map((s: { scope: string }) => s.scope) as string[];
    const a = await authorize(t, editor.token, appId, id, { operations: [more], mode: 'add_scopes' });
    const asked = (new URL(a.authorizationUrl).searchParams.get(p.oauth.scopeParam) ?? '').split(p.oauth.scopeSeparator);
    const missing = (p.operations.find((o) => o.id === more)?.requiredScopes ?? []).filter((s) => !before.includes(s));
    for (const s of missing) expect(asked).toContain(s);
    if (Object.keys(p.oauth.incrementalParams).length > 0) {
      // Incremental consent: only what is missing (plus defaults), and the provider's keep-the-grant flag.
      for (const s of before.filter((x) => !p.oauth.defaultScopes.includes(x))) expect(asked).not.toContain(s);
      for (const [k, v] of Object.entries(p.oauth.incrementalParams)) expect(new URL(a.authorizationUrl).searchParams.get(k)).toBe(v);
    }
    const out = await callback(t, await consentAt(a.authorizationUrl, { account: 1 }));
    expect(out).toMatchObject({ outcome: 'connected', mode: 'add_scopes' });
    const after = (await connection(appId, id)).body.grantedScopes.map((s: { scope: string }) => s.scope) as string[];
    for (const s of [...before, ...missing]) expect(after).toContain(s);
  });

  it('switches the account only when the new consent succeeds', async () => {
    const appId = await newApp();
    const { first } = scopeSplit(p);
    await connectFlow(t, editor.token, appId, id, { operations: [first] }, { account: 1 });
    const original = (await connection(appId, id)).body;

    // A cancelled switch changes nothing.
    const denied = await connectFlow(t, editor.token, appId, id, { mode: 'switch' }, { account: 2, action: 'deny' });
    expect(denied.outcome).toBe('denied');
    expect((await connection(appId, id)).body.account).toEqual(original.account);

    const out = await connectFlow(t, editor.token, appId, id, { mode: 'switch' }, { account: 2 });
    expect(out).toMatchObject({ outcome: 'connected', mode: 'switch' });
    const switched = (await connection(appId, id)).body;
    expect(switched.status).toBe('active');
    expect(switched.account.id).not.toBe(original.account.id);
    // The permissions the app relied on are kept.
    expect(switched.grantedScopes).toEqual(expect.arrayContaining(original.grantedScopes));
  });

  it('moves to needs_reconnect when the grant dies, and reconnect repairs it on the same account only', async () => {
    const appId = await newApp();
    const readOp = p.operations.find((o) => o.requiredScopes.length > 0 && o.readOnly) ?? p.operations.find((o) => o.requiredScopes.length > 0);
    if (!readOp) throw new Error(`${id} has no operation with scopes`);
    await connectFlow(t, editor.token, appId, id, { operations: [readOp.id] }, { account: 1 });
    // The user revokes the app at the provider and the access token expires.
    const grants = (await sandbox.control('/grants')).json as Array<{ id: string; group: string; revoked: boolean }>;
    const live = grants.filter((g) => g.group === p.oauth.group && !g.revoked);
    expect(live.length).toBeGreaterThan(0);
    for (const g of live) expect((await sandbox.control('/grants/revoke', { body: { grantId: g.id } })).status).toBe(200);
    const call = await t
      .http()
      .post(`/api/apps/${appId}/connections/${id}/operations/${readOp.id}`)
      .set(...auth(editor.token))
      .send({ input: sampleInput(p, readOp) });
    expect(call.status).toBe(409);
    expect(call.body.error.code).toBe('needs_reconnect');
    const broken = (await connection(appId, id)).body;
    expect(broken.status).toBe('needs_reconnect');

    // Another account cannot silently take over through reconnect.
    const wrong = await connectFlow(t, editor.token, appId, id, { mode: 'reconnect' }, { account: 3 });
    expect(wrong).toMatchObject({ outcome: 'error', code: 'account_mismatch' });
    expect((await connection(appId, id)).body).toMatchObject({ status: 'needs_reconnect', account: broken.account });

    const fixed = await connectFlow(t, editor.token, appId, id, { mode: 'reconnect' }, { account: 1 });
    expect(fixed).toMatchObject({ outcome: 'connected', mode: 'reconnect' });
    expect((await connection(appId, id)).body).toMatchObject({ status: 'active', account: broken.account });
  });

  it('changes nothing when the user denies consent, and the state cannot be replayed', async () => {
    const appId = await newApp();
    const { first } = scopeSplit(p);
    const out = await connectFlow(t, editor.token, appId, id, { operations: [first] }, { action: 'deny' });
    expect(out).toMatchObject({ outcome: 'denied', appId, provider: id });
    expect((await connection(appId, id)).status).toBe(404);
    const replay = await callback(t, out.callbackPath);
    expect(replay).toMatchObject({ outcome: 'error', code: 'state_used' });
  });

  it('disconnects: revokes at the provider where the spec says how, then deletes', async () => {
    const appId = await newApp();
    const { first } = scopeSplit(p);
    await connectFlow(t, editor.token, appId, id, { operations: [first] }, { account: 1 });
    await t
      .http()
      .delete(`/api/apps/${appId}/connections/${id}`)
      .set(...auth(viewer.token))
      .expect(403);
    await t
      .http()
      .delete(`/api/apps/${appId}/connections/${id}`)
      .set(...auth(editor.token))
      .expect(204);
    expect((await connection(appId, id)).status).toBe(404);
    const audit = await t
      .http()
      .get(`/api/apps/${appId}/audit`)
      .set(...auth(viewer.token))
      .expect(200);
    const event = (audit.body as Array<{ action: string; metadata?: Record<string, unknown> }>).find((e) => e.action === 'connection.disconnected');
    expect(event).toBeDefined();
    expect(event?.metadata?.['revocation']).toBe(p.oauth.revocation ? 'revoked' : 'not_supported');
  });
});
