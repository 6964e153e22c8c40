import { DataSource } from 'typeorm';
import { loadCatalogSync } from '@patchbay/spec';
import { OAuthState } from '../src/modules/connections/entities/oauth-state.entity';
import { TokenCipher } from '../src/platform/crypto/token-cipher';
import { ApiClient, auth, type TestUser } from './support/api-client';
import { authorize, callback, configureAllProviders, connectFlow, consentAt } from './support/connect-flow';
import { pickReadOperation, sampleInput } from './support/sample-input';
import { SPECS_DIR, startSandbox, type SandboxProcess } from './support/sandbox-process';
import { startTestApp, type TestApp } from './support/test-app';

// OAuth state and code-exchange attacks, and where tokens may (never) appear.
const catalog = loadCatalogSync(SPECS_DIR);
const pkceProvider = catalog.providers.find((p) => p.oauth.pkce !== 'unsupported');
if (!pkceProvider) throw new Error('no PKCE provider in specs/');
const PROVIDER = pkceProvider.id;
const OP = pickReadOperation(pkceProvider);

let t: TestApp;
let sandbox: SandboxProcess;
let api: ApiClient;
let admin: string;
let editor: TestUser;
let outsider: TestUser;
/** Every HTTP response body the tests saw, to prove none carries a token. */
const responses: string[] = [];

beforeAll(async () => {
  sandbox = await startSandbox();
  t = await startTestApp({ env: { PATCHBAY_SANDBOX_URL: sandbox.url, PATCHBAY_SPECS_DIR: SPECS_DIR, LOG_LEVEL: 'trace' } });
  api = new ApiClient(t);
  admin = await api.adminToken();
  await configureAllProviders(t, admin, sandbox);
  editor = await api.createUser(admin, 'editor');
  outsider = await api.createUser(admin, 'outsider');
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

async function connectionOf(appId: string) {
  const res = await t
    .http()
    .get(`/api/apps/${appId}/connections/${PROVIDER}`)
    .set(...auth(editor.token));
  responses.push(JSON.stringify(res.body));
  return res;
}

function db(): DataSource {
  return t.app.get(DataSource);
}

/** Tampers with the pending (unconsumed) consents, as an attacker with database access or a bug could. */
async function setAllStates(values: Partial<OAuthState>): Promise<void> {
  await db().createQueryBuilder().update(OAuthState).set(values).where('consumed_at IS NULL').execute();
}

describe('OAuth state', () => {
  it('is single use: replaying a completed callback changes nothing', async () => {
    const appId = await newApp();
    const done = await connectFlow(t, editor.token, appId, PROVIDER, { operations: [OP.id] }, { account: 1 });
    expect(done.outcome).toBe('connected');
    const before = (await connectionOf(appId)).body;
    const replay = await callback(t, done.callbackPath);
    expect(replay).toMatchObject({ outcome: 'error', code: 'state_used', appId });
    expect((await connectionOf(appId)).body).toEqual(before);
  });

  it('expires after ten minutes', async () => {
    const appId = await newApp();
    const a = await authorize(t, editor.token, appId, PROVIDER, { operations: [OP.id] });
    const path = await consentAt(a.authorizationUrl, { account: 1 });
    await setAllStates({ expiresAt: new Date(Date.now() - 1000) });
    expect(await callback(t, path)).toMatchObject({ outcome: 'error', code: 'state_expired', appId });
    expect((await connectionOf(appId)).status).toBe(404);
  });

  it('rejects a forged or tampered state without touching anything', async () => {
    const appId = await newApp();
    const a = await authorize(t, editor.token, appId, PROVIDER, { operations: [OP.id] });
    const path = await consentAt(a.authorizationUrl, { account: 1 });
    const forged = path.replace(/state=[^&]+/, 'state=' + 'A'.repeat(43));
    expect(await callback(t, forged)).toMatchObject({ outcome: 'error', code: 'state_invalid' });
    expect(await callback(t, '/api/oauth/callback?code=abc')).toMatchObject({ outcome: 'error', code: 'state_invalid' });
    expect((await connectionOf(appId)).status).toBe(404);
    // The real state still works once (the forged one did not consume it).
    expect((await callback(t, path)).outcome).toBe('connected');
  });

  it('is bound to its app: a flow started for app A never lands in app B, and outsiders cannot start one', async () => {
    const appA = await newApp();
    const appB = await newApp();
    const a = await authorize(t, editor.token, appA, PROVIDER, { operations: [OP.id] });
    expect((await callback(t, await consentAt(a.authorizationUrl, { account: 1 }))).appId).toBe(appA);
    expect((await connectionOf(appA)).status).toBe(200);
    expect((await connectionOf(appB)).status).toBe(404);
    const res = await t
      .http()
      .post(`/api/apps/${appB}/connections/${PROVIDER}/authorize`)
      .set(...auth(outsider.token))
      .send({ operations: [OP.id] });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('app_not_found');
  });

  it('fails cleanly on a redirect URI mismatch at the provider', async () => {
    const appId = await newApp();
    const a = await authorize(t, editor.token, appId, PROVIDER, { operations: [OP.id] });
    expect(new URL(a.authorizationUrl).searchParams.get('redirect_uri')).toBe(`${t.config.publicUrl}/api/oauth/callback`);
    const path = await consentAt(a.authorizationUrl, { account: 1 });
    // The exchange would send another redirect_uri than the consent used: the provider must refuse the code.
    await setAllStates({ redirectUri: 'https://evil.example/callback' });
    expect(await callback(t, path)).toMatchObject({ outcome: 'error', code: 'token_exchange_failed', appId });
    expect((await connectionOf(appId)).status).toBe(404);
  });

  it('fails cleanly on a PKCE verifier mismatch', async () => {
    const appId = await newApp();
    const a = await authorize(t, editor.token, appId, PROVIDER, { operations: [OP.id] });
    expect(new URL(a.authorizationUrl).searchParams.get('code_challenge_method')).toBe('S256');
    const path = await consentAt(a.authorizationUrl, { account: 1 });
    const cipher = t.app.get(TokenCipher);
    await setAllStates({ pkceVerifierEnc: cipher.encrypt('a-different-verifier-' + 'x'.repeat(40)) });
    expect(await callback(t, path)).toMatchObject({ outcome: 'error', code: 'token_exchange_failed', appId });
    expect((await connectionOf(appId)).status).toBe(404);
  });
});

describe('secrets', () => {
  it('never shows an access or refresh token in a response, a log line or a database column in plain text', async () => {
    const appId = await newApp();
    expect((await connectFlow(t, editor.token, appId, PROVIDER, { operations: [OP.id] }, { account: 1 })).outcome).toBe('connected');
    const call = await t
      .http()
      .post(`/api/apps/${appId}/connections/${PROVIDER}/operations/${OP.id}`)
      .set(...auth(editor.token))
      .send({ input: sampleInput(pkceProvider, OP) });
    responses.push(JSON.stringify(call.body));
    expect(call.status).toBe(200);
    responses.push(
      JSON.stringify(
        (
          await t
            .http()
            .get(`/api/apps/${appId}/connections`)
            .set(...auth(editor.token))
        ).body,
      ),
    );
    responses.push(
      JSON.stringify(
        (
          await t
            .http()
            .get(`/api/apps/${appId}/audit`)
            .set(...auth(editor.token))
        ).body,
      ),
    );
    responses.push(
      JSON.stringify(
        (
          await t
            .http()
            .get('/api/providers')
            .set(...auth(editor.token))
        ).body,
      ),
    );

    // The plaintext tokens, read the only way they can be: decrypting the stored ciphertext.
    const cipher = t.app.get(TokenCipher);
    const rows = (await db().query('SELECT access_token_enc, refresh_token_enc FROM connections')) as Array<{
      access_token_enc: string;
      refresh_token_enc: string | null;
    }>;
    const secrets = rows.flatMap((r) => [cipher.decrypt(r.access_token_enc), ...(r.refresh_token_enc ? [cipher.decrypt(r.refresh_token_enc)] : [])]);
    const creds = (await db().query('SELECT client_secret_enc FROM provider_credentials')) as Array<{ client_secret_enc: string }>;
    secrets.push(...creds.map((c) => cipher.decrypt(c.client_secret_enc)));
    expect(secrets.length).toBeGreaterThan(rows.length);

    const logs = t.logs.text() + t.printed.text();
    expect(logs.length).toBeGreaterThan(1000);
    const dump: string[] = [];
    for (const table of ['connections', 'oauth_states', 'provider_credentials', 'audit_events', 'users', 'sessions', 'apps']) {
      dump.push(JSON.stringify(await db().query(`SELECT * FROM ${table}`)));
    }
    for (const s of secrets) {
      expect(s.length).toBeGreaterThan(8);
      expect(responses.join('\n')).not.toContain(s);
      expect(logs).not.toContain(s);
      expect(dump.join('\n')).not.toContain(s);
    }
  });
});
