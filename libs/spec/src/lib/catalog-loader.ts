import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type {
  Catalog,
  IdentityConfig,
  OAuthConfig,
  PaginationConfig,
  ProviderErrorConfig,
  ProviderModel,
  SandboxErrorConfig,
  SpecIssue,
} from './model';
import { asArr, asObj, asStr, deepMerge, isObj, type Obj } from './json-utils';
import { extractOpenApi, type ExtractResult, type OAuthFlowInfo, type OperationOverride } from './openapi-extract';
import { validateAuthGroupYaml, validateProviderYaml } from './provider-validator';
import { loadFile, relPath, resolveRefs, type RefContext } from './ref-resolver';
import { formatJsonPath, IssueCollector, SpecValidationError } from './spec-error';
import { ICON_SET_PREFIX, resolveIconSet } from './icon-sets';
import { convertSwagger2, isSwagger2 } from './swagger2';
import { checkInputChoices } from './input-choices';

export interface LoadOptions {
  /** Called once per warning (they are also returned in `catalog.warnings`). */
  onWarning?: (warning: SpecIssue) => void;
  /** Treat warnings as errors. */
  strict?: boolean;
  /** Directory file names in messages are relative to. Default: the parent of the specs directory (the repo root). */
  repoRoot?: string;
}

export interface ValidationResult {
  /** Providers that loaded without errors (a provider with any error is left out). */
  catalog: Catalog;
  errors: SpecIssue[];
  warnings: SpecIssue[];
}

export const PROVIDER_ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const OPENAPI_FILES = ['openapi.yaml', 'openapi.yml', 'openapi.json'];
const ICON_FILES = ['icon.svg', 'icon.png'];

// ---- defaults (a vendor drop-in without provider.yaml gets exactly these) ------------------------------------------

function defaultOAuth(group: string): Omit<OAuthConfig, 'authorizationUrl' | 'tokenUrl' | 'refreshUrl'> {
  return {
    group,
    clientAuth: 'body',
    bodyFormat: 'form',
    pkce: 'supported',
    pkceEncoding: 'S256',
    scopeSeparator: ' ',
    scopeParam: 'scope',
    clientIdParam: 'client_id',
    authorizeParams: {},
    incrementalParams: {},
    tokenParams: {},
    refreshParams: {},
    defaultScopes: [],
    partialGrant: false,
    tokenResponse: {
      accessToken: 'access_token',
      refreshToken: 'refresh_token',
      expiresIn: 'expires_in',
      scope: 'scope',
      scopeSeparator: ' ',
      tokenType: 'token_type',
    },
    refresh: 'standard',
    metadata: {},
  };
}

const REVOCATION_DEFAULTS = {
  method: 'POST',
  bodyFormat: 'form',
  clientAuth: 'none',
  tokenParam: 'token',
  token: 'refresh',
  extraParams: {},
} as const;

/** Per the team contract: without configuration the identity comes from the token response. */
// Without a declared identity, the OpenID Connect claims are the best guess; a token field must never become an
// account id (it would store a secret in plain text), so a provider whose token response has no `sub` fails the
// identity step with a clear message until its provider.yaml says where the account is.
const IDENTITY_DEFAULTS: IdentityConfig = { source: 'token', idPath: 'sub', labelPath: 'email' };

const ERRORS_DEFAULTS: ProviderErrorConfig = { codePath: 'error.code', messagePath: 'error.message', rateLimit: [], authCodes: [] };

const SANDBOX_DEFAULTS: SandboxErrorConfig = {
  template: { error: { code: '{{code}}', message: '{{message}}' } },
  badRequest: { status: 400, code: 'bad_request' },
  forbidden: { status: 403, code: 'insufficient_scope' },
  unauthorized: { status: 401, code: 'invalid_token' },
  notFound: { status: 404, code: 'not_found' },
  rateLimit: { status: 429, code: 'rate_limited', retryAfter: true },
};

// ---- shared state of one load ---------------------------------------------------------------------------------------

interface AuthGroup {
  data: Obj;
  file: string;
}

interface LoadState {
  ctx: RefContext;
  specsDir: string;
  /** undefined = the group file is missing or invalid (already reported). */
  groups: Map<string, AuthGroup | undefined>;
}

function newState(specsDir: string, repoRoot: string): LoadState {
  const issues = new IssueCollector();
  return {
    specsDir,
    groups: new Map(),
    ctx: { rootDir: specsDir, repoRoot, issues, files: new Map(), reportedFiles: new Set() },
  };
}

function rel(state: LoadState, abs: string): string {
  return relPath(state.ctx, abs);
}

/** Reads + parses a YAML/JSON file, reporting syntax errors once. */
function parseOnce(state: LoadState, abs: string): unknown {
  const r = loadFile(state.ctx, abs);
  if (r.ok) return r.data;
  if (!state.ctx.reportedFiles.has(abs)) {
    state.ctx.reportedFiles.add(abs);
    state.ctx.issues.error(rel(state, abs), '', r.message);
  }
  return undefined;
}

function loadAuthGroup(state: LoadState, group: string): AuthGroup | undefined {
  if (state.groups.has(group)) return state.groups.get(group);
  const abs = join(state.specsDir, '_auth', `${group}.yaml`);
  let result: AuthGroup | undefined;
  if (existsSync(abs)) {
    const data = parseOnce(state, abs);
    if (data !== undefined) {
      const problems = validateAuthGroupYaml(data);
      for (const p of problems) state.ctx.issues.error(rel(state, abs), p.path, p.message);
      if (problems.length === 0) result = { data: data as Obj, file: abs };
    }
  }
  state.groups.set(group, result);
  return result;
}

interface OAuthInputs {
  id: string;
  groupName: string | undefined;
  group: AuthGroup | undefined;
  py: Obj;
  pyRel: string;
  oaRel: string;
  oaAbs: string;
}

/** The connector's OAuth settings: defaults ← auth group ← the spec's flow ← provider.yaml (reports bad values). */
function mergeOAuth(state: LoadState, ex: ExtractResult & { flow: OAuthFlowInfo }, inp: OAuthInputs): OAuthConfig {
  const issues = state.ctx.issues;
  const { id, groupName, group, py, pyRel, oaRel, oaAbs } = inp;
  const pyObj = (k: string): Obj | undefined => asObj(py[k]);
  const groupData = group?.data ?? {};
  const merged = deepMerge<Obj>(
    defaultOAuth(groupName ?? id) as unknown as Obj,
    asObj(groupData['oauth']),
    {
      authorizationUrl: ex.flow.authorizationUrl,
      tokenUrl: ex.flow.tokenUrl,
      refreshUrl: ex.flow.refreshUrl,
    },
    pyObj('oauth'),
  );
  // The token response's scope separator follows the request separator unless set explicitly.
  const explicitTrSep =
    asStr(asObj(pyObj('oauth')?.['tokenResponse'])?.['scopeSeparator']) ??
    asStr(asObj(asObj(groupData['oauth'])?.['tokenResponse'])?.['scopeSeparator']);
  (merged['tokenResponse'] as Obj)['scopeSeparator'] = explicitTrSep ?? merged['scopeSeparator'];
  if (isObj(merged['revocation'])) merged['revocation'] = { ...REVOCATION_DEFAULTS, ...merged['revocation'] };
  merged['group'] = groupName ?? id;
  const flowPath = `components.securitySchemes.${ex.flow.schemeName}.flows.authorizationCode`;
  for (const key of ['authorizationUrl', 'tokenUrl'] as const) {
    if (typeof merged[key] !== 'string') issues.error(oaRel, `${flowPath}.${key}`, 'is required');
  }
  merged['refreshUrl'] ??= merged['tokenUrl'];
  const oauth = merged as unknown as OAuthConfig;

  // Scopes requested on every authorization must exist, like the scopes of operations.
  const declared = new Set(ex.scopes.map((s) => s.scope));
  const scopesWhere = `components.securitySchemes.${ex.flow.schemeName}.flows.authorizationCode.scopes of ${oaRel}`;
  const dsFromProvider = Array.isArray(pyObj('oauth')?.['defaultScopes']);
  const dsFile = dsFromProvider ? pyRel : group ? rel(state, group.file) : pyRel;
  (Array.isArray(oauth.defaultScopes) ? oauth.defaultScopes : []).forEach((s, i) => {
    if (!declared.has(s)) issues.error(dsFile, `oauth.defaultScopes[${i}]`, `scope "${s}" is not declared in ${scopesWhere}`);
  });
  if (oauth.apiBaseUrlFrom !== undefined && !(oauth.apiBaseUrlFrom in (oauth.metadata ?? {}))) {
    issues.error(pyRel || rel(state, group?.file ?? oaAbs), 'oauth.apiBaseUrlFrom', `"${oauth.apiBaseUrlFrom}" is not a key of oauth.metadata`);
  }
  return oauth;
}

/** A credential connector's `oauth`: the defaults with no URLs (never used; see ProviderModel.oauth). */
function credentialOAuth(id: string): OAuthConfig {
  return { ...defaultOAuth(id), authorizationUrl: '', tokenUrl: '', refreshUrl: '' } as OAuthConfig;
}

// ---- one provider ---------------------------------------------------------------------------------------------------

function loadOne(state: LoadState, providerDir: string): ProviderModel | undefined {
  const issues = state.ctx.issues;
  const errorsBefore = issues.errors.length;
  const id = basename(providerDir);
  const dirRel = rel(state, providerDir);
  if (!PROVIDER_ID_PATTERN.test(id)) {
    issues.error(dirRel, '', `invalid provider id "${id}": folder names must be kebab-case (a-z, 0-9, "-", starting with a letter)`);
  }

  // provider.yaml (optional)
  const pyAbs = ['provider.yaml', 'provider.yml'].map((f) => join(providerDir, f)).find((f) => existsSync(f));
  const pyRel = pyAbs ? rel(state, pyAbs) : '';
  let py: Obj = {};
  let pyValid = true;
  if (pyAbs) {
    const data = parseOnce(state, pyAbs);
    if (data === undefined) pyValid = false;
    else {
      const problems = validateProviderYaml(data);
      for (const p of problems) issues.error(pyRel, p.path, p.message);
      if (problems.length > 0) pyValid = false;
      if (isObj(data)) py = data;
    }
  }
  // With an invalid provider.yaml, keep going with only the parts that are well-typed enough to use.
  const pyObj = (k: string): Obj | undefined => asObj(py[k]);

  // Shared auth group
  const groupName = asStr(py['auth']);
  let group: AuthGroup | undefined;
  if (groupName !== undefined) {
    group = loadAuthGroup(state, groupName);
    if (!group && !existsSync(join(state.specsDir, '_auth', `${groupName}.yaml`))) {
      issues.error(
        pyRel,
        'auth',
        `unknown auth group "${groupName}" (${rel(state, join(state.specsDir, '_auth', `${groupName}.yaml`))} does not exist)`,
      );
    }
  }

  // OpenAPI document
  const found = OPENAPI_FILES.map((f) => join(providerDir, f)).filter((f) => existsSync(f));
  if (found.length === 0) {
    issues.error(dirRel, '', 'no openapi.yaml or openapi.json in the provider folder');
    return undefined;
  }
  if (found.length > 1) issues.warn(dirRel, '', `several OpenAPI files (${found.map((f) => basename(f)).join(', ')}); using ${basename(found[0])}`);
  const oaAbs = found[0];
  const oaRel = rel(state, oaAbs);
  let raw = parseOnce(state, oaAbs);
  if (raw === undefined) return undefined;
  if (!isObj(raw)) {
    issues.error(oaRel, '', 'not an OpenAPI 3.x document (expected a mapping at the top level)');
    return undefined;
  }
  if (isSwagger2(raw)) {
    const converted = convertSwagger2(raw);
    if (!converted.ok) {
      issues.error(oaRel, '', converted.message);
      return undefined;
    }
    raw = converted.doc;
  }
  const touched = new Set<string>();
  state.ctx.touchedFiles = touched;
  const doc = resolveRefs(state.ctx, raw, oaAbs) as Obj;
  state.ctx.touchedFiles = undefined;

  const operationOverrides: Record<string, OperationOverride> = {};
  for (const [opId, o] of Object.entries(pyObj('operations') ?? {})) {
    if (isObj(o)) operationOverrides[opId] = o as OperationOverride;
  }
  const ex = extractOpenApi(
    {
      doc,
      baseUrlOverride: asStr(py['baseUrl']),
      hasProviderYaml: pyAbs !== undefined,
      paginationDefault: pyObj('pagination') as Partial<PaginationConfig> | undefined,
      operationOverrides,
    },
    {
      error: (path, message) => issues.error(oaRel, formatJsonPath(path), message),
      warn: (path, message) => issues.warn(oaRel, formatJsonPath(path), message),
    },
  );
  if (!ex.usable || (!ex.flow && !ex.credential)) return undefined;

  // Cross-file checks: provider.yaml must name real operations.
  const opIds = new Set(ex.operations.map((o) => o.id));
  const skipped = new Set(ex.skippedOperationIds);
  const unknownOp = (opId: string) =>
    skipped.has(opId)
      ? `operation "${opId}" was skipped (see the warnings for ${oaRel})`
      : `unknown operation "${opId}" (not an operationId in ${oaRel})`;
  for (const opId of Object.keys(operationOverrides)) {
    if (!opIds.has(opId)) issues.error(pyRel, `operations.${opId}`, unknownOp(opId));
  }
  // An input's choices must come from a read operation whose response has the named paths.
  checkInputChoices(ex.operations, operationOverrides, (path, message) => issues.error(pyRel, path, message));
  (asArr(py['examplePrompts']) ?? []).forEach((p, i) => {
    (asArr(asObj(p)?.['operations']) ?? []).forEach((opId, j) => {
      if (typeof opId === 'string' && !opIds.has(opId)) issues.error(pyRel, `examplePrompts[${i}].operations[${j}]`, unknownOp(opId));
    });
  });

  const groupData = group?.data ?? {};
  const oauth = ex.flow
    ? mergeOAuth(state, ex as ExtractResult & { flow: OAuthFlowInfo }, { id, groupName, group, py, pyRel, oaRel, oaAbs })
    : credentialOAuth(id);
  if (ex.credential) {
    // A credential connector has no consent flow: OAuth settings would silently do nothing, so they are errors.
    const why = `does not apply: ${oaRel} has no oauth2 scheme (credential connector, ${ex.credential.kind} via components.securitySchemes.${ex.credential.schemeName})`;
    if (py['oauth'] !== undefined) issues.error(pyRel, 'oauth', why);
    if (groupName !== undefined) issues.error(pyRel, 'auth', why);
  }
  // A per-operation pagination override must name a real parameter (or body property).
  for (const o of ex.operations) {
    const pg = operationOverrides[o.id]?.pagination;
    if (!pg?.requestParam) continue;
    const where = pg.requestIn ?? o.pagination.requestIn ?? 'query';
    const names = where === 'body' ? Object.keys(asObj(o.requestBody?.schema['properties']) ?? {}) : o.parameters.map((p) => p.name);
    if (!names.includes(pg.requestParam)) {
      issues.error(
        pyRel,
        `operations.${o.id}.pagination.requestParam`,
        `"${pg.requestParam}" is not a ${where === 'body' ? 'request body property' : 'parameter'} of operation ${o.id}`,
      );
    }
  }

  const identity = deepMerge<IdentityConfig>(IDENTITY_DEFAULTS, asObj(groupData['identity']), pyObj('identity'));
  if (identity.source === 'request' && !identity.request) {
    issues.error(pyAbs ? pyRel : rel(state, group?.file ?? oaAbs), 'identity.request', 'is required when identity.source is request');
  }
  const errors = deepMerge<ProviderErrorConfig>(ERRORS_DEFAULTS, asObj(groupData['errors']), pyObj('errors'));
  // A template is a whole JSON body: replace it, never merge two providers' shapes.
  const sandboxSrc = [asObj(groupData['sandbox']), pyObj('sandbox')];
  const sandbox = deepMerge<SandboxErrorConfig>(
    { ...SANDBOX_DEFAULTS },
    ...sandboxSrc.map((s) => (s ? { ...s, template: undefined, oauthTemplate: undefined } : undefined)),
  );
  for (const s of sandboxSrc) {
    if (s && s['template'] !== undefined) sandbox.template = s['template'];
    if (s && s['oauthTemplate'] !== undefined) sandbox.oauthTemplate = s['oauthTemplate'];
  }

  let icon = asStr(py['icon']);
  if (icon?.startsWith(ICON_SET_PREFIX)) {
    // A logo from the kept icon set: an unknown name is a spec error; a missing package only drops it (initials).
    const found = resolveIconSet(icon, [state.ctx.repoRoot, state.specsDir, process.cwd()]);
    if (!found.ok && found.kind === 'unknown') issues.error(pyRel, 'icon', found.message);
    if (!found.ok && found.kind === 'unavailable') issues.warn(pyRel, 'icon', found.message);
    icon = found.ok ? found.dataUrl : undefined;
  } else if (icon && !icon.startsWith('data:') && !existsSync(join(providerDir, icon))) {
    issues.warn(pyRel, 'icon', `file "${icon}" does not exist in ${dirRel}`);
    icon = undefined;
  }
  icon ??= ICON_FILES.find((f) => existsSync(join(providerDir, f)));

  const sourceFiles = [oaRel];
  if (pyAbs) sourceFiles.push(pyRel);
  if (group) sourceFiles.push(rel(state, group.file));
  // Files pulled in through $refs count too (drift checks hash every input).
  sourceFiles.push(
    ...[...touched]
      .filter((f) => f !== oaAbs)
      .map((f) => rel(state, f))
      .sort(),
  );

  if (issues.errors.length > errorsBefore || !pyValid) return undefined;

  const provider: ProviderModel = {
    id,
    name: asStr(py['name']) ?? (ex.title || id),
    category: asStr(py['category']) ?? 'Other',
    description: asStr(py['description']) ?? ex.description,
    authType: ex.credential ? 'credential' : 'oauth2',
    ...(ex.credential ? { credential: ex.credential } : {}),
    oauth,
    identity,
    declared: {
      oauth: [...new Set([...Object.keys(asObj(groupData['oauth']) ?? {}), ...Object.keys(pyObj('oauth') ?? {})])].sort(),
      identity: asObj(groupData['identity']) !== undefined || pyObj('identity') !== undefined,
    },
    errors,
    sandbox,
    scopes: ex.scopes,
    baseUrl: ex.baseUrl,
    defaultHeaders: {
      ...((asObj(groupData['defaultHeaders']) ?? {}) as Record<string, string>),
      ...((pyObj('defaultHeaders') ?? {}) as Record<string, string>),
    },
    operations: ex.operations,
    setupNotes: (asArr(py['setupNotes']) ?? []) as string[],
    examplePrompts: (asArr(py['examplePrompts']) ?? []) as ProviderModel['examplePrompts'],
    aliases: (asArr(py['aliases']) ?? []) as string[],
    keywords: (asArr(py['keywords']) ?? []) as string[],
    sourceFiles,
    openapiVersion: ex.openapiVersion,
    schemas: ex.schemas,
  };
  if (icon) provider.icon = icon;
  return provider;
}

// ---- public API -----------------------------------------------------------------------------------------------------

function finish(state: LoadState, providers: ProviderModel[], opts: LoadOptions): ValidationResult {
  const { errors, warnings } = state.ctx.issues;
  for (const w of warnings) opts.onWarning?.(w);
  const allErrors = opts.strict ? [...errors, ...warnings] : [...errors];
  return { catalog: { providers, warnings: [...warnings] }, errors: allErrors, warnings: [...warnings] };
}

function listProviderDirs(specsDir: string): string[] {
  return readdirSync(specsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_') && !d.name.startsWith('.'))
    .map((d) => join(specsDir, d.name))
    .sort();
}

/** Loads and checks every provider; never throws on spec problems (returns them). */
export function validateCatalog(specsDir: string, opts: LoadOptions = {}): ValidationResult {
  const abs = resolve(specsDir);
  const state = newState(abs, resolve(opts.repoRoot ?? dirname(abs)));
  if (!existsSync(abs) || !statSync(abs).isDirectory()) {
    state.ctx.issues.error(rel(state, abs), '', 'specs directory does not exist');
    return finish(state, [], opts);
  }
  const providers: ProviderModel[] = [];
  for (const dir of listProviderDirs(abs)) {
    const p = loadOne(state, dir);
    if (p) providers.push(p);
  }
  return finish(state, providers, opts);
}

/** Synchronous `loadCatalog` (Nx generators, scripts). Throws SpecValidationError listing every error. */
export function loadCatalogSync(specsDir: string, opts: LoadOptions = {}): Catalog {
  const r = validateCatalog(specsDir, opts);
  if (r.errors.length > 0) throw new SpecValidationError(r.errors, r.warnings);
  return r.catalog;
}

/** Loads `specs/<id>/…` for every provider folder (folders starting with `_` or `.` are not providers). */
export async function loadCatalog(specsDir: string, opts: LoadOptions = {}): Promise<Catalog> {
  return loadCatalogSync(specsDir, opts);
}

/** Loads one provider folder (its parent is taken as the specs directory, for `_auth/` and $ref bounds). */
export function validateProvider(providerDir: string, opts: LoadOptions = {}): ValidationResult & { provider?: ProviderModel } {
  const abs = resolve(providerDir);
  const specsDir = dirname(abs);
  const state = newState(specsDir, resolve(opts.repoRoot ?? dirname(specsDir)));
  if (!existsSync(abs) || !statSync(abs).isDirectory()) {
    state.ctx.issues.error(rel(state, abs), '', 'provider directory does not exist');
    return finish(state, [], opts);
  }
  const p = loadOne(state, abs);
  const r = finish(state, p ? [p] : [], opts);
  return p ? { ...r, provider: p } : r;
}

export async function loadProvider(providerDir: string, opts: LoadOptions = {}): Promise<ProviderModel> {
  const r = validateProvider(providerDir, opts);
  if (r.errors.length > 0 || !r.provider) {
    throw new SpecValidationError(
      r.errors.length > 0 ? r.errors : [{ file: providerDir, path: '', message: 'provider was skipped (see warnings)' }],
      r.warnings,
    );
  }
  return r.provider;
}
