import type { CredentialAuth, HttpMethod, JsonSchema, OperationModel, PaginationConfig, ParameterModel, RequestBodyModel, ScopeInfo } from './model';
import { asArr, asObj, asStr, isObj, type Obj } from './json-utils';
import { leastPrivilegeScopes } from './scopes';
import { isUnresolvedRef } from './ref-resolver';
import { formatJsonPath } from './spec-error';

type Token = string | number;

/** Reports issues against the OpenAPI file. */
export interface Reporter {
  error(path: Token[], message: string): void;
  warn(path: Token[], message: string): void;
}

export interface OperationOverride {
  readOnly?: boolean;
  pagination?: Partial<PaginationConfig>;
}

export interface ExtractInput {
  doc: Obj;
  /** provider.yaml `baseUrl`: replaces the document's first server and resolves relative server URLs. */
  baseUrlOverride?: string;
  /** true when provider.yaml exists (a missing oauth2 scheme is then an error, not a skip). */
  hasProviderYaml: boolean;
  paginationDefault?: Partial<PaginationConfig>;
  operationOverrides: Record<string, OperationOverride>;
}

export interface OAuthFlowInfo {
  schemeName: string;
  authorizationUrl?: string;
  tokenUrl?: string;
  refreshUrl?: string;
}

export interface ExtractResult {
  /** false when the document cannot become a provider at all (errors or warnings say why). */
  usable: boolean;
  openapiVersion: string;
  title: string;
  description: string;
  flow?: OAuthFlowInfo;
  /** Set instead of `flow` when the document has no usable oauth2 scheme but an apiKey / http bearer / http basic one. */
  credential?: CredentialAuth;
  scopes: ScopeInfo[];
  baseUrl: string;
  operations: OperationModel[];
  /** Operation ids skipped because of unsupported constructs (for nicer messages elsewhere). */
  skippedOperationIds: string[];
  schemas: Record<string, JsonSchema>;
}

const SUPPORTED_METHODS: HttpMethod[] = ['get', 'post', 'put', 'patch', 'delete'];
const UNSUPPORTED_METHODS = ['head', 'options', 'trace'];

/** `get /calendars/{calendarId}/events` → `get_calendars_calendarId_events` (stable across runs). */
export function deriveOperationId(method: string, path: string): string {
  const body = path
    .split('/')
    .map((seg) => seg.replace(/[{}]/g, '').replace(/[^A-Za-z0-9]+/g, '_'))
    .filter((seg) => seg.replace(/_/g, '') !== '')
    .join('_')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '');
  return `${method.toLowerCase()}_${body === '' ? 'root' : body}`;
}

function stripTrailingSlash(u: string): string {
  return u.length > 1 ? u.replace(/\/+$/, '') : u;
}

const ABSOLUTE_URL = /^https?:\/\//i;

/** Substitutes server variables with their defaults and makes the URL absolute. Returns undefined on error (reported). */
function resolveServer(server: unknown, at: Token[], base: string | undefined, rep: Reporter): string | undefined {
  const s = asObj(server);
  const url = asStr(s?.['url']);
  if (!s || url === undefined) {
    rep.error([...at, 'url'], 'is required');
    return undefined;
  }
  const vars = asObj(s['variables']) ?? {};
  let failed = false;
  const substituted = url.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const def = asObj(vars[name])?.['default'];
    if (typeof def === 'string' || typeof def === 'number') return String(def);
    rep.error([...at, 'url'], `server variable "${name}" has no default in variables.${name}.default`);
    failed = true;
    return whole;
  });
  if (failed) return undefined;
  if (ABSOLUTE_URL.test(substituted)) return stripTrailingSlash(substituted);
  if (!base) {
    rep.error([...at, 'url'], `server URL "${url}" is relative and no absolute base is known (add baseUrl to provider.yaml)`);
    return undefined;
  }
  try {
    // A relative server is relative to the base *directory*; `new URL('v2', 'https://h/v1')` would drop v1.
    return stripTrailingSlash(new URL(substituted, base.endsWith('/') ? base : base + '/').toString());
  } catch {
    rep.error([...at, 'url'], `server URL "${url}" cannot be resolved against ${base}`);
    return undefined;
  }
}

function mediaBase(ct: string): string {
  return ct.split(';')[0].trim().toLowerCase();
}

function isJsonMedia(ct: string): boolean {
  const b = mediaBase(ct);
  return b === 'application/json' || /^application\/[a-z0-9.+-]*\+json$/.test(b);
}

/** Prefers application/json, then form-urlencoded, then multipart/*. */
function chooseContent(content: Obj): { contentType: string; media: Obj } | undefined {
  const entries = Object.entries(content).filter(([, v]) => isObj(v)) as Array<[string, Obj]>;
  const pick =
    entries.find(([ct]) => mediaBase(ct) === 'application/json') ??
    entries.find(([ct]) => isJsonMedia(ct)) ??
    entries.find(([ct]) => mediaBase(ct) === 'application/x-www-form-urlencoded') ??
    entries.find(([ct]) => mediaBase(ct).startsWith('multipart/'));
  return pick ? { contentType: mediaBase(pick[0]), media: pick[1] } : undefined;
}

function schemaOf(v: unknown): JsonSchema {
  return asObj(v) ?? {};
}

/** Breadth-first search (depth ≤ 3, cycle-safe) for a property named one of `names`; returns its dot-path. */
function findPropertyPath(schema: JsonSchema | undefined, names: string[], maxDepth = 3): string | undefined {
  if (!schema) return undefined;
  const seen = new Set<object>();
  let level: Array<{ s: Obj; path: string }> = [{ s: schema, path: '' }];
  for (let depth = 0; depth < maxDepth && level.length > 0; depth++) {
    const next: Array<{ s: Obj; path: string }> = [];
    for (const { s, path } of level) {
      if (seen.has(s)) continue;
      seen.add(s);
      const props = asObj(s['properties']);
      if (!props) continue;
      for (const n of names) if (n in props) return path ? `${path}.${n}` : n;
      for (const [k, v] of Object.entries(props)) {
        if (isObj(v)) next.push({ s: v, path: path ? `${path}.${k}` : k });
      }
    }
    level = next;
  }
  return undefined;
}

const ITEM_NAMES = ['items', 'results', 'data', 'records', 'files', 'elements', 'values', 'channels', 'members', 'messages', 'videos', 'list'];

function findItemsPath(schema: JsonSchema | undefined): string | undefined {
  const props = asObj(schema?.['properties']);
  if (!props) return undefined;
  const arrays = Object.entries(props).filter(([, v]) => asObj(v)?.['type'] === 'array' || isObj(asObj(v)?.['items']));
  const named = arrays.find(([k]) => ITEM_NAMES.includes(k));
  return (named ?? arrays[0])?.[0];
}

const LIMIT_NAMES = ['maxResults', 'pageSize', 'page_size', 'limit', 'max_count', 'count', 'per_page', 'max_results'];

/** Pagination guessed from parameter names; provider.yaml can always override it. */
function inferPagination(params: ParameterModel[], bodySchema: JsonSchema | undefined, responseSchema: JsonSchema | undefined): PaginationConfig {
  const candidates: Array<{ name: string; in: 'query' | 'body' }> = params
    .filter((p) => p.in === 'query')
    .map((p) => ({ name: p.name, in: 'query' as const }));
  for (const name of Object.keys(asObj(bodySchema?.['properties']) ?? {})) candidates.push({ name, in: 'body' });
  const find = (names: string[]) => candidates.find((c) => names.includes(c.name));
  const limit = find(LIMIT_NAMES)?.name;
  const hasMorePath = findPropertyPath(responseSchema, ['has_more', 'hasMore']);
  const itemsPath = findItemsPath(responseSchema);
  const base = (style: PaginationConfig['style'], c: { name: string; in: 'query' | 'body' }, nextNames: string[]) => {
    const out: PaginationConfig = { style, requestParam: c.name, requestIn: c.in };
    const nextPath = findPropertyPath(responseSchema, nextNames);
    if (nextPath) out.nextPath = nextPath;
    if (itemsPath) out.itemsPath = itemsPath;
    if (limit) out.limitParam = limit;
    if (hasMorePath) out.hasMorePath = hasMorePath;
    return out;
  };
  const token = find(['pageToken', 'page_token']);
  if (token) {
    const fallback = token.name === 'pageToken' ? 'nextPageToken' : 'next_page_token';
    const cfg = base('page_token', token, ['nextPageToken', 'next_page_token']);
    cfg.nextPath ??= fallback;
    return cfg;
  }
  const cursor = find(['cursor', 'start_cursor', 'after', 'starting_after', 'page_cursor']);
  if (cursor) return base('cursor', cursor, ['next_cursor', 'nextCursor', 'after', 'cursor']);
  const offset = find(['offset']);
  if (offset) return base('offset', offset, []);
  return { style: 'none' };
}

/** Scope names of every flow of an oauth2 scheme (the authorizationCode flow first). */
function schemeScopes(scheme: Obj): Set<string> {
  const out = new Set<string>();
  const flows = asObj(scheme['flows']) ?? {};
  for (const flow of Object.values(flows)) for (const s of Object.keys(asObj(asObj(flow)?.['scopes']) ?? {})) out.add(s);
  return out;
}

interface SecurityResult {
  /** undefined when the operation has no usable (OAuth2) alternative. */
  alternatives?: string[][];
}

export function extractOpenApi(input: ExtractInput, rep: Reporter): ExtractResult {
  const { doc } = input;
  const result: ExtractResult = {
    usable: false,
    openapiVersion: '',
    title: '',
    description: '',
    scopes: [],
    baseUrl: '',
    operations: [],
    skippedOperationIds: [],
    schemas: {},
  };

  const version = doc['openapi'];
  if (version === undefined) {
    rep.error(
      [],
      doc['swagger'] !== undefined
        ? `not an OpenAPI 3.x document (Swagger ${String(doc['swagger'])}; convert it to OpenAPI 3)`
        : 'not an OpenAPI 3.x document (no "openapi" field)',
    );
    return result;
  }
  if (typeof version !== 'string' || !/^3\.[01]\.\d+/.test(version)) {
    rep.error(['openapi'], `unsupported version "${String(version)}" (expected 3.0.x or 3.1.x)`);
    return result;
  }
  result.openapiVersion = version;
  const info = asObj(doc['info']) ?? {};
  result.title = asStr(info['title']) ?? '';
  result.description = (asStr(info['description']) ?? '').split(/\n\s*\n/)[0].trim();

  if (doc['webhooks'] !== undefined) rep.warn(['webhooks'], 'webhooks are not supported; ignored');

  const paths = doc['paths'];
  let pathsOk = true;
  if (paths === undefined) {
    rep.error(['paths'], 'is required');
    pathsOk = false;
  } else if (!isObj(paths)) {
    rep.error(['paths'], 'must be an object');
    pathsOk = false;
  }

  // --- servers -------------------------------------------------------------------------------------------------
  const docServers = asArr(doc['servers']) ?? [];
  let baseUrl: string | undefined = input.baseUrlOverride ? stripTrailingSlash(input.baseUrlOverride) : undefined;
  if (!baseUrl) {
    if (docServers.length === 0) {
      rep.error(['servers'], 'no server URL (add servers to the document or baseUrl to provider.yaml)');
    } else {
      baseUrl = resolveServer(docServers[0], ['servers', 0], undefined, rep);
    }
  } else if (docServers.length > 0) {
    // A relative document server (`/v1`) is resolved against baseUrl; an absolute one is replaced by it.
    // Either way the server is validated (variables without defaults are a spec bug).
    const raw = asStr(asObj(docServers[0])?.['url']) ?? '';
    const resolved = resolveServer(docServers[0], ['servers', 0], baseUrl, rep);
    if (resolved && !raw.includes('://')) baseUrl = resolved;
  }
  result.baseUrl = baseUrl ?? '';

  // --- oauth2 scheme ---------------------------------------------------------------------------------------------
  const components = asObj(doc['components']) ?? {};
  const schemes = asObj(components['securitySchemes']) ?? {};
  let oauthName: string | undefined;
  for (const [name, s] of Object.entries(schemes)) {
    const so = asObj(s);
    if (so?.['type'] === 'oauth2' && isObj(asObj(so['flows'])?.['authorizationCode'])) {
      oauthName = name;
      break;
    }
  }
  // Without an oauth2 authorizationCode scheme, an apiKey / http bearer / http basic scheme makes a credential
  // connector (oauth2 is preferred whenever both are offered).
  let credential: CredentialAuth | undefined;
  if (!oauthName) {
    const picked = pickCredentialScheme(schemes, doc['security'], rep);
    if (picked === 'invalid') return result;
    if (!picked) {
      const msg = 'no oauth2 security scheme with an authorizationCode flow, nor an apiKey (header or query), http bearer or http basic scheme';
      if (input.hasProviderYaml) rep.error(['components', 'securitySchemes'], msg);
      else rep.warn(['components', 'securitySchemes'], `${msg}; provider skipped (add one, or a provider.yaml, to load it)`);
      return result;
    }
    credential = picked;
    result.credential = picked;
  }
  const authName = oauthName ?? (credential as CredentialAuth).schemeName;
  if (oauthName) {
    const scheme = asObj(schemes[oauthName]) as Obj;
    const flowObj = asObj(asObj(scheme['flows'])?.['authorizationCode']) ?? {};
    const flowPath: Token[] = ['components', 'securitySchemes', oauthName, 'flows', 'authorizationCode'];
    const flowUrl = (key: string): string | undefined => {
      const raw = flowObj[key];
      if (raw === undefined) return undefined;
      if (typeof raw !== 'string') {
        rep.error([...flowPath, key], 'must be string');
        return undefined;
      }
      if (ABSOLUTE_URL.test(raw)) return raw;
      // OpenAPI 3.1 allows URLs relative to the server.
      if (baseUrl) return new URL(raw, baseUrl.endsWith('/') ? baseUrl : baseUrl + '/').toString();
      rep.error([...flowPath, key], `"${raw}" is relative and no absolute server URL is known`);
      return undefined;
    };
    result.flow = {
      schemeName: oauthName,
      authorizationUrl: flowUrl('authorizationUrl'),
      tokenUrl: flowUrl('tokenUrl'),
      refreshUrl: flowUrl('refreshUrl'),
    };
    const scopesObj = flowObj['scopes'];
    if (scopesObj !== undefined && !isObj(scopesObj)) rep.error([...flowPath, 'scopes'], 'must be a map of scope → description');
    for (const [scope, desc] of Object.entries(asObj(scopesObj) ?? {})) {
      result.scopes.push({ scope, description: typeof desc === 'string' ? desc : '' });
    }
  }

  // --- security ------------------------------------------------------------------------------------------------
  const evalSecurity = (reqs: unknown, at: Token[]): SecurityResult => {
    if (reqs === undefined) return { alternatives: [] };
    const list = asArr(reqs);
    if (!list) {
      rep.error(at, 'must be an array of security requirements');
      return { alternatives: [] };
    }
    const alternatives: string[][] = [];
    list.forEach((req, i) => {
      const r = asObj(req);
      if (!r) {
        rep.error([...at, i], 'must be an object');
        return;
      }
      let foreign = false;
      const scopes: string[] = [];
      for (const [name, val] of Object.entries(r)) {
        const sch = asObj(schemes[name]);
        if (!sch) {
          rep.error([...at, i, name], `security scheme "${name}" is not declared in components.securitySchemes`);
          foreign = true;
          continue;
        }
        const listed = asArr(val);
        if (!listed) {
          rep.error([...at, i, name], 'must be an array of scopes');
          continue;
        }
        if (sch['type'] === 'oauth2') {
          const declared = schemeScopes(sch);
          const where = isObj(asObj(sch['flows'])?.['authorizationCode'])
            ? `components.securitySchemes.${name}.flows.authorizationCode.scopes`
            : `components.securitySchemes.${name}.flows`;
          listed.forEach((s, j) => {
            if (typeof s !== 'string') rep.error([...at, i, name, j], 'must be string');
            else if (!declared.has(s)) rep.error([...at, i, name], `scope "${s}" is not declared in ${where}`);
          });
        }
        if (name === authName) {
          if (oauthName) scopes.push(...listed.filter((s): s is string => typeof s === 'string'));
        } else foreign = true;
      }
      // An alternative that also needs another scheme (apiKey, http, a second oauth2 scheme) cannot be met with
      // our token alone: drop it. An empty requirement `{}` stays as [] = "no auth needed".
      if (!foreign) alternatives.push([...new Set(scopes)]);
    });
    if (list.length > 0 && alternatives.length === 0) return {};
    return { alternatives };
  };
  const topSecurity = evalSecurity(doc['security'], ['security']);

  // --- component schemas (named, for generators) ---------------------------------------------------------------
  for (const [name, s] of Object.entries(asObj(components['schemas']) ?? {})) {
    if (isObj(s)) result.schemas[name] = s;
  }

  if (!pathsOk) return result;

  // --- operations ----------------------------------------------------------------------------------------------
  const idFirstSeen = new Map<string, string>();
  for (const [pathKey, rawItem] of Object.entries(paths as Obj)) {
    const itemPath: Token[] = ['paths', pathKey];
    const item = asObj(rawItem);
    if (!item) {
      rep.error(itemPath, 'must be a path item object');
      continue;
    }
    if (!pathKey.startsWith('/')) {
      rep.error(itemPath, 'path must start with "/"');
      continue;
    }
    for (const m of UNSUPPORTED_METHODS) {
      if (item[m] !== undefined) rep.warn([...itemPath, m], `HTTP method ${m.toUpperCase()} is not supported; operation skipped`);
    }
    if (item['parameters'] !== undefined && !Array.isArray(item['parameters'])) rep.error([...itemPath, 'parameters'], 'must be an array');
    const pathParams = asArr(item['parameters']) ?? [];
    // Document order (not a fixed method order): "first" in duplicate-id handling means first as written.
    const methods = Object.keys(item).filter((k): k is HttpMethod => (SUPPORTED_METHODS as string[]).includes(k));
    for (const method of methods) {
      const rawOp = item[method];
      const opPath: Token[] = [...itemPath, method];
      const op = asObj(rawOp);
      if (!op) {
        rep.error(opPath, 'must be an operation object');
        continue;
      }
      // Wrong types are errors (a silently ignored block would change what the operation needs).
      const typeChecks: Array<[string, (v: unknown) => boolean, string]> = [
        ['operationId', (v) => typeof v === 'string', 'must be string'],
        ['parameters', Array.isArray, 'must be an array'],
        ['requestBody', isObj, 'must be an object'],
        ['responses', isObj, 'must be an object'],
        ['tags', Array.isArray, 'must be an array'],
        ['servers', Array.isArray, 'must be an array'],
        ['x-patchbay-read', (v) => typeof v === 'boolean', 'must be boolean'],
      ];
      for (const [key, ok, message] of typeChecks) {
        if (op[key] !== undefined && !ok(op[key])) rep.error([...opPath, key], message);
      }
      const declaredId = asStr(op['operationId']);
      const baseId = declaredId && declaredId.trim() !== '' ? declaredId : deriveOperationId(method, pathKey);
      const skip = (at: Token[], reason: string) => {
        rep.warn(at, `${reason}; operation skipped`);
        result.skippedOperationIds.push(baseId);
      };

      // Parameters: path-level first, operation-level replaces same name+in.
      const merged = new Map<string, { p: Obj; at: Token[] }>();
      let bad: { at: Token[]; reason: string } | undefined;
      const addParams = (list: unknown[], at: Token[]) => {
        list.forEach((raw, i) => {
          if (isUnresolvedRef(raw)) return;
          const p = asObj(raw);
          const name = asStr(p?.['name']);
          const loc = asStr(p?.['in']);
          if (!p || !name || !loc) {
            rep.error([...at, i], 'a parameter needs "name" and "in"');
            return;
          }
          merged.set(`${loc}\u0000${name}`, { p, at: [...at, i] });
        });
      };
      addParams(pathParams, [...itemPath, 'parameters']);
      addParams(asArr(op['parameters']) ?? [], [...opPath, 'parameters']);
      const parameters: ParameterModel[] = [];
      for (const { p, at } of merged.values()) {
        const loc = p['in'] as string;
        // Vendor files often repeat the apiKey as a parameter of every operation (Postmark's X-Postmark-Server-Token):
        // the stored credential fills it, so it is no caller input.
        if (credential && carriesCredential(credential, loc, String(p['name']))) continue;
        if (loc !== 'path' && loc !== 'query' && loc !== 'header') {
          bad ??= { at: [...at, 'in'], reason: `parameter "${String(p['name'])}" in: ${loc} is not supported` };
          continue;
        }
        let schema = asObj(p['schema']);
        if (!schema) {
          const chosen = chooseContent(asObj(p['content']) ?? {});
          schema = asObj(chosen?.media['schema']) ?? {};
        }
        const param: ParameterModel = {
          name: p['name'] as string,
          in: loc,
          required: loc === 'path' ? true : p['required'] === true,
          schema,
        };
        const d = asStr(p['description']);
        if (d) param.description = d;
        parameters.push(param);
      }
      if (bad) {
        skip(bad.at, bad.reason);
        continue;
      }

      // Every {name} of the path template needs a path parameter (clients and the sandbox substitute them).
      const missingPathParam = [...pathKey.matchAll(/\{([^}]+)\}/g)]
        .map((m) => m[1])
        .find((n) => !parameters.some((p) => p.in === 'path' && p.name === n));
      if (missingPathParam !== undefined) {
        rep.error(opPath, `path parameter "${missingPathParam}" is not declared (add it to parameters with in: path)`);
        continue;
      }

      // Request body.
      let requestBody: RequestBodyModel | undefined;
      const rb = asObj(op['requestBody']);
      if (rb) {
        const content = asObj(rb['content']) ?? {};
        const chosen = chooseContent(content);
        if (!chosen) {
          const types = Object.keys(content);
          if (types.length > 0) {
            skip([...opPath, 'requestBody', 'content'], `no supported media type (${types.join(', ')})`);
            continue;
          }
        } else {
          requestBody = { required: rb['required'] === true, contentType: chosen.contentType, schema: schemaOf(chosen.media['schema']) };
        }
      }

      // Security.
      const sec = op['security'] !== undefined ? evalSecurity(op['security'], [...opPath, 'security']) : topSecurity;
      if (!sec.alternatives) {
        skip(
          [...opPath, 'security'],
          oauthName
            ? 'no OAuth2 alternative (only other security schemes)'
            : `no alternative with the "${authName}" scheme alone (only other security schemes)`,
        );
        continue;
      }

      if (op['callbacks'] !== undefined) rep.warn([...opPath, 'callbacks'], 'callbacks are not supported; ignored');

      // Server: operation → path item → document.
      let serverUrl = baseUrl ?? '';
      const opServers = asArr(op['servers']);
      const itemServers = asArr(item['servers']);
      if (opServers && opServers.length > 0) serverUrl = resolveServer(opServers[0], [...opPath, 'servers', 0], baseUrl, rep) ?? serverUrl;
      else if (itemServers && itemServers.length > 0)
        serverUrl = resolveServer(itemServers[0], [...itemPath, 'servers', 0], baseUrl, rep) ?? serverUrl;

      // Success response.
      let successStatus = 200;
      let responseSchema: JsonSchema | undefined;
      const responses = asObj(op['responses']) ?? {};
      const okKey = Object.keys(responses).find((k) => /^2(\d\d|xx)$/i.test(k)) ?? ('default' in responses ? 'default' : undefined);
      if (okKey) {
        if (/^2\d\d$/.test(okKey)) successStatus = Number(okKey);
        const content = asObj(asObj(responses[okKey])?.['content']) ?? {};
        const json = Object.entries(content).find(([ct]) => isJsonMedia(ct));
        const s = asObj(asObj(json?.[1])?.['schema']);
        if (s) responseSchema = s;
      }

      // Id (unique within the provider; deterministic suffix on collisions).
      let id = baseId;
      if (idFirstSeen.has(id)) {
        let n = 2;
        while (idFirstSeen.has(`${baseId}_${n}`)) n++;
        id = `${baseId}_${n}`;
        rep.warn(
          declaredId ? [...opPath, 'operationId'] : opPath,
          `operation id "${baseId}" is already used by ${idFirstSeen.get(baseId)}; renamed to "${id}"`,
        );
      }
      idFirstSeen.set(id, formatJsonPath(opPath));

      const override = input.operationOverrides[id] ?? {};
      const inferred = inferPagination(parameters, requestBody?.schema, responseSchema);
      // Explicit settings: the provider default (only where its request parameter exists, or where inference found
      // pagination), then the per-operation override on top.
      let explicit: Partial<PaginationConfig> = {};
      const def = input.paginationDefault;
      if (def) {
        const names = new Set([...parameters.map((p) => p.name), ...Object.keys(asObj(requestBody?.schema['properties']) ?? {})]);
        const applies = def.requestParam ? names.has(def.requestParam) : inferred.style !== 'none';
        if (applies) explicit = { ...def };
      }
      if (override.pagination) explicit = { ...explicit, ...override.pagination };
      const style = explicit.style ?? inferred.style;
      // "none" said explicitly means none: no inferred leftovers (e.g. Notion's body `after`, which is not a cursor).
      const pagination: PaginationConfig = style === 'none' ? { ...explicit, style } : { ...inferred, ...explicit, style };

      const readOnly = override.readOnly ?? (method === 'get' || op['x-patchbay-read'] === true);
      const tags = (asArr(op['tags']) ?? []).filter((t): t is string => typeof t === 'string');
      const operation: OperationModel = {
        id,
        method,
        path: pathKey,
        serverUrl,
        summary: asStr(op['summary']) ?? '',
        tags,
        scopeAlternatives: sec.alternatives,
        requiredScopes: leastPrivilegeScopes(sec.alternatives),
        parameters,
        successStatus,
        pagination,
        readOnly,
      };
      const desc = asStr(op['description']);
      if (desc) operation.description = desc;
      if (requestBody) operation.requestBody = requestBody;
      if (responseSchema) operation.responseSchema = responseSchema;
      if (op['deprecated'] === true) operation.deprecated = true;
      result.operations.push(operation);
    }
  }
  result.usable = true;
  return result;
}

const CREDENTIAL_HINT = 'supported: apiKey in header or query, http bearer, http basic';

/**
 * The credential scheme a document without oauth2 is called with: the one its top-level security names first, else
 * the first supported one declared. Reports malformed candidates ('invalid' = the document cannot load).
 */
function pickCredentialScheme(schemes: Obj, topSecurity: unknown, rep: Reporter): CredentialAuth | 'invalid' | undefined {
  const candidates: CredentialAuth[] = [];
  let invalid = false;
  for (const [name, raw] of Object.entries(schemes)) {
    const s = asObj(raw);
    const at: Token[] = ['components', 'securitySchemes', name];
    if (!s) continue;
    const type = s['type'];
    if (type === 'apiKey') {
      const where = s['in'];
      const paramName = s['name'];
      if (typeof paramName !== 'string' || paramName.trim() === '') {
        rep.error([...at, 'name'], 'is required for an apiKey scheme (the header or query parameter carrying the key)');
        invalid = true;
        continue;
      }
      if (where === 'cookie') {
        rep.warn([...at, 'in'], `apiKey in: cookie is not supported (${CREDENTIAL_HINT}); scheme ignored`);
        continue;
      }
      if (where !== 'header' && where !== 'query') {
        rep.error([...at, 'in'], `must be header or query for an apiKey scheme (got ${JSON.stringify(where ?? null)})`);
        invalid = true;
        continue;
      }
      candidates.push({ kind: 'apiKey', schemeName: name, in: where, name: paramName });
    } else if (type === 'http') {
      const scheme = typeof s['scheme'] === 'string' ? s['scheme'].toLowerCase() : undefined;
      if (scheme === undefined) {
        rep.error([...at, 'scheme'], 'is required for an http scheme (bearer or basic)');
        invalid = true;
      } else if (scheme === 'bearer') {
        const c: CredentialAuth = { kind: 'bearer', schemeName: name };
        if (typeof s['bearerFormat'] === 'string') c.bearerFormat = s['bearerFormat'];
        candidates.push(c);
      } else if (scheme === 'basic') candidates.push({ kind: 'basic', schemeName: name });
      else rep.warn([...at, 'scheme'], `http scheme "${scheme}" is not supported (${CREDENTIAL_HINT}); scheme ignored`);
    } else if (type !== 'oauth2' && type !== 'openIdConnect' && type !== 'mutualTLS') {
      rep.error([...at, 'type'], `unknown security scheme type ${JSON.stringify(type ?? null)} (apiKey, http, oauth2, openIdConnect or mutualTLS)`);
      invalid = true;
    }
  }
  if (invalid) return 'invalid';
  // The first single-scheme alternative of the document's security wins (that is what the vendor documents first).
  for (const req of asArr(topSecurity) ?? []) {
    const names = Object.keys(asObj(req) ?? {});
    if (names.length !== 1) continue;
    const hit = candidates.find((c) => c.schemeName === names[0]);
    if (hit) return hit;
  }
  return candidates[0];
}

/** Whether the parameter `name` in `loc` is where the credential travels (header names are case-insensitive). */
function carriesCredential(c: CredentialAuth, loc: string, name: string): boolean {
  if (c.kind === 'apiKey') return c.in === loc && (loc === 'header' ? c.name.toLowerCase() === name.toLowerCase() : c.name === name);
  return loc === 'header' && name.toLowerCase() === 'authorization';
}
