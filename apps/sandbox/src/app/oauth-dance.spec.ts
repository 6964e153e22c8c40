import { join } from 'node:path';
import { loadCatalogSync, type OperationModel, type ProviderModel } from '@patchbay/spec';
import { createSandbox, type Sandbox } from './sandbox-server';
import { reportsExpiry } from './provider-hints';
import { getPath } from './path-utils';
import { apiErrorCode, authorize, http, makePkce, oauthErrorCode, tokenCall, toSandbox, type HttpResult } from '../test-support/sandbox-client';

/**
 * The full OAuth dance, headless, against EVERY provider in specs/ (a new spec adds a test), each
 * quirk asserted from the model: client auth, body format, client id naming, ok field, token paths,
 * metadata / instance URL, PKCE, redirect matching, single-use codes, refresh behaviour, revocation, identity.
 */
const catalog = loadCatalogSync(join(__dirname, '../../../../specs'));
const REDIRECT = 'http://127.0.0.1:9/callback';
let sandbox: Sandbox;
let base: string;

beforeAll(async () => {
  sandbox = createSandbox({ catalog });
  await sandbox.listen(0);
  base = sandbox.url();
});
afterAll(() => sandbox.close());

function scopesFor(p: ProviderModel): string[] {
  return [...new Set([...p.oauth.defaultScopes, ...p.operations.flatMap((o) => o.requiredScopes)])];
}

/** A GET the dance can call right away (required query params get their example), preferring one without path params. */
function probeOperation(p: ProviderModel): OperationModel | undefined {
  const gets = p.operations.filter((o) => o.method === 'get');
  return gets.find((o) => !o.path.includes('{')) ?? gets[0];
}

function operationUrl(p: ProviderModel, op: OperationModel, apiBase?: string): string {
  let server = op.serverUrl || p.baseUrl;
  if (apiBase) server = server.replace(/^https?:\/\/[^/]+/, apiBase.replace(/\/+$/, ''));
  const q = new URLSearchParams();
  for (const x of op.parameters) if (x.required && x.in === 'query') q.set(x.name, String(x.schema['example'] ?? x.schema['default'] ?? 'x'));
  const qs = q.toString();
  return toSandbox(base, server.replace(/\/+$/, '') + op.path.replace(/\{[^}]+\}/g, 'sandbox-item') + (qs ? `?${qs}` : ''));
}

async function callOperation(p: ProviderModel, op: OperationModel, token: string, apiBase?: string): Promise<HttpResult> {
  return http(operationUrl(p, op, apiBase), { method: op.method.toUpperCase(), headers: { authorization: `Bearer ${token}`, ...p.defaultHeaders } });
}

async function revokeWith(p: ProviderModel, token: string, clientId: string): Promise<HttpResult> {
  const rev = p.oauth.revocation;
  if (!rev) throw new Error('no revocation');
  const params: Record<string, string> = { ...rev.extraParams, [rev.tokenParam]: token };
  if (rev.clientAuth === 'none') {
    const isJson = rev.bodyFormat === 'json';
    return http(toSandbox(base, rev.url), {
      method: rev.method,
      headers: { 'content-type': isJson ? 'application/json' : 'application/x-www-form-urlencoded' },
      body: isJson ? JSON.stringify(params) : new URLSearchParams(params).toString(),
    });
  }
  return tokenCall(
    base,
    p,
    params,
    { clientId, clientSecret: `secret-${clientId}`, clientAuth: rev.clientAuth, bodyFormat: rev.bodyFormat },
    rev.url,
  );
}

function expectOAuthError(p: ProviderModel, res: HttpResult, code: string): void {
  if (p.oauth.okField) expect(res.status).toBe(200);
  else expect(res.status).toBeGreaterThanOrEqual(400);
  expect(oauthErrorCode(p, res)).toBe(code);
}

describe.each(catalog.providers.map((p) => [p.id, p] as const))('OAuth dance: %s', (id, p) => {
  const o = p.oauth;
  const clientId = `client-${id}`;
  const creds = { clientId, clientSecret: `secret-${clientId}` };
  const scopes = scopesFor(p);
  const usePkce = o.pkce !== 'unsupported';

  async function code(extra: Partial<Parameters<typeof authorize>[2]> = {}): Promise<{ code: string; verifier?: string; callback: URLSearchParams }> {
    const pkce = usePkce ? makePkce(o.pkceEncoding) : undefined;
    const callback = await authorize(base, p, { clientId, redirectUri: REDIRECT, scopes, pkce, state: `state-${id}`, ...extra });
    const c = callback.get('code');
    if (!c) throw new Error(`no code: ${callback.toString()}`);
    return { code: c, verifier: pkce?.verifier, callback };
  }

  function exchange(
    c: { code: string; verifier?: string },
    over: Record<string, string> = {},
    auth = creds as typeof creds & Record<string, string>,
  ) {
    const params: Record<string, string> = { grant_type: 'authorization_code', code: c.code, redirect_uri: REDIRECT, ...o.tokenParams, ...over };
    if (c.verifier) params['code_verifier'] = c.verifier;
    return tokenCall(base, p, params, auth);
  }

  it('authorizes, exchanges the code with the model’s quirks, reads identity, calls the API, refreshes and revokes', async () => {
    const c = await code({ account: 2 });
    expect(c.callback.get('state')).toBe(`state-${id}`);
    if (o.callbackScopesParam) expect(c.callback.get(o.callbackScopesParam)?.split(o.scopeSeparator).sort()).toEqual([...scopes].sort());
    else expect(c.callback.has('scopes')).toBe(false);

    const res = await exchange(c);
    expect(res.status).toBe(200);
    const tr = o.tokenResponse;
    if (o.okField) expect(getPath(res.json, o.okField)).toBe(true);
    const accessToken = getPath(res.json, tr.accessToken) as string;
    expect(typeof accessToken).toBe('string');
    const granted = String(getPath(res.json, tr.scope) ?? '').split(tr.scopeSeparator || o.scopeSeparator);
    expect(granted.sort()).toEqual([...scopes].sort());
    if (reportsExpiry(p)) expect(typeof getPath(res.json, tr.expiresIn)).toBe('number');
    else expect(getPath(res.json, tr.expiresIn)).toBeUndefined();
    const refreshToken = getPath(res.json, tr.refreshToken) as string | undefined;
    if (o.refresh === 'none') expect(refreshToken).toBeUndefined();
    else expect(typeof refreshToken).toBe('string');
    for (const path of Object.values(o.metadata)) expect(getPath(res.json, path)).toBeDefined();

    // Identity: from the token response or from the identity request, for the chosen account (2).
    let identity: unknown = res.json;
    if (p.identity.source === 'request' && p.identity.request) {
      const idRes = await http(toSandbox(base, p.identity.request.url), {
        method: p.identity.request.method,
        headers: { authorization: `Bearer ${accessToken}`, ...p.defaultHeaders },
      });
      expect(idRes.status).toBe(200);
      identity = idRes.json;
      const bad = await http(toSandbox(base, p.identity.request.url), {
        method: p.identity.request.method,
        headers: { authorization: 'Bearer nope', ...p.defaultHeaders },
      });
      // A shared identity endpoint speaks the error shape of the group's first provider.
      const owner =
        catalog.providers.find((x) => (x.oauth.group || x.id) === (o.group || id) && x.identity.request?.url === p.identity.request?.url) ?? p;
      expect(apiErrorCode(owner, bad)).toBe(owner.sandbox.unauthorized.code);
    }
    const accountId = getPath(identity, p.identity.idPath);
    expect(accountId).toBeTruthy();
    expect(getPath(identity, p.identity.labelPath)).toBeTruthy();
    const other = await exchange(await code({ account: 1 }));
    const otherIdentity =
      p.identity.source === 'request' && p.identity.request
        ? (
            await http(toSandbox(base, p.identity.request.url), {
              method: p.identity.request.method,
              headers: { authorization: `Bearer ${getPath(other.json, tr.accessToken)}`, ...p.defaultHeaders },
            })
          ).json
        : other.json;
    if (!/team|workspace|org|hub|portal/i.test(p.identity.idPath)) expect(getPath(otherIdentity, p.identity.idPath)).not.toEqual(accountId);

    // API call: at the spec's host, or at the instance URL the token response handed out (RealUrl form).
    const op = probeOperation(p);
    const apiBase = o.apiBaseUrlFrom ? (getPath(res.json, o.metadata[o.apiBaseUrlFrom]) as string) : undefined;
    if (apiBase) {
      expect(apiBase).toMatch(/^https:\/\//);
      expect(apiBase).not.toContain('127.0.0.1');
    }
    if (op) {
      const ok = await callOperation(p, op, accessToken, apiBase);
      expect(ok.status).toBeLessThan(300);
      const unauth = await callOperation(p, op, 'not-a-token', apiBase);
      expect(unauth.status).toBe(p.sandbox.httpStatusOverride ?? p.sandbox.unauthorized.status);
      expect(apiErrorCode(p, unauth)).toBe(p.sandbox.unauthorized.code);
    }

    // Refresh as the model says.
    if (o.refresh !== 'none' && refreshToken) {
      const r1 = await tokenCall(base, p, { grant_type: 'refresh_token', refresh_token: refreshToken, ...o.refreshParams }, creds);
      expect(r1.status).toBe(200);
      const newAccess = getPath(r1.json, tr.accessToken) as string;
      expect(newAccess).toBeTruthy();
      expect(newAccess).not.toBe(accessToken);
      const rotated = getPath(r1.json, tr.refreshToken) as string | undefined;
      const again = await tokenCall(base, p, { grant_type: 'refresh_token', refresh_token: refreshToken, ...o.refreshParams }, creds);
      if (o.refresh === 'rotating') {
        expect(rotated).toBeTruthy();
        expect(rotated).not.toBe(refreshToken);
        expectOAuthError(p, again, 'invalid_grant');
      } else {
        expect(again.status).toBe(200);
      }
    } else {
      const r = await tokenCall(base, p, { grant_type: 'refresh_token', refresh_token: 'whatever' }, creds);
      expectOAuthError(p, r, 'unsupported_grant_type');
    }

    // Revocation kills the grant: the API answers unauthorized and refresh answers invalid_grant.
    if (o.revocation) {
      const fresh = await exchange(await code());
      const at = getPath(fresh.json, tr.accessToken) as string;
      const rt = getPath(fresh.json, tr.refreshToken) as string | undefined;
      const rev = await revokeWith(p, o.revocation.token === 'refresh' && rt ? rt : at, clientId);
      expect(rev.status).toBeLessThan(300);
      if (o.okField && rev.status === 200) expect(getPath(rev.json, o.okField)).toBe(true);
      if (op) expect(apiErrorCode(p, await callOperation(p, op, at, apiBase))).toBe(p.sandbox.unauthorized.code);
      if (rt) expectOAuthError(p, await tokenCall(base, p, { grant_type: 'refresh_token', refresh_token: rt }, creds), 'invalid_grant');
    }
  });

  it('rejects the other client-authentication method and a wrong secret with invalid_client', async () => {
    const wrongMethod = await exchange(await code(), {}, { ...creds, clientAuth: o.clientAuth === 'basic' ? 'body' : 'basic' } as typeof creds &
      Record<string, string>);
    expectOAuthError(p, wrongMethod, 'invalid_client');
    const wrongSecret = await exchange(await code(), {}, { ...creds, clientSecret: 'wrong' });
    expectOAuthError(p, wrongSecret, 'invalid_client');
    const registered = `${clientId}-registered`;
    expect(
      (
        await http(`${base}/_sandbox/clients`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ clientId: registered, clientSecret: 's3cret' }),
        })
      ).status,
    ).toBe(201);
    const c = await authorize(base, p, { clientId: registered, redirectUri: REDIRECT, scopes, pkce: undefined, extra: {} }).catch(() => undefined);
    if (c && !usePkce) {
      const ok = await tokenCall(
        base,
        p,
        { grant_type: 'authorization_code', code: c.get('code') as string, redirect_uri: REDIRECT },
        { clientId: registered, clientSecret: 's3cret' },
      );
      expect(ok.status).toBe(200);
      expect(getPath(ok.json, o.tokenResponse.accessToken)).toBeTruthy();
    }
  });

  it(`accepts only a ${o.bodyFormat} body at the token endpoint`, async () => {
    const wrong = await exchange(await code(), {}, { ...creds, bodyFormat: o.bodyFormat === 'json' ? 'form' : 'json' } as typeof creds &
      Record<string, string>);
    expectOAuthError(p, wrong, 'invalid_request');
  });

  it(`names the client id "${o.clientIdParam}" at authorize${o.clientAuth === 'body' ? ' and token' : ''}`, async () => {
    const u = new URL(toSandbox(base, o.authorizationUrl));
    u.searchParams.set(o.clientIdParam === 'client_id' ? 'client_identifier' : 'client_id', clientId);
    u.searchParams.set('redirect_uri', REDIRECT);
    u.searchParams.set('response_type', 'code');
    u.searchParams.set('sandbox_auto', 'approve');
    const res = await http(u.toString());
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.json)).toContain(o.clientIdParam);
    if (o.clientAuth === 'body' && o.clientIdParam !== 'client_id') {
      const wrong = await exchange(await code(), {}, { ...creds, clientIdParam: 'client_id' } as typeof creds & Record<string, string>);
      expectOAuthError(p, wrong, 'invalid_client');
    }
  });

  it('refuses a replayed code, a different redirect_uri and an expired code (invalid_grant)', async () => {
    const c = await code();
    expect((await exchange(c)).status).toBe(200);
    expectOAuthError(p, await exchange(c), 'invalid_grant');
    expectOAuthError(p, await exchange(await code(), { redirect_uri: `${REDIRECT}/other` }), 'invalid_grant');
    const late = await code();
    await http(`${base}/_sandbox/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advanceSeconds: 601 }),
    });
    try {
      expectOAuthError(p, await exchange(late), 'invalid_grant');
    } finally {
      await http(`${base}/_sandbox/clock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ advanceSeconds: -601 }),
      });
    }
  });

  it(`PKCE (${o.pkce}${usePkce ? `, ${o.pkceEncoding}` : ''})`, async () => {
    if (o.pkce === 'unsupported') {
      // The provider ignores PKCE parameters: a code issued with a challenge exchanges without a verifier.
      const c = await authorize(base, p, { clientId, redirectUri: REDIRECT, scopes, pkce: makePkce('S256') });
      expect((await exchange({ code: c.get('code') as string })).status).toBe(200);
      return;
    }
    const c = await code();
    expectOAuthError(p, await exchange({ code: c.code, verifier: makePkce(o.pkceEncoding).verifier }), 'invalid_grant');
    const c2 = await code();
    expectOAuthError(p, await exchange({ code: c2.code }), 'invalid_grant');
    const c3 = await code();
    expect((await exchange(c3)).status).toBe(200);
    const noChallenge = await authorize(base, p, { clientId, redirectUri: REDIRECT, scopes });
    if (o.pkce === 'required') expect(noChallenge.get('error')).toBe('invalid_request');
    else expect(noChallenge.get('code')).toBeTruthy();
  });

  it('Cancel redirects with access_denied and the state; unknown scopes are refused', async () => {
    const denied = await authorize(base, p, {
      clientId,
      redirectUri: REDIRECT,
      scopes,
      action: 'deny',
      state: 'keep-me',
      pkce: usePkce ? makePkce(o.pkceEncoding) : undefined,
    });
    expect(denied.get('error')).toBe('access_denied');
    expect(denied.get('state')).toBe('keep-me');
    expect(denied.has('code')).toBe(false);
    const unknown = await authorize(base, p, {
      clientId,
      redirectUri: REDIRECT,
      scopes: [...scopes, 'no.such.scope'],
      pkce: usePkce ? makePkce(o.pkceEncoding) : undefined,
    });
    expect(unknown.get('error')).toBe('invalid_scope');
  });
});
