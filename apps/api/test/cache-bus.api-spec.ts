import { AppConfig } from '../src/platform/config/app-config';
import { CacheBus, type CacheEvent } from '../src/platform/cache/cache-bus';
import { AccessCache } from '../src/platform/cache/session-membership-cache';
import { ApiClient, auth } from './support/api-client';
import { startApiProcess, type ApiProcess } from './support/api-process';
import { startTestApp, type TestApp } from './support/test-app';

// Replicas keep short caches on the hot path (sessions 5 s, memberships 2 s, connection rows 2 s). With REDIS_URL a
// change made on one replica reaches the others' caches at once; without it they see it within the TTL. One database,
// three replicas: A (in this process) and B share Redis, C does not (the control that shows the window). B and C are
// processes of their own, as replicas are (passport's strategies are process-wide, so apps in one process would share
// one authentication path).
const REDIS_URL = process.env['PATCHBAY_TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

let a: TestApp;
let b: ApiProcess;
let c: ApiProcess;

beforeAll(async () => {
  a = await startTestApp({ env: { REDIS_URL } });
  const env = {
    ...a.db.env,
    NODE_ENV: 'test',
    PATCHBAY_ADMIN_EMAIL: a.admin.email,
    PATCHBAY_ADMIN_PASSWORD: a.admin.password,
    PATCHBAY_ARGON2_MEMORY_KIB: '1024',
    PATCHBAY_ARGON2_TIME_COST: '1',
    // Replicas of one installation share its Redis prefix (the test app has one of its own).
    PATCHBAY_REDIS_PREFIX: a.config.redisPrefix,
  };
  [b, c] = await Promise.all([startApiProcess({ ...env, REDIS_URL }), startApiProcess(env)]);
}, 240_000);

afterAll(async () => {
  await Promise.all([b?.stop(), c?.stop()]);
  await a?.close();
});

const get = (replica: ApiProcess, path: string, token: string) => () =>
  fetch(`${replica.url}${path}`, { headers: { authorization: `Bearer ${token}` } });

/** Polls `probe` until it answers `status`; returns how long that took (ms), or -1 after `withinMs`. */
async function until(probe: () => Promise<{ status: number }>, status: number, withinMs: number): Promise<number> {
  const start = Date.now();
  while (Date.now() - start <= withinMs) {
    if ((await probe()).status === status) return Date.now() - start;
    await new Promise((r) => setTimeout(r, 10));
  }
  return -1;
}

describe('cache invalidation across replicas (REDIS_URL)', () => {
  it('a member removed on one replica is refused by the others at once, not after the cache TTL', async () => {
    const api = new ApiClient(a);
    const admin = await api.adminToken();
    const user = await api.createUser(admin, 'member');
    const appId = await api.createApp(admin);
    await api.addMember(admin, appId, user.email, 'editor');
    const onB = get(b, `/api/apps/${appId}`, user.token);
    const onC = get(c, `/api/apps/${appId}`, user.token);
    // B and C cache the membership.
    expect((await onB()).status).toBe(200);
    expect((await onC()).status).toBe(200);

    await a
      .http()
      .delete(`/api/apps/${appId}/members/${user.id}`)
      .set(...auth(admin))
      .expect(204);
    // C (no Redis) still answers from its cache right after: that is the window the bus closes.
    expect((await onC()).status).toBe(200);
    const tookMs = await until(onB, 404, 1_000);
    expect(tookMs).toBeGreaterThanOrEqual(0);
    expect(tookMs).toBeLessThan(AccessCache.MEMBERSHIP_TTL_MS);
  });

  it('a logout on one replica ends the session on the others at once', async () => {
    const api = new ApiClient(a);
    const admin = await api.adminToken();
    const user = await api.createUser(admin, 'sessions');
    const onB = get(b, '/api/me', user.token);
    const onC = get(c, '/api/me', user.token);
    expect((await onB()).status).toBe(200);
    expect((await onC()).status).toBe(200);

    await a
      .http()
      .post('/api/auth/logout')
      .set(...auth(user.token))
      .expect(204);
    expect((await onC()).status).toBe(200);
    const tookMs = await until(onB, 401, 2_000);
    expect(tookMs).toBeGreaterThanOrEqual(0);
    expect(tookMs).toBeLessThan(AccessCache.SESSION_TTL_MS);
    // C catches up once its TTL has passed.
    expect(await until(onC, 401, AccessCache.SESSION_TTL_MS + 1_000)).toBeGreaterThanOrEqual(0);
  });
});

describe('installations sharing one Redis server (PATCHBAY_REDIS_PREFIX)', () => {
  it('hear only their own invalidations', async () => {
    const bus = (prefix: string) => new CacheBus({ redisUrl: REDIS_URL, redisPrefix: prefix } as AppConfig);
    const [first, firstReplica, other] = [bus('pbtest-bus-one'), bus('pbtest-bus-one'), bus('pbtest-bus-two')];
    const heard: Record<string, CacheEvent[]> = { firstReplica: [], other: [] };
    firstReplica.on((e) => heard['firstReplica'].push(e));
    other.on((e) => heard['other'].push(e));
    try {
      await Promise.all([first, firstReplica, other].map((b) => b.onModuleInit()));
      first.publish({ kind: 'app', appId: 'shared-redis' });
      const deadline = Date.now() + 2_000;
      while (heard['firstReplica'].length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      expect(heard['firstReplica']).toEqual([{ kind: 'app', appId: 'shared-redis' }]);
      // A message on the other installation's channel would have arrived by now, like the one above.
      await new Promise((r) => setTimeout(r, 200));
      expect(heard['other']).toEqual([]);
    } finally {
      await Promise.all([first, firstReplica, other].map((b) => b.onApplicationShutdown()));
    }
  });
});
