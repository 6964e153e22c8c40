import { loadCatalogSync } from '@patchbay/spec';
import { DataSource } from 'typeorm';
import { AuditEvent } from '../src/modules/audit/entities/audit-event.entity';
import { Connection } from '../src/modules/connections/entities/connection.entity';
import { GrantRevoker } from '../src/modules/connections/grant-revoker';
import { generateEncryptionKey, parseEncryptionKey, TokenCipher } from '../src/platform/crypto/token-cipher';
import { ApiClient, auth, type TestUser } from './support/api-client';
import { authorize, callback, configureAllProviders, connectFlow, consentAt } from './support/connect-flow';
import { SPECS_DIR, startSandbox, type SandboxProcess } from './support/sandbox-process';
import { startTestApp, type TestApp } from './support/test-app';

// Issue #17: no provider grant is left live that Patchbay no longer holds (replaced, lost a race, app deleted), and
// tokens that cannot be decrypted are not deleted behind the caller's back.
const catalog = loadCatalogSync(SPECS_DIR);
// A provider with a revocation endpoint, several scopes and no PKCE (the code-injection case needs the last).
const optional = (p: (typeof catalog.providers)[number]) => p.scopes.map((s) => s.scope).filter((s) => !p.oauth.defaultScopes.includes(s));
const provider = catalog.providers.find(
  (p) => p.oauth.revocation && p.oauth.pkce === 'unsupported' && p.oauth.refresh !== 'none' && optional(p).length >= 2,
);
if (!provider) throw new Error('no revocable, refreshing provider without PKCE in specs/');
const P = provider.id;
const [scopeA, scopeB] = optional(provider);

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
  await configureAllProviders(t, admin, sandbox);
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

interface SandboxGrant {
  id: string;
  revoked: boolean;
  account?: { id?: string };
}

async function grantIds(): Promise<Set<string>> {
  return new Set(((await sandbox.control('/grants')).json as SandboxGrant[]).map((g) => g.id));
}

/** Grants the sandbox issued since `before` that it still honours (after the background revocations ended). */
async function liveSince(before: Set<string>): Promise<SandboxGrant[]> {
  await t.app.get(GrantRevoker).settle();
  return ((await sandbox.control('/grants')).json as SandboxGrant[]).filter((g) => !before.has(g.id) && !g.revoked);
}

/** The app's audit records, read from the table (the audit route goes with a deleted app). */
async function auditActions(appId: string): Promise<Array<{ action: string; metadata: Record<string, unknown> | null }>> {
  return t.app
    .get(DataSource)
    .getRepository(AuditEvent)
    .find({ where: { appId }, order: { createdAt: 'ASC' } });
}

describe('replaced grants are revoked', () => {
  it('after connect, reconnect, more permissions and a switch exactly one grant is live; after deleting the app, none', async () => {
    const before = await grantIds();
    const appId = await newApp();
    expect(await connectFlow(t, editor.token, appId, P, { scopes: [scopeA] })).toMatchObject({ outcome: 'connected' });
    expect(await connectFlow(t, editor.token, appId, P, { mode: 'reconnect' })).toMatchObject({ outcome: 'connected' });
    expect(await connectFlow(t, editor.token, appId, P, { mode: 'add_scopes', scopes: [scopeB] })).toMatchObject({ outcome: 'connected' });
    expect(await connectFlow(t, editor.token, appId, P, { mode: 'switch' }, { account: 2 })).toMatchObject({ outcome: 'connected' });

    const live = await liveSince(before);
    expect(live).toHaveLength(1);
    const audit = await auditActions(appId);
    const revoked = audit.filter((e) => e.action === 'connection.grant_revoked').map((e) => e.metadata?.['reason']);
    expect(revoked.sort()).toEqual(['add_scopes', 'reconnect', 'switch']);

    await t
      .http()
      .delete(`/api/apps/${appId}`)
      .set(...auth(admin))
      .expect(204);
    expect(await liveSince(before)).toHaveLength(0);
    expect((await auditActions(appId)).filter((e) => e.action === 'connection.grant_revoked').map((e) => e.metadata?.['reason'])).toContain(
      'app_deleted',
    );
  });

  it('two concurrent connect flows: the second is told, its grant revoked, the first connection stays', async () => {
    const before = await grantIds();
    const appId = await newApp();
    const a = await authorize(t, editor.token, appId, P, { scopes: [scopeA] });
    const b = await authorize(t, editor.token, appId, P, { scopes: [scopeA] });
    const first = await callback(t, await consentAt(a.authorizationUrl));
    const stored = await t.app.get(DataSource).getRepository(Connection).findOneByOrFail({ appId, provider: P });
    const second = await callback(t, await consentAt(b.authorizationUrl, { account: 2 }));
    expect(first).toMatchObject({ outcome: 'connected' });
    expect(second).toMatchObject({ outcome: 'error', code: 'connection_exists' });
    const after = await t.app.get(DataSource).getRepository(Connection).findOneByOrFail({ appId, provider: P });
    expect(after.id).toBe(stored.id);
    expect(after.accessTokenEnc).toBe(stored.accessTokenEnc);
    expect(await liveSince(before)).toHaveLength(1);
    const audit = await auditActions(appId);
    expect(audit.find((e) => e.action === 'connection.grant_revoked')?.metadata).toMatchObject({ reason: 'concurrent_connect' });
  });
});

describe('revoking a replaced grant when the provider fails', () => {
  afterEach(() => sandbox.control('/faults', { method: 'DELETE' }));

  it('does not hold up the answer, retries, and revokes on the third attempt', async () => {
    const before = await grantIds();
    const appId = await newApp();
    expect(await connectFlow(t, editor.token, appId, P, { scopes: [scopeA] })).toMatchObject({ outcome: 'connected' });
    await sandbox.control('/faults', { body: { kind: '5xx', endpoint: 'revoke', provider: P, count: 2 } });
    const started = Date.now();
    expect(await connectFlow(t, editor.token, appId, P, { mode: 'reconnect' })).toMatchObject({ outcome: 'connected' });
    // The user's answer came before the retries' backoff (0.5 s, then 2 s) could have run.
    expect(Date.now() - started).toBeLessThan(2_000);
    expect((await auditActions(appId)).some((e) => e.action.startsWith('connection.grant_'))).toBe(false);
    expect(await liveSince(before)).toHaveLength(1);
    expect((await auditActions(appId)).find((e) => e.action === 'connection.grant_revoked')?.metadata).toMatchObject({
      reason: 'reconnect',
      attempts: 3,
    });
  }, 30_000);

  it('gives up after three attempts: logged and audited as grant_revoke_failed, the connection unaffected', async () => {
    const appId = await newApp();
    expect(await connectFlow(t, editor.token, appId, P, { scopes: [scopeA] })).toMatchObject({ outcome: 'connected' });
    await sandbox.control('/faults', { body: { kind: '5xx', endpoint: 'revoke', provider: P, count: 3 } });
    expect(await connectFlow(t, editor.token, appId, P, { mode: 'reconnect' })).toMatchObject({ outcome: 'connected' });
    await t.app.get(GrantRevoker).settle();
    const audit = await auditActions(appId);
    expect(audit.find((e) => e.action === 'connection.grant_revoke_failed')?.metadata).toMatchObject({ reason: 'reconnect', revocation: 'failed' });
    expect(audit.some((e) => e.action === 'connection.grant_revoked')).toBe(false);
    await t
      .http()
      .get(`/api/apps/${appId}/connections/${P}`)
      .set(...auth(editor.token))
      .expect(200)
      .expect((r) => expect(r.body.status).toBe('active'));
  }, 30_000);
});

describe('disconnect with tokens that cannot be decrypted', () => {
  it('refuses (409 tokens_unreadable, revoked:false) and deletes nothing; with force=true deletes and audits it', async () => {
    const appId = await newApp();
    expect(await connectFlow(t, editor.token, appId, P, { scopes: [scopeA] })).toMatchObject({ outcome: 'connected' });
    const repo = t.app.get(DataSource).getRepository(Connection);
    const row = await repo.findOneByOrFail({ appId, provider: P });
    // A row written under a key this instance does not have (the key was lost or replaced).
    const otherKey = new TokenCipher(parseEncryptionKey(generateEncryptionKey()));
    await repo.update({ id: row.id }, { accessTokenEnc: otherKey.encrypt('lost'), refreshTokenEnc: otherKey.encrypt('lost') });

    const refused = await t
      .http()
      .delete(`/api/apps/${appId}/connections/${P}`)
      .set(...auth(editor.token));
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'tokens_unreadable', revoked: false });
    expect(refused.body.error.message).toContain('force=true');
    expect(await repo.countBy({ appId })).toBe(1);

    await t
      .http()
      .delete(`/api/apps/${appId}/connections/${P}?force=true`)
      .set(...auth(editor.token))
      .expect(204);
    expect(await repo.countBy({ appId })).toBe(0);
    const audit = await auditActions(appId);
    expect(audit.find((e) => e.action === 'connection.disconnected')?.metadata).toMatchObject({ revocation: 'impossible', forced: true });
  });
});

describe('a connect flow is bound to the browser that started it', () => {
  it('authorize sets an HttpOnly, SameSite=Lax cookie on /api/oauth; the callback clears it', async () => {
    const appId = await newApp();
    const res = await t
      .http()
      .post(`/api/apps/${appId}/connections/${P}/authorize`)
      .set(...auth(editor.token))
      .send({ scopes: [scopeA] })
      .expect(200);
    const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatch(/^pb_oauth_[0-9a-f]{16}=[A-Za-z0-9_-]{43}; Max-Age=600; Path=\/api\/oauth; Expires=[^;]+; HttpOnly; SameSite=Lax$/);
    expect(res.body.shareable).toBe(false);
    // The cookie is not the state, and the state row keeps only a hash of it.
    const value = cookies[0].split(';')[0].split('=')[1];
    expect(value).not.toBe(res.body.state);
    const stored = JSON.stringify(await t.app.get(DataSource).query('SELECT * FROM oauth_states'));
    expect(stored).not.toContain(value);

    const cb = await consentAt(res.body.authorizationUrl);
    const done = await t.http().get(cb).set('Cookie', cookies[0].split(';')[0]).expect(302);
    expect(new URL(done.headers['location'] as string).searchParams.get('outcome')).toBe('connected');
    expect(([] as string[]).concat(done.headers['set-cookie'] ?? []).join()).toMatch(
      /pb_oauth_[0-9a-f]{16}=; Path=\/api\/oauth; Expires=Thu, 01 Jan 1970/,
    );
  });

  it("a code from app A's consent with app B's state, from a browser without B's cookie, is refused and spends the state", async () => {
    const appA = await newApp();
    const appB = await newApp();
    // The victim starts connecting B in their browser; the attacker runs a consent of their own account for A.
    const b = await authorize(t, editor.token, appB, P, { scopes: [scopeA] });
    const a = await authorize(t, editor.token, appA, P, { scopes: [scopeA] });
    const attackerCb = new URL(await consentAt(a.authorizationUrl, { account: 2 }), 'http://x');
    const injected = `/api/oauth/callback?code=${encodeURIComponent(attackerCb.searchParams.get('code') as string)}&state=${encodeURIComponent(b.state)}`;

    const out = await callback(t, injected, { cookies: false });
    expect(out).toMatchObject({ outcome: 'error', code: 'browser_mismatch', appId: appB });
    expect(out.message).toMatch(/another browser/);
    expect(await t.app.get(DataSource).getRepository(Connection).countBy({ appId: appB })).toBe(0);
    // Spent: not even the right browser can use that state now.
    expect(await callback(t, injected)).toMatchObject({ outcome: 'error', code: 'state_used' });
    const audit = await auditActions(appB);
    expect(audit.map((e) => e.action)).toContain('connection.consent_browser_mismatch');
    expect(audit.find((e) => e.action === 'connection.consent_started')?.metadata).toMatchObject({ binding: 'browser' });
  });

  it('a shareable consent link works from another browser, lives 5 minutes and is audited as shared', async () => {
    const appId = await newApp();
    const res = await t
      .http()
      .post(`/api/apps/${appId}/connections/${P}/authorize`)
      .set(...auth(editor.token))
      .send({ scopes: [scopeA], shareable: true })
      .expect(200);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.body.shareable).toBe(true);
    const ttl = new Date(res.body.expiresAt).getTime() - Date.now();
    expect(ttl).toBeGreaterThan(4 * 60_000);
    expect(ttl).toBeLessThanOrEqual(5 * 60_000);
    expect(await callback(t, await consentAt(res.body.authorizationUrl), { cookies: false })).toMatchObject({ outcome: 'connected' });
    const audit = await auditActions(appId);
    expect(audit.find((e) => e.action === 'connection.consent_link_shared')?.metadata).toMatchObject({ binding: 'shared_link', mode: 'connect' });
  });

  it('rejects a non-boolean shareable', async () => {
    const res = await t
      .http()
      .post(`/api/apps/${await newApp()}/connections/${P}/authorize`)
      .set(...auth(editor.token))
      .send({ shareable: 'yes' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBeDefined();
  });
});
