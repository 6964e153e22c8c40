import { __resetOutOfContextForTests } from 'nestjs-pino/PinoLogger';
import { generateEncryptionKey, keyId, parseEncryptionKey } from '../src/platform/crypto/token-cipher';
import { ApiClient, auth } from './support/api-client';
import { startApiProcess } from './support/api-process';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { startTestApp } from './support/test-app';

// Secrets at rest are encrypted with the configured key. Started on existing data with another key, the API must
// refuse to start (one clear line) instead of reporting healthy and failing every call.
let db: TestDatabase;
const k1 = generateEncryptionKey();
const k2 = generateEncryptionKey();
const ADMIN_PASSWORD = 'encryption-key-admin-pw';

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.drop());

/** Stores one secret: an OAuth client secret of the first provider of the catalog. */
async function storeSecret(key: string): Promise<void> {
  const t = await startTestApp({ db, env: { PATCHBAY_ENCRYPTION_KEY: key, PATCHBAY_ADMIN_PASSWORD: ADMIN_PASSWORD } });
  try {
    const admin = await new ApiClient(t).adminToken();
    const providers = await t
      .http()
      .get('/api/providers')
      .set(...auth(admin))
      .expect(200);
    await t
      .http()
      .put(`/api/providers/${providers.body[0].id}/credentials`)
      .set(...auth(admin))
      .send({ clientId: 'key-check-client', clientSecret: 'key-check-secret' })
      .expect(200);
  } finally {
    await t.close({ keepDb: true });
  }
}

describe('stored secrets and the configured key', () => {
  beforeAll(() => storeSecret(k1));

  it('refuses to start with another key, naming the key the secrets were written with', async () => {
    const start = startTestApp({ db, env: { PATCHBAY_ENCRYPTION_KEY: k2, PATCHBAY_ADMIN_PASSWORD: ADMIN_PASSWORD } });
    await expect(start).rejects.toMatchObject({ name: 'ConfigError' });
    const message = ((await start.catch((e: unknown) => e)) as Error).message;
    expect(message).toMatch(/^Invalid configuration: none of the \d+ stored secrets checked decrypts with PATCHBAY_ENCRYPTION_KEY/);
    expect(message).toContain(`key ${keyId(parseEncryptionKey(k2))}`);
    expect(message).toContain(`encrypted with key ${keyId(parseEncryptionKey(k1))}`);
    expect(message).not.toContain('\n');
    expect(message).not.toContain(k1);
    expect(message).not.toContain(k2);
  });

  it('the real process prints that one line and exits instead of reporting healthy', async () => {
    const start = startApiProcess({
      ...db.env,
      NODE_ENV: 'test',
      PATCHBAY_ENCRYPTION_KEY: k2,
      PATCHBAY_ADMIN_PASSWORD: ADMIN_PASSWORD,
      PATCHBAY_ARGON2_MEMORY_KIB: '1024',
      PATCHBAY_ARGON2_TIME_COST: '1',
    });
    const err = (await start.then(
      async (api) => {
        await api.stop();
        return new Error('started');
      },
      (e: unknown) => e,
    )) as Error;
    const output = err.message.replace(/^API process exited: /, '');
    expect(output.trim().split('\n')).toEqual([expect.stringMatching(/^Invalid configuration: none of the \d+ stored secrets checked decrypts/)]);
  }, 120_000);

  it('starts with the right key, and during a rotation with the old key among the older ones', async () => {
    for (const env of [{ PATCHBAY_ENCRYPTION_KEY: k1 }, { PATCHBAY_ENCRYPTION_KEY: k2, PATCHBAY_ENCRYPTION_KEYS_OLD: k1 }]) {
      const t = await startTestApp({ db, env: { ...env, PATCHBAY_ADMIN_PASSWORD: ADMIN_PASSWORD } });
      await t.http().get('/api/health').expect(200);
      await t.close({ keepDb: true });
    }
  });
});

describe('the development key file', () => {
  it('says that it generated a key (the application logger is up by then), and not again on the next start', async () => {
    const fresh = await createTestDatabase();
    try {
      // nestjs-pino sends logs written outside a request to the first app of the process: give each app its own.
      __resetOutOfContextForTests();
      const first = await startTestApp({ db: fresh, env: { PATCHBAY_ENCRYPTION_KEY: undefined } });
      await first.close({ keepDb: true });
      expect(first.logs.text()).toContain('PATCHBAY_ENCRYPTION_KEY is not set: generated a development key in');
      __resetOutOfContextForTests();
      const second = await startTestApp({ db: fresh, env: { PATCHBAY_ENCRYPTION_KEY: undefined } });
      await second.close({ keepDb: true });
      expect(second.logs.text()).not.toContain('generated a development key'); // the key file was reused
    } finally {
      await fresh.drop();
    }
  });
});
