import { loadCatalogSync } from '@patchbay/spec';
import { generateEncryptionKey } from '../src/platform/crypto/token-cipher';
import { startApiProcess, type ApiProcess } from './support/api-process';
import { pickReadOperation, sampleInput } from './support/sample-input';
import { SPECS_DIR, startSandbox, type SandboxProcess } from './support/sandbox-process';
import { createTestDatabase, testDbKind, type TestDatabase } from './support/test-database';

// One refresh per connection, whatever the load: 500 concurrent operations hit a connection whose access token has
// just died. On PostgreSQL two API processes share the database (replicas); SQLite is a one-process deployment.
// The sandbox counts refreshes per grant: exactly one, and every call succeeds. With a rotating provider a second
// refresh would fail (the first one killed the old refresh token), so a race would show up as failed calls.
const catalog = loadCatalogSync(SPECS_DIR);
const CALLS = 500;
const PROCESSES = testDbKind() === 'postgres' ? 2 : 1;

const readOp = pickReadOperation;
const standard = catalog.providers.find((p) => p.oauth.refresh === 'standard' && p.oauth.pkce !== 'required');
const rotating = catalog.providers.find((p) => p.oauth.refresh === 'rotating');
if (!standard || !rotating) throw new Error('specs/ needs a standard and a rotating refresh provider');

let sandbox: SandboxProcess;
let db: TestDatabase;
const apis: ApiProcess[] = [];
const admin = { email: 'admin@race.test', password: 'race-admin-password' };

async function call(base: string, path: string, token: string | undefined, body?: unknown, method = body === undefined ? 'GET' : 'POST') {
  const res = await fetch(base + path, {
    method,
    redirect: 'manual',
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = text;
  }
  return { status: res.status, json: json as Record<string, unknown>, location: res.headers.get('location') };
}

beforeAll(async () => {
  sandbox = await startSandbox();
  db = await createTestDatabase();
  const env = {
    ...db.env,
    NODE_ENV: 'test',
    PATCHBAY_SANDBOX_URL: sandbox.url,
    PATCHBAY_SPECS_DIR: SPECS_DIR,
    PATCHBAY_ENCRYPTION_KEY: generateEncryptionKey(),
    PATCHBAY_ADMIN_EMAIL: admin.email,
    PATCHBAY_ADMIN_PASSWORD: admin.password,
    PATCHBAY_ARGON2_MEMORY_KIB: '1024',
    PATCHBAY_ARGON2_TIME_COST: '1',
  };
  // Replicas start together on an empty database: migrations and the first admin must serialise themselves.
  const started = await Promise.allSettled(Array.from({ length: PROCESSES }, () => startApiProcess(env)));
  for (const s of started) if (s.status === 'fulfilled') apis.push(s.value);
  const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
}, 240_000);

afterAll(async () => {
  await Promise.all(apis.map((a) => a.stop()));
  await sandbox?.stop();
  await db?.drop();
});

const VARIANTS = [
  ['standard refresh', standard.id, standard],
  ['rotating refresh', rotating.id, rotating],
] as const;

describe.each(VARIANTS)('%s (%s)', (_label, _id, p) => {
  it(`${CALLS} concurrent operations on a just-expired token: one refresh, no failed call`, async () => {
    const base = apis[0].url;
    const token = (await call(base, '/api/auth/login', undefined, admin)).json['token'] as string;
    const clientId = `race-${p.oauth.group}`;
    expect((await call(base, `/api/providers/${p.id}/credentials`, token, { clientId, clientSecret: `secret-${clientId}` }, 'PUT')).status).toBe(200);
    const appId = (await call(base, '/api/apps', token, { name: `race ${p.id}` })).json['id'] as string;
    const op = readOp(p);

    // shareable: the callback below does not carry the authorize response's browser-binding cookie.
    const a = await call(base, `/api/apps/${appId}/connections/${p.id}/authorize`, token, { operations: [op.id], shareable: true });
    expect(a.status).toBe(200);
    const consent = new URL(a.json['authorizationUrl'] as string);
    consent.searchParams.set('sandbox_auto', 'approve');
    const back = await fetch(consent, { redirect: 'manual' });
    const cb = new URL(back.headers.get('location') as string);
    const done = await call(base, cb.pathname + cb.search, undefined);
    expect(new URL(done.location as string).searchParams.get('outcome')).toBe('connected');

    // Warm up every replica on the live token, then kill the access token at the provider.
    for (const api of apis)
      expect((await call(api.url, `/api/apps/${appId}/connections/${p.id}/operations/${op.id}`, token, { input: sampleInput(p, op) })).status).toBe(
        200,
      );
    const grants = (await sandbox.control('/grants')).json as Array<{ id: string; group: string; clientId: string; revoked: boolean }>;
    const grant = grants.find((g) => g.clientId === clientId && !g.revoked);
    expect(grant).toBeDefined();
    expect((await sandbox.control('/tokens/expire', { body: { grantId: grant?.id } })).status).toBe(200);

    const results = await Promise.all(
      Array.from({ length: CALLS }, (_, i) =>
        call(apis[i % apis.length].url, `/api/apps/${appId}/connections/${p.id}/operations/${op.id}`, token, { input: sampleInput(p, op) }),
      ),
    );
    const failed = results.filter((r) => r.status !== 200);
    expect(failed.map((r) => `${r.status} ${JSON.stringify(r.json)}`).slice(0, 3)).toEqual([]);
    const counters = (await sandbox.control('/counters')).json as { refreshesByGrant: Record<string, number> };
    expect(counters.refreshesByGrant[grant?.id as string]).toBe(1);
  }, 180_000);
});
