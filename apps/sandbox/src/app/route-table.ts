import type { Catalog, OAuthConfig, OperationModel, ProviderModel } from '@patchbay/spec';
import { accountsForGroup, type SandboxAccount } from './accounts';
import { instanceUrlFor } from './provider-hints';

/** Providers sharing one OAuth client (Google's five APIs): one consent, one grant, one account list. */
export interface AuthGroup {
  id: string;
  name: string;
  oauth: OAuthConfig;
  /** The provider whose config speaks for the group's OAuth endpoints (error shape, identity). */
  primary: ProviderModel;
  providers: ProviderModel[];
  /** Every scope any provider in the group declares, plus default scopes. */
  scopes: Map<string, string>;
  accounts: SandboxAccount[];
}

export type RouteKind = 'authorize' | 'token' | 'revoke' | 'identity' | 'operation';

export interface Route {
  kind: RouteKind;
  /** Upper-case method, or null for any. */
  method: string | null;
  group: AuthGroup;
  provider: ProviderModel;
  operation?: OperationModel;
  /** Human form of the route, for listings and 404 hints. */
  template: string;
  pathRegex: RegExp;
  paramNames: string[];
  /** Literal characters in the template: more literal = more specific. */
  specificity: number;
}

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

interface HostBucket {
  routes: Route[];
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `/calendars/{calendarId}/events` → regex with one capture per `{param}`; a trailing slash is optional. */
export function compileTemplate(template: string): { regex: RegExp; names: string[]; specificity: number } {
  const names: string[] = [];
  let src = '';
  let specificity = 0;
  let last = 0;
  const re = /\{([^}]+)\}/g;
  let m: RegExpExecArray | null;
  const trimmed = template.length > 1 ? template.replace(/\/+$/, '') : template;
  while ((m = re.exec(trimmed))) {
    const lit = trimmed.slice(last, m.index);
    src += escapeRegex(lit);
    specificity += lit.length;
    names.push(m[1]);
    src += '([^/]+?)';
    last = m.index + m[0].length;
  }
  const tail = trimmed.slice(last);
  src += escapeRegex(tail);
  specificity += tail.length;
  return { regex: new RegExp(`^${src}/?$`), names, specificity };
}

/** Splits an absolute provider URL into host and path (templates such as `{instance}` survive). */
export function splitUrl(url: string): { host: string; path: string } {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]+)([^?#]*)/i.exec(url);
  if (!m) throw new Error(`not an absolute URL: ${url}`);
  return { host: m[1].toLowerCase(), path: m[2] || '/' };
}

export class RouteTable {
  readonly groups = new Map<string, AuthGroup>();
  private readonly exactHosts = new Map<string, HostBucket>();
  /** Hosts with `{variables}` (an org's own domain): matched by regex. */
  private readonly patternHosts: Array<{ regex: RegExp; bucket: HostBucket }> = [];

  constructor(readonly catalog: Catalog) {
    for (const provider of catalog.providers) {
      const groupId = provider.oauth.group || provider.id;
      let group = this.groups.get(groupId);
      if (!group) {
        group = {
          id: groupId,
          name: provider.name,
          oauth: provider.oauth,
          primary: provider,
          providers: [],
          scopes: new Map(),
          accounts: accountsForGroup(groupId),
        };
        this.groups.set(groupId, group);
      }
      group.providers.push(provider);
      for (const s of provider.scopes) if (!group.scopes.has(s.scope)) group.scopes.set(s.scope, s.description);
      for (const s of provider.oauth.defaultScopes) if (!group.scopes.has(s)) group.scopes.set(s, s);
    }
    for (const group of this.groups.values()) {
      if (group.providers.length > 1) group.name = titleCase(group.id);
      this.addGroupRoutes(group);
      for (const provider of group.providers) for (const op of provider.operations) this.addOperation(group, provider, op);
    }
    for (const bucket of [...this.exactHosts.values(), ...this.patternHosts.map((p) => p.bucket)]) {
      // OAuth/identity routes before operations (Slack's auth.test is both), then the most literal template first.
      const rank = (r: Route) => (r.kind === 'operation' ? 1 : 0);
      bucket.routes.sort((a, b) => rank(a) - rank(b) || b.specificity - a.specificity || a.paramNames.length - b.paramNames.length);
    }
  }

  private addGroupRoutes(group: AuthGroup): void {
    const o = group.oauth;
    const seen = new Set<string>();
    const add = (kind: RouteKind, url: string | undefined, method: string | null) => {
      if (!url) return;
      const key = `${kind} ${method} ${url}`;
      if (seen.has(key)) return;
      seen.add(key);
      this.addRoute(url, { kind, method, group, provider: group.primary });
    };
    add('authorize', o.authorizationUrl, null);
    add('token', o.tokenUrl, 'POST');
    if (o.refreshUrl && o.refreshUrl !== o.tokenUrl) add('token', o.refreshUrl, 'POST');
    if (o.revocation) add('revoke', o.revocation.url, o.revocation.method);
    for (const provider of group.providers) {
      const idReq = provider.identity.source === 'request' ? provider.identity.request : undefined;
      if (idReq) {
        const key = `identity ${idReq.method} ${idReq.url}`;
        if (!seen.has(key)) {
          seen.add(key);
          this.addRoute(idReq.url, { kind: 'identity', method: idReq.method, group, provider });
        }
      }
      // A client may call identity / revocation on the org's own host (the instance URL) as well.
      if (provider.oauth.apiBaseUrlFrom) {
        const instance = instanceUrlFor(provider);
        const onInstance = (url: string) => url.replace(/^[a-z]+:\/\/[^/]+/i, instance);
        if (idReq) this.addRoute(onInstance(idReq.url), { kind: 'identity', method: idReq.method, group, provider });
        if (o.revocation) this.addRoute(onInstance(o.revocation.url), { kind: 'revoke', method: o.revocation.method, group, provider });
      }
    }
  }

  private addOperation(group: AuthGroup, provider: ProviderModel, op: OperationModel): void {
    const base = op.serverUrl || provider.baseUrl;
    const url = base.replace(/\/+$/, '') + (op.path.startsWith('/') ? op.path : `/${op.path}`);
    this.addRoute(url, { kind: 'operation', method: op.method.toUpperCase(), group, provider, operation: op });
    // The API host comes from the token response (an org's own domain): serve the operation there too.
    if (provider.oauth.apiBaseUrlFrom) {
      const { host } = splitUrl(url);
      const instanceHost = splitUrl(instanceUrlFor(provider)).host;
      if (instanceHost !== host)
        this.addRoute(url.replace(/^([a-z]+:\/\/)[^/]+/i, `$1${instanceHost}`), {
          kind: 'operation',
          method: op.method.toUpperCase(),
          group,
          provider,
          operation: op,
        });
    }
  }

  private addRoute(url: string, partial: Omit<Route, 'template' | 'pathRegex' | 'paramNames' | 'specificity'>): void {
    const { host, path } = splitUrl(url);
    const { regex, names, specificity } = compileTemplate(path);
    const route: Route = { ...partial, template: `/${host}${path}`, pathRegex: regex, paramNames: names, specificity };
    this.bucketFor(host).routes.push(route);
  }

  private bucketFor(host: string): HostBucket {
    if (host.includes('{')) {
      const { regex } = compileTemplate(host);
      const existing = this.patternHosts.find((p) => p.regex.source === regex.source);
      if (existing) return existing.bucket;
      const bucket: HostBucket = { routes: [] };
      this.patternHosts.push({ regex, bucket });
      return bucket;
    }
    let bucket = this.exactHosts.get(host);
    if (!bucket) {
      bucket = { routes: [] };
      this.exactHosts.set(host, bucket);
    }
    return bucket;
  }

  match(method: string, host: string, path: string): RouteMatch | undefined {
    const h = host.toLowerCase();
    const exact = this.exactHosts.get(h);
    const found = exact ? this.matchIn(exact, method, path) : undefined;
    if (found) return found;
    for (const p of this.patternHosts) {
      if (p.regex.test(h)) {
        const m = this.matchIn(p.bucket, method, path);
        if (m) return m;
      }
    }
    return undefined;
  }

  /** True when some route has this host and path but another method (→ 405 rather than 404). */
  pathExists(host: string, path: string): boolean {
    const bucket = this.exactHosts.get(host.toLowerCase());
    return !!bucket && bucket.routes.some((r) => r.pathRegex.test(path));
  }

  private matchIn(bucket: HostBucket, method: string, path: string): RouteMatch | undefined {
    for (const route of bucket.routes) {
      if (route.method !== null && route.method !== method) continue;
      const m = route.pathRegex.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      route.paramNames.forEach((name, i) => (params[name] = safeDecode(m[i + 1])));
      return { route, params };
    }
    return undefined;
  }

  allRoutes(): Route[] {
    return [...this.exactHosts.values(), ...this.patternHosts.map((p) => p.bucket)].flatMap((b) => b.routes);
  }

  groupOf(provider: ProviderModel): AuthGroup {
    return this.groups.get(provider.oauth.group || provider.id) as AuthGroup;
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function titleCase(id: string): string {
  return id.replace(/(^|[-_])(\w)/g, (_m, sep: string, c: string) => (sep ? ' ' : '') + c.toUpperCase());
}
