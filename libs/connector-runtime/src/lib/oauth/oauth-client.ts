import { getPath, type ClientAuth, type OAuthConfig, type ProviderModel, type RevocationConfig } from '@patchbay/spec';
import type { JWTVerifyGetKey } from 'jose';
import type { AuthServerDiscovery, AuthServerMetadata } from './discovery';
import { jose } from './jose';
import { OAuthError, classifyOAuthError } from './oauth-error';

/**
 * A spec-driven OAuth 2.0 client: authorize URL, code exchange, refresh, revocation and the identity call,
 * with every provider quirk read from the catalog model (client auth, body format, renamed client id,
 * `ok:false` bodies, token paths, metadata). It never branches on a provider id.
 */

export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
}

export interface TokenSet {
  accessToken: string;
  refreshToken?: string;
  /** When the access token stops working, if the provider said (`expires_in`); undefined = unknown. */
  expiresAt?: Date;
  tokenType?: string;
  /** Scopes the provider says it granted; undefined when the response does not say. */
  grantedScopes?: string[];
  /** Values kept from the token response by `oauth.metadata` (e.g. the API base URL). */
  metadata: Record<string, string>;
}

export interface AccountIdentity {
  id: string;
  label: string;
}

export interface OAuthClientOptions {
  /** Applied to every URL the client calls or hands out (the sandbox override); identity by default. */
  rewriteUrl?: (url: string) => string;
  fetch?: typeof fetch;
  /** Per request; providers that hang must not hold a connection flow forever. */
  timeoutMs?: number;
  now?: () => Date;
  /** What the authorization server publishes about itself; fills in only what the spec files do not state. */
  metadata?: AuthServerMetadata;
  /** Signing keys of issuers and the client authentication each token endpoint accepted (shared, long-lived). */
  discovery?: AuthServerDiscovery;
}

/** What the identity step knows about the flow besides the token response. */
export interface IdentityContext {
  /** The nonce sent on the authorization request; an id_token must carry it. */
  nonce?: string;
  /** Scopes granted (or, when the provider does not say, requested): `openid` turns on OpenID identity. */
  grantedScopes?: readonly string[];
}

/**
 * The provider's OAuth settings with the server's metadata filling what neither provider.yaml nor the auth group
 * states (models built without `declared` take no metadata at all).
 */
export function withServerMetadata(provider: ProviderModel, m: AuthServerMetadata | undefined): OAuthConfig {
  const o = provider.oauth;
  if (!m || !provider.declared) return o;
  const stated = new Set(provider.declared.oauth);
  const out: OAuthConfig = { ...o };
  const methods = m.tokenEndpointAuthMethods;
  if (!stated.has('clientAuth') && methods) {
    // client_secret_basic is the OpenID and RFC 6749 default; a server taking both gets a fallback (see tokenRequest).
    if (methods.includes('client_secret_basic')) out.clientAuth = 'basic';
    else if (methods.includes('client_secret_post')) out.clientAuth = 'body';
  }
  if (!stated.has('pkce') && m.codeChallengeMethods) out.pkce = m.codeChallengeMethods.includes('S256') ? 'required' : 'unsupported';
  if (!stated.has('revocation') && m.revocationEndpoint) {
    out.revocation = {
      url: m.revocationEndpoint,
      method: 'POST',
      bodyFormat: 'form',
      clientAuth: out.clientAuth,
      tokenParam: 'token',
      // Revoking the refresh token ends the whole grant (RFC 7009 §2.1).
      token: 'refresh',
      extraParams: {},
    };
  }
  return out;
}

export interface AuthorizationRequest {
  redirectUri: string;
  scopes: string[];
  state: string;
  codeChallenge?: string;
  /** add_scopes mode: send the provider's incremental-consent parameters. */
  incremental?: boolean;
  extraParams?: Record<string, string>;
}

type Json = Record<string, unknown>;

/** `Retry-After` as delay-seconds or an HTTP date, in whole seconds; undefined when absent or unreadable. */
export function retryAfterSeconds(value: string | null, now: Date = new Date()): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v);
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

function asString(v: unknown): string | undefined {
  if (typeof v === 'string' && v.length > 0) return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

export class OAuthClient {
  /** The provider's OAuth settings as this client applies them (spec files, then server metadata). */
  readonly config: OAuthConfig;
  private readonly oauth: OAuthConfig;
  private readonly rewrite: (url: string) => string;
  private readonly doFetch: typeof fetch;
  private readonly timeoutMs: number;
  private readonly now: () => Date;
  private readonly metadata?: AuthServerMetadata;
  private readonly discovery?: AuthServerDiscovery;
  /** Whether a refused client authentication may be retried the other standard way (both are advertised). */
  private readonly clientAuthFallback: boolean;
  /** The revocation settings came from server metadata: they follow the client authentication that works. */
  private readonly discoveredRevocation: boolean;

  constructor(
    readonly provider: ProviderModel,
    private readonly credentials: ClientCredentials,
    options: OAuthClientOptions = {},
  ) {
    this.metadata = options.metadata;
    this.discovery = options.discovery;
    this.oauth = withServerMetadata(provider, options.metadata);
    this.config = this.oauth;
    this.rewrite = options.rewriteUrl ?? ((u) => u);
    this.doFetch = options.fetch ?? fetch;
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.now = options.now ?? (() => new Date());
    const methods = options.metadata?.tokenEndpointAuthMethods ?? [];
    this.clientAuthFallback =
      this.oauth !== provider.oauth &&
      !(provider.declared?.oauth ?? []).includes('clientAuth') &&
      methods.includes('client_secret_basic') &&
      methods.includes('client_secret_post');
    this.discoveredRevocation = this.oauth.revocation !== undefined && this.oauth.revocation !== provider.oauth.revocation;
  }

  /**
   * RFC 9207: a server that names itself on authorization responses must name the issuer the flow started with
   * (a mix-up attack swaps servers between authorize and callback). Without metadata there is nothing to compare.
   */
  checkResponseIssuer(iss: string | undefined): void {
    const m = this.metadata;
    if (!m) return;
    if (iss === undefined) {
      if (m.issParameterSupported)
        throw new OAuthError('oauth_error', 'The authorization response has no iss parameter, though the server sends one', {
          providerCode: 'issuer_missing',
        });
      return;
    }
    if (iss !== m.issuer)
      throw new OAuthError('oauth_error', 'The authorization response names another issuer than the server of this provider', {
        providerCode: 'issuer_mismatch',
      });
  }

  /** The scopes to request: default scopes (identity, offline access) first, then the asked ones, deduplicated. */
  scopesToRequest(scopes: string[]): string[] {
    return [...new Set([...this.oauth.defaultScopes, ...scopes])];
  }

  authorizationUrl(req: AuthorizationRequest): string {
    const url = new URL(this.rewrite(this.oauth.authorizationUrl));
    const p = url.searchParams;
    p.set('response_type', 'code');
    p.set(this.oauth.clientIdParam, this.credentials.clientId);
    p.set('redirect_uri', req.redirectUri);
    const scopes = this.scopesToRequest(req.scopes);
    if (scopes.length > 0) p.set(this.oauth.scopeParam, scopes.join(this.oauth.scopeSeparator));
    p.set('state', req.state);
    for (const [k, v] of Object.entries(this.oauth.authorizeParams)) p.set(k, v);
    if (req.incremental) for (const [k, v] of Object.entries(this.oauth.incrementalParams)) p.set(k, v);
    if (req.codeChallenge && this.oauth.pkce !== 'unsupported') {
      p.set('code_challenge', req.codeChallenge);
      p.set('code_challenge_method', 'S256');
    }
    for (const [k, v] of Object.entries(req.extraParams ?? {})) p.set(k, v);
    return url.toString();
  }

  /** Exchanges an authorization code. `callbackScopes` is the granted list some providers put on the redirect. */
  async exchangeCode(input: {
    code: string;
    redirectUri: string;
    codeVerifier?: string;
    callbackScopes?: string;
  }): Promise<{ tokens: TokenSet; raw: Json }> {
    const params: Record<string, string> = {
      grant_type: 'authorization_code',
      code: input.code,
      redirect_uri: input.redirectUri,
      ...this.oauth.tokenParams,
    };
    if (input.codeVerifier && this.oauth.pkce !== 'unsupported') params['code_verifier'] = input.codeVerifier;
    const raw = await this.tokenRequest(this.oauth.tokenUrl, params);
    const tokens = this.readTokens(raw);
    if (!tokens.grantedScopes && input.callbackScopes) tokens.grantedScopes = this.splitScopes(input.callbackScopes);
    return { tokens, raw };
  }

  /**
   * Refreshes an access token. The returned set keeps the old refresh token when the provider does not send a
   * new one (standard refresh); with rotation the new one MUST replace the old one atomically (the old is dead).
   */
  async refresh(refreshToken: string): Promise<{ tokens: TokenSet; raw: Json }> {
    if (this.oauth.refresh === 'none') {
      throw new OAuthError('invalid_grant', 'This provider issues no refresh tokens; the connection must be renewed by consent.');
    }
    const raw = await this.tokenRequest(this.oauth.refreshUrl || this.oauth.tokenUrl, {
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
      ...this.oauth.refreshParams,
    });
    const tokens = this.readTokens(raw);
    if (!tokens.refreshToken) tokens.refreshToken = refreshToken;
    return { tokens, raw };
  }

  /** Revokes at the provider where the spec declares how; resolves false when the provider has no revocation. */
  async revoke(tokens: { accessToken?: string; refreshToken?: string }): Promise<boolean> {
    const cfg: RevocationConfig | undefined = this.oauth.revocation;
    if (!cfg) return false;
    const token = cfg.token === 'refresh' ? (tokens.refreshToken ?? tokens.accessToken) : (tokens.accessToken ?? tokens.refreshToken);
    if (!token) return false;
    const params: Record<string, string> = { ...cfg.extraParams };
    const headers: Record<string, string> = { accept: 'application/json' };
    const clientAuth = this.discoveredRevocation ? this.clientAuthFor(this.oauth.tokenUrl) : cfg.clientAuth;
    if (clientAuth === 'basic') headers['authorization'] = this.basicAuth();
    if (clientAuth === 'body') {
      params[this.oauth.clientIdParam] = this.credentials.clientId;
      params['client_secret'] = this.credentials.clientSecret;
    }
    let url = cfg.url;
    if (url.includes('{token}')) url = url.replace('{token}', encodeURIComponent(token));
    else params[cfg.tokenParam] = token;
    const res = await this.send(this.rewrite(url), cfg.method, params, cfg.bodyFormat, headers);
    const body = await this.readJson(res, true);
    // An already-dead token is what we wanted: providers answer 400 invalid_token for it.
    const providerCode = asString(getPath(body, 'error')) ?? asString(getPath(body, 'error.code'));
    if (res.ok && !(this.oauth.okField && getPath(body, this.oauth.okField) === false)) return true;
    if (providerCode === 'invalid_token' || providerCode === 'token_revoked') return true;
    throw new OAuthError(classifyOAuthError(providerCode), `Revocation failed with HTTP ${res.status}${providerCode ? ` (${providerCode})` : ''}`, {
      status: res.status,
      providerCode,
    });
  }

  /**
   * Who connected. As the spec states it (token response or identity request); a spec that states nothing gets
   * OpenID Connect when `openid` was granted: the verified id_token, else the server's userinfo endpoint, and only
   * then the token response.
   */
  async identity(tokens: TokenSet, rawTokenResponse: Json, context: IdentityContext = {}): Promise<AccountIdentity> {
    const cfg = this.provider.identity;
    const stated = !this.provider.declared || this.provider.declared.identity;
    let source: unknown = rawTokenResponse;
    if (stated && cfg.source === 'request' && cfg.request) {
      source = await this.identityRequest(cfg.request.method, cfg.request.url, tokens);
    } else if (!stated && (context.grantedScopes ?? tokens.grantedScopes ?? []).includes('openid')) {
      const idToken = asString(rawTokenResponse['id_token']);
      if (idToken && this.metadata) return this.idTokenIdentity(idToken, context.nonce);
      if (this.metadata?.userinfoEndpoint) source = await this.identityRequest('GET', this.metadata.userinfoEndpoint, tokens);
    }
    const id = asString(getPath(source, cfg.idPath));
    if (!id) {
      throw new OAuthError('bad_response', `The provider's answer has no account id at "${cfg.idPath}"`, {
        hint: stated
          ? `check identity.idPath in specs/${this.provider.id}/provider.yaml`
          : `set identity in specs/${this.provider.id}/provider.yaml (source: request, request.url of the account call, idPath, labelPath)`,
      });
    }
    return { id, label: asString(getPath(source, cfg.labelPath)) ?? id };
  }

  private async identityRequest(method: 'GET' | 'POST', url: string, tokens: TokenSet): Promise<unknown> {
    const res = await this.send(this.rewrite(url), method, undefined, 'form', {
      accept: 'application/json',
      authorization: `Bearer ${tokens.accessToken}`,
      ...this.provider.defaultHeaders,
    });
    const source = await this.readJson(res, false);
    if (!res.ok || (this.oauth.okField && getPath(source, this.oauth.okField) === false)) {
      throw new OAuthError('oauth_error', `The identity call answered HTTP ${res.status}`, { status: res.status });
    }
    return source;
  }

  /**
   * The account an OpenID id_token names, after jose checked its signature against the issuer's keys (or the client
   * secret for HS*), issuer, audience, expiry, and the nonce this flow sent.
   */
  private async idTokenIdentity(idToken: string, nonce: string | undefined): Promise<AccountIdentity> {
    const m = this.metadata as AuthServerMetadata;
    const { createRemoteJWKSet, errors: joseErrors, jwtVerify } = jose();
    const jwksUri = m.jwksUri;
    const keys = jwksUri ? (this.discovery?.keySet(jwksUri) ?? createRemoteJWKSet(new URL(jwksUri))) : undefined;
    const getKey: JWTVerifyGetKey = async (header, token) => {
      if (header.alg?.startsWith('HS')) return new TextEncoder().encode(this.credentials.clientSecret);
      if (!keys) throw new OAuthError('bad_response', 'The server publishes no jwks_uri to check the id_token with');
      return keys(header, token);
    };
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(idToken, getKey, {
        issuer: m.issuer,
        audience: this.credentials.clientId,
        requiredClaims: ['sub', 'exp', 'iat'],
        clockTolerance: 30,
        currentDate: this.now(),
      }));
    } catch (err) {
      if (err instanceof OAuthError) throw err;
      const why = err instanceof joseErrors.JOSEError ? err.code : 'unreadable';
      throw new OAuthError('bad_response', `The id_token failed verification (${why})`);
    }
    if (nonce !== undefined && payload['nonce'] !== nonce)
      throw new OAuthError('bad_response', 'The id_token was not issued for this sign-in (nonce)');
    const aud = payload['aud'];
    if (Array.isArray(aud) && aud.length > 1 && payload['azp'] !== this.credentials.clientId) {
      throw new OAuthError('bad_response', 'The id_token was issued to another party (azp)');
    }
    const id = asString(payload['sub']) as string;
    const label =
      asString(getPath(payload, this.provider.identity.labelPath)) ??
      asString(payload['email']) ??
      asString(payload['preferred_username']) ??
      asString(payload['name']) ??
      id;
    return { id, label };
  }

  splitScopes(value: string): string[] {
    const sep = this.oauth.tokenResponse.scopeSeparator || this.oauth.scopeSeparator;
    // Providers are loose about separators (Slack mixes commas; some add spaces after commas).
    return [...new Set(value.split(sep === ' ' ? /\s+/ : /[\s,]+/).filter(Boolean))];
  }

  private readTokens(raw: Json): TokenSet {
    const paths = this.oauth.tokenResponse;
    const accessToken = asString(getPath(raw, paths.accessToken));
    if (!accessToken) throw new OAuthError('bad_response', `The token response has no access token at "${paths.accessToken}"`);
    const expiresIn = Number(getPath(raw, paths.expiresIn));
    const scopeValue = getPath(raw, paths.scope);
    const metadata: Record<string, string> = {};
    for (const [name, path] of Object.entries(this.oauth.metadata)) {
      const v = asString(getPath(raw, path));
      if (v !== undefined) metadata[name] = v;
    }
    return {
      accessToken,
      refreshToken: asString(getPath(raw, paths.refreshToken)),
      expiresAt: Number.isFinite(expiresIn) && expiresIn > 0 ? new Date(this.now().getTime() + expiresIn * 1000) : undefined,
      tokenType: asString(getPath(raw, paths.tokenType)),
      grantedScopes: Array.isArray(scopeValue) ? scopeValue.map(String) : typeof scopeValue === 'string' ? this.splitScopes(scopeValue) : undefined,
      metadata,
    };
  }

  private basicAuth(): string {
    // RFC 6749 §2.3.1: form-encode id and secret before base64.
    const id = encodeURIComponent(this.credentials.clientId);
    const secret = encodeURIComponent(this.credentials.clientSecret);
    return `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
  }

  /** The client authentication to use at a token endpoint: what it accepted last, else the configured one. */
  private clientAuthFor(url: string): ClientAuth {
    return (this.clientAuthFallback && this.discovery?.learnedClientAuth(url, this.credentials.clientId)) || this.oauth.clientAuth;
  }

  /**
   * A token request. When the server advertises both client_secret_basic and client_secret_post and the spec states
   * neither, a client registered for the other one is refused with invalid_client before anything is consumed: the
   * request is sent once more the other way, and the way that worked is remembered for this client.
   */
  private async tokenRequest(url: string, params: Record<string, string>): Promise<Json> {
    const method = this.clientAuthFor(url);
    try {
      const json = await this.tokenRequestWith(url, params, method);
      if (this.clientAuthFallback) this.discovery?.learnClientAuth(url, this.credentials.clientId, method);
      return json;
    } catch (err) {
      if (!(this.clientAuthFallback && err instanceof OAuthError && err.code === 'invalid_client')) throw err;
      const other: ClientAuth = method === 'basic' ? 'body' : 'basic';
      const json = await this.tokenRequestWith(url, params, other);
      this.discovery?.learnClientAuth(url, this.credentials.clientId, other);
      return json;
    }
  }

  private async tokenRequestWith(url: string, params: Record<string, string>, clientAuth: ClientAuth): Promise<Json> {
    const headers: Record<string, string> = { accept: 'application/json' };
    const body = { ...params };
    if (clientAuth === 'basic') headers['authorization'] = this.basicAuth();
    else {
      body[this.oauth.clientIdParam] = this.credentials.clientId;
      body['client_secret'] = this.credentials.clientSecret;
    }
    const res = await this.send(this.rewrite(url), 'POST', body, this.oauth.bodyFormat, headers);
    const json = await this.readJson(res, false);
    const failedOk = this.oauth.okField !== undefined && getPath(json, this.oauth.okField) === false;
    if (!res.ok || failedOk || (typeof json['error'] === 'string' && !asString(getPath(json, this.oauth.tokenResponse.accessToken)))) {
      const providerCode = asString(json['error']) ?? asString(getPath(json, 'error.code')) ?? asString(json['status']);
      const description = asString(json['error_description']) ?? asString(getPath(json, 'error.message')) ?? asString(json['message']);
      throw new OAuthError(
        classifyOAuthError(providerCode),
        `The provider refused the token request${providerCode ? `: ${providerCode}` : ''}${description ? ` (${description})` : ''}`,
        { status: res.status, providerCode, retryAfterSeconds: retryAfterSeconds(res.headers.get('retry-after'), this.now()) },
      );
    }
    return json;
  }

  private async send(
    url: string,
    method: string,
    params: Record<string, string> | undefined,
    format: 'form' | 'json',
    headers: Record<string, string>,
  ): Promise<Response> {
    const init: RequestInit = { method, headers: { ...headers }, signal: AbortSignal.timeout(this.timeoutMs), redirect: 'manual' };
    if (params && method !== 'GET') {
      if (format === 'json') {
        (init.headers as Record<string, string>)['content-type'] = 'application/json';
        init.body = JSON.stringify(params);
      } else {
        (init.headers as Record<string, string>)['content-type'] = 'application/x-www-form-urlencoded';
        init.body = new URLSearchParams(params).toString();
      }
    }
    try {
      return await this.doFetch(url, init);
    } catch (err) {
      const reason = err instanceof Error && err.name === 'TimeoutError' ? 'timed out' : 'could not be reached';
      throw new OAuthError('network_error', `The provider ${reason} (${new URL(url).host})`);
    }
  }

  private async readJson(res: Response, allowEmpty: boolean): Promise<Json> {
    const text = await res.text();
    if (!text) {
      if (allowEmpty) return {};
      throw new OAuthError('bad_response', `The provider answered HTTP ${res.status} with an empty body`, { status: res.status });
    }
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Json;
      return { value: parsed };
    } catch {
      // Some token endpoints still answer form-encoded bodies.
      if (/^[\w.-]+=/.test(text)) return Object.fromEntries(new URLSearchParams(text)) as Json;
      if (allowEmpty) return {};
      throw new OAuthError('bad_response', `The provider answered HTTP ${res.status} with a body that is not JSON`, { status: res.status });
    }
  }
}
