import { join } from 'node:path';
import { loadCatalogSync } from '@patchbay/spec';
import { createSandbox, type Sandbox } from './sandbox-server';
import { getPath } from './path-utils';
import { connect, provider } from '../test-support/connect';
import { http, oauthErrorCode, tokenCall } from '../test-support/sandbox-client';

const catalog = loadCatalogSync(join(__dirname, '../../../../specs'));
let sandbox: Sandbox;
let base: string;

beforeAll(async () => {
  sandbox = createSandbox({ catalog });
  await sandbox.listen(0);
  base = sandbox.url();
});
afterAll(() => sandbox.close());

async function control(method: string, path: string, body?: unknown) {
  return http(`${base}/_sandbox${path}`, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
}

const calendar = provider(catalog, 'google-calendar');
const listEvents = { path: { calendarId: 'primary' } };

describe('fault injection by operationId', () => {
  it('5xx for the next N calls, then normal again; counted per operation', async () => {
    const conn = await connect(base, calendar);
    const before = (await control('GET', '/counters')).json as { operations: Record<string, number> };
    expect((await control('POST', '/faults', { operationId: 'events.list', kind: '5xx', status: 502, count: 2 })).status).toBe(201);
    const a = await conn.call('events.list', listEvents);
    const b = await conn.call('events.list', listEvents);
    const c = await conn.call('events.list', listEvents);
    expect([a.status, b.status, c.status]).toEqual([502, 502, 200]);
    expect(getPath(a.json, 'error.code')).toBe(502); // provider's error shape
    const after = (await control('GET', '/counters')).json as { operations: Record<string, number> };
    expect(after.operations['google-calendar:events.list'] - (before.operations['google-calendar:events.list'] ?? 0)).toBe(3);
  });

  it('429 with Retry-After', async () => {
    const conn = await connect(base, calendar);
    await control('POST', '/faults', { operationId: 'events.list', kind: '429', retryAfter: 7 });
    const res = await conn.call('events.list', listEvents);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
    expect((await conn.call('events.list', listEvents)).status).toBe(200);
  });

  it.each([
    ['google-calendar', 'events.list', 403, 'rateLimitExceeded', false],
    ['salesforce', 'query', 403, 'REQUEST_LIMIT_EXCEEDED', false],
    ['slack', 'conversations.list', 429, 'ratelimited', true],
  ] as const)('rateLimit speaks %s’s own signal', async (providerId, opId, status, code, retryAfter) => {
    const p = provider(catalog, providerId);
    expect(p.sandbox.rateLimit.status).toBe(status);
    const conn = await connect(base, p);
    await control('POST', '/faults', { operationId: opId, kind: 'rateLimit', provider: providerId, retryAfter: 3 });
    const res = await conn.call(opId, { query: { q: 'SELECT Id FROM Task' } });
    expect(res.status).toBe(status);
    expect(getPath(res.json, p.errors.codePath)).toBe(code);
    expect(res.headers.get('retry-after')).toBe(retryAfter ? '3' : null);
    expect(p.errors.rateLimit.some((r) => r.status === status && (!r.code || r.code === code))).toBe(true);
  });

  it('delay slows the response, drop destroys the connection', async () => {
    const conn = await connect(base, calendar);
    await control('POST', '/faults', { operationId: 'events.list', kind: 'delay', delayMs: 300 });
    const t0 = Date.now();
    expect((await conn.call('events.list', listEvents)).status).toBe(200);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
    await control('POST', '/faults', { operationId: 'events.list', kind: 'drop' });
    await expect(conn.call('events.list', listEvents)).rejects.toThrow();
    expect((await conn.call('events.list', listEvents)).status).toBe(200);
  });

  it('rejects malformed fault requests and lists/clears armed faults', async () => {
    expect((await control('POST', '/faults', { kind: 'meteor', operationId: 'x' })).status).toBe(400);
    expect((await control('POST', '/faults', { kind: '5xx' })).status).toBe(400);
    expect((await control('POST', '/faults', { kind: '5xx', endpoint: 'nowhere' })).status).toBe(400);
    await control('POST', '/faults', { kind: '5xx', operationId: 'never.called', count: 3 });
    expect(((await control('GET', '/faults')).json as unknown[]).length).toBe(1);
    expect((await control('DELETE', '/faults')).status).toBe(204);
    expect((await control('GET', '/faults')).json).toEqual([]);
  });
});

describe('fault injection on OAuth endpoints', () => {
  const p = calendar;
  const creds = { clientId: 'client-google-calendar', clientSecret: 'secret-client-google-calendar' };

  it('token exchange 5xx then success; refresh 429; revoke dropped; authorize 5xx; identity delayed', async () => {
    await control('POST', '/faults', { endpoint: 'token', kind: '5xx' });
    await expect(connect(base, p)).rejects.toThrow(/token exchange failed/);
    const conn = await connect(base, p);
    await control('POST', '/faults', { endpoint: 'refresh', kind: '429', retryAfter: 2 });
    const limited = await tokenCall(base, p, { grant_type: 'refresh_token', refresh_token: conn.refreshToken as string }, creds);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    const refreshed = await tokenCall(base, p, { grant_type: 'refresh_token', refresh_token: conn.refreshToken as string }, creds);
    expect(refreshed.status).toBe(200);

    await control('POST', '/faults', { endpoint: 'revoke', kind: 'drop' });
    await expect(
      http(`${base}/oauth2.googleapis.com/revoke`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `token=${conn.refreshToken}`,
      }),
    ).rejects.toThrow();

    await control('POST', '/faults', { endpoint: 'authorize', kind: '5xx', status: 500 });
    await expect(connect(base, p)).rejects.toThrow(/500/);

    await control('POST', '/faults', { endpoint: 'identity', kind: 'delay', delayMs: 200 });
    const t0 = Date.now();
    const me = await http(`${base}/openidconnect.googleapis.com/v1/userinfo`, { headers: { authorization: `Bearer ${conn.accessToken}` } });
    expect(me.status).toBe(200);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(190);
  });
});

describe('grants, tokens, counters, reset', () => {
  const creds = { clientId: 'client-google-calendar', clientSecret: 'secret-client-google-calendar' };

  it('expire an access token now → 401; refresh still works and is counted per grant', async () => {
    const conn = await connect(base, calendar);
    expect((await control('POST', '/tokens/expire', { accessToken: conn.accessToken })).status).toBe(200);
    expect((await conn.call('events.list', listEvents)).status).toBe(401);
    const r = await tokenCall(base, calendar, { grant_type: 'refresh_token', refresh_token: conn.refreshToken as string }, creds);
    const fresh = getPath(r.json, 'access_token') as string;
    expect((await conn.call('events.list', { ...listEvents, token: fresh })).status).toBe(200);
    const grants = (await control('GET', '/grants')).json as Array<{ id: string; refreshes: number; scopes: string[] }>;
    const counters = (await control('GET', '/counters')).json as { refreshesByGrant: Record<string, number>; tokenExchanges: number };
    const mine = grants[grants.length - 1];
    expect(mine.refreshes).toBe(1);
    expect(counters.refreshesByGrant[mine.id]).toBe(1);
    expect(counters.tokenExchanges).toBeGreaterThan(0);
  });

  it('revoke a grant → refresh gives invalid_grant and the API answers unauthorized', async () => {
    const conn = await connect(base, calendar);
    expect((await control('POST', '/grants/revoke', { accessToken: conn.accessToken })).status).toBe(200);
    const r = await tokenCall(base, calendar, { grant_type: 'refresh_token', refresh_token: conn.refreshToken as string }, creds);
    expect(oauthErrorCode(calendar, r)).toBe('invalid_grant');
    expect((await conn.call('events.list', listEvents)).status).toBe(401);
    expect((await control('POST', '/grants/revoke', { grantId: 'nope' })).status).toBe(404);
  });

  it('lists providers, groups with their 3 accounts, and routes', async () => {
    const res = (await control('GET', '/providers')).json as {
      providers: Array<{ id: string }>;
      groups: Array<{ id: string; providers: string[]; accounts: Array<{ id: string; email: string }> }>;
      routes: unknown[];
    };
    expect(res.providers.map((p) => p.id).sort()).toEqual(catalog.providers.map((p) => p.id).sort());
    const google = res.groups.find((g) => g.providers.includes('google-drive'));
    expect(google?.providers).toContain('google-calendar');
    for (const g of res.groups) {
      expect(g.accounts).toHaveLength(3);
      expect(new Set(g.accounts.map((a) => a.id)).size).toBe(3);
    }
    const accounts = (await control('GET', '/accounts?provider=google-docs')).json as Record<string, unknown[]>;
    expect(Object.keys(accounts)).toEqual([google?.id]);
    // Deterministic across instances: a second sandbox names the same accounts.
    const other = createSandbox({ catalog });
    expect(other.table.groups.get(google?.id as string)?.accounts).toEqual(google?.accounts);
  });

  it('reset forgets tokens, faults and counters', async () => {
    const conn = await connect(base, calendar);
    await control('POST', '/faults', { operationId: 'events.list', kind: '5xx', count: 5 });
    expect((await control('POST', '/reset')).status).toBe(200);
    expect((await conn.call('events.list', listEvents)).status).toBe(401);
    const counters = (await control('GET', '/counters')).json as { tokenExchanges: number; operations: Record<string, number> };
    expect(counters.tokenExchanges).toBe(0);
    expect(counters.operations).toEqual({ 'google-calendar:events.list': 1 });
    expect((await control('GET', '/faults')).json).toEqual([]);
  });

  it('unknown control and provider routes answer 404 JSON', async () => {
    expect((await control('GET', '/nothing')).status).toBe(404);
    const res = await http(`${base}/no.such.host/api/x`);
    expect(res.status).toBe(404);
    expect(getPath(res.json, 'error.code')).toBe('sandbox_no_route');
  });
});
