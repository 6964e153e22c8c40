import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { generateEncryptionKey } from '../src/platform/crypto/token-cipher';
import { startApiProcess, type ApiProcess } from './support/api-process';
import type { Json } from './support/operation-call';
import { REPO_ROOT } from './support/sandbox-process';
import { createTestDatabase, type TestDatabase } from './support/test-database';

// Issue #18: a plain OpenAPI spec (no provider.yaml) for a standards-conformant OpenID Connect server must just work.
// The server is oidc-provider (certified) on loopback: PKCE required, one client_secret_basic and one
// client_secret_post client, refresh-token rotation with reuse detection, a TTL-second access token, revocation.
// Everything Patchbay learns about it comes from its discovery document. The API runs as its own process: jose (the
// id_token check) is ESM-only, which Node loads and Jest's CommonJS module system does not.
const TTL = 4;
const PUBLIC_URL = 'http://patchbay.test';
const admin = { email: 'admin@oidc.test', password: 'oidc-admin-password' };
const BASIC = 'oidc-basic';
const POST = 'oidc-post';

interface OidcServer {
  url: string;
  stop(): Promise<void>;
}

let oidc: OidcServer;
let api: ApiProcess;
let db: TestDatabase;
let specsDir: string;
let token: string;

function startOidc(): Promise<OidcServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    [join(__dirname, 'support/oidc-server.mjs'), JSON.stringify({ redirectUri: `${PUBLIC_URL}/api/oauth/callback`, accessTokenTtl: TTL })],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let err = '';
  child.stderr?.on('data', (d) => (err += d));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`oidc server exited (${code}): ${err}`)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).once('line', (line) => {
      resolve({
        url: (JSON.parse(line) as { url: string }).url,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
          }),
      });
    });
  });
}

/** A vendor's drop-in: OpenAPI only, the standard oauth2 scheme, userinfo as the one operation. */
function writeSpec(id: string, issuer: string): void {
  const dir = join(specsDir, id);
  mkdirSync(dir, { recursive: true });
  const doc = {
    openapi: '3.0.3',
    info: { title: `Loopback OpenID (${id})`, version: '1.0.0', description: 'A standards-conformant OpenID Connect server.' },
    servers: [{ url: issuer }],
    components: {
      securitySchemes: {
        oidc: {
          type: 'oauth2',
          flows: {
            authorizationCode: {
              authorizationUrl: `${issuer}/auth`,
              tokenUrl: `${issuer}/token`,
              scopes: { openid: 'Know who you are', email: 'See your email address', profile: 'See your name' },
            },
          },
        },
      },
    },
    paths: {
      '/me': {
        get: {
          operationId: 'userinfo.get',
          summary: 'Who is signed in',
          security: [{ oidc: ['openid', 'email'] }],
          responses: {
            '200': {
              description: 'The account',
              content: {
                'application/json': {
                  schema: { type: 'object', required: ['sub'], properties: { sub: { type: 'string' }, email: { type: 'string' } } },
                },
              },
            },
          },
        },
      },
    },
  };
  writeFileSync(join(dir, 'openapi.json'), JSON.stringify(doc, null, 2));
}

async function call(path: string, opts: { body?: unknown; method?: string; auth?: boolean } = {}) {
  const method = opts.method ?? (opts.body === undefined ? 'GET' : 'POST');
  const res = await fetch(api.url + path, {
    method,
    redirect: 'manual',
    headers: {
      ...(opts.auth === false ? {} : { authorization: `Bearer ${token}` }),
      ...(opts.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  const text = await res.text();
  const isJson = res.headers.get('content-type')?.includes('json') ?? false;
  return { status: res.status, json: (isJson && text ? JSON.parse(text) : undefined) as Record<string, Json>, headers: res.headers };
}

async function control<T = Record<string, Json>>(path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${oidc.url}/__test/${path}`, body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) });
  return (await res.json()) as T;
}

/**
 * The user's browser at the OpenID server: follows redirects with its cookies, signs in on the login form and
 * approves the consent form (oidc-provider's interaction pages), until the server redirects back to Patchbay.
 * Returns that callback URL.
 */
async function consentAt(authorizationUrl: string, login: string): Promise<URL> {
  const cookies = new Map<string, string>();
  let url = new URL(authorizationUrl);
  let init: RequestInit = {};
  for (let step = 0; step < 12; step++) {
    const cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie } });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      cookies.set(pair.slice(0, i), pair.slice(i + 1));
    }
    init = {};
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      const next = new URL(location, url);
      if (next.origin === PUBLIC_URL) return next;
      url = next;
      continue;
    }
    const html = await res.text();
    if (res.status !== 200) throw new Error(`the OpenID server answered ${res.status}: ${html.slice(0, 500)}`);
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`no form on the page: ${html.slice(0, 500)}`);
    url = new URL(action, url);
    // What the browser submits: the form's own (hidden) inputs, plus the user's login on the sign-in form.
    const fields: Record<string, string> = {};
    for (const m of html.matchAll(/<input[^>]*name="([^"]+)"[^>]*>/g)) fields[m[1]] = /value="([^"]*)"/.exec(m[0])?.[1] ?? '';
    if ('login' in fields) Object.assign(fields, { login, password: 'any' });
    init = { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() };
  }
  throw new Error('the consent did not come back to Patchbay');
}

/** The API's answer to the browser's callback: where it sends the user (the dashboard's completion page). */
async function callback(cb: URL): Promise<Record<string, string>> {
  const done = await call(cb.pathname + cb.search, { auth: false });
  expect(done.status).toBe(302);
  return Object.fromEntries(new URL(done.headers.get('location') as string).searchParams);
}

async function newApp(name: string): Promise<string> {
  const r = await call('/api/apps', { body: { name } });
  expect(r.status).toBe(201);
  return r.json['id'] as string;
}

async function authorize(appId: string, provider: string): Promise<URL> {
  // shareable: this test's callback request does not carry the authorize response's browser-binding cookie.
  const a = await call(`/api/apps/${appId}/connections/${provider}/authorize`, { body: { operations: ['userinfo.get'], shareable: true } });
  expect(a.status).toBe(200);
  return new URL(a.json['authorizationUrl'] as string);
}

async function connect(appId: string, provider: string, login: string): Promise<Record<string, string>> {
  return callback(await consentAt((await authorize(appId, provider)).toString(), login));
}

const operation = (appId: string, provider: string) =>
  call(`/api/apps/${appId}/connections/${provider}/operations/userinfo.get`, { body: { input: {} } });

const refreshes = async (clientId: string) => ((await control<{ refreshes: Record<string, number> }>('counters')).refreshes[clientId] ?? 0) as number;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  oidc = await startOidc();
  specsDir = mkdtempSync(join(tmpdir(), 'patchbay-oidc-specs-'));
  writeSpec(BASIC, oidc.url);
  writeSpec(POST, oidc.url);
  db = await createTestDatabase();
  api = await startApiProcess({
    ...db.env,
    NODE_ENV: 'test',
    PATCHBAY_SPECS_DIR: specsDir,
    PATCHBAY_PUBLIC_URL: PUBLIC_URL,
    // The OpenID server is on loopback, which outbound calls may only reach when allowed.
    PATCHBAY_OUTBOUND_ALLOW: '127.0.0.1',
    PATCHBAY_ENCRYPTION_KEY: generateEncryptionKey(),
    PATCHBAY_ADMIN_EMAIL: admin.email,
    PATCHBAY_ADMIN_PASSWORD: admin.password,
    PATCHBAY_ARGON2_MEMORY_KIB: '1024',
    PATCHBAY_ARGON2_TIME_COST: '1',
  });
  token = (await call('/api/auth/login', { body: admin, auth: false })).json['token'] as string;
  for (const [provider, clientId] of [
    [BASIC, 'basic-client'],
    [POST, 'post-client'],
  ]) {
    const r = await call(`/api/providers/${provider}/credentials`, { method: 'PUT', body: { clientId, clientSecret: `${clientId}-secret-value` } });
    expect(r.status).toBe(200);
  }
}, 240_000);

afterAll(async () => {
  await api?.stop();
  await oidc?.stop();
  await db?.drop();
  if (specsDir) rmSync(specsDir, { recursive: true, force: true });
});

describe('a drop-in OpenAPI spec against a real OpenID Connect server (oidc-provider)', () => {
  let appId: string;

  it('the authorize URL carries PKCE (S256) and an OpenID nonce', async () => {
    const url = await authorize(await newApp('authorize only'), BASIC);
    expect(url.origin + url.pathname).toBe(`${oidc.url}/auth`);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('nonce')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('scope')?.split(' ')).toEqual(expect.arrayContaining(['openid', 'email']));
  });

  it('connects a client_secret_basic client; the account comes from the verified id_token, without a userinfo call', async () => {
    appId = await newApp('basic');
    const userinfoBefore = (await control('counters'))['userinfo'] as number;
    const done = await connect(appId, BASIC, 'alice');
    expect(done).toMatchObject({ outcome: 'connected', provider: BASIC });
    expect((await control('counters'))['userinfo']).toBe(userinfoBefore);
    const view = await call(`/api/apps/${appId}/connections/${BASIC}`);
    expect(view.json).toMatchObject({ status: 'active', account: { id: 'alice', label: 'alice@oidc.test' } });
  });

  it('connects a client_secret_post client (the server advertises both; the one it takes is found)', async () => {
    const other = await newApp('post');
    expect(await connect(other, POST, 'bob')).toMatchObject({ outcome: 'connected', provider: POST });
    expect((await call(`/api/apps/${other}/connections/${POST}`)).json['account']).toEqual({ id: 'bob', label: 'bob@oidc.test' });
    const op = await operation(other, POST);
    expect(op.status).toBe(200);
  });

  it('runs an operation with the connection (userinfo as the resource)', async () => {
    const r = await operation(appId, BASIC);
    expect(r.status).toBe(200);
    expect(r.json['data']).toMatchObject({ sub: 'alice', email: 'alice@oidc.test' });
  });

  it(`a ${TTL} s access token is refreshed about once per lifetime, not on every call`, async () => {
    const before = await refreshes('basic-client');
    let calls = 0;
    const until = Date.now() + 2 * TTL * 1000;
    while (Date.now() < until) {
      const r = await operation(appId, BASIC);
      expect(r.status).toBe(200);
      calls++;
      await sleep(150);
    }
    const n = (await refreshes('basic-client')) - before;
    // Refreshed with a quarter of its life left: 2 × TTL of use takes 2 or 3 refreshes (each token lives ¾ TTL).
    expect(n).toBeGreaterThanOrEqual(2);
    expect(n).toBeLessThanOrEqual(3);
    expect(calls).toBeGreaterThan(4 * n);
  }, 30_000);

  it('50 concurrent calls after the token expired: all succeed with exactly one refresh (rotation would catch a second)', async () => {
    await sleep(TTL * 1000 + 300);
    const before = await refreshes('basic-client');
    const errorsBefore = (await control('counters'))['refreshErrors']['basic-client'] ?? 0;
    const results = await Promise.all(Array.from({ length: 50 }, () => operation(appId, BASIC)));
    expect(results.filter((r) => r.status !== 200).map((r) => `${r.status} ${JSON.stringify(r.json)}`)).toEqual([]);
    expect((await refreshes('basic-client')) - before).toBe(1);
    expect((await control('counters'))['refreshErrors']['basic-client'] ?? 0).toBe(errorsBefore);
  }, 30_000);

  it('a failing token endpoint keeps the connection: 429 → provider_rate_limited with Retry-After, 503, dropped → 502', async () => {
    await sleep(TTL * 1000 + 300);
    await control('faults', [{ status: 429, retryAfter: 7 }, { status: 503, retryAfter: 3 }, { status: 500 }, { drop: true }]);
    const limited = await operation(appId, BASIC);
    expect(limited.status).toBe(429);
    // The provider's Retry-After travels in the error (the operation route's own rate_limited carries it the same way).
    expect(limited.json['error']).toMatchObject({ code: 'provider_rate_limited', retryAfterSeconds: 7 });
    const down = await operation(appId, BASIC);
    expect(down.status).toBe(503);
    expect(down.json['error']).toMatchObject({ code: 'provider_unavailable', retryAfterSeconds: 3 });
    const broken = await operation(appId, BASIC);
    expect(broken.status).toBe(502);
    expect(broken.json['error']['code']).toBe('provider_unavailable');
    const dropped = await operation(appId, BASIC);
    expect(dropped.status).toBe(502);
    expect(dropped.json['error']['code']).toBe('provider_unavailable');
    expect(JSON.stringify([limited.json, down.json, broken.json, dropped.json])).not.toMatch(/secret|stack|at .*\.ts/i);
    expect((await call(`/api/apps/${appId}/connections/${BASIC}`)).json['status']).toBe('active');
    expect((await operation(appId, BASIC)).status).toBe(200);
  }, 30_000);

  it('a token endpoint that declines briefly (503, 429 with a short Retry-After) is retried within the call', async () => {
    await sleep(TTL * 1000 + 300);
    const before = await refreshes('basic-client');
    await control('faults', [{ status: 503 }, { status: 429, retryAfter: 1 }]);
    const ok = await operation(appId, BASIC);
    expect({ status: ok.status, body: ok.status === 200 ? undefined : ok.json }).toEqual({ status: 200, body: undefined });
    expect((await refreshes('basic-client')) - before).toBe(1);
  }, 30_000);

  it('RFC 9207: a callback whose iss names another server is refused', async () => {
    const other = await newApp('mix-up');
    const cb = await consentAt((await authorize(other, BASIC)).toString(), 'mallory');
    expect(cb.searchParams.get('iss')).toBe(oidc.url);
    cb.searchParams.set('iss', 'https://attacker.example');
    expect(await callback(cb)).toMatchObject({ outcome: 'error', code: 'token_exchange_failed' });
    expect((await call(`/api/apps/${other}/connections/${BASIC}`)).status).toBe(404);
  });

  it('disconnect revokes at the revocation endpoint the server advertises: the grant is gone at the server', async () => {
    const latest = await control<{ refreshToken: string }>('latest?client_id=basic-client');
    expect(latest.refreshToken).toBeTruthy();
    const basicAuth = `Basic ${Buffer.from('basic-client:basic-client-secret-value').toString('base64')}`;
    const introspect = async () =>
      (await (
        await fetch(`${oidc.url}/token/introspection`, {
          method: 'POST',
          headers: { authorization: basicAuth, 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ token: latest.refreshToken }),
        })
      ).json()) as { active: boolean };
    expect((await introspect()).active).toBe(true);
    const revocations = (await control('counters'))['revocations'] as number;

    expect((await call(`/api/apps/${appId}/connections/${BASIC}`, { method: 'DELETE' })).status).toBe(204);

    expect((await control('counters'))['revocations']).toBe(revocations + 1);
    expect((await introspect()).active).toBe(false);
    const refresh = await fetch(`${oidc.url}/token`, {
      method: 'POST',
      headers: { authorization: basicAuth, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: latest.refreshToken }),
    });
    expect(refresh.status).toBe(400);
    expect(((await refresh.json()) as { error: string }).error).toBe('invalid_grant');
  });
});
