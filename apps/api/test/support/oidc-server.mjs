// A real, certified OpenID Connect server (oidc-provider) on 127.0.0.1, for tests that must meet standard server
// behaviour rather than the sandbox's: discovery metadata, PKCE required, client_secret_basic and client_secret_post
// clients, refresh-token rotation with reuse detection, a short access-token lifetime, revocation and introspection.
// oidc-provider is ESM-only and Jest runs CommonJS, so the test runs this file as a child process.
//
// Usage: node oidc-server.mjs '<json>' with {redirectUri, accessTokenTtl}. Prints one line `{"url": …}` when listening.
// Test-only routes under /__test/ (never part of the OpenID surface): counters, the newest tokens per client, and
// faults for the token endpoint.
import { createServer } from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';

const options = JSON.parse(process.argv[2] ?? '{}');
const redirectUri = options.redirectUri;
const accessTokenTtl = Number(options.accessTokenTtl ?? 60);

/** Map-backed adapter (oidc-provider's own memory adapter is not exported); remembers tokens per client for /__test/. */
const store = new Map();
const latest = {}; // client_id → { refreshToken, accessToken }
class Adapter {
  constructor(model) {
    this.model = model;
  }
  key(id) {
    return `${this.model}:${id}`;
  }
  async upsert(id, payload, expiresIn) {
    store.set(this.key(id), { payload: { ...payload }, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : undefined });
    if (payload.grantId) {
      const grants = store.get(`grant:${payload.grantId}`) ?? new Set();
      grants.add(this.key(id));
      store.set(`grant:${payload.grantId}`, grants);
    }
    if ((this.model === 'RefreshToken' || this.model === 'AccessToken') && payload.clientId) {
      latest[payload.clientId] ??= {};
      latest[payload.clientId][this.model === 'RefreshToken' ? 'refreshToken' : 'accessToken'] = id;
    }
  }
  async find(id) {
    const e = store.get(this.key(id));
    if (!e || (e.expiresAt !== undefined && e.expiresAt < Date.now())) return undefined;
    return e.payload;
  }
  async findByUid(uid) {
    for (const [k, e] of store) if (k.startsWith(`${this.model}:`) && e.payload?.uid === uid) return e.payload;
    return undefined;
  }
  async findByUserCode() {
    return undefined;
  }
  async consume(id) {
    const e = store.get(this.key(id));
    if (e) e.payload.consumed = Math.floor(Date.now() / 1000);
  }
  async destroy(id) {
    store.delete(this.key(id));
  }
  async revokeByGrantId(grantId) {
    for (const k of store.get(`grant:${grantId}`) ?? []) store.delete(k);
    store.delete(`grant:${grantId}`);
  }
}

const counters = { refreshes: {}, refreshErrors: {}, userinfo: 0, revocations: 0, tokenRequests: 0 };
/** Faults for the next token-endpoint requests: {status, retryAfter} or {drop: true}. */
const faults = [];

const { privateKey } = await generateKeyPair('RS256', { extractable: true });
const jwk = { ...(await exportJWK(privateKey)), kid: 'test-key', use: 'sig', alg: 'RS256' };

const server = createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const client = (id, method) => ({
  client_id: id,
  client_secret: `${id}-secret-value`,
  redirect_uris: [redirectUri],
  grant_types: ['authorization_code', 'refresh_token'],
  response_types: ['code'],
  token_endpoint_auth_method: method,
});

const provider = new Provider(issuer, {
  adapter: Adapter,
  clients: [client('basic-client', 'client_secret_basic'), client('post-client', 'client_secret_post')],
  jwks: { keys: [jwk] },
  cookies: { keys: ['oidc-test-cookie-key'] },
  pkce: { required: () => true },
  features: {
    devInteractions: { enabled: true },
    revocation: { enabled: true },
    introspection: { enabled: true },
  },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  // Claims of the granted scopes go into the id_token too (the label comes from it, without a userinfo call).
  conformIdTokenClaims: false,
  rotateRefreshToken: true,
  issueRefreshToken: async (_ctx, c) => c.grantTypeAllowed('refresh_token'),
  ttl: { AccessToken: accessTokenTtl, AuthorizationCode: 120, IdToken: 600, RefreshToken: 3600, Grant: 3600, Interaction: 600, Session: 3600 },
  findAccount: async (_ctx, id) => ({
    accountId: id,
    claims: async () => ({ sub: id, email: `${id}@oidc.test`, email_verified: true, name: `User ${id}` }),
  }),
});

provider.on('grant.success', (ctx) => {
  if (ctx.oidc.params.grant_type === 'refresh_token')
    counters.refreshes[ctx.oidc.client.clientId] = (counters.refreshes[ctx.oidc.client.clientId] ?? 0) + 1;
});
provider.on('grant.error', (ctx) => {
  if (ctx.oidc.params?.grant_type === 'refresh_token') {
    const id = ctx.oidc.client?.clientId ?? 'unknown';
    counters.refreshErrors[id] = (counters.refreshErrors[id] ?? 0) + 1;
  }
});
provider.on('server_error', (_ctx, err) => process.stderr.write(`oidc server_error: ${err.stack}\n`));

const oidc = provider.callback();
server.on('request', (req, res) => {
  const url = new URL(req.url, issuer);
  if (url.pathname.startsWith('/__test/')) {
    const send = (body) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/__test/counters') return send(counters);
    if (url.pathname === '/__test/latest') return send(latest[url.searchParams.get('client_id')] ?? {});
    if (url.pathname === '/__test/faults' && req.method === 'POST') {
      let raw = '';
      req.on('data', (d) => (raw += d));
      req.on('end', () => {
        faults.push(...JSON.parse(raw));
        send({ queued: faults.length });
      });
      return;
    }
    res.writeHead(404).end();
    return;
  }
  if (url.pathname === '/me') counters.userinfo++;
  if (url.pathname === '/token/revocation') counters.revocations++;
  if (url.pathname === '/token' && req.method === 'POST') {
    counters.tokenRequests++;
    const fault = faults.shift();
    if (fault?.drop) return req.socket.destroy();
    if (fault) {
      res.writeHead(fault.status, { 'content-type': 'application/json', ...(fault.retryAfter ? { 'retry-after': String(fault.retryAfter) } : {}) });
      res.end(JSON.stringify({ error: fault.status === 429 ? 'slow_down' : 'temporarily_unavailable' }));
      return;
    }
  }
  oidc(req, res);
});

process.stdout.write(JSON.stringify({ url: issuer }) + '\n');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
