import { createSandbox, type Sandbox } from './sandbox-server';
import { getPath } from './path-utils';
import { fixtureCatalog } from '../test-support/fixture-catalog';
import { authorize, authorizeUrl, http, makePkce, tokenCall, toSandbox } from '../test-support/sandbox-client';
import { connect, provider } from '../test-support/connect';

/** Quirks driven by a hand-made catalog, so they stay covered whatever specs/ contains. */
const catalog = fixtureCatalog();
const hex = provider(catalog, 'hexapp');
const org = provider(catalog, 'orgapp');
const REDIRECT = 'http://127.0.0.1:9/cb';
let sandbox: Sandbox;
let base: string;

beforeAll(async () => {
  sandbox = createSandbox({ catalog });
  await sandbox.listen(0);
  base = sandbox.url();
});
afterAll(() => sandbox.close());

const hexCreds = { clientId: 'desk', clientSecret: 'secret-desk' };

describe('hex PKCE, client_key, partial and incremental grants, rotating refresh', () => {
  it('verifies an S256-hex challenge and rejects a base64url one computed from the same verifier', async () => {
    const pkce = makePkce('S256-hex');
    expect(pkce.challenge).toMatch(/^[0-9a-f]{64}$/);
    const cb = await authorize(base, hex, { clientId: 'desk', redirectUri: REDIRECT, scopes: ['items.read'], pkce });
    const ok = await tokenCall(
      base,
      hex,
      { grant_type: 'authorization_code', code: cb.get('code') as string, redirect_uri: REDIRECT, code_verifier: pkce.verifier },
      hexCreds,
    );
    expect(ok.status).toBe(200);
    const b64 = makePkce('S256');
    const cb2 = await authorize(base, hex, { clientId: 'desk', redirectUri: REDIRECT, scopes: ['items.read'], pkce: b64 });
    const bad = await tokenCall(
      base,
      hex,
      { grant_type: 'authorization_code', code: cb2.get('code') as string, redirect_uri: REDIRECT, code_verifier: b64.verifier },
      hexCreds,
    );
    expect(bad.status).toBe(400);
    expect(getPath(bad.json, 'error')).toBe('invalid_grant');
  });

  it('sandbox_grant narrows the grant (default scopes stay); the callback lists it comma-separated', async () => {
    const pkce = makePkce('S256-hex');
    const cb = await authorize(base, hex, {
      clientId: 'desk',
      redirectUri: REDIRECT,
      scopes: ['profile', 'items.read', 'items.write'],
      pkce,
      grant: ['items.read'],
    });
    expect(cb.get('scopes')).toBe('profile,items.read');
    const res = await tokenCall(
      base,
      hex,
      { grant_type: 'authorization_code', code: cb.get('code') as string, redirect_uri: REDIRECT, code_verifier: pkce.verifier },
      hexCreds,
    );
    expect(getPath(res.json, 'scope')).toBe('profile,items.read');
    const token = getPath(res.json, 'access_token') as string;
    const create = await http(toSandbox(base, 'https://api.hex.test/v1/items'), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x' }),
    });
    expect(create.status).toBe(403);
    expect(getPath(create.json, 'error.code')).toBe('forbidden');
  });

  it('incremental authorization adds to what the account granted before', async () => {
    const first = await connect(base, hex, { clientId: 'inc', scopes: ['items.read'], account: 3 });
    expect(getPath(first.tokenResponse, 'scope')).toBe('items.read');
    const pkce = makePkce('S256-hex');
    const cb = await authorize(base, hex, {
      clientId: 'inc',
      redirectUri: REDIRECT,
      scopes: ['items.write'],
      pkce,
      account: 3,
      extra: { include_granted_scopes: 'true' },
    });
    expect(cb.get('scopes')?.split(',').sort()).toEqual(['items.read', 'items.write']);
  });

  it('client_key is required at authorize; client_id is refused with a hint', async () => {
    const url = authorizeUrl(base, hex, { clientId: 'desk', redirectUri: REDIRECT, scopes: ['items.read'], pkce: makePkce('S256-hex') }).replace(
      'client_key=',
      'client_id=',
    );
    const res = await http(url);
    expect(res.status).toBe(400);
    expect(String(getPath(res.json, 'error_description'))).toContain('client_key');
  });

  it('rotating refresh: the old refresh token is invalid_grant, the new one works once', async () => {
    const conn = await connect(base, hex, { clientId: 'rot' });
    const creds = { clientId: 'rot', clientSecret: 'secret-rot' };
    const r1 = await tokenCall(base, hex, { grant_type: 'refresh_token', refresh_token: conn.refreshToken as string }, creds);
    const rt2 = getPath(r1.json, 'refresh_token') as string;
    expect(rt2).not.toBe(conn.refreshToken);
    expect(
      getPath((await tokenCall(base, hex, { grant_type: 'refresh_token', refresh_token: conn.refreshToken as string }, creds)).json, 'error'),
    ).toBe('invalid_grant');
    expect((await tokenCall(base, hex, { grant_type: 'refresh_token', refresh_token: rt2 }, creds)).status).toBe(200);
    expect(getPath((await tokenCall(base, hex, { grant_type: 'refresh_token', refresh_token: rt2 }, creds)).json, 'error')).toBe('invalid_grant');
  });

  it('next_url pagination hands out absolute real URLs when the spec’s example does', async () => {
    const conn = await connect(base, hex, { clientId: 'pager', scopes: ['items.read'] });
    const first = await conn.call('items.list', { query: { limit: 7 } });
    expect((getPath(first.json, 'items') as unknown[]).length).toBe(7);
    const next = getPath(first.json, 'next') as string;
    expect(next).toMatch(/^https:\/\/api\.hex\.test\/v1\/items\?/);
    const second = await http(toSandbox(base, next), { headers: { authorization: `Bearer ${conn.accessToken}` } });
    expect((getPath(second.json, 'items') as unknown[]).length).toBe(5);
    expect(getPath(second.json, 'next')).toBeUndefined();
  });

  it('validates the body (additionalProperties, minLength) and creates with an id', async () => {
    const conn = await connect(base, hex, { clientId: 'maker', scopes: ['items.read', 'items.write'] });
    expect((await conn.call('items.create', { body: { name: '' } })).status).toBe(400);
    expect((await conn.call('items.create', { body: { name: 'ok', extra: 1 } })).status).toBe(400);
    const made = await conn.call('items.create', { body: { name: 'Gizmo' } });
    expect(made.status).toBe(201);
    expect(getPath(made.json, 'id')).toBeTruthy();
    const list = await conn.call('items.list', { query: { limit: 50 } });
    expect((getPath(list.json, 'items') as Array<{ name: string }>).some((i) => i.name === 'Gizmo')).toBe(true);
  });
});

describe('org-hosted API: instance URL, no expires_in, DELETE revocation', () => {
  it('hands out a RealUrl instance URL with the template filled, omits expires_in, serves the API there', async () => {
    const conn = await connect(base, org, { scopes: ['items.read'] });
    expect(conn.apiBase).toBe('https://sandbox-org.org.test');
    expect(getPath(conn.tokenResponse, 'expires_in')).toBeUndefined();
    expect(getPath(conn.tokenResponse, 'user.id')).toBeTruthy();
    const res = await conn.call('items.list');
    expect(res.status).toBe(200);
    const next = getPath(res.json, 'next') as string;
    expect(next.startsWith('https://sandbox-org.org.test/v1/items?')).toBe(true);
    const bad = await conn.call('items.list', { token: 'nope' });
    expect(bad.json).toEqual([{ message: 'Invalid access token', errorCode: 'SESSION' }]);
  });

  it('revokes with DELETE and the token in the path', async () => {
    const conn = await connect(base, org, { scopes: ['items.read'] });
    const res = await http(toSandbox(base, `https://auth.org.test/oauth/tokens/${conn.refreshToken}`), { method: 'DELETE' });
    expect(res.status).toBe(204);
    expect((await conn.call('items.list')).status).toBe(401);
  });
});

describe('consent page (HTML, no browser)', () => {
  it('lists 3 accounts and the permissions with descriptions; the form POST approves a subset for account 2', async () => {
    const pkce = makePkce('S256-hex');
    const url = authorizeUrl(base, hex, {
      clientId: 'web',
      redirectUri: REDIRECT,
      scopes: ['profile', 'items.read', 'items.write'],
      pkce,
      state: 's1',
    }).replace(/&sandbox_auto=approve/, '');
    const page = await http(url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.text.match(/name="sandbox_account"/g)).toHaveLength(3);
    expect(page.text).toContain('See your items');
    expect(page.text).toContain('Create items');
    expect(page.text.match(/type="checkbox"/g)).toHaveLength(3);
    const form = new URLSearchParams({ sandbox_form: '1', sandbox_account: '2', sandbox_scope: 'items.read', sandbox_action: 'approve' });
    const posted = await http(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() });
    expect(posted.status).toBe(302);
    const cb = new URL(posted.headers.get('location') as string).searchParams;
    expect(cb.get('state')).toBe('s1');
    expect(cb.get('scopes')).toBe('profile,items.read');
    const cancel = await http(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'sandbox_form=1&sandbox_action=deny',
    });
    const denied = new URL(cancel.headers.get('location') as string).searchParams;
    expect(denied.get('error')).toBe('access_denied');
    expect(denied.get('state')).toBe('s1');
  });

  it('shows errors on the page (not a redirect) while the redirect URI is unknown', async () => {
    const res = await http(toSandbox(base, `${hex.oauth.authorizationUrl}?client_key=x&response_type=code`));
    expect(res.status).toBe(400);
    expect(res.text).toContain('redirect_uri');
    const badType = await http(
      toSandbox(base, `${hex.oauth.authorizationUrl}?client_key=x&response_type=token&redirect_uri=${encodeURIComponent(REDIRECT)}&code_challenge=a`),
    );
    expect(new URL(badType.headers.get('location') as string).searchParams.get('error')).toBe('unsupported_response_type');
  });
});
