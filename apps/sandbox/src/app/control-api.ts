import type { RequestContext } from './request-context';
import { sendJson } from './http-io';
import { mintGrant } from './oauth-endpoints';
import { isPlainObject } from './path-utils';
import type { EndpointName, FaultKind } from './sandbox-state';

const FAULT_KINDS: FaultKind[] = ['5xx', '429', 'rateLimit', 'delay', 'drop'];
const ENDPOINTS: EndpointName[] = ['authorize', 'token', 'refresh', 'revoke', 'identity'];

function bad(ctx: RequestContext, message: string, status = 400): void {
  sendJson(ctx.res, status, { error: { code: 'bad_request', message } });
}

function json(ctx: RequestContext): Record<string, unknown> {
  return ctx.body.kind === 'json' && isPlainObject(ctx.body.value) ? ctx.body.value : ctx.body.kind === 'form' ? ctx.body.value : {};
}

/** `/_sandbox/…`: test and demo controls (see apps/sandbox/README.md). */
export function handleControl(ctx: RequestContext, sub: string): void {
  const { state, table } = ctx;
  const m = ctx.method;
  const b = json(ctx);

  if (sub === '/providers' && m === 'GET') {
    return sendJson(ctx.res, 200, {
      providers: table.catalog.providers.map((p) => ({
        id: p.id,
        name: p.name,
        group: p.oauth.group || p.id,
        authType: p.authType,
        ...(p.credential ? { credential: p.credential } : {}),
        operations: p.operations.map((o) => o.id),
        scopes: p.scopes.map((s) => s.scope),
      })),
      groups: [...table.groups.values()].map((g) => ({
        id: g.id,
        name: g.name,
        providers: g.providers.map((p) => p.id),
        accounts: g.accounts,
        authorizeUrl: `${ctx.options.publicUrl}/${g.oauth.authorizationUrl.replace(/^[a-z]+:\/\//i, '')}`,
      })),
      routes: table
        .allRoutes()
        .map((r) => ({ kind: r.kind, method: r.method ?? '*', path: r.template, provider: r.provider.id, operationId: r.operation?.id })),
    });
  }
  if (sub === '/accounts' && m === 'GET') {
    const id = ctx.query.get('provider');
    const groups = [...table.groups.values()].filter((g) => !id || g.id === id || g.providers.some((p) => p.id === id));
    return sendJson(ctx.res, 200, Object.fromEntries(groups.map((g) => [g.id, g.accounts])));
  }
  if (sub === '/clients' && m === 'POST') {
    if (typeof b['clientId'] !== 'string' || typeof b['clientSecret'] !== 'string')
      return bad(ctx, 'clientId and clientSecret (strings) are required');
    state.clients.set(b['clientId'], b['clientSecret']);
    return sendJson(ctx.res, 201, { clientId: b['clientId'] });
  }
  if (sub === '/clients' && m === 'GET')
    return sendJson(
      ctx.res,
      200,
      [...state.clients.keys()].map((clientId) => ({ clientId })),
    );
  if (sub === '/credentials' && m === 'POST') {
    // A credential connector's valid API key / bearer token / user + password, for account `account` (default 1).
    const provider = table.catalog.providers.find((p) => p.id === b['provider']);
    if (!provider || provider.authType !== 'credential' || !provider.credential)
      return bad(ctx, 'provider must be the id of a credential connector (API key, bearer token or basic)');
    const str = (k: string) => (typeof b[k] === 'string' && b[k] !== '' ? (b[k] as string) : undefined);
    const kind = provider.credential.kind;
    const value =
      kind === 'apiKey'
        ? str('apiKey')
        : kind === 'bearer'
          ? str('token')
          : str('username') && str('password')
            ? `${str('username')}:${str('password')}`
            : undefined;
    if (!value)
      return bad(ctx, kind === 'apiKey' ? 'apiKey is required' : kind === 'bearer' ? 'token is required' : 'username and password are required');
    const account = b['account'] === undefined ? 1 : Number(b['account']);
    if (!Number.isInteger(account) || account < 1 || account > 3) return bad(ctx, 'account must be 1, 2 or 3');
    if (!state.credentials.has(provider.id)) state.credentials.set(provider.id, new Map());
    state.credentials.get(provider.id)?.set(`${kind}:${value}`, account);
    return sendJson(ctx.res, 201, { provider: provider.id, kind, account });
  }
  if (sub === '/faults' && m === 'POST') {
    const kind = b['kind'] as FaultKind;
    if (!FAULT_KINDS.includes(kind)) return bad(ctx, `kind must be one of ${FAULT_KINDS.join(', ')}`);
    const operationId = typeof b['operationId'] === 'string' ? b['operationId'] : undefined;
    const endpoint = typeof b['endpoint'] === 'string' ? (b['endpoint'] as EndpointName) : undefined;
    if (!operationId === !endpoint) return bad(ctx, 'give exactly one of operationId or endpoint');
    if (endpoint && !ENDPOINTS.includes(endpoint)) return bad(ctx, `endpoint must be one of ${ENDPOINTS.join(', ')}`);
    const count = b['count'] === undefined ? 1 : Number(b['count']);
    if (!Number.isInteger(count) || count < 1) return bad(ctx, 'count must be a positive integer');
    const num = (k: string) => (typeof b[k] === 'number' ? (b[k] as number) : undefined);
    const fault = state.addFault({
      kind,
      operationId,
      endpoint,
      provider: typeof b['provider'] === 'string' ? b['provider'] : undefined,
      remaining: count,
      status: num('status'),
      retryAfter: num('retryAfter'),
      delayMs: num('delayMs'),
      code: typeof b['code'] === 'string' ? b['code'] : undefined,
    });
    return sendJson(ctx.res, 201, fault);
  }
  if (sub === '/faults' && m === 'GET') return sendJson(ctx.res, 200, state.faults);
  if (sub === '/faults' && m === 'DELETE') {
    state.faults = [];
    return sendJson(ctx.res, 204, undefined);
  }
  if (sub === '/tokens' && m === 'POST') {
    // Shortcut for demos and benchmarks: a grant + token without the consent dance.
    const id = String(b['provider'] ?? '');
    const group = table.groups.get(id) ?? [...table.groups.values()].find((g) => g.providers.some((p) => p.id === id));
    if (!group) return bad(ctx, `unknown provider or auth group "${id}"`, 404);
    const accountIndex = b['account'] === undefined ? 1 : Number(b['account']);
    if (!group.accounts.some((a) => a.index === accountIndex)) return bad(ctx, `account must be 1..${group.accounts.length}`);
    const scopes = Array.isArray(b['scopes']) ? (b['scopes'] as unknown[]).map(String) : [...group.scopes.keys()];
    const unknown = scopes.filter((s) => !group.scopes.has(s));
    if (unknown.length) return bad(ctx, `unknown scope(s): ${unknown.join(', ')}`);
    const { grant, access } = mintGrant(ctx, group, typeof b['clientId'] === 'string' ? b['clientId'] : 'sandbox-client', accountIndex, scopes);
    return sendJson(ctx.res, 201, {
      grantId: grant.id,
      group: group.id,
      account: group.accounts[accountIndex - 1],
      scopes,
      accessToken: access.token,
      refreshToken: grant.refreshToken,
      expiresAt: new Date(access.expiresAt).toISOString(),
    });
  }
  if (sub === '/tokens/expire' && m === 'POST') {
    const token = b['accessToken'];
    const grantId = b['grantId'];
    let n = 0;
    for (const at of state.accessTokens.values()) {
      if (at.token === token || at.grantId === grantId) {
        at.expiresAt = state.now() - 1;
        n++;
      }
    }
    return n ? sendJson(ctx.res, 200, { expired: n }) : bad(ctx, 'no access token matches accessToken/grantId', 404);
  }
  if (sub === '/grants' && m === 'GET') {
    return sendJson(
      ctx.res,
      200,
      [...state.grants.values()].map((g) => ({
        id: g.id,
        group: g.groupId,
        clientId: g.clientId,
        account: table.groups.get(g.groupId)?.accounts[g.accountIndex - 1],
        scopes: g.scopes,
        revoked: g.revoked,
        refreshes: state.counters.refreshesByGrant[g.id] ?? 0,
      })),
    );
  }
  if (sub === '/grants/revoke' && m === 'POST') {
    let grantId = typeof b['grantId'] === 'string' ? b['grantId'] : undefined;
    if (!grantId && typeof b['accessToken'] === 'string') grantId = state.accessTokens.get(b['accessToken'])?.grantId;
    if (!grantId && typeof b['refreshToken'] === 'string') grantId = state.refreshTokens.get(b['refreshToken']);
    if (!grantId || !state.revokeGrant(grantId)) return bad(ctx, 'no grant matches grantId/accessToken/refreshToken', 404);
    return sendJson(ctx.res, 200, { revoked: grantId });
  }
  if (sub === '/counters' && m === 'GET') return sendJson(ctx.res, 200, state.counters);
  if (sub === '/clock' && m === 'POST') {
    const s = Number(b['advanceSeconds']);
    if (!Number.isFinite(s)) return bad(ctx, 'advanceSeconds (number) is required');
    state.clockOffsetMs += s * 1000;
    return sendJson(ctx.res, 200, { now: new Date(state.now()).toISOString() });
  }
  if (sub === '/reset' && m === 'POST') {
    state.reset();
    return sendJson(ctx.res, 200, { reset: true });
  }
  return sendJson(ctx.res, 404, { error: { code: 'not_found', message: `No control endpoint ${m} /_sandbox${sub}` } });
}
