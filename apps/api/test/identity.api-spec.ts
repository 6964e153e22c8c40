import { AccessCache } from '../src/platform/cache/session-membership-cache';
import { DataSource } from 'typeorm';
import { Session } from '../src/modules/identity/entities/session.entity';
import { sha256Hex } from '../src/platform/crypto/opaque-token';
import { ApiClient, auth, uniqueEmail } from './support/api-client';
import { startTestApp, TestApp } from './support/test-app';

describe('identity: login, logout, me, users', () => {
  let t: TestApp;
  let api: ApiClient;
  let adminToken: string;

  beforeAll(async () => {
    t = await startTestApp();
    api = new ApiClient(t);
    adminToken = await api.adminToken();
  });
  afterAll(() => t.close());

  it('logs the first admin in with an opaque pbs_ token', async () => {
    const res = await t.http().post('/api/auth/login').send({ email: t.admin.email, password: t.admin.password }).expect(200);
    expect(res.body.token).toMatch(/^pbs_[A-Za-z0-9_-]{43}$/);
    expect(res.body.user).toMatchObject({ email: t.admin.email, role: 'admin' });
    expect(Object.keys(res.body.user).sort()).toEqual(['createdAt', 'disabled', 'email', 'id', 'name', 'role']);
    expect(new Date(res.body.expiresAt).getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);
  });

  it('accepts the email in any case', async () => {
    await t.http().post('/api/auth/login').send({ email: t.admin.email.toUpperCase(), password: t.admin.password }).expect(200);
  });

  it('answers an unknown email and a wrong password identically', async () => {
    const unknown = await t.http().post('/api/auth/login').send({ email: 'nobody@example.test', password: 'whatever123' }).expect(401);
    const wrong = await t.http().post('/api/auth/login').send({ email: t.admin.email, password: 'wrong-password' }).expect(401);
    expect(unknown.body).toEqual({ error: { code: 'invalid_credentials', message: 'Invalid email or password' } });
    expect(wrong.body).toEqual(unknown.body);
  });

  it('validates the login body before trying credentials', async () => {
    const res = await t.http().post('/api/auth/login').send({ email: 'a@b.co' }).expect(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toEqual(['password']);
    await t.http().post('/api/auth/login').send({ email: 'a@b.co', password: 'x', extra: 1 }).expect(400);
  });

  it('GET /api/me returns the caller', async () => {
    const res = await t
      .http()
      .get('/api/me')
      .set(...auth(adminToken))
      .expect(200);
    expect(res.body).toMatchObject({ email: t.admin.email, name: 'Admin', role: 'admin' });
    expect(res.body.passwordHash).toBeUndefined();
  });

  it('rejects missing, malformed and unknown tokens with 401 unauthorized', async () => {
    for (const header of [undefined, 'Bearer', 'Bearer pbs_nope', 'Bearer pbk_nope', 'Bearer something', 'Basic YTpi']) {
      const req = t.http().get('/api/me');
      if (header) req.set('Authorization', header);
      const res = await req.expect(401);
      expect(res.body).toEqual({ error: { code: 'unauthorized', message: 'Authentication required' } });
    }
  });

  it('logout revokes exactly the presented token', async () => {
    const a = await api.adminToken();
    const b = await api.adminToken();
    await t
      .http()
      .post('/api/auth/logout')
      .set(...auth(a))
      .expect(204);
    await t
      .http()
      .get('/api/me')
      .set(...auth(a))
      .expect(401);
    await t
      .http()
      .post('/api/auth/logout')
      .set(...auth(a))
      .expect(401);
    await t
      .http()
      .get('/api/me')
      .set(...auth(b))
      .expect(200);
  });

  it('admins create and list users; emails are unique and lower-cased', async () => {
    const email = uniqueEmail('Dev').replace('dev', 'DeV');
    const created = await t
      .http()
      .post('/api/users')
      .set(...auth(adminToken))
      .send({ email, password: 'longenough' })
      .expect(201);
    expect(created.body).toMatchObject({ email: email.toLowerCase(), role: 'user', name: email.toLowerCase().split('@')[0] });
    expect(created.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.body.password).toBeUndefined();
    expect(created.body.passwordHash).toBeUndefined();

    const dup = await t
      .http()
      .post('/api/users')
      .set(...auth(adminToken))
      .send({ email: email.toUpperCase(), password: 'longenough' })
      .expect(409);
    expect(dup.body.error.code).toBe('email_taken');

    const list = await t
      .http()
      .get('/api/users')
      .set(...auth(adminToken))
      .expect(200);
    expect(list.body.map((u: { email: string }) => u.email)).toEqual(expect.arrayContaining([t.admin.email, email.toLowerCase()]));

    // The new user can log in and is not an admin.
    const token = await api.login(email, 'longenough');
    const forbidden = await t
      .http()
      .get('/api/users')
      .set(...auth(token))
      .expect(403);
    expect(forbidden.body.error.code).toBe('forbidden');
  });

  it('admins can create other admins', async () => {
    const email = uniqueEmail('admin2');
    await t
      .http()
      .post('/api/users')
      .set(...auth(adminToken))
      .send({ email, password: 'longenough', role: 'admin' })
      .expect(201);
    const token = await api.login(email, 'longenough');
    await t
      .http()
      .get('/api/users')
      .set(...auth(token))
      .expect(200);
  });

  it('validates new users', async () => {
    const res = await t
      .http()
      .post('/api/users')
      .set(...auth(adminToken))
      .send({ email: 'not-an-email', password: 'short', role: 'root' })
      .expect(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['email', 'password', 'role']);
  });
});

// Each block starts its own app: passport strategies are process-wide, so two apps must not be alive at once.
describe('identity: login timing', () => {
  let strong: TestApp;
  // Strong hashing makes the difference measurable: without the dummy hash an unknown email answers in ~1 ms.
  beforeAll(async () => {
    strong = await startTestApp({ env: { PATCHBAY_ARGON2_MEMORY_KIB: '32768', PATCHBAY_ARGON2_TIME_COST: '2' } });
  });
  afterAll(() => strong.close());

  it('spends comparable time on unknown emails and wrong passwords (both verify one argon2 hash)', async () => {
    const time = async (email: string): Promise<number> => {
      const start = process.hrtime.bigint();
      await strong.http().post('/api/auth/login').send({ email, password: 'wrong-password' }).expect(401);
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    const median = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const unknown: number[] = [];
    const wrong: number[] = [];
    for (let i = 0; i < 5; i++) {
      unknown.push(await time('nobody@example.test'));
      wrong.push(await time(strong.admin.email));
    }
    const [u, w] = [median(unknown), median(wrong)];
    expect(u).toBeGreaterThan(w * 0.4);
    expect(u).toBeLessThan(w * 2.5);
  });
});

describe('identity: session expiry', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refuses a session once it has expired', async () => {
    const token = await new ApiClient(t).adminToken();
    await t
      .http()
      .get('/api/me')
      .set(...auth(token))
      .expect(200);
    await t.app
      .get(DataSource)
      .getRepository(Session)
      .update({ tokenHash: sha256Hex(token) }, { expiresAt: new Date(Date.now() - 1000) });
    // The hot-path session cache keeps a principal for a few seconds (expiry by the clock is checked on every
    // request); a change made behind the API's back, like this one, is seen once the entry is gone.
    t.app.get(AccessCache).sessions.clear();
    const res = await t
      .http()
      .get('/api/me')
      .set(...auth(token))
      .expect(401);
    expect(res.body.error.code).toBe('unauthorized');
  });
});
