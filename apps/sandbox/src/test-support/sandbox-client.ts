import { createHash, randomBytes } from 'node:crypto';
import { rewriteUrl, type ProviderModel } from '@patchbay/spec';
import { getPath } from '../app/path-utils';

/** A tiny spec-driven OAuth client for tests: speaks every quirk exactly as the model says. */

export interface HttpResult {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

export async function http(url: string, init: RequestInit = {}): Promise<HttpResult> {
  const res = await fetch(url, { redirect: 'manual', ...init });
  const text = await res.text();
  let json: unknown = undefined;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** `https://host/path` → `${base}/host/path`: the contract's one rewrite rule, from libs/spec (what the product uses). */
export function toSandbox(base: string, realUrl: string): string {
  return rewriteUrl(realUrl, base);
}

export interface Pkce {
  verifier: string;
  challenge: string;
}

export function makePkce(encoding: 'S256' | 'S256-hex'): Pkce {
  const verifier = randomBytes(32).toString('base64url');
  const digest = createHash('sha256').update(verifier).digest();
  return { verifier, challenge: encoding === 'S256-hex' ? digest.toString('hex') : digest.toString('base64url') };
}

export interface AuthorizeOptions {
  clientId: string;
  redirectUri: string;
  scopes: string[];
  state?: string;
  pkce?: Pkce;
  account?: number;
  grant?: string[];
  action?: 'approve' | 'deny';
  extra?: Record<string, string>;
}

export function authorizeUrl(base: string, p: ProviderModel, o: AuthorizeOptions): string {
  const u = new URL(toSandbox(base, p.oauth.authorizationUrl));
  u.searchParams.set(p.oauth.clientIdParam, o.clientId);
  u.searchParams.set('redirect_uri', o.redirectUri);
  u.searchParams.set('response_type', 'code');
  if (o.scopes.length) u.searchParams.set(p.oauth.scopeParam, o.scopes.join(p.oauth.scopeSeparator));
  u.searchParams.set('state', o.state ?? 'st-1');
  for (const [k, v] of Object.entries(p.oauth.authorizeParams)) u.searchParams.set(k, v);
  if (o.pkce) {
    u.searchParams.set('code_challenge', o.pkce.challenge);
    u.searchParams.set('code_challenge_method', 'S256');
  }
  u.searchParams.set('sandbox_auto', o.action ?? 'approve');
  if (o.account) u.searchParams.set('sandbox_account', String(o.account));
  if (o.grant) u.searchParams.set('sandbox_grant', o.grant.join(' '));
  for (const [k, v] of Object.entries(o.extra ?? {})) u.searchParams.set(k, v);
  return u.toString();
}

/** Runs the headless authorize step and returns the callback URL's query. */
export async function authorize(base: string, p: ProviderModel, o: AuthorizeOptions): Promise<URLSearchParams> {
  const res = await http(authorizeUrl(base, p, o));
  if (res.status !== 302) throw new Error(`authorize answered ${res.status}: ${res.text}`);
  return new URL(res.headers.get('location') as string).searchParams;
}

export interface TokenCallOptions {
  clientId: string;
  clientSecret: string;
  /** Override the model's client auth / body format (to prove the wrong one is rejected). */
  clientAuth?: 'body' | 'basic';
  bodyFormat?: 'form' | 'json';
  clientIdParam?: string;
}

export async function tokenCall(
  base: string,
  p: ProviderModel,
  params: Record<string, string>,
  o: TokenCallOptions,
  url = p.oauth.tokenUrl,
): Promise<HttpResult> {
  const clientAuth = o.clientAuth ?? p.oauth.clientAuth;
  const bodyFormat = o.bodyFormat ?? p.oauth.bodyFormat;
  const body: Record<string, string> = { ...params };
  const headers: Record<string, string> = {};
  if (clientAuth === 'basic') {
    headers['authorization'] = `Basic ${Buffer.from(`${encodeURIComponent(o.clientId)}:${encodeURIComponent(o.clientSecret)}`).toString('base64')}`;
  } else {
    body[o.clientIdParam ?? p.oauth.clientIdParam] = o.clientId;
    body['client_secret'] = o.clientSecret;
  }
  let payload: string;
  if (bodyFormat === 'json') {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  } else {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    payload = new URLSearchParams(body).toString();
  }
  return http(toSandbox(base, url), { method: 'POST', headers, body: payload });
}

/** Where the `{{code}}` placeholder sits in a template (the model has no OAuth error code path). */
export function codePathOf(template: unknown, prefix = ''): string | undefined {
  if (template === '{{code}}') return prefix;
  if (template && typeof template === 'object') {
    for (const [k, v] of Object.entries(template)) {
      const found = codePathOf(v, prefix ? `${prefix}.${k}` : k);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** Reads an OAuth error code from a response in the provider's shape (Slack: 200 + ok:false). */
export function oauthErrorCode(p: ProviderModel, res: HttpResult): string | undefined {
  const path = codePathOf(p.sandbox.oauthTemplate) ?? 'error';
  if (p.oauth.okField) {
    if (res.status !== 200 || getPath(res.json, p.oauth.okField) !== false) return undefined;
  }
  return getPath(res.json, path) as string | undefined;
}

export function apiErrorCode(p: ProviderModel, res: HttpResult): string | undefined {
  return getPath(res.json, p.errors.codePath) as string | undefined;
}
