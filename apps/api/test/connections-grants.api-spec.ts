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
