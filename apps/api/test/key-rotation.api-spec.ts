import { loadCatalogSync } from '@patchbay/spec';
import { DataSource } from 'typeorm';
import { reencryptEverything } from '../src/reencrypt.command';
import { generateEncryptionKey, keyId, parseEncryptionKey } from '../src/platform/crypto/token-cipher';
import { ApiClient, auth } from './support/api-client';
import { configureAllProviders, connectFlow } from './support/connect-flow';
import { pickReadOperation, sampleInput } from './support/sample-input';
import { SPECS_DIR, startSandbox, type SandboxProcess } from './support/sandbox-process';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { startTestApp } from './support/test-app';

// Key rotation: new key + old key → `reencrypt` → the old key can be dropped and every secret still works.
const p = loadCatalogSync(SPECS_DIR).providers[0];
const op = pickReadOperation(p);
let sandbox: SandboxProcess;
let db: TestDatabase;

beforeAll(async () => {
  sandbox = await startSandbox();
  db = await createTestDatabase();
}, 120_000);
afterAll(async () => {
  await sandbox?.stop();
  await db?.drop();
});

async function keyIdsInDb(ds: DataSource): Promise<string[]> {
  const rows = (await ds.query('SELECT access_token_enc, refresh_token_enc FROM connections')) as Array<Record<string, string | null>>;
  const creds = (await ds.query('SELECT client_secret_enc FROM provider_credentials')) as Array<Record<string, string>>;
  return [...rows.flatMap((r) => [r['access_token_enc'], r['refresh_token_enc']]), ...creds.map((c) => c['client_secret_enc'])]
    .filter((v): v is string => !!v)
    .map((v) => v.split('.')[1]);
}

it('re-encrypts every secret under the new key; the old key is then not needed', async () => {
  const [k1, k2] = [generateEncryptionKey(), generateEncryptionKey()];
  const base = { PATCHBAY_SANDBOX_URL: sandbox.url, PATCHBAY_SPECS_DIR: SPECS_DIR, PATCHBAY_ADMIN_PASSWORD: 'rotation-admin-pw' };

  const first = await startTestApp({ db, env: { ...base, PATCHBAY_ENCRYPTION_KEY: k1 } });
  const api = new ApiClient(first);
  const admin = await api.adminToken();
  await configureAllProviders(first, admin, sandbox);
  const appId = await api.createApp(admin);
  expect((await connectFlow(first, admin, appId, p.id, { operations: [op.id] })).outcome).toBe('connected');
  expect(new Set(await keyIdsInDb(first.app.get(DataSource)))).toEqual(new Set([keyId(parseEncryptionKey(k1))]));
  await first.close({ keepDb: true });

  const rotating = await startTestApp({ db, env: { ...base, PATCHBAY_ENCRYPTION_KEY: k2, PATCHBAY_ENCRYPTION_KEYS_OLD: k1 } });
  const report = await reencryptEverything(rotating.app);
  expect(report).toMatchObject({ keyId: keyId(parseEncryptionKey(k2)), connections: 1, providerCredentials: expect.any(Number) });
  expect(report.providerCredentials).toBeGreaterThan(0);
  expect((await reencryptEverything(rotating.app)).connections).toBe(0); // idempotent
  expect(new Set(await keyIdsInDb(rotating.app.get(DataSource)))).toEqual(new Set([keyId(parseEncryptionKey(k2))]));
  await rotating.close({ keepDb: true });

  const after = await startTestApp({ db, env: { ...base, PATCHBAY_ENCRYPTION_KEY: k2 } });
  try {
    const token = await new ApiClient(after).adminToken();
    const res = await after
      .http()
      .post(`/api/apps/${appId}/connections/${p.id}/operations/${op.id}`)
      .set(...auth(token))
      .send({ input: sampleInput(p, op) });
    expect(res.status).toBe(200);
  } finally {
    await after.close({ keepDb: true });
  }
});
