import { loadCatalogSync } from '@patchbay/spec';
import { DataSource } from 'typeorm';
import { Connection } from '../src/modules/connections/entities/connection.entity';
import { ApiClient, auth, type TestUser } from './support/api-client';
import { authorize, callback, configureAllProviders, connectFlow, consentAt, openLink } from './support/connect-flow';
import { pickReadOperation, sampleInput } from './support/sample-input';
import { SPECS_DIR, startSandbox, type SandboxProcess } from './support/sandbox-process';
import { startTestApp, type TestApp } from './support/test-app';

// Provider credentials, token refresh ahead of expiry, dead grants, failed revocation and the scope guard.
const catalog = loadCatalogSync(SPECS_DIR);
const refreshing = catalog.providers.filter((p) => p.oauth.refresh !== 'none');
const byId = (id: string) => {
  const p = catalog.providers.find((x) => x.id === id);
  if (!p) throw new Error(id);
  return p;
};

let t: TestApp;
let sandbox: SandboxProcess;
let api: ApiClient;
let admin: string;
let editor: TestUser;

beforeAll(async () => {
  sandbox = await startSandbox();
  t = await startTestApp({ env: { PATCHBAY_SANDBOX_URL: sandbox.url, PATCHBAY_SPECS_DIR: SPECS_DIR } });
  api = new ApiClient(t);
  admin = await api.adminToken();
  editor = await api.createUser(admin, 'editor');
}, 120_000);

afterAll(async () => {
  await t?.close();
  await sandbox?.stop();
});

async function newApp(): Promise<string> {
  const appId = await api.createApp(admin);
  await api.addMember(admin, appId, editor.email, 'editor');
  return appId;
}

async function counters(): Promise<{
  refreshes: number;
  revocations: number;
  refreshesByGrant: Record<string, number>;
  operations: Record<string, number>;
}> {
  return (await sandbox.control('/counters')).json as never;
}

describe('provider credentials', () => {
  it('reports configured, shows the redirect URI to register, shares a group, and never returns the secret', async () => {
    const before = await t
      .http()
      .get('/api/providers')
      .set(...auth(editor.token))
      .expect(200);
    expect(before.body).toHaveLength(catalog.providers.length);
    // typedConnector: this build's generated library matches the spec being served.
    for (const p of before.body)
      expect(p).toMatchObject({ configured: false, redirectUri: `${t.config.publicUrl}/api/oauth/callback`, typedConnector: 'current' });

    const p = catalog.providers.find((x) => catalog.providers.some((o) => o.id !== x.id && o.oauth.group === x.oauth.group)) ?? catalog.providers[0];
    const noCreds = await t
      .http()
      .post(`/api/apps/${await newApp()}/connections/${p.id}/authorize`)
      .set(...auth(editor.token))
      .send({});
    expect(noCreds.status).toBe(409);
    expect(noCreds.body.error.code).toBe('provider_not_configured');

    const put = await t
      .http()
      .put(`/api/providers/${p.id}/credentials`)
      .set(...auth(admin))
      .send({ clientId: 'cid-123', clientSecret: 'very-secret-value' })
      .expect(200);
    expect(put.body).toMatchObject({ provider: p.id, configured: true, redirectUri: `${t.config.publicUrl}/api/oauth/callback` });
    const shared = catalog.providers.filter((o) => o.oauth.group === p.oauth.group && o.id !== p.id).map((o) => o.id);
    expect(put.body.sharedWith.sort()).toEqual(shared.sort());

    const after = await t
      .http()
      .get('/api/providers')
      .set(...auth(editor.token))
      .expect(200);
    for (const v of after.body as Array<{ id: string; configured: boolean }>) expect(v.configured).toBe(v.id === p.id || shared.includes(v.id));
    expect(JSON.stringify(after.body)).not.toContain('very-secret-value');
    const raw = (await t.app.get(DataSource).query('SELECT client_secret_enc FROM provider_credentials')) as Array<{ client_secret_enc: string }>;
    expect(raw[0].client_secret_enc).not.toContain('very-secret-value');

    await t
      .http()
      .put(`/api/providers/${p.id}/credentials`)
      .set(...auth(admin))
      .send({ clientId: '', clientSecret: 'x' })
      .expect(400);
    await t
      .http()
      .put('/api/providers/no-such-provider/credentials')
      .set(...auth(admin))
      .send({ clientId: 'a', clientSecret: 'b' })
      .expect(404);
    await t
      .http()
      .delete(`/api/providers/${p.id}/credentials`)
      .set(...auth(admin))
      .expect(204);
    expect(
      (
        (
          await t
            .http()
            .get(`/api/providers/${p.id}`)
            .set(...auth(editor.token))
        ).body as { configured: boolean }
      ).configured,
    ).toBe(false);
  });
});

describe('tokens', () => {
  beforeAll(() => configureAllProviders(t, admin, sandbox));

  it.each(refreshing.map((p) => [p.id, p] as const))('%s: refreshes ahead of expiry, once, and keeps the rotated refresh token', async (id, p) => {
    const appId = await newApp();
    const op = pickReadOperation(p);
    expect((await connectFlow(t, editor.token, appId, id, { operations: [op.id] }, { account: 1 })).outcome).toBe('connected');
    const repo = t.app.get(DataSource).getRepository(Connection);
    const conn = await repo.findOneByOrFail({ appId, provider: id });
    // About to expire: the next call must refresh first (no 401 round trip). An hour-long token with 5 s left (the
    // refresh window is a quarter of the lifetime for short-lived tokens, so the lifetime must be a real one).
    await repo.update({ id: conn.id }, { expiresAt: new Date(Date.now() + 5_000), connectedAt: new Date(Date.now() - 3_600_000) });
    const before = await counters();
    for (let i = 0; i < 2; i++) {
      const call = await t
        .http()
        .post(`/api/apps/${appId}/connections/${id}/operations/${op.id}`)
        .set(...auth(editor.token))
        .send({ input: sampleInput(p, op) });
      expect(call.status).toBe(200);
    }
    const after = await counters();
    expect(after.refreshes - before.refreshes).toBe(1);
    const refreshed = await repo.findOneByOrFail({ id: conn.id });
    expect(refreshed.version).toBe(conn.version + 1);
    expect(refreshed.lastRefreshedAt).not.toBeNull();
    if (p.oauth.refresh === 'rotating') expect(refreshed.refreshTokenEnc).not.toBe(conn.refreshTokenEnc);
    // And the new token works for the next calls without another refresh.
    await repo.update({ id: conn.id }, { expiresAt: null });
    const c2 = await t
      .http()
      .post(`/api/apps/${appId}/connections/${id}/operations/${op.id}`)
      .set(...auth(editor.token))
      .send({ input: sampleInput(p, op) });
    expect(c2.status).toBe(200);
    expect((await counters()).refreshes - before.refreshes).toBe(1);
  });

  it('marks a connection needs_reconnect on invalid_grant, audits it, and does not retry the dead grant', async () => {
    const p = refreshing[0];
    const op = pickReadOperation(p);
    const appId = await newApp();
    await connectFlow(t, editor.token, appId, p.id, { operations: [op.id] }, { account: 1 });
    const repo = t.app.get(DataSource).getRepository(Connection);
    await repo.update({ appId, provider: p.id }, { expiresAt: new Date(Date.now() - 1000) });
    for (const g of (await sandbox.control('/grants')).json as Array<{ id: string; group: string; revoked: boolean }>) {
      if (g.group === p.oauth.group && !g.revoked) await sandbox.control('/grants/revoke', { body: { grantId: g.id } });
    }
    const before = await counters();
    for (let i = 0; i < 3; i++) {
      const r = await t
        .http()
        .post(`/api/apps/${appId}/connections/${p.id}/operations/${op.id}`)
        .set(...auth(editor.token))
        .send({ input: sampleInput(p, op) });
      expect(r.status).toBe(409);
      expect(r.body.error.code).toBe('needs_reconnect');
    }
    // One refresh attempt found the grant dead; later calls are refused without asking the provider again.
    expect((await counters()).refreshes - before.refreshes).toBe(1);
    const list = await t
      .http()
      .get(`/api/apps/${appId}/connections`)
      .set(...auth(editor.token))
      .expect(200);
    expect(list.body[0]).toMatchObject({ status: 'needs_reconnect', lastError: 'invalid_grant' });
    const audit = await t
      .http()
      .get(`/api/apps/${appId}/audit`)
      .set(...auth(editor.token))
      .expect(200);
    expect((audit.body as Array<{ action: string; actor: { type: string } }>).filter((e) => e.action === 'connection.needs_reconnect')).toEqual([
      expect.objectContaining({ actor: expect.objectContaining({ type: 'system' }) }),
    ]);
  });

  it('records a failed revocation and still deletes the tokens', async () => {
    const p = catalog.providers.find((x) => x.oauth.revocation);
    if (!p) throw new Error('no provider with revocation');
    const appId = await newApp();
    await connectFlow(t, editor.token, appId, p.id, { operations: [p.operations[0].id] }, { account: 1 });
    await sandbox.control('/faults', { body: { kind: '5xx', endpoint: 'revoke', provider: p.id, count: 1 } });
    await t
      .http()
      .delete(`/api/apps/${appId}/connections/${p.id}`)
      .set(...auth(editor.token))
      .expect(204);
    expect((await t.app.get(DataSource).getRepository(Connection).countBy({ appId })) === 0).toBe(true);
    const audit = await t
      .http()
      .get(`/api/apps/${appId}/audit`)
      .set(...auth(editor.token))
      .expect(200);
    const e = (audit.body as Array<{ action: string; metadata: Record<string, unknown> }>).find((x) => x.action === 'connection.disconnected');
    expect(e?.metadata['revocation']).toBe('failed');
  });
});

describe('scope guard', () => {
  beforeAll(() => configureAllProviders(t, admin, sandbox));

  it.each(catalog.providers.map((p) => [p.id, p] as const))(
    '%s: refuses operations needing ungranted scopes before any provider call',
    async (id, p) => {
      const withScopes = p.operations.filter((o) => o.requiredScopes.length > 0);
      const first = withScopes[0];
      const appId = await newApp();
      // Grant only what the first operation needs.
      await connectFlow(t, editor.token, appId, id, { operations: [first.id] }, { account: 1 });
      const granted = (
        (
          await t
            .http()
            .get(`/api/apps/${appId}/connections/${id}`)
            .set(...auth(editor.token))
        ).body.grantedScopes as Array<{ scope: string }>
      ).map((s) => s.scope);
      const refused = withScopes.filter((o) => !o.scopeAlternatives.some((alt) => alt.every((s) => granted.includes(s))));
      if (refused.length === 0) return; // one permission covers everything this provider does (nothing to refuse)
      for (const op of refused) {
        const before = (await counters()).operations[`${id}:${op.id}`] ?? 0;
        const r = await t
          .http()
          .post(`/api/apps/${appId}/connections/${id}/operations/${op.id}`)
          .set(...auth(editor.token))
          .send({ input: sampleInput(p, op) });
        expect(r.status).toBe(403);
        const missing = op.requiredScopes.filter((s) => !granted.includes(s));
        expect(r.body.error).toMatchObject({ code: 'insufficient_scope', requiredScopes: op.requiredScopes, missingScopes: missing });
        // The consent URL asks for just what is missing (plus the provider's always-on identity scopes).
        const providerUrl = await openLink(t, r.body.error.authorizeUrl);
        const asked = (new URL(providerUrl).searchParams.get(p.oauth.scopeParam) ?? '').split(p.oauth.scopeSeparator);
        for (const s of missing) expect(asked).toContain(s);
        if (Object.keys(p.oauth.incrementalParams).length > 0) for (const s of asked) expect([...missing, ...p.oauth.defaultScopes]).toContain(s);
        expect((await counters()).operations[`${id}:${op.id}`] ?? 0).toBe(before);
      }
    },
  );

  it('a call right after approving the missing permissions goes through (no stale grant is cached)', async () => {
    const p = byId('slack');
    const appId = await newApp();
    await connectFlow(t, editor.token, appId, p.id, { operations: ['conversations.list'] }, { account: 1 });
    const run = () =>
      t
        .http()
        .post(`/api/apps/${appId}/connections/slack/operations/chat.postMessage`)
        .set(...auth(editor.token))
        .send({ input: { body: { channel: 'C0123456789', text: 'hi' } } });
    const refused = await run();
    expect(refused.body.error.code).toBe('insufficient_scope');
    const consent = await consentAt(await openLink(t, refused.body.error.authorizeUrl), { account: 1 });
    expect((await callback(t, consent)).outcome).toBe('connected');
    const after = await run();
    expect(after.body.error?.code).not.toBe('insufficient_scope');
  });

  it('lists input problems as 400 invalid_input without calling the provider', async () => {
    const p = byId('slack');
    const appId = await newApp();
    await connectFlow(t, editor.token, appId, p.id, { operations: ['chat.postMessage'] }, { account: 1 });
    const before = (await counters()).operations['slack:chat.postMessage'] ?? 0;
    const r = await t
      .http()
      .post(`/api/apps/${appId}/connections/slack/operations/chat.postMessage`)
      .set(...auth(editor.token))
      .send({ input: { body: { text: 5 } } });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('invalid_input');
    expect(r.body.error.problems).toEqual(expect.arrayContaining([{ path: 'body.channel', message: 'is required' }]));
    expect((await counters()).operations['slack:chat.postMessage'] ?? 0).toBe(before);
    const unknown = await t
      .http()
      .post(`/api/apps/${appId}/connections/slack/operations/no.such.op`)
      .set(...auth(editor.token))
      .send({});
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe('unknown_operation');
  });
});

describe('mode errors', () => {
  beforeAll(() => configureAllProviders(t, admin, sandbox));

  it('explains what cannot be done', async () => {
    const p = byId('slack');
    const appId = await newApp();
    const post = (body: object) =>
      t
        .http()
        .post(`/api/apps/${appId}/connections/${p.id}/authorize`)
        .set(...auth(editor.token))
        .send(body);
    expect((await post({ mode: 'switch' })).body.error.code).toBe('connection_not_found');
    expect((await post({ scopes: ['chat:wrte'] })).body.error).toMatchObject({ code: 'unknown_scope' });
    expect((await post({ operations: ['nope'] })).body.error).toMatchObject({ code: 'unknown_operation' });
    expect((await post({ mode: 'bogus' })).status).toBe(400);
    await authorize(t, editor.token, appId, p.id, { operations: ['chat.postMessage'] });
    await connectFlow(t, editor.token, appId, p.id, { operations: ['chat.postMessage'] });
    const again = await post({ operations: ['chat.postMessage'] });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('connection_exists');
  });
});
