import { ApiClient, auth, uniqueEmail } from './support/api-client';
import { randomPassword, startTestApp, TestApp } from './support/test-app';

/**
 * Captures every log line of a run that handles passwords, session tokens and API keys in every way a client can
 * send them (headers, bodies, failed and malformed requests), then checks none of them was written.
 */
describe('log secrets', () => {
  let t: TestApp;
  const secrets: string[] = [];

  beforeAll(async () => {
    // The most verbose level: whatever could leak, would.
    t = await startTestApp({ env: { LOG_LEVEL: 'trace' } });
    secrets.push(t.admin.password);
  });
  afterAll(() => t.close());

  it('never writes a password, session token or API key', async () => {
    const api = new ApiClient(t);
    const adminToken = await api.adminToken();
    secrets.push(adminToken);

    const password = randomPassword();
    const email = uniqueEmail('logged');
    secrets.push(password);
    await t
      .http()
      .post('/api/users')
      .set(...auth(adminToken))
      .send({ email, password, name: 'Logged' })
      .expect(201);
    const userToken = await api.login(email, password);
    secrets.push(userToken);

    // Failures that carry secrets: wrong password, invalid body, malformed JSON, unknown token.
    const wrong = randomPassword();
    secrets.push(wrong);
    await t.http().post('/api/auth/login').send({ email, password: wrong }).expect(401);
    const shortPassword = 'Sh0rt!x';
    secrets.push(shortPassword);
    await t
      .http()
      .post('/api/users')
      .set(...auth(adminToken))
      .send({ email: 'x', password: shortPassword })
      .expect(400);
    const inBrokenJson = randomPassword();
    secrets.push(inBrokenJson);
    await t
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send(`{"email":"${email}","password":"${inBrokenJson}"`)
      .expect(400);
    const forged = 'pbs_' + 'A'.repeat(43);
    secrets.push(forged);
    await t
      .http()
      .get('/api/me')
      .set(...auth(forged))
      .expect(401);

    const appId = await api.createApp(userToken, 'Logged app');
    const key = await api.createApiKey(userToken, appId, 'logged key');
    secrets.push(key.key);
    await t
      .http()
      .get(`/api/apps/${appId}`)
      .set(...auth(key.key))
      .expect(403);
    await t.http().get('/api/me').set('Authorization', `Bearer ${key.key}`).set('Cookie', `session=${userToken}`).expect(403);
    // A secret smuggled into an ordinary field of a body is masked as well.
    await t
      .http()
      .patch(`/api/apps/${appId}`)
      .set(...auth(userToken))
      .send({ description: `ci uses ${key.key}` })
      .expect(200);
    // Custom-integration credentials of every kind, on create and on update; the API-key credential's field is
    // called `value`, which no name pattern catches — the DTO declares it sensitive.
    const integrationSecrets = {
      apiKey: `k-${randomPassword()}`,
      bearer: `b-${randomPassword()}`,
      basic: `p-${randomPassword()}`,
      rotated: `r-${randomPassword()}`,
    };
    secrets.push(...Object.values(integrationSecrets));
    const created = await t
      .http()
      .post(`/api/apps/${appId}/integrations`)
      .set(...auth(userToken))
      .send({ name: 'logged-api', baseUrl: 'https://api.example.com', auth: { type: 'api_key', value: integrationSecrets.apiKey } })
      .expect(201);
    await t
      .http()
      .post(`/api/apps/${appId}/integrations`)
      .set(...auth(userToken))
      .send({ name: 'logged-bearer', baseUrl: 'https://api.example.com', auth: { type: 'bearer', token: integrationSecrets.bearer } })
      .expect(201);
    await t
      .http()
      .post(`/api/apps/${appId}/integrations`)
      .set(...auth(userToken))
      .send({ name: 'logged-basic', baseUrl: 'https://api.example.com', auth: { type: 'basic', username: 'u', password: integrationSecrets.basic } })
      .expect(201);
    await t
      .http()
      .patch(`/api/apps/${appId}/integrations/${created.body.id}`)
      .set(...auth(userToken))
      .send({ auth: { type: 'api_key', value: integrationSecrets.rotated } })
      .expect(200);
    await t
      .http()
      .post('/api/auth/logout')
      .set(...auth(userToken))
      .expect(204);

    const logs = t.logs.text();
    // The capture really holds the request log (otherwise this test would pass vacuously).
    expect(logs).toContain('"url":"/api/auth/login"');
    expect(logs).toContain(`"url":"/api/users"`);
    expect(logs).toContain('[Redacted]');
    expect(t.logs.lines.length).toBeGreaterThan(15);
    for (const secret of secrets) {
      expect({ secret, found: logs.includes(secret) }).toEqual({ secret, found: false });
    }
  });
});
