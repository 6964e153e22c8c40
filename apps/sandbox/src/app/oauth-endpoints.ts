import { createHash, timingSafeEqual } from 'node:crypto';
import type { OAuthConfig } from '@patchbay/spec';
import { accountLabelForPath, accountValueForPath, type SandboxAccount } from './accounts';
import { renderConsentPage, renderErrorPage } from './consent-page';
import { applyFault } from './fault-apply';
import { basicCredentials, bearerToken, redirect, sendHtml, sendJson } from './http-io';
import { oauthError, apiError } from './error-render';
import { getPath, setPath } from './path-utils';
import type { RequestContext } from './request-context';
import type { AuthGroup, Route } from './route-table';
import type { AccessToken, Grant } from './sandbox-state';
import { sampleSchema } from './schema-sample';
import { seededRng } from './path-utils';
import { instanceUrlFor, reportsExpiry } from './provider-hints';

function splitScopes(value: string | null | undefined, separator: string): string[] {
  if (!value) return [];
  const parts = separator.trim() === '' ? value.split(/\s+/) : value.split(separator);
  return [...new Set(parts.map((s) => s.trim()).filter(Boolean))];
}

function sendRendered(ctx: RequestContext, r: { status: number; body: unknown; headers: Record<string, string> }): void {
  sendJson(ctx.res, r.status, r.body, r.headers);
}

/** Params of an authorize request: the query string, plus the consent form's fields when it POSTs back. */
function authorizeParams(ctx: RequestContext): URLSearchParams {
  const params = new URLSearchParams(ctx.query);
  if (ctx.body.kind === 'form') {
    const form = new URLSearchParams(ctx.rawBody.toString('utf8'));
    for (const [k, v] of form) params.append(k, v);
  }
  return params;
}

export function resolveAccount(group: AuthGroup, selector: string | null): SandboxAccount | undefined {
  if (!selector) return group.accounts[0];
  const n = Number(selector);
  if (Number.isInteger(n)) return group.accounts.find((a) => a.index === n);
  return group.accounts.find((a) => a.id === selector || a.email === selector);
}

function errorRedirect(ctx: RequestContext, redirectUri: string, state: string | null, error: string, description: string): void {
  const url = new URL(redirectUri);
  url.searchParams.set('error', error);
  url.searchParams.set('error_description', description);
  if (state !== null) url.searchParams.set('state', state);
  redirect(ctx.res, url.toString());
}

export async function handleAuthorize(ctx: RequestContext, route: Route): Promise<void> {
  const group = route.group;
  const o = group.oauth;
  const { state } = ctx;
  state.counters.authorizations++;
  const fault = state.takeFault({ endpoint: 'authorize', groupId: group.id });
  if ((await applyFault(ctx, fault, group.primary, true)) === 'handled') return;

  const p = authorizeParams(ctx);
  const headless = p.has('sandbox_auto');
  const fail = (status: number, title: string, message: string) =>
    headless ? sendJson(ctx.res, status, { error: title, error_description: message }) : sendHtml(ctx.res, status, renderErrorPage(title, message));

  // Errors before the redirect URI is trusted are shown to the user, never redirected (RFC 6749 §4.1.2.1).
  const clientId = p.get(o.clientIdParam);
  if (!clientId) {
    const hint = o.clientIdParam !== 'client_id' && p.has('client_id') ? ` (this provider names it "${o.clientIdParam}", not "client_id")` : '';
    return fail(400, 'invalid_request', `Missing required parameter: ${o.clientIdParam}${hint}`);
  }
  const redirectUri = p.get('redirect_uri');
  if (!redirectUri) return fail(400, 'invalid_request', 'Missing required parameter: redirect_uri');
  try {
    new URL(redirectUri);
  } catch {
    return fail(400, 'invalid_request', `redirect_uri is not an absolute URL: ${redirectUri}`);
  }
  const stateParam = p.get('state');
  if (p.get('response_type') !== 'code')
    return errorRedirect(ctx, redirectUri, stateParam, 'unsupported_response_type', 'response_type must be "code"');
  for (const [k, v] of Object.entries(o.authorizeParams)) {
    if (p.get(k) !== v) return errorRedirect(ctx, redirectUri, stateParam, 'invalid_request', `Missing or wrong parameter ${k} (expected "${v}")`);
  }
  const requested = splitScopes(p.get(o.scopeParam), o.scopeSeparator);
  const unknown = requested.filter((s) => !group.scopes.has(s));
  if (unknown.length) return errorRedirect(ctx, redirectUri, stateParam, 'invalid_scope', `Unknown scope(s): ${unknown.join(', ')}`);

  let challenge = p.get('code_challenge') ?? undefined;
  const challengeMethod = p.get('code_challenge_method') ?? undefined;
  if (o.pkce === 'unsupported') challenge = undefined; // the provider ignores PKCE parameters
  if (o.pkce === 'required' && !challenge) return errorRedirect(ctx, redirectUri, stateParam, 'invalid_request', 'code_challenge is required');
  if (challenge && challengeMethod && !['S256', 'plain'].includes(challengeMethod)) {
    return errorRedirect(ctx, redirectUri, stateParam, 'invalid_request', `Unsupported code_challenge_method ${challengeMethod}`);
  }

  const action = p.get('sandbox_auto') ?? p.get('sandbox_action');
  if (action === 'deny') return errorRedirect(ctx, redirectUri, stateParam, 'access_denied', 'The user denied access');
  if (action !== 'approve') {
    if (ctx.method !== 'GET') return fail(400, 'invalid_request', 'sandbox_action must be approve or deny');
    const defaults = new Set(o.defaultScopes);
    return sendHtml(
      ctx.res,
      200,
      renderConsentPage({
        appName: `OAuth client ${clientId}`,
        providerName: providerNameForScopes(group, requested),
        clientId,
        redirectUri,
        accounts: group.accounts,
        scopes: requested.map((s) => ({ scope: s, description: group.scopes.get(s) ?? s, locked: defaults.has(s) })),
        partialGrant: o.partialGrant,
      }),
    );
  }

  const account = resolveAccount(group, p.get('sandbox_account'));
  if (!account)
    return fail(400, 'invalid_request', `Unknown sandbox_account ${p.get('sandbox_account')} (1..${group.accounts.length}, an id or an email)`);

  // Partial consent: only where the provider lets users untick scopes; default scopes stay granted.
  let granted = requested;
  if (o.partialGrant) {
    let chosen: string[] | undefined;
    if (p.has('sandbox_form')) chosen = p.getAll('sandbox_scope');
    else if (p.has('sandbox_grant')) chosen = splitScopes(p.get('sandbox_grant'), ' ').flatMap((s) => s.split(','));
    if (chosen) {
      const keep = new Set([...chosen, ...o.defaultScopes]);
      granted = requested.filter((s) => keep.has(s));
    }
  }
  // Incremental authorization (Google include_granted_scopes): the new grant also covers earlier ones.
  const incremental = Object.keys(o.incrementalParams).length > 0 && Object.entries(o.incrementalParams).every(([k, v]) => p.get(k) === v);
  if (incremental) {
    const before = new Set(granted);
    for (const g of state.grants.values()) {
      if (g.groupId === group.id && g.clientId === clientId && g.accountIndex === account.index && !g.revoked)
        for (const s of g.scopes) before.add(s);
    }
    granted = [...before];
  }

  const code = state.newToken('code');
  state.codes.set(code, {
    code,
    groupId: group.id,
    clientId,
    redirectUri,
    accountIndex: account.index,
    scopes: granted,
    codeChallenge: challenge,
    codeChallengeMethod: challenge ? (challengeMethod ?? 'plain') : undefined,
    expiresAt: state.now() + ctx.options.codeTtlSeconds * 1000,
    used: false,
  });
  const url = new URL(redirectUri);
  url.searchParams.set('code', code);
  if (stateParam !== null) url.searchParams.set('state', stateParam);
  if (o.callbackScopesParam) url.searchParams.set(o.callbackScopesParam, granted.join(o.scopeSeparator));
  redirect(ctx.res, url.toString());
}

function providerNameForScopes(group: AuthGroup, scopes: string[]): string {
  if (group.providers.length === 1) return group.primary.name;
  const specific = scopes.filter((s) => !group.oauth.defaultScopes.includes(s));
  const names = group.providers.filter((p) => p.scopes.some((s) => specific.includes(s.scope))).map((p) => p.name);
  return names.length ? `${group.name} (${names.join(', ')})` : group.name;
}

/** Flattens a JSON or form body to string params (token endpoints only carry scalars). */
function bodyParams(ctx: RequestContext): Record<string, string> {
  if (ctx.body.kind === 'form') return ctx.body.value;
  if (ctx.body.kind === 'json' && ctx.body.value && typeof ctx.body.value === 'object') {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(ctx.body.value as Record<string, unknown>)) if (v !== null && v !== undefined) out[k] = String(v);
    return out;
  }
  return {};
}

function bodyFormatError(ctx: RequestContext, expected: 'form' | 'json'): string | undefined {
  if (ctx.body.kind === 'invalid') return ctx.body.reason;
  if (ctx.body.kind === 'none') return undefined; // e.g. everything in Basic + query; missing params are reported later
  if (expected === 'json' && ctx.body.kind !== 'json') return 'This endpoint expects a JSON body (application/json)';
  if (expected === 'form' && ctx.body.kind !== 'form') return 'This endpoint expects a form body (application/x-www-form-urlencoded)';
  return undefined;
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Client authentication exactly as the model says: Basic header, or id + secret in the body. */
function authenticateClient(
  ctx: RequestContext,
  o: OAuthConfig,
  mode: 'body' | 'basic',
  params: Record<string, string>,
): { clientId: string } | { error: string } {
  const basic = basicCredentials(ctx.req);
  let id: string | undefined;
  let secret: string | undefined;
  if (mode === 'basic') {
    if (!basic) return { error: 'Client authentication must use HTTP Basic (Authorization: Basic base64(id:secret))' };
    id = basic.id;
    secret = basic.secret;
  } else {
    if (basic && !params['client_secret']) return { error: 'Client credentials must be sent in the request body, not in an Authorization header' };
    id = params[o.clientIdParam];
    secret = params['client_secret'];
    if (!id)
      return {
        error:
          `Missing ${o.clientIdParam} in the request body` +
          (o.clientIdParam !== 'client_id' && params['client_id'] ? ` (this provider names it "${o.clientIdParam}")` : ''),
      };
  }
  if (!secret) return { error: 'Missing client_secret' };
  if (!safeEqual(secret, ctx.state.secretFor(id))) return { error: 'Invalid client credentials' };
  return { clientId: id };
}

export function pkceChallengeFor(verifier: string, encoding: 'S256' | 'S256-hex'): string {
  const digest = createHash('sha256').update(verifier).digest();
  return encoding === 'S256-hex' ? digest.toString('hex') : digest.toString('base64url');
}

export async function handleToken(ctx: RequestContext, route: Route): Promise<void> {
  const group = route.group;
  const o = group.oauth;
  const provider = group.primary;
  const { state } = ctx;
  const params = bodyParams(ctx);
  const grantType = params['grant_type'];
  const isRefresh = grantType === 'refresh_token';
  if (isRefresh) state.counters.refreshes++;
  else state.counters.tokenExchanges++;
  const fault = state.takeFault({ endpoint: isRefresh ? 'refresh' : 'token', groupId: group.id, providerId: provider.id });
  if ((await applyFault(ctx, fault, provider, true)) === 'handled') return;

  const formatError = bodyFormatError(ctx, o.bodyFormat);
  if (formatError) return sendRendered(ctx, oauthError(provider, 'invalid_request', formatError, 400));
  const client = authenticateClient(ctx, o, o.clientAuth, params);
  if ('error' in client) return sendRendered(ctx, oauthError(provider, 'invalid_client', client.error, 401));

  if (grantType === 'authorization_code') {
    const rec = params['code'] ? state.codes.get(params['code']) : undefined;
    if (!rec || rec.groupId !== group.id) return sendRendered(ctx, oauthError(provider, 'invalid_grant', 'Unknown authorization code'));
    if (rec.used) return sendRendered(ctx, oauthError(provider, 'invalid_grant', 'Authorization code already used'));
    if (rec.expiresAt < state.now()) return sendRendered(ctx, oauthError(provider, 'invalid_grant', 'Authorization code expired'));
    if (rec.clientId !== client.clientId)
      return sendRendered(ctx, oauthError(provider, 'invalid_grant', 'Authorization code was issued to another client'));
    if (params['redirect_uri'] !== rec.redirectUri)
      return sendRendered(ctx, oauthError(provider, 'invalid_grant', 'redirect_uri does not match the authorization request'));
    if (rec.codeChallenge) {
      const verifier = params['code_verifier'];
      if (!verifier) return sendRendered(ctx, oauthError(provider, 'invalid_grant', 'code_verifier is required (a code_challenge was sent)'));
      const expected = rec.codeChallengeMethod === 'plain' ? verifier : pkceChallengeFor(verifier, o.pkceEncoding);
      if (!safeEqual(expected, rec.codeChallenge))
        return sendRendered(ctx, oauthError(provider, 'invalid_grant', 'code_verifier does not match the code_challenge'));
    }
    rec.used = true;
    const { grant, access } = mintGrant(ctx, group, client.clientId, rec.accountIndex, rec.scopes);
    return sendJson(ctx.res, 200, buildTokenResponse(ctx, group, grant, access, grant.refreshToken));
  }

  if (isRefresh) {
    if (o.refresh === 'none') return sendRendered(ctx, oauthError(provider, 'unsupported_grant_type', 'This provider issues no refresh tokens'));
    const rt = params['refresh_token'];
    const grantId = rt ? state.refreshTokens.get(rt) : undefined;
    const grant = grantId ? state.grants.get(grantId) : undefined;
    if (!grant || grant.groupId !== group.id) return sendRendered(ctx, oauthError(provider, 'invalid_grant', 'Unknown refresh token'));
    if (grant.revoked) return sendRendered(ctx, oauthError(provider, 'invalid_grant', 'Token has been expired or revoked.'));
    if (grant.retiredRefreshTokens.includes(rt))
      return sendRendered(ctx, oauthError(provider, 'invalid_grant', 'Refresh token was rotated out and is no longer valid'));
    if (grant.clientId !== client.clientId)
      return sendRendered(ctx, oauthError(provider, 'invalid_grant', 'Refresh token was issued to another client'));
    state.counters.refreshesByGrant[grant.id] = (state.counters.refreshesByGrant[grant.id] ?? 0) + 1;
    let newRefresh: string | undefined;
    if (o.refresh === 'rotating') {
      grant.retiredRefreshTokens.push(rt);
      newRefresh = state.newToken('rt');
      grant.refreshToken = newRefresh;
      state.refreshTokens.set(newRefresh, grant.id);
    }
    const access = issueAccessToken(ctx, grant, o);
    return sendJson(ctx.res, 200, buildTokenResponse(ctx, group, grant, access, newRefresh));
  }
  return sendRendered(ctx, oauthError(provider, 'unsupported_grant_type', `Unsupported grant_type ${grantType ?? '(missing)'}`));
}

/** Creates a grant with its first access token (and refresh token unless the provider has none). */
export function mintGrant(
  ctx: RequestContext,
  group: AuthGroup,
  clientId: string,
  accountIndex: number,
  scopes: string[],
): { grant: Grant; access: AccessToken } {
  const { state } = ctx;
  const grant: Grant = {
    id: state.newGrantId(),
    groupId: group.id,
    clientId,
    accountIndex,
    scopes,
    createdAt: state.now(),
    revoked: false,
    retiredRefreshTokens: [],
  };
  state.grants.set(grant.id, grant);
  state.counters.refreshesByGrant[grant.id] = 0;
  if (group.oauth.refresh !== 'none') {
    grant.refreshToken = state.newToken('rt');
    state.refreshTokens.set(grant.refreshToken, grant.id);
  }
  return { grant, access: issueAccessToken(ctx, grant, group.oauth) };
}

function issueAccessToken(ctx: RequestContext, grant: Grant, o: OAuthConfig): AccessToken {
  const ttl = o.refresh === 'none' ? ctx.options.longTokenTtlSeconds : ctx.options.accessTokenTtlSeconds;
  const at: AccessToken = { token: ctx.state.newToken('at'), grantId: grant.id, expiresAt: ctx.state.now() + ttl * 1000, revoked: false };
  ctx.state.accessTokens.set(at.token, at);
  return at;
}

function buildTokenResponse(
  ctx: RequestContext,
  group: AuthGroup,
  grant: Grant,
  access: AccessToken,
  refreshToken: string | undefined,
): Record<string, unknown> {
  const o = group.oauth;
  const tr = o.tokenResponse;
  const provider = group.primary;
  const account = group.accounts[grant.accountIndex - 1];
  const body: Record<string, unknown> = {};
  if (o.okField) body[o.okField] = true;
  setPath(body, tr.accessToken, access.token);
  if (tr.tokenType) setPath(body, tr.tokenType, 'Bearer');
  if (reportsExpiry(provider, o)) setPath(body, tr.expiresIn, Math.round((access.expiresAt - ctx.state.now()) / 1000));
  if (refreshToken && tr.refreshToken) setPath(body, tr.refreshToken, refreshToken);
  if (tr.scope) setPath(body, tr.scope, grant.scopes.join(tr.scopeSeparator || o.scopeSeparator));
  if (provider.identity.source === 'token') {
    setPath(body, provider.identity.idPath, accountValueForPath(account, provider.identity.idPath));
    if (provider.identity.labelPath && getPath(body, provider.identity.labelPath) === undefined)
      setPath(body, provider.identity.labelPath, accountLabelForPath(account, provider.identity.labelPath));
  }
  for (const [name, path] of Object.entries(o.metadata)) {
    if (o.apiBaseUrlFrom === name) setPath(body, path, instanceUrlFor(provider));
    else if (getPath(body, path) === undefined) setPath(body, path, accountValueForPath(account, path));
  }
  return body;
}

/** Resolves a presented bearer token to its live grant, or says why it is not usable. */
export function lookupAccessToken(ctx: RequestContext, token: string | undefined): { grant: Grant; access: AccessToken } | { error: string } {
  if (!token) return { error: 'Missing bearer token' };
  const access = ctx.state.accessTokens.get(token);
  if (!access) return { error: 'Invalid access token' };
  if (access.revoked) return { error: 'Access token has been revoked' };
  if (access.expiresAt <= ctx.state.now()) return { error: 'Access token expired' };
  const grant = ctx.state.grants.get(access.grantId);
  if (!grant || grant.revoked) return { error: 'Grant has been revoked' };
  return { grant, access };
}

export async function handleRevoke(ctx: RequestContext, route: Route, pathParams: Record<string, string>): Promise<void> {
  const group = route.group;
  const o = group.oauth;
  const rev = o.revocation;
  const provider = group.primary;
  const { state } = ctx;
  if (!rev) return sendJson(ctx.res, 404, { error: 'no_revocation' });
  state.counters.revocations++;
  const fault = state.takeFault({ endpoint: 'revoke', groupId: group.id, providerId: provider.id });
  if ((await applyFault(ctx, fault, provider, true)) === 'handled') return;
  const formatError = bodyFormatError(ctx, rev.bodyFormat);
  if (formatError) return sendRendered(ctx, oauthError(provider, 'invalid_request', formatError, 400));
  const params = { ...Object.fromEntries(ctx.query), ...bodyParams(ctx) };
  if (rev.clientAuth !== 'none') {
    const client = authenticateClient(ctx, o, rev.clientAuth, params);
    if ('error' in client) return sendRendered(ctx, oauthError(provider, 'invalid_client', client.error, 401));
  }
  const token = params[rev.tokenParam] ?? Object.values(pathParams)[0] ?? (rev.clientAuth === 'basic' ? undefined : bearerToken(ctx.req));
  if (!token) return sendRendered(ctx, oauthError(provider, 'invalid_request', `Missing ${rev.tokenParam}`));
  const grantId = state.accessTokens.get(token)?.grantId ?? state.refreshTokens.get(token);
  // Revoking any token of a grant kills the grant: refresh then answers invalid_grant (RFC 7009 §2.1 allows it).
  if (grantId) state.revokeGrant(grantId);
  if (rev.method === 'DELETE') return sendJson(ctx.res, 204, undefined);
  const body: Record<string, unknown> = {};
  if (o.okField) {
    body[o.okField] = true;
    body['revoked'] = !!grantId;
  }
  return sendJson(ctx.res, 200, body);
}

export async function handleIdentity(ctx: RequestContext, route: Route): Promise<void> {
  const group = route.group;
  const provider = route.provider;
  const { state } = ctx;
  state.counters.identityCalls++;
  const fault = state.takeFault({ endpoint: 'identity', groupId: group.id, providerId: provider.id });
  if ((await applyFault(ctx, fault, provider, false)) === 'handled') return;
  const found = lookupAccessToken(ctx, bearerToken(ctx.req));
  if ('error' in found) return sendRendered(ctx, apiError(provider, 'unauthorized', found.error));
  const account = group.accounts[found.grant.accountIndex - 1];
  const idReq = provider.identity.request;
  // If the identity URL is also a spec operation (Slack auth.test), start from its response schema.
  // Compared without the query string: an identity URL may pin parameters (`?fields=…`) of the same operation.
  const idUrl = idReq?.url.split('?')[0];
  const sameOp = idReq
    ? provider.operations.find((x) => x.method.toUpperCase() === idReq.method && joinUrl(x.serverUrl || provider.baseUrl, x.path) === idUrl)
    : undefined;
  const base = sameOp?.responseSchema
    ? sampleSchema(sameOp.responseSchema, seededRng(`${provider.id}:${account.id}:identity`), { okField: provider.oauth.okField })
    : undefined;
  const body: Record<string, unknown> =
    base && typeof base === 'object' && !Array.isArray(base)
      ? (base as Record<string, unknown>)
      : {
          sub: account.id,
          email: account.email,
          email_verified: true,
          name: account.name,
          given_name: account.givenName,
          family_name: account.familyName,
        };
  if (provider.oauth.okField) body[provider.oauth.okField] = true;
  setPath(body, provider.identity.idPath, accountValueForPath(account, provider.identity.idPath));
  if (provider.identity.labelPath) setPath(body, provider.identity.labelPath, accountLabelForPath(account, provider.identity.labelPath));
  sendJson(ctx.res, 200, body);
}

function joinUrl(server: string, path: string): string {
  return server.replace(/\/+$/, '') + (path.startsWith('/') ? path : `/${path}`);
}
