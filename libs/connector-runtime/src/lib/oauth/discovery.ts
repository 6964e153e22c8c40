import type { JWTVerifyGetKey } from 'jose';
import { jose } from './jose';

/**
 * Authorization-server metadata (RFC 8414 `/.well-known/oauth-authorization-server`, OpenID Connect Discovery
 * `/.well-known/openid-configuration`): what a standards-conformant server says about itself, read so that a spec
 * dropped in without provider.yaml still finds the userinfo and revocation endpoints, PKCE and the client
 * authentication the server takes. Never required: a server without metadata (or a slow one) just leaves the spec's
 * defaults in place.
 */
export interface AuthServerMetadata {
  issuer: string;
  authorizationEndpoint?: string;
  tokenEndpoint?: string;
  userinfoEndpoint?: string;
  revocationEndpoint?: string;
  jwksUri?: string;
  codeChallengeMethods?: string[];
  tokenEndpointAuthMethods?: string[];
  /** RFC 9207: the server puts `iss` on every authorization response. */
  issParameterSupported: boolean;
}

export interface DiscoveryOptions {
  fetch?: typeof fetch;
  /** For the whole lookup (all candidate documents are fetched in parallel). */
  timeoutMs?: number;
  /** How long a found document is kept. */
  ttlMs?: number;
  /** How long "this server publishes nothing" is kept before asking again. */
  missTtlMs?: number;
  now?: () => number;
}

/** The client authentication a token endpoint accepted, learned per token URL and client id. */
export type LearnedClientAuth = 'basic' | 'body';

interface Entry {
  at: number;
  value: AuthServerMetadata | undefined;
}

/** At most this many path prefixes of the authorization URL are tried as issuers (besides the bare origin). */
const MAX_PATH_PREFIXES = 3;

function strings(v: unknown): string[] | undefined {
  return Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

function trimSlash(s: string): string {
  return s.replace(/\/+$/, '');
}

/**
 * The documents to try for the server behind `authorizationUrl`: for each possible issuer (the origin, then path
 * prefixes, longest first), OpenID's `issuer + /.well-known/openid-configuration` and RFC 8414's
 * `origin + /.well-known/oauth-authorization-server + issuer path`.
 */
export function metadataCandidates(authorizationUrl: string): Array<{ issuer: string; url: string }> {
  let u: URL;
  try {
    u = new URL(authorizationUrl);
  } catch {
    return [];
  }
  const segments = u.pathname.split('/').filter(Boolean);
  const paths: string[] = [];
  for (let n = Math.min(segments.length - 1, MAX_PATH_PREFIXES); n >= 1; n--) paths.push('/' + segments.slice(0, n).join('/'));
  paths.push('');
  const out: Array<{ issuer: string; url: string }> = [];
  for (const p of paths) {
    const issuer = u.origin + p;
    out.push({ issuer, url: `${issuer}/.well-known/openid-configuration` });
    out.push({ issuer, url: `${u.origin}/.well-known/oauth-authorization-server${p}` });
  }
  return out;
}

/** Reads one metadata document; undefined when it is not one, or names another issuer (RFC 8414 §3.3). */
export function parseMetadata(json: unknown, expectedIssuer: string): AuthServerMetadata | undefined {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return undefined;
  const m = json as Record<string, unknown>;
  const issuer = str(m['issuer']);
  if (!issuer || trimSlash(issuer) !== trimSlash(expectedIssuer)) return undefined;
  return {
    issuer,
    authorizationEndpoint: str(m['authorization_endpoint']),
    tokenEndpoint: str(m['token_endpoint']),
    userinfoEndpoint: str(m['userinfo_endpoint']),
    revocationEndpoint: str(m['revocation_endpoint']),
    jwksUri: str(m['jwks_uri']),
    codeChallengeMethods: strings(m['code_challenge_methods_supported']),
    tokenEndpointAuthMethods: strings(m['token_endpoint_auth_methods_supported']),
    issParameterSupported: m['authorization_response_iss_parameter_supported'] === true,
  };
}

/**
 * Finds and caches the metadata of the server that owns a spec's OAuth URLs. A document counts only when its issuer
 * is the one it was fetched for and it names the spec's own token or authorization endpoint, so a well-known
 * document of some other server on the same host never changes how a provider is called.
 */
export class AuthServerDiscovery {
  private readonly doFetch: typeof fetch;
  private readonly timeoutMs: number;
  private readonly ttlMs: number;
  private readonly missTtlMs: number;
  private readonly now: () => number;
  private readonly cache = new Map<string, Entry>();
  private readonly inflight = new Map<string, Promise<AuthServerMetadata | undefined>>();
  private readonly keySets = new Map<string, JWTVerifyGetKey>();
  private readonly learned = new Map<string, LearnedClientAuth>();

  constructor(options: DiscoveryOptions = {}) {
    this.doFetch = options.fetch ?? ((...args) => fetch(...args));
    this.timeoutMs = options.timeoutMs ?? 3_000;
    this.ttlMs = options.ttlMs ?? 60 * 60_000;
    this.missTtlMs = options.missTtlMs ?? 5 * 60_000;
    this.now = options.now ?? Date.now;
  }

  /** The metadata of the server behind these (already rewritten) URLs, or undefined; never throws. */
  async metadata(authorizationUrl: string, tokenUrl: string): Promise<AuthServerMetadata | undefined> {
    const key = `${authorizationUrl} ${tokenUrl}`;
    const hit = this.cache.get(key);
    if (hit && this.now() - hit.at < (hit.value ? this.ttlMs : this.missTtlMs)) return hit.value;
    const running = this.inflight.get(key);
    if (running) return running;
    const p = this.lookup(authorizationUrl, tokenUrl)
      .catch(() => undefined)
      .then((value) => {
        this.cache.set(key, { at: this.now(), value });
        return value;
      })
      .finally(() => this.inflight.delete(key));
    this.inflight.set(key, p);
    return p;
  }

  /** The issuer's signing keys (jose's remote key set: cached, refetched on an unknown `kid`, with a cooldown). */
  keySet(jwksUri: string): JWTVerifyGetKey {
    let set = this.keySets.get(jwksUri);
    if (!set) {
      const { createRemoteJWKSet, customFetch } = jose();
      set = createRemoteJWKSet(new URL(jwksUri), {
        timeoutDuration: this.timeoutMs,
        [customFetch]: (url: string, init: RequestInit) => this.doFetch(url, init),
      });
      this.keySets.set(jwksUri, set);
    }
    return set;
  }

  /** Which client authentication the token endpoint accepted last for this client (see OAuthClient). */
  learnedClientAuth(tokenUrl: string, clientId: string): LearnedClientAuth | undefined {
    return this.learned.get(`${tokenUrl} ${clientId}`);
  }

  learnClientAuth(tokenUrl: string, clientId: string, method: LearnedClientAuth): void {
    this.learned.set(`${tokenUrl} ${clientId}`, method);
  }

  private async lookup(authorizationUrl: string, tokenUrl: string): Promise<AuthServerMetadata | undefined> {
    const candidates = metadataCandidates(authorizationUrl);
    const signal = AbortSignal.timeout(this.timeoutMs);
    const found = await Promise.all(
      candidates.map(async ({ issuer, url }) => {
        try {
          const res = await this.doFetch(url, { headers: { accept: 'application/json' }, redirect: 'manual', signal });
          if (res.status !== 200) {
            await res.body?.cancel();
            return undefined;
          }
          const m = parseMetadata(await res.json(), issuer);
          const same = (a: string | undefined, b: string) => a !== undefined && trimSlash(a) === trimSlash(b);
          return m && (same(m.tokenEndpoint, tokenUrl) || same(m.authorizationEndpoint, authorizationUrl)) ? m : undefined;
        } catch {
          return undefined;
        }
      }),
    );
    // Candidates are ordered most specific first.
    return found.find((m) => m !== undefined);
  }
}
