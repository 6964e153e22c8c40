import { Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { LoginAttempts, LoginLimitStorage } from '../src/modules/identity/login-throttling';
import { loadConfig } from '../src/platform/config/app-config';
import { ApiClient, uniqueEmail, type TestUser } from './support/api-client';
import { startTestApp, type TestApp } from './support/test-app';

// Login abuse (issue #17): failed logins lock an email, attempts per client address are limited, and password
// hashing has a bounded queue. Small limits and a short lock keep the file fast; each test sends from its own client
// address (X-Forwarded-For, believed because PATCHBAY_TRUST_PROXY trusts the loopback test client).
const MAX_FAILURES = 5;
// Long enough for 30 refused attempts on a loaded CI machine, short enough to wait out.
const LOCK_SECONDS = 6;
const ADDRESS_LIMIT = 20;

let t: TestApp;
let api: ApiClient;
let adminToken: string;

beforeAll(async () => {
  t = await startTestApp({
    env: {
      PATCHBAY_TRUST_PROXY: 'loopback',
      PATCHBAY_LOGIN_MAX_FAILURES: String(MAX_FAILURES),
      PATCHBAY_LOGIN_LOCK_SECONDS: String(LOCK_SECONDS),
      PATCHBAY_LOGIN_ADDRESS_LIMIT: String(ADDRESS_LIMIT),
      PATCHBAY_LOGIN_ADDRESS_WINDOW_SECONDS: '60',
      // Enough argon2 work (~10-50 ms) that concurrent logins really contend for the hashing slots.
      PATCHBAY_ARGON2_MEMORY_KIB: '8192',
      PATCHBAY_ARGON2_TIME_COST: '2',
      PATCHBAY_PASSWORD_HASH_CONCURRENCY: '1',
      PATCHBAY_PASSWORD_HASH_QUEUE: '2',
    },
  });
  api = new ApiClient(t);
  adminToken = await api.adminToken();
});
afterAll(() => t?.close());

let addressSeq = 0;
/** A client address of its own, so one test's attempts never count against another's. */
function address(): string {
  addressSeq++;
  return `198.51.100.${addressSeq}`;
}

const login = (email: string, password: string, from = address()) =>
  t.http().post('/api/auth/login').set('X-Forwarded-For', from).send({ email, password });

describe('failed logins per email', () => {
  let user: TestUser;
  beforeAll(async () => {
    user = await api.createUser(adminToken, 'victim');
  });

  it('locks the email after the failure limit — from any address — and refuses even the right password until the lock ends', async () => {
    const statuses: number[] = [];
    // 30 wrong passwords, each from a different address: the per-address limit never applies, the account lock does.
    for (let i = 0; i < 30; i++) statuses.push((await login(user.email, `wrong-${i}`)).status);
    expect(statuses.slice(0, MAX_FAILURES)).toEqual(Array(MAX_FAILURES).fill(401));
    expect(statuses.slice(MAX_FAILURES)).toEqual(Array(30 - MAX_FAILURES).fill(429));

    const locked = await login(user.email, user.password);
    expect(locked.status).toBe(429);
    expect(locked.body).toEqual({ error: { code: 'too_many_requests', message: expect.any(String) } });
    const retryAfter = Number(locked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(LOCK_SECONDS);

    // After the lock: the right password works again.
    await new Promise((r) => setTimeout(r, retryAfter * 1000 + 300));
    const after = await login(user.email, user.password);
    expect(after.status).toBe(200);
    expect(after.body.token).toMatch(/^pbs_/);
  });

  it('locks an unknown email the same way, so the lock does not reveal which accounts exist', async () => {
    const ghost = uniqueEmail('ghost');
    const statuses: number[] = [];
    for (let i = 0; i <= MAX_FAILURES; i++) statuses.push((await login(ghost, 'whatever-123')).status);
    expect(statuses).toEqual([...Array(MAX_FAILURES).fill(401), 429]);
  });

  it('does not count successful logins: a user who signs in often is never locked', async () => {
    const regular = await api.createUser(adminToken, 'regular');
    const from = address();
    for (let i = 0; i < MAX_FAILURES * 3; i++) expect((await login(regular.email.toUpperCase(), regular.password, from)).status).toBe(200);
    // A failure or two in between still leaves room (the limit is on failures, not attempts).
    expect((await login(regular.email, 'typo', from)).status).toBe(401);
    expect((await login(regular.email, regular.password, from)).status).toBe(200);
  });
});

describe('attempts per client address', () => {
  it('answers 429 with Retry-After once an address used up its attempts; other addresses are unaffected', async () => {
    const from = address();
    // Different unknown emails: only the address limit can apply.
    for (let i = 0; i < ADDRESS_LIMIT; i++) expect((await login(uniqueEmail('spray'), 'whatever-123', from)).status).toBe(401);
    const refused = await login(t.admin.email, t.admin.password, from);
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('too_many_requests');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // Malformed attempts count too, and are refused before validation.
    expect((await t.http().post('/api/auth/login').set('X-Forwarded-For', from).send({})).status).toBe(429);

    expect((await login(t.admin.email, t.admin.password, address())).status).toBe(200);
  });
});

describe('password hashing queue', () => {
  it('refuses logins beyond the slots and the wait list with 503 server_busy and Retry-After, at once', async () => {
    // 1 slot + 2 waiting: of 12 logins at once, at most 3 are hashed; the rest are refused without waiting.
    const started = Date.now();
    const results = await Promise.all(Array.from({ length: 12 }, () => login(uniqueEmail('burst'), 'whatever-123')));
    const elapsed = Date.now() - started;
    const busy = results.filter((r) => r.status === 503);
    expect(results.filter((r) => r.status === 401).length).toBeGreaterThanOrEqual(1);
    expect(busy.length).toBeGreaterThanOrEqual(1);
    expect(results.every((r) => r.status === 401 || r.status === 503)).toBe(true);
    for (const r of busy) {
      expect(r.body).toEqual({ error: { code: 'server_busy', message: expect.any(String) } });
      expect(Number(r.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    }
    expect(elapsed).toBeLessThan(10_000);
    // The queue drains: a login afterwards is served.
    expect((await login(t.admin.email, t.admin.password)).status).toBe(200);
  });
});

describe('shared counts (REDIS_URL)', () => {
  const REDIS_URL = process.env['PATCHBAY_TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

  it('two replicas count in the same Redis, so a limit is not multiplied by the number of replicas', async () => {
    const [a, b] = [new LoginLimitStorage(REDIS_URL), new LoginLimitStorage(REDIS_URL)];
    try {
      const key = `test:${randomBytes(8).toString('hex')}`;
      await a.increment(key, 60_000, 3, 60_000, 'n');
      await b.increment(key, 60_000, 3, 60_000, 'n');
      await a.increment(key, 60_000, 3, 60_000, 'n');
      const fourth = await b.increment(key, 60_000, 3, 60_000, 'n');
      expect(fourth.totalHits).toBe(4);
      expect(fourth.isBlocked).toBe(true);
    } finally {
      a.onApplicationShutdown();
      b.onApplicationShutdown();
    }
  });

  it('another installation sharing the Redis server (its own PATCHBAY_REDIS_PREFIX) keeps its own counts', async () => {
    const [a, b] = [new LoginLimitStorage(REDIS_URL, 'pbtest-limits-one'), new LoginLimitStorage(REDIS_URL, 'pbtest-limits-two')];
    try {
      const key = `test:${randomBytes(8).toString('hex')}`;
      for (let i = 0; i < 3; i++) await a.increment(key, 60_000, 3, 60_000, 'n');
      expect((await a.increment(key, 60_000, 3, 60_000, 'n')).isBlocked).toBe(true);
      const elsewhere = await b.increment(key, 60_000, 3, 60_000, 'n');
      expect(elsewhere.totalHits).toBe(1);
      expect(elsewhere.isBlocked).toBe(false);
    } finally {
      a.onApplicationShutdown();
      b.onApplicationShutdown();
    }
  });

  it('an email locked through one replica is locked on the others', async () => {
    const config = loadConfig({ NODE_ENV: 'test', PATCHBAY_LOGIN_MAX_FAILURES: '2', PATCHBAY_LOGIN_LOCK_SECONDS: '60' });
    const [sa, sb] = [new LoginLimitStorage(REDIS_URL), new LoginLimitStorage(REDIS_URL)];
    const [a, b] = [new LoginAttempts(sa, config), new LoginAttempts(sb, config)];
    try {
      const email = uniqueEmail('replicas');
      await b.assertNotLocked(email);
      await a.recordFailure(email);
      await b.assertNotLocked(email); // one failure: not locked, and checking did not count as one
      await b.assertNotLocked(email);
      await a.recordFailure(email);
      await expect(b.assertNotLocked(email)).rejects.toMatchObject({ code: 'too_many_requests', retryAfterSeconds: expect.any(Number) });
      await expect(a.assertNotLocked(email.toUpperCase())).rejects.toMatchObject({ code: 'too_many_requests' });
    } finally {
      sa.onApplicationShutdown();
      sb.onApplicationShutdown();
    }
  });

  it('keeps limiting (in this process) when Redis is unreachable, and says so once', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const storage = new LoginLimitStorage('redis://127.0.0.1:1');
    try {
      const key = `test:${randomBytes(8).toString('hex')}`;
      let last;
      for (let i = 0; i < 3; i++) last = await storage.increment(key, 60_000, 2, 60_000, 'n');
      expect(last).toMatchObject({ totalHits: 3, isBlocked: true });
      const outages = warn.mock.calls.filter(([m]) => String(m).includes('Redis (login limits) unavailable'));
      expect(outages).toHaveLength(1);
    } finally {
      storage.onApplicationShutdown();
      warn.mockRestore();
    }
  });
});
