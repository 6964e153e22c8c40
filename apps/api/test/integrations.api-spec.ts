import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { ApiClient, auth, type TestUser } from './support/api-client';
import { startTestApp, type TestApp } from './support/test-app';

// Custom integrations: an API-key/bearer/basic credential bound to one base URL. The "other API" is a local HTTP
// server that records what it receives (it is the thing under Patchbay's control here, not a provider).
interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}
let upstream: Server;
let other: Server;
let base: string;
let otherBase: string;
const seen: Seen[] = [];
const otherSeen: Seen[] = [];

function recorder(into: Seen[]) {
  return (req: IncomingMessage, res: import('node:http').ServerResponse) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      into.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      if (req.url?.startsWith('/v2/redirect')) {
        res.writeHead(302, { location: `${otherBase}/steal` });
        return res.end();
      }
      if (req.url?.startsWith('/v2/echo')) {
        res.writeHead(200, { 'content-type': 'application/json', 'set-cookie': 'session=upstream' });
        return res.end(JSON.stringify({ youSent: { headers: req.headers, url: req.url } }));
      }
      res.writeHead(201, { 'content-type': 'application/json', 'x-request-id': 'r-1' });
      res.end(JSON.stringify({ ok: true, path: req.url }));
    });
  };
}

let t: TestApp;
let api: ApiClient;
let owner: string;
let editor: TestUser;
let viewer: TestUser;

beforeAll(async () => {
  upstream = createServer(recorder(seen));
  other = createServer(recorder(otherSeen));
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
  await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/v2`;
  otherBase = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  // Both local servers are internal addresses: the destination policy refuses them unless the admin allow-list names
  // them (outbound-policy.api-spec.ts covers the refusals).
  t = await startTestApp({ env: { PATCHBAY_OUTBOUND_ALLOW: `${base.slice(7).split('/')[0]},${otherBase.slice(7)}` } });
  api = new ApiClient(t);
  owner = await api.adminToken();
  editor = await api.createUser(owner, 'editor');
  viewer = await api.createUser(owner, 'viewer');
});

afterAll(async () => {
  await t?.close();
  await new Promise((r) => upstream.close(r));
  await new Promise((r) => other.close(r));
});

async function newApp(): Promise<string> {
  const appId = await api.createApp(owner);
  await api.addMember(owner, appId, editor.email, 'editor');
  await api.addMember(owner, appId, viewer.email, 'viewer');
  return appId;
}

async function create(appId: string, authBody: object, token = editor.token) {
  return t
    .http()
    .post(`/api/apps/${appId}/integrations`)
    .set(...auth(token))
    .send({ name: 'Billing', baseUrl: base, auth: authBody });
}

describe('custom integrations', () => {
  it.each([
    [
      'api_key in a header',
      { type: 'api_key', name: 'X-Billing-Key', value: 'key-123456' },
      (s: Seen) => s.headers['x-billing-key'] === 'key-123456',
    ],
    ['api_key in the query', { type: 'api_key', in: 'query', name: 'apikey', value: 'key-654321' }, (s: Seen) => s.url.includes('apikey=key-654321')],
    ['bearer', { type: 'bearer', token: 'tok-abcdef' }, (s: Seen) => s.headers['authorization'] === 'Bearer tok-abcdef'],
    [
      'basic',
      { type: 'basic', username: 'svc', password: 'pw-zyxwvu' },
      (s: Seen) => s.headers['authorization'] === `Basic ${Buffer.from('svc:pw-zyxwvu').toString('base64')}`,
    ],
  ])('%s: injects the credential, forwards the request, never returns the secret', async (_label, authBody, carried) => {
    const appId = await newApp();
    const created = await create(appId, authBody);
    expect(created.status).toBe(201);
    const secret =
      (authBody as Record<string, string>)['value'] ??
      (authBody as Record<string, string>)['token'] ??
      (authBody as Record<string, string>)['password'];
    expect(JSON.stringify(created.body)).not.toContain(secret);
    expect(created.body.auth).toMatchObject({ type: (authBody as { type: string }).type, secretSet: true });

    seen.length = 0;
    const res = await t
      .http()
      .post(`/api/apps/${appId}/integrations/${created.body.id}/request`)
      .set(...auth(editor.token))
      .send({
        method: 'POST',
        path: '/invoices',
        query: { status: 'open', tag: ['a', 'b'] },
        headers: { 'X-Trace': 'abc', Authorization: 'Bearer attacker' },
        body: { amount: 42 },
      });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 201, data: { ok: true }, headers: { 'content-type': 'application/json', 'x-request-id': 'r-1' } });
    expect(seen).toHaveLength(1);
    expect(seen[0].method).toBe('POST');
    expect(seen[0].url.startsWith('/v2/invoices?status=open&tag=a&tag=b')).toBe(true);
    expect(seen[0].headers['x-trace']).toBe('abc');
    expect(carried(seen[0])).toBe(true);
    expect(seen[0].headers['authorization'] ?? '').not.toBe('Bearer attacker');
    expect(JSON.parse(seen[0].body)).toEqual({ amount: 42 });

    const listed = await t
      .http()
      .get(`/api/apps/${appId}/integrations`)
      .set(...auth(viewer.token))
      .expect(200);
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    const raw = JSON.stringify(await t.app.get(DataSource).query('SELECT * FROM custom_integrations'));
    expect(raw).not.toContain(secret);
  });

  it('cannot send the credential anywhere but the base URL', async () => {
    const appId = await newApp();
    const id = (await create(appId, { type: 'bearer', token: 'tok-keep-me-home' })).body.id;
    const send = (path: string) =>
      t
        .http()
        .post(`/api/apps/${appId}/integrations/${id}/request`)
        .set(...auth(editor.token))
        .send({ method: 'GET', path });
    for (const path of ['//evil.example/x', '/../admin', '/%2e%2e/admin', '/a/../../x', '/\\evil.example', `/@${otherBase.slice(7)}/x`]) {
      const res = await send(path);
      if (res.status === 200) {
        // Only acceptable if it stayed on the upstream host, under /v2.
        expect(seen[seen.length - 1].url.startsWith('/v2/')).toBe(true);
      } else {
        expect(res.status).toBe(400);
        expect(res.body.error.code).toMatch(/path_outside_base_url|validation_failed/);
      }
    }
    expect((await send('http://evil.example/x')).status).toBe(400);
    // A redirect is handed back, not followed: the other host never sees the credential.
    otherSeen.length = 0;
    const redirected = await send('/redirect');
    expect(redirected.body).toMatchObject({ status: 302, headers: { location: `${otherBase}/steal` } });
    expect(otherSeen).toHaveLength(0);
  });

  it('scrubs the secret from an API that echoes requests back, and passes no cookies', async () => {
    const appId = await newApp();
    const id = (await create(appId, { type: 'api_key', name: 'X-Key', value: 'echo-secret-987' })).body.id;
    const res = await t
      .http()
      .post(`/api/apps/${appId}/integrations/${id}/request`)
      .set(...auth(editor.token))
      .send({ method: 'GET', path: '/echo' })
      .expect(200);
    expect(JSON.stringify(res.body)).not.toContain('echo-secret-987');
    expect(res.body.data.youSent.headers['x-key']).toBe('[redacted]');
    expect(res.body.headers['set-cookie']).toBeUndefined();
  });

  it('updates, requires the credential again to move hosts, deletes, and enforces roles', async () => {
    const appId = await newApp();
    const id = (await create(appId, { type: 'bearer', token: 'tok-1' })).body.id;
    await create(appId, { type: 'bearer', token: 'x' }, viewer.token).then((r) => expect(r.status).toBe(403));
    await t
      .http()
      .post(`/api/apps/${appId}/integrations/${id}/request`)
      .set(...auth(viewer.token))
      .send({ method: 'GET', path: '/x' })
      .expect(403);
    const renamed = await t
      .http()
      .patch(`/api/apps/${appId}/integrations/${id}`)
      .set(...auth(editor.token))
      .send({ name: 'Billing v2' })
      .expect(200);
    expect(renamed.body.name).toBe('Billing v2');
    const moved = await t
      .http()
      .patch(`/api/apps/${appId}/integrations/${id}`)
      .set(...auth(editor.token))
      .send({ baseUrl: otherBase });
    expect(moved.status).toBe(400);
    expect(moved.body.error.code).toBe('invalid_auth');
    await t
      .http()
      .patch(`/api/apps/${appId}/integrations/${id}`)
      .set(...auth(editor.token))
      .send({ baseUrl: otherBase, auth: { type: 'bearer', token: 'tok-2' } })
      .expect(200);
    await t
      .http()
      .delete(`/api/apps/${appId}/integrations/${id}`)
      .set(...auth(viewer.token))
      .expect(403);
    await t
      .http()
      .delete(`/api/apps/${appId}/integrations/${id}`)
      .set(...auth(editor.token))
      .expect(204);
    await t
      .http()
      .get(`/api/apps/${appId}/integrations/${id}`)
      .set(...auth(editor.token))
      .expect(404);
    await t
      .http()
      .get(`/api/apps/${appId}/integrations/not-a-uuid`)
      .set(...auth(editor.token))
      .expect(404);
    const key = await api.createApiKey(owner, appId);
    await t
      .http()
      .get(`/api/apps/${appId}/integrations`)
      .set(...auth(key.key))
      .expect(403);
    const audit = await t
      .http()
      .get(`/api/apps/${appId}/audit`)
      .set(...auth(editor.token))
      .expect(200);
    expect((audit.body as Array<{ action: string }>).map((e) => e.action)).toEqual(
      expect.arrayContaining(['integration.created', 'integration.updated', 'integration.deleted']),
    );
  });

  it('rejects malformed definitions with clear errors', async () => {
    const appId = await newApp();
    const bad = async (body: object) =>
      (
        await t
          .http()
          .post(`/api/apps/${appId}/integrations`)
          .set(...auth(editor.token))
          .send(body)
      ).body.error.code;
    expect(await bad({ name: 'x', baseUrl: 'ftp://x', auth: { type: 'bearer', token: 't' } })).toBe('validation_failed');
    expect(await bad({ name: 'x', baseUrl: base, auth: { type: 'magic' } })).toBe('validation_failed');
    expect(await bad({ name: 'x', baseUrl: base, auth: { type: 'bearer' } })).toBe('invalid_auth');
    expect(await bad({ name: 'x', baseUrl: base, auth: { type: 'basic', username: 'a' } })).toBe('invalid_auth');
    expect(await bad({ name: 'x', baseUrl: base })).toBe('validation_failed');
  });
});
