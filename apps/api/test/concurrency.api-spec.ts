import { ApiClient, auth, TestUser } from './support/api-client';
import { startTestApp, TestApp } from './support/test-app';

/** Parallel writes must neither fail (SQLite has one connection) nor break the invariants they race on. */
describe('concurrent requests', () => {
  let t: TestApp;
  let api: ApiClient;
  let admin: string;
  let users: TestUser[];

  beforeAll(async () => {
    t = await startTestApp();
    api = new ApiClient(t);
    admin = await api.adminToken();
    users = [];
    for (let i = 0; i < 3; i++) users.push(await api.createUser(admin, `c${i}`));
  });
  afterAll(() => t.close());

  it('creates many apps in parallel', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t
          .http()
          .post('/api/apps')
          .set(...auth(admin))
          .send({ name: `P${i}` }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(201));
    const list = await t
      .http()
      .get('/api/apps')
      .set(...auth(admin))
      .expect(200);
    expect(list.body.filter((a: { name: string }) => /^P\d+$/.test(a.name))).toHaveLength(20);
  });

  it('adding the same member twice at once yields one 202 and two 409', async () => {
    const appId = await api.createApp(admin);
    const results = await Promise.all(
      [0, 1, 2].map(() =>
        t
          .http()
          .post(`/api/apps/${appId}/members`)
          .set(...auth(admin))
          .send({ email: users[0].email, role: 'viewer' }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([202, 409, 409]);
    for (const r of results.filter((x) => x.status === 409)) expect(r.body.error.code).toBe('member_exists');
  });

  it('creating the same user twice at once yields one 201 and one 409', async () => {
    const email = `race-${Date.now()}@example.test`;
    const results = await Promise.all(
      [0, 1].map(() =>
        t
          .http()
          .post('/api/users')
          .set(...auth(admin))
          .send({ email, password: 'longenough' }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.status === 409)?.body.error.code).toBe('email_taken');
  });

  it('two owners demoting each other at once cannot leave the app without an owner', async () => {
    const appId = await api.createApp(users[1].token);
    await api.addMember(users[1].token, appId, users[2].email, 'owner');
    const results = await Promise.all([
      t
        .http()
        .patch(`/api/apps/${appId}/members/${users[1].id}`)
        .set(...auth(users[2].token))
        .send({ role: 'viewer' }),
      t
        .http()
        .patch(`/api/apps/${appId}/members/${users[2].id}`)
        .set(...auth(users[1].token))
        .send({ role: 'viewer' }),
    ]);
    // One wins; the other finds itself the last owner (409) or already demoted by the time its role is checked (403).
    const statuses = results.map((r) => r.status).sort();
    expect(statuses[0]).toBe(200);
    expect([403, 409]).toContain(statuses[1]);
    const members = await t
      .http()
      .get(`/api/apps/${appId}/members`)
      .set(...auth(admin))
      .expect(200);
    expect(members.body.filter((m: { role: string }) => m.role === 'owner').length).toBeGreaterThanOrEqual(1);
  });
});
