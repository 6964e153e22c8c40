import { join } from 'node:path';
import { loadCatalogSync, type ProviderModel } from '@patchbay/spec';
import { AuthServerDiscovery, metadataCandidates, parseMetadata, type AuthServerMetadata } from './discovery';
import { OAuthClient, withServerMetadata } from './oauth-client';
import { OAuthError } from './oauth-error';

// A real spec as the base; `declared` says what its files state (a drop-in states nothing).
const catalog = loadCatalogSync(join(__dirname, '../../../../../specs'));
const base = catalog.providers.find((p) => p.id === 'hubspot') as ProviderModel;
const AUTH = 'https://id.example.com/oauth/authorize';
const TOKEN = 'https://id.example.com/oauth/token';
const dropIn: ProviderModel = {
  ...base,
  id: 'drop-in',
  oauth: { ...base.oauth, authorizationUrl: AUTH, tokenUrl: TOKEN, refreshUrl: TOKEN, clientAuth: 'body', pkce: 'supported', revocation: undefined },
  identity: { source: 'token', idPath: 'sub', labelPath: 'email' },
  declared: { oauth: [], identity: false },
};
const creds = { clientId: 'client-1', clientSecret: 'secret-1' };

const META: AuthServerMetadata = {
  issuer: 'https://id.example.com',
  authorizationEndpoint: AUTH,
  tokenEndpoint: TOKEN,
  userinfoEndpoint: 'https://id.example.com/userinfo',
  revocationEndpoint: 'https://id.example.com/oauth/revoke',
  jwksUri: 'https://id.example.com/jwks',
  codeChallengeMethods: ['S256'],
  tokenEndpointAuthMethods: ['client_secret_basic', 'client_secret_post'],
  issParameterSupported: true,
};

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A fake network: a handler per URL; every request is recorded. */
function fakeFetch(handler: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const f = (async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = String(input);
    calls.push({ url, init });
    return handler(url, init);
  }) as typeof fetch;
  return { f, calls };
}

describe('authorization-server metadata', () => {
  it('tries the OpenID and RFC 8414 documents of every plausible issuer, the most specific first', () => {
    const c = metadataCandidates('https://sso.example.com/realms/acme/protocol/openid-connect/auth');
    expect(c.map((x) => x.url)).toEqual([
      'https://sso.example.com/realms/acme/protocol/.well-known/openid-configuration',
      'https://sso.example.com/.well-known/oauth-authorization-server/realms/acme/protocol',
      'https://sso.example.com/realms/acme/.well-known/openid-configuration',
      'https://sso.example.com/.well-known/oauth-authorization-server/realms/acme',
      'https://sso.example.com/realms/.well-known/openid-configuration',
      'https://sso.example.com/.well-known/oauth-authorization-server/realms',
      'https://sso.example.com/.well-known/openid-configuration',
      'https://sso.example.com/.well-known/oauth-authorization-server',
    ]);
    expect(metadataCandidates('not a url')).toEqual([]);
  });

  it('refuses a document that names another issuer than the one it was fetched for', () => {
    expect(parseMetadata({ issuer: 'https://evil.example' }, 'https://id.example.com')).toBeUndefined();
    expect(parseMetadata([], 'https://id.example.com')).toBeUndefined();
    expect(
      parseMetadata({ issuer: 'https://id.example.com/', revocation_endpoint: 'https://id.example.com/r' }, 'https://id.example.com'),
    ).toMatchObject({
      revocationEndpoint: 'https://id.example.com/r',
      issParameterSupported: false,
    });
  });

  it('finds the server that owns the spec’s endpoints, caches it, and ignores documents about other endpoints', async () => {
    const doc = {
      issuer: 'https://id.example.com',
      authorization_endpoint: AUTH,
      token_endpoint: TOKEN,
      revocation_endpoint: META.revocationEndpoint,
    };
    const { f, calls } = fakeFetch((url) =>
      url === 'https://id.example.com/.well-known/openid-configuration' ? json(200, doc) : new Response('no', { status: 404 }),
    );
    const d = new AuthServerDiscovery({ fetch: f });
    expect(await d.metadata(AUTH, TOKEN)).toMatchObject({ issuer: 'https://id.example.com', revocationEndpoint: META.revocationEndpoint });
    const n = calls.length;
    await d.metadata(AUTH, TOKEN);
    expect(calls.length).toBe(n);
    // Same host, but the document is about other endpoints: not this provider's server.
    expect(await d.metadata('https://id.example.com/other/authorize', 'https://id.example.com/other/token')).toBeUndefined();
  });

  it('is never required: a server that hangs or fails yields nothing within the timeout, and the miss is cached', async () => {
    const { f, calls } = fakeFetch(
      (_url, init) => new Promise<Response>((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason))),
    );
    const d = new AuthServerDiscovery({ fetch: f, timeoutMs: 50 });
    const started = Date.now();
    expect(await d.metadata(AUTH, TOKEN)).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(2_000);
    const n = calls.length;
    expect(await d.metadata(AUTH, TOKEN)).toBeUndefined();
    expect(calls.length).toBe(n);
  });
});

describe('OAuth client with server metadata', () => {
  it('takes client auth, PKCE and revocation from the metadata only where the spec files state nothing', () => {
    const filled = withServerMetadata(dropIn, META);
    expect(filled).toMatchObject({
      clientAuth: 'basic',
      pkce: 'required',
      revocation: { url: META.revocationEndpoint, token: 'refresh', clientAuth: 'basic' },
    });
    const stated: ProviderModel = {
      ...dropIn,
      oauth: {
        ...dropIn.oauth,
        pkce: 'unsupported',
        revocation: { ...(filled.revocation as NonNullable<typeof filled.revocation>), url: 'https://x/r' },
      },
      declared: { oauth: ['clientAuth', 'pkce', 'revocation'], identity: true },
    };
    expect(withServerMetadata(stated, META)).toMatchObject({ clientAuth: 'body', pkce: 'unsupported', revocation: { url: 'https://x/r' } });
    // Hand-built models (no `declared`) take nothing from metadata.
    expect(withServerMetadata({ ...dropIn, declared: undefined }, META)).toBe(dropIn.oauth);
  });

  it('RFC 9207: refuses a missing or foreign iss when the server sends one', () => {
    const c = new OAuthClient(dropIn, creds, { metadata: META });
    expect(() => c.checkResponseIssuer(META.issuer)).not.toThrow();
    expect(() => c.checkResponseIssuer('https://evil.example')).toThrow(OAuthError);
    expect(() => c.checkResponseIssuer(undefined)).toThrow(/no iss parameter/);
    expect(() => new OAuthClient(dropIn, creds).checkResponseIssuer('https://anything')).not.toThrow();
  });

  it('a client registered for client_secret_post is retried that way after invalid_client, and the way is remembered', async () => {
    const { f, calls } = fakeFetch((_url, init) => {
      const body = new URLSearchParams(String(init.body));
      const headers = init.headers as Record<string, string>;
      if (headers['authorization'] || body.get('client_secret') !== 'secret-1') return json(401, { error: 'invalid_client' });
      return json(200, { access_token: 'at', refresh_token: 'rt2', expires_in: 30 });
    });
    const discovery = new AuthServerDiscovery({ fetch: f });
    const client = () => new OAuthClient(dropIn, creds, { metadata: META, discovery, fetch: f });
    expect((await client().refresh('rt1')).tokens.accessToken).toBe('at');
    expect(calls.map((c) => ((c.init.headers as Record<string, string>)['authorization'] ? 'basic' : 'body'))).toEqual(['basic', 'body']);
    calls.length = 0;
    await client().refresh('rt2');
    expect(calls).toHaveLength(1);
    // Without metadata advertising both methods, a refusal is final.
    const strict = new OAuthClient(dropIn, creds, { metadata: { ...META, tokenEndpointAuthMethods: ['client_secret_basic'] }, discovery, fetch: f });
    await expect(strict.refresh('rt3')).rejects.toMatchObject({ code: 'invalid_client' });
  });

  it('passes a refused refresh’s HTTP status and Retry-After on', async () => {
    const { f } = fakeFetch(() => new Response(JSON.stringify({ error: 'slow_down' }), { status: 429, headers: { 'retry-after': '12' } }));
    const c = new OAuthClient(dropIn, creds, { fetch: f });
    await expect(c.refresh('rt')).rejects.toMatchObject({ details: { status: 429, retryAfterSeconds: 12 } });
  });

  it('identity: userinfo when openid was granted and there is no id_token; else a message naming the provider.yaml field', async () => {
    const { f, calls } = fakeFetch((url) => (url === META.userinfoEndpoint ? json(200, { sub: 'u-1', email: 'u@example.com' }) : json(404, {})));
    const tokens = { accessToken: 'at', metadata: {} };
    const withMeta = new OAuthClient(dropIn, creds, { metadata: META, fetch: f });
    expect(await withMeta.identity(tokens, {}, { grantedScopes: ['openid'] })).toEqual({ id: 'u-1', label: 'u@example.com' });
    expect(calls.map((c) => c.url)).toEqual([META.userinfoEndpoint]);
    // No openid: the token response is all there is, and it names no account.
    const err = await withMeta.identity(tokens, { access_token: 'at' }, { grantedScopes: ['email'] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OAuthError);
    expect((err as OAuthError).details.hint).toBe(
      'set identity in specs/drop-in/provider.yaml (source: request, request.url of the account call, idPath, labelPath)',
    );
    // A spec that states its identity is followed as stated, whatever the server publishes.
    const stated = new OAuthClient({ ...dropIn, declared: { oauth: [], identity: true } }, creds, { metadata: META, fetch: f });
    expect(await stated.identity(tokens, { sub: 'from-token' }, { grantedScopes: ['openid'] })).toEqual({ id: 'from-token', label: 'from-token' });
  });
});
