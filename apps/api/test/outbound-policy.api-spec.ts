import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { CustomIntegration } from '../src/modules/integrations/entities/custom-integration.entity';
import { ApiClient, auth, type TestUser } from './support/api-client';
import { startTestApp, type TestApp } from './support/test-app';

// The outbound destination policy as custom integrations meet it (issue #17, SSRF): internal destinations are
// refused when an integration is saved and again when a request is sent (after DNS, at the connected address), the
// admin allow-list lets a named internal API through, answers are read under a byte cap, and the credential never
// reaches a refused host nor comes back to the editor in an encoded form.
//
// Two local servers: `internal` is an internal API the admin allowed (PATCHBAY_OUTBOUND_ALLOW names its port);
// `victim` stands for everything internal that must stay out of reach (same address, port not allowed) and counts
// every request it receives: it must see none.

let internal: Server;
let victim: Server;
let internalPort = 0;
let victimPort = 0;
let closedPort = 0;
const victimHits: Array<{ url: string; authorization?: string; key?: string }> = [];
const SLASHED_SECRET = 'tok/abc+def=ghi/jkl';

function internalApi(req: IncomingMessage, res: ServerResponse): void {
  const url = req.url ?? '';
  if (url.startsWith('/v1/to-victim')) {
    res.writeHead(302, { location: `http://127.0.0.1:${victimPort}/stolen` });
    return void res.end();
  }
  if (url.startsWith('/v1/to-metadata')) {
    res.writeHead(307, { location: 'http://169.254.169.254/latest/meta-data/iam/security-credentials/' });
    return void res.end();
  }
  if (url.startsWith('/v1/zeros')) {
    // 200 MB of zeros without a Content-Length: only reading it would tell how big it is.
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    const chunk = Buffer.alloc(64 * 1024);
    let left = 200 * 1024 * 1024;
    const pump = (): void => {
      while (left > 0) {
        left -= chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    res.on('close', () => (left = 0));
    return pump();
  }
  if (url.startsWith('/v1/leak-json')) {
    // An API that echoes the credential back in other spellings: JSON-escaped slashes, \u escapes, URL-encoded.
    const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    const escaped = JSON.stringify(token).slice(1, -1).replace(/\//g, '\\/');
    const unicode = [...token].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
    const body = `{"escaped":"${escaped}","unicode":"${unicode}","encoded":"${encodeURIComponent(token)}","lower":"${encodeURIComponent(token).toLowerCase()}","form":"${new URLSearchParams({ t: token }).toString()}","twice":"${encodeURIComponent(encodeURIComponent(token))}","${escaped}":1}`;
    res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': encodeURIComponent(token) });
    return void res.end(body);
  }
  if (url.startsWith('/v1/leak-text')) {
    res.writeHead(200, { 'content-type': 'text/plain' });
    return void res.end(`you sent ${encodeURIComponent((req.headers.authorization ?? '').replace(/^Bearer /, ''))}`);
  }
  if (url.startsWith('/v1/slow')) return void setTimeout(() => res.end('late'), 5_000).unref();
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ reached: 'internal', path: url }));
}

async function listen(s: Server): Promise<number> {
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return (s.address() as AddressInfo).port;
}

let t: TestApp;
let api: ApiClient;
let owner: string;
let editor: TestUser;
let appId: string;

beforeAll(async () => {
  internal = createServer(internalApi);
  victim = createServer((req, res) => {
    victimHits.push({ url: req.url ?? '', authorization: req.headers.authorization, key: req.headers['x-api-key'] as string | undefined });
    res.end('{"metadata":"credentials"}');
  });
  internalPort = await listen(internal);
  victimPort = await listen(victim);
  const closed = createServer();
  closedPort = await listen(closed);
  await new Promise<void>((r) => closed.close(() => r()));
  t = await startTestApp({
    env: {
      PATCHBAY_OUTBOUND_ALLOW: `127.0.0.1:${internalPort}, localhost:${internalPort}, 127.0.0.1:${closedPort}`,
      PATCHBAY_PROVIDER_TIMEOUT_MS: '1500',
    },
  });
  api = new ApiClient(t);
  owner = await api.adminToken();
  editor = await api.createUser(owner, 'editor');
  appId = await api.createApp(owner);
  await api.addMember(owner, appId, editor.email, 'editor');
});

afterAll(async () => {
  await t?.close();
  for (const s of [internal, victim]) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

function create(baseUrl: string, authBody: object = { type: 'bearer', token: 'tok-must-stay-home' }) {
  return t
    .http()
    .post(`/api/apps/${appId}/integrations`)
    .set(...auth(editor.token))
    .send({ name: 'Internal', baseUrl, auth: authBody });
}

function send(id: string, path: string, extra: object = {}) {
  return t
    .http()
    .post(`/api/apps/${appId}/integrations/${id}/request`)
    .set(...auth(editor.token))
    .send({ method: 'GET', path, ...extra });
}

/** An integration whose stored base URL is changed behind the API's back (what a DNS change does to a saved name). */
async function storedAt(baseUrl: string, authBody?: object): Promise<string> {
  const created = await create(`http://127.0.0.1:${internalPort}/v1`, authBody);
  expect(created.status).toBe(201);
  await t.app.get(DataSource).getRepository(CustomIntegration).update({ id: created.body.id }, { baseUrl });
  return created.body.id as string;
}

const INTERNAL_SPELLINGS: Array<[string, RegExp]> = [
  ['http://127.0.0.1:{victim}/x', /loopback/],
  ['http://127.1:{victim}/x', /loopback/],
  ['http://0x7f000001:{victim}/x', /loopback/],
  ['http://2130706433:{victim}/x', /loopback/],
  ['http://0177.0.0.1:{victim}/x', /loopback/],
  ['http://[::1]:{victim}/x', /loopback/],
  ['http://[::ffff:127.0.0.1]:{victim}/x', /loopback/],
  ['http://[::ffff:7f00:1]:{victim}/x', /loopback/],
  ['http://10.0.0.8/x', /RFC 1918/],
  ['http://172.20.1.1/x', /RFC 1918/],
  ['http://192.168.0.10/x', /RFC 1918/],
  ['http://100.64.0.1/x', /CGNAT/],
  ['http://169.254.169.254/latest/meta-data', /link-local/],
  ['http://[fe80::1]/x', /link-local/],
  ['http://[fc00::1]/x', /unique-local/],
  ['http://[fd00:ec2::254]/latest/meta-data', /unique-local/],
  ['http://224.0.0.1/x', /multicast/],
  ['http://[ff02::1]/x', /multicast/],
  ['http://0.0.0.0:{victim}/x', /unspecified/],
  ['http://[::]:{victim}/x', /unspecified/],
  ['http://metadata.google.internal/computeMetadata/v1/', /metadata/],
  ['http://localhost:{victim}/x', /localhost \((127\.0\.0\.1|::1)\) is in loopback/],
];
const spell = (u: string) => u.replace('{victim}', String(victimPort));

describe('outbound destination policy (custom integrations)', () => {
  beforeEach(() => (victimHits.length = 0));

  it.each(INTERNAL_SPELLINGS)('refuses %s when the integration is saved, naming the rule', async (url, rule) => {
    const res = await create(spell(url));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('destination_not_allowed');
    expect(res.body.error.message).toMatch(rule);
    expect(res.body.error.message).toContain('PATCHBAY_OUTBOUND_ALLOW');
  });

  it('refuses an internal base URL on update too', async () => {
    const id = (await create(`http://127.0.0.1:${internalPort}/v1`)).body.id;
    const res = await t
      .http()
      .patch(`/api/apps/${appId}/integrations/${id}`)
      .set(...auth(editor.token))
      .send({ baseUrl: `http://[::ffff:7f00:1]:${victimPort}`, auth: { type: 'bearer', token: 'tok-2' } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('destination_not_allowed');
  });

  it.each(INTERNAL_SPELLINGS.filter(([u]) => u.includes('{victim}')))(
    'refuses %s again at send time (stored behind the check); the credential never reaches it',
    async (url) => {
      const id = await storedAt(spell(url).replace(/\/x$/, ''), { type: 'api_key', value: 'key-must-stay-home' });
      const res = await send(id, '/x');
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('destination_not_allowed');
      expect(victimHits).toEqual([]);
    },
  );

  it('checks what a name resolves to at send time: localhost on a port the allow-list does not name is refused', async () => {
    // The allow-list names localhost:<internal>; the same name on another port resolves to the same loopback address.
    const id = await storedAt(`http://localhost:${victimPort}`);
    const res = await send(id, '/anything');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('destination_not_allowed');
    expect(res.body.error.message).toMatch(/localhost \((127\.0\.0\.1|::1)\) is in loopback/);
    expect(victimHits).toEqual([]);
  });

  it('lets the allow-list through: an internal API named by address:port or by name:port', async () => {
    for (const baseUrl of [`http://127.0.0.1:${internalPort}/v1`, `http://localhost:${internalPort}/v1`]) {
      const created = await create(baseUrl);
      expect(created.status).toBe(201);
      const res = await send(created.body.id, '/things');
      expect(res.status).toBe(200);
      expect(res.body.data).toEqual({ reached: 'internal', path: '/v1/things' });
    }
  });

  it('does not follow redirects: one to a private address or to the metadata service is handed back, not fetched', async () => {
    const id = (await create(`http://127.0.0.1:${internalPort}/v1`)).body.id;
    const toVictim = await send(id, '/to-victim');
    expect(toVictim.status).toBe(200);
    expect(toVictim.body).toMatchObject({ status: 302, headers: { location: `http://127.0.0.1:${victimPort}/stolen` } });
    const toMetadata = await send(id, '/to-metadata');
    expect(toMetadata.body.status).toBe(307);
    expect(victimHits).toEqual([]);
  });

  it('refuses a 200 MB answer at the byte cap without holding it in memory', async () => {
    const id = (await create(`http://127.0.0.1:${internalPort}/v1`)).body.id;
    const before = process.memoryUsage().rss;
    const res = await send(id, '/zeros');
    expect(res.status).toBe(502);
    expect(res.body.error.code).toBe('response_too_large');
    expect(res.body.error.message).toContain(`larger than ${10 * 1024 * 1024} bytes`);
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024);
  });

  it('refuses user-info in a base URL as a field error', async () => {
    for (const baseUrl of [`http://user:pass@127.0.0.1:${internalPort}/v1`, 'https://token@api.example.com/']) {
      const res = await create(baseUrl);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      expect(res.body.error.details).toEqual([{ field: 'baseUrl', errors: [expect.stringContaining('user-info')] }]);
    }
  });

  it('refuses credentials and header values with control characters', async () => {
    const base = `http://127.0.0.1:${internalPort}/v1`;
    const cases: Array<[object, string]> = [
      [{ type: 'bearer', token: 'tok\r\nX-Injected: 1' }, 'auth.token'],
      [{ type: 'api_key', value: 'key\u0000tail' }, 'auth.value'],
      [{ type: 'basic', username: 'svc\n', password: 'pw-123456' }, 'auth.username'],
      [{ type: 'basic', username: 'svc', password: 'pw\r123456' }, 'auth.password'],
    ];
    for (const [authBody, field] of cases) {
      const res = await create(base, authBody);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      // (NUL is refused in any string field by the body parser, with its own message.)
      expect(res.body.error.details).toEqual([{ field, errors: [expect.stringMatching(/control characters|NUL/)] }]);
    }
    const id = (await create(base)).body.id;
    const res = await send(id, '/x', { headers: { 'X-Trace': 'a\r\nX-Injected: 1' } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_header');
  });

  it('scrubs a credential echoed back URL-encoded, form-encoded, JSON-escaped or \\u-escaped from data and headers', async () => {
    const id = (await create(`http://127.0.0.1:${internalPort}/v1`, { type: 'bearer', token: SLASHED_SECRET })).body.id;
    const res = await send(id, '/leak-json');
    expect(res.status).toBe(200);
    const out = JSON.stringify(res.body);
    for (const form of [SLASHED_SECRET, encodeURIComponent(SLASHED_SECRET), encodeURIComponent(SLASHED_SECRET).toLowerCase(), 'tok\\/abc']) {
      expect(out).not.toContain(form);
    }
    expect(res.body.data).toMatchObject({
      escaped: '[redacted]',
      unicode: '[redacted]',
      encoded: '[redacted]',
      lower: '[redacted]',
      form: 't=[redacted]',
      twice: '[redacted]',
      '[redacted]': 1,
    });
    expect(res.body.headers['x-request-id']).toBe('[redacted]');
    const text = await send(id, '/leak-text');
    expect(text.body.data).toBe('you sent [redacted]');
  });

  it('names the real cause of a failed send: refused connection, DNS, TLS, timeout', async () => {
    const refused = await send((await create(`http://127.0.0.1:${closedPort}`)).body.id, '/x');
    expect([refused.status, refused.body.error.code]).toEqual([502, 'integration_connection_refused']);
    // .invalid never resolves (RFC 6761): saving passes (nothing to check yet), sending says why it failed.
    const dns = await send((await create('http://no-such-host.invalid/v1')).body.id, '/x');
    expect([dns.status, dns.body.error.code]).toEqual([502, 'integration_dns_failed']);
    expect(dns.body.error.message).toContain('no-such-host.invalid');
    const tls = await send((await create(`https://127.0.0.1:${internalPort}/v1`)).body.id, '/x');
    expect([tls.status, tls.body.error.code]).toEqual([502, 'integration_tls_failed']);
    const slow = await send((await create(`http://127.0.0.1:${internalPort}/v1`)).body.id, '/slow');
    expect([slow.status, slow.body.error.code]).toEqual([504, 'integration_timeout']);
    expect(victimHits).toEqual([]);
  });
});
