import type { JsonSchema, OperationModel, ProviderModel } from '@patchbay/spec';
import { apiError, type ErrorKind } from './error-render';
import { applyFault } from './fault-apply';
import { bearerToken, sendJson } from './http-io';
import { multipartFields, multipartResource } from './multipart-parser';
import { lookupAccessToken } from './oauth-endpoints';
import { instanceUrlFor } from './provider-hints';
import { constrainsString, idForSchema } from './id-generator';
import { deepClone, deepMerge, isPlainObject, seededRng } from './path-utils';
import type { RequestContext } from './request-context';
import { validateBody } from './request-validation';
import { compileTemplate, type Route } from './route-table';
import type { SandboxAccount } from './accounts';
import type { Collection } from './sandbox-state';
import { collectProperties, findArrayPath, sampleSchema, schemaAtPath, schemaType } from './schema-sample';

/**
 * Generic REST emulation. Each operation is classified once from its method, path and schemas:
 *  - list   GET on a collection (the response has an items array)       → page of stored items
 *  - query  POST marked read-only with an items array (search/query)   → page of stored items
 *  - create POST on a collection                                         → stores body + id
 *  - get / update / delete on `…/{id}`                                   → stored item
 *  - append PATCH/PUT on a collection with an array body (block children) → stores each element
 *  - rpc    anything else (`/chat.postMessage`, `:batchUpdate`, `/freeBusy`, `/user/info/`)
 *           → response sampled from the schema, echoing matching request fields.
 */
type Kind = 'list' | 'query' | 'create' | 'get' | 'update' | 'delete' | 'append' | 'rpc';

interface Behaviour {
  kind: Kind;
  /** Template (relative to the server) of the collection the operation works on. */
  collectionTemplate: string;
  itemParam?: string;
  itemsPath?: string;
  itemSchema?: JsonSchema;
  idField: string;
  idIsNumber: boolean;
  /** Schema new and seeded ids must satisfy (the id property's, or the item path parameter's when only it says). */
  idSchema?: JsonSchema;
}

interface ProviderIndex {
  /** Operations that list a collection, with their compiled path template. */
  lists: Array<{ regex: RegExp; op: OperationModel; behaviour: Behaviour }>;
  templates: Set<string>;
}

const behaviours = new WeakMap<OperationModel, Behaviour>();
const indexes = new WeakMap<ProviderModel, ProviderIndex>();

function norm(path: string): string {
  const p = path.replace(/\/+$/, '');
  return p === '' ? '/' : p;
}

function lastSegment(path: string): string {
  const i = path.lastIndexOf('/');
  return path.slice(i + 1);
}

function parentTemplate(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

function idFieldOf(schema: JsonSchema | undefined, hints: string[] = []): { field: string; isNumber: boolean } {
  const props = schema ? collectProperties(schema) : {};
  const names = Object.keys(props);
  const field =
    ['id', 'Id', 'ID'].find((n) => names.includes(n)) ?? hints.find((h) => names.includes(h)) ?? names.find((n) => /(Id|_id)$/.test(n)) ?? 'id';
  const t = props[field] ? schemaType(props[field]) : undefined;
  return { field, isNumber: t === 'integer' || t === 'number' };
}

/** `/presentations` → `presentationId`: how Google-style APIs name a resource's id. */
function idHints(collectionTemplate: string, itemParam?: string): string[] {
  const seg = lastSegment(collectionTemplate).replace(/\{[^}]+\}/g, '');
  const singular = seg.replace(/ies$/, 'y').replace(/s$/, '');
  return [...(itemParam ? [itemParam] : []), `${singular}Id`, `${singular}_id`];
}

function itemsInfo(op: OperationModel): { itemsPath?: string; itemSchema?: JsonSchema } {
  const schema = op.responseSchema;
  const itemsPath = op.pagination?.itemsPath || findArrayPath(schema);
  if (!itemsPath) return {};
  const arr = schemaAtPath(schema, itemsPath);
  const itemSchema = arr && isPlainObject(arr['items']) ? (arr['items'] as JsonSchema) : undefined;
  return { itemsPath, itemSchema };
}

function providerIndex(provider: ProviderModel): ProviderIndex {
  let idx = indexes.get(provider);
  if (idx) return idx;
  idx = { lists: [], templates: new Set(provider.operations.map((o) => norm(o.path))) };
  indexes.set(provider, idx);
  for (const op of provider.operations) {
    const b = classify(provider, op);
    if (b.kind === 'list' || b.kind === 'query') idx.lists.push({ regex: compileTemplate(b.collectionTemplate).regex, op, behaviour: b });
  }
  return idx;
}

function classify(provider: ProviderModel, op: OperationModel): Behaviour {
  const cached = behaviours.get(op);
  if (cached) return cached;
  const path = norm(op.path);
  const last = lastSegment(path);
  const isItem = /^\{[^}]+\}$/.test(last);
  const rpcLike = /[:.]/.test(last);
  const method = op.method.toLowerCase();
  let kind: Kind = 'rpc';
  let collectionTemplate = path;
  let itemParam: string | undefined;
  let items: { itemsPath?: string; itemSchema?: JsonSchema } = {};
  if (isItem && !rpcLike) {
    itemParam = last.slice(1, -1);
    collectionTemplate = parentTemplate(path);
    kind = method === 'get' ? 'get' : method === 'delete' ? 'delete' : method === 'patch' || method === 'put' ? 'update' : 'rpc';
  } else if (method === 'get') {
    items = itemsInfo(op);
    kind = items.itemsPath ? 'list' : 'rpc';
  } else if (method === 'post') {
    if (op.readOnly) {
      items = itemsInfo(op);
      kind = items.itemsPath ? 'query' : 'rpc';
      // `/contacts/search` reads the `/contacts` collection when the provider has one (create → search reflects it).
      const parent = parentTemplate(path);
      if (kind === 'query' && VERBS.test(last) && isCollectionTemplate(provider, parent)) collectionTemplate = parent;
    } else if (!rpcLike && isCreate(provider, op, path)) kind = 'create';
  } else if ((method === 'patch' || method === 'put') && !rpcLike) {
    items = itemsInfo(op);
    if (items.itemsPath) kind = 'append';
  }
  const idOf = idFieldOf(
    items.itemSchema ?? op.responseSchema,
    idHints(collectionTemplate, itemParam ?? siblingItemParam(provider, collectionTemplate)),
  );
  const idSchema = idOf.isNumber ? undefined : idSchemaOf(provider, items.itemSchema ?? op.responseSchema, idOf.field, collectionTemplate, itemParam);
  const behaviour: Behaviour = {
    kind,
    collectionTemplate,
    itemParam,
    itemsPath: items.itemsPath,
    itemSchema: items.itemSchema,
    idField: idOf.field,
    idIsNumber: idOf.isNumber,
    idSchema,
  };
  behaviours.set(op, behaviour);
  return behaviour;
}

/** A template is a collection when some operation works on it or on `template/{id}`. */
function isCollectionTemplate(provider: ProviderModel, template: string): boolean {
  return provider.operations.some((o) => {
    const p = norm(o.path);
    return p === template || (/^\{[^}]+\}$/.test(lastSegment(p)) && parentTemplate(p) === template);
  });
}

/**
 * The schema an item's id must satisfy. The id property's own schema when it constrains the value; otherwise the
 * path parameter that addresses one item of the collection (`/sobjects/Lead/{id}`), because that is what the id
 * will be validated against when the app sends it back. Specs often say `format: uuid` or a pattern only there.
 */
function idSchemaOf(
  provider: ProviderModel,
  schema: JsonSchema | undefined,
  field: string,
  collectionTemplate: string,
  itemParam?: string,
): JsonSchema | undefined {
  const own = schema ? collectProperties(schema)[field] : undefined;
  if (constrainsString(own)) return own;
  const param = itemParamSchema(provider, collectionTemplate, itemParam);
  return constrainsString(param) ? param : own;
}

function itemParamSchema(provider: ProviderModel, template: string, name?: string): JsonSchema | undefined {
  for (const o of provider.operations) {
    const p = norm(o.path);
    const last = lastSegment(p);
    if (!/^\{[^}]+\}$/.test(last) || parentTemplate(p) !== template) continue;
    const pname = last.slice(1, -1);
    if (name && pname !== name) continue;
    const param = o.parameters.find((x) => x.in === 'path' && x.name === pname);
    if (param?.schema) return param.schema;
  }
  return undefined;
}

function siblingItemParam(provider: ProviderModel, template: string): string | undefined {
  for (const o of provider.operations) {
    const p = norm(o.path);
    const last = lastSegment(p);
    if (/^\{[^}]+\}$/.test(last) && parentTemplate(p) === template) return last.slice(1, -1);
  }
  return undefined;
}

const VERBS = /^(search|query|list|batch|send|test|info|revoke|refresh|validate|lookup|count)/i;

function isCreate(provider: ProviderModel, op: OperationModel, path: string): boolean {
  if (VERBS.test(lastSegment(path))) return false;
  const siblings = provider.operations.some(
    (o) => o !== op && (norm(o.path) === path || (/^\{[^}]+\}$/.test(lastSegment(norm(o.path))) && parentTemplate(norm(o.path)) === path)),
  );
  if (siblings) return true;
  const props = op.responseSchema ? collectProperties(op.responseSchema) : {};
  return Object.keys(props).some((n) => n === 'id' || n === 'Id');
}

function fillTemplatePath(template: string, params: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_m, name: string) => params[name] ?? `{${name}}`);
}

function storeFor(ctx: RequestContext, provider: ProviderModel, account: SandboxAccount): Map<string, Collection> {
  const key = `${provider.id}|${account.id}`;
  let store = ctx.state.stores.get(key);
  if (!store) {
    store = new Map();
    ctx.state.stores.set(key, store);
  }
  return store;
}

/** The collection at a concrete path, seeded from the listing operation's item schema on first use. */
function listingFor(provider: ProviderModel, concrete: string): Behaviour | undefined {
  return providerIndex(provider).lists.find((l) => l.regex.test(concrete))?.behaviour;
}

function collectionAt(ctx: RequestContext, provider: ProviderModel, account: SandboxAccount, concrete: string, fallback: Behaviour): Collection {
  const store = storeFor(ctx, provider, account);
  let col = store.get(concrete);
  if (col) return col;
  const listing = listingFor(provider, concrete);
  const b = listing ?? fallback;
  const list = listing ? { behaviour: listing } : undefined;
  col = { items: [], idField: b.idField, idSchema: b.idSchema, nextSeq: 1 };
  store.set(concrete, col);
  if (list && b.itemSchema) {
    const okField = provider.oauth.okField;
    for (let i = 0; i < ctx.options.seedItems; i++) {
      const rng = seededRng(`${provider.id}|${account.id}|${concrete}|${i}`);
      const item = sampleSchema(b.itemSchema, rng, { okField, allOptional: true });
      if (!isPlainObject(item)) continue;
      item[b.idField] = b.idIsNumber ? 1000 + i : idForSchema(b.idSchema, `${provider.id}|${account.id}|${concrete}|${i}`);
      varyLabels(item, i);
      col.items.push(item);
    }
  }
  return col;
}

/** Examples make every seeded item identical; number the human-visible labels so lists look real. */
function varyLabels(item: Record<string, unknown>, i: number): void {
  for (const key of ['name', 'title', 'summary', 'subject', 'label', 'Name', 'Subject', 'display_name']) {
    if (typeof item[key] === 'string') {
      item[key] = `${item[key]} #${i + 1}`;
      return;
    }
  }
}

function newId(b: Behaviour, col: Collection, seed: string): string | number {
  const n = col.nextSeq++;
  if (b.idIsNumber) return 900000 + n;
  // The collection's id schema (from its listing) and the creating operation's may differ in what they say: the
  // one that constrains the id wins.
  const candidates = [col.idSchema, col.idField === b.idField ? b.idSchema : undefined];
  return idForSchema(candidates.find(constrainsString) ?? candidates.find(Boolean), `${seed}|new|${n}`);
}

/** Copy-on-write set along a dot-path, so cached response envelopes are never mutated. */
function withPath(obj: unknown, path: string, value: unknown): unknown {
  const keys = path.split('.');
  const rec = (node: unknown, i: number): unknown => {
    const base = isPlainObject(node) ? { ...node } : {};
    if (i === keys.length - 1) {
      if (value === undefined) delete base[keys[i]];
      else base[keys[i]] = value;
      return base;
    }
    base[keys[i]] = rec(base[keys[i]], i + 1);
    return base;
  };
  return rec(obj, 0);
}

function fail(ctx: RequestContext, provider: ProviderModel, kind: ErrorKind, message: string): void {
  const r = apiError(provider, kind, message);
  sendJson(ctx.res, r.status, r.body, r.headers);
}

function bodyObject(ctx: RequestContext): Record<string, unknown> | undefined {
  if (ctx.body.kind === 'json' && isPlainObject(ctx.body.value)) return ctx.body.value;
  if (ctx.body.kind === 'form') return ctx.body.value;
  if (ctx.body.kind === 'multipart') return multipartResource(ctx.body.contentType, ctx.body.parts);
  return undefined;
}

/** The credential a request to a credential connector carries, as the key `state.credentials` uses. */
export function presentedCredential(ctx: RequestContext, provider: ProviderModel): { key: string; what: string } | { error: string } {
  const c = provider.credential;
  if (!c) return { error: 'No credential scheme' };
  if (c.kind === 'apiKey') {
    const value = c.in === 'header' ? ctx.req.headers[c.name.toLowerCase()] : (ctx.query.get(c.name) ?? undefined);
    const v = Array.isArray(value) ? value[0] : value;
    if (!v) return { error: `Missing API key (${c.in === 'header' ? 'header' : 'query parameter'} ${c.name})` };
    return { key: `apiKey:${v}`, what: 'API key' };
  }
  const h = ctx.req.headers.authorization ?? '';
  if (c.kind === 'bearer') {
    const t = bearerToken(ctx.req);
    return t ? { key: `bearer:${t}`, what: 'bearer token' } : { error: 'Missing bearer token' };
  }
  const m = /^Basic\s+(\S+)$/i.exec(h);
  const decoded = m ? Buffer.from(m[1], 'base64').toString('utf8') : '';
  if (!decoded.includes(':')) return { error: 'Missing basic credentials' };
  return { key: `basic:${decoded}`, what: 'user name or password' };
}

export async function handleOperation(ctx: RequestContext, route: Route, params: Record<string, string>): Promise<void> {
  const provider = route.provider;
  const op = route.operation as OperationModel;
  const { state } = ctx;
  state.countOperation(provider.id, op.id);
  if (state.faults.length) {
    const fault = state.takeFault({ operationId: op.id, providerId: provider.id, groupId: route.group.id });
    if ((await applyFault(ctx, fault, provider, false)) === 'handled') return;
  }

  let accountIndex: number;
  if (provider.authType === 'credential') {
    // Credential connectors: the key / token / user + password must be where the spec says, and registered.
    const presented = presentedCredential(ctx, provider);
    if ('error' in presented) return fail(ctx, provider, 'unauthorized', presented.error);
    const index = ctx.state.credentials.get(provider.id)?.get(presented.key);
    if (index === undefined) return fail(ctx, provider, 'unauthorized', `Invalid ${presented.what}`);
    accountIndex = index;
  } else {
    const found = lookupAccessToken(ctx, bearerToken(ctx.req));
    if ('error' in found) return fail(ctx, provider, 'unauthorized', found.error);
    if (found.grant.groupId !== route.group.id) return fail(ctx, provider, 'unauthorized', 'Token was issued for another provider');
    if (op.scopeAlternatives.length > 0) {
      const granted = found.grant.scopes;
      const ok = op.scopeAlternatives.some((alt) => alt.every((s) => granted.includes(s)));
      if (!ok) return fail(ctx, provider, 'forbidden', `Request had insufficient authentication scopes. Required: ${op.requiredScopes.join(' ')}`);
    }
    accountIndex = found.grant.accountIndex;
  }

  for (const [name, value] of Object.entries(provider.defaultHeaders)) {
    if (ctx.req.headers[name.toLowerCase()] === undefined)
      return fail(ctx, provider, 'badRequest', `Missing required header ${name} (e.g. ${value})`);
  }
  for (const p of op.parameters) {
    if (!p.required) continue;
    if (p.in === 'query' && !ctx.query.has(p.name)) return fail(ctx, provider, 'badRequest', `Missing required query parameter ${p.name}`);
    if (p.in === 'header' && p.name.toLowerCase() !== 'authorization' && ctx.req.headers[p.name.toLowerCase()] === undefined) {
      return fail(ctx, provider, 'badRequest', `Missing required header ${p.name}`);
    }
  }
  if (ctx.body.kind === 'invalid') return fail(ctx, provider, 'badRequest', ctx.body.reason);
  const rb = op.requestBody;
  if (rb) {
    const wantsJson = rb.contentType.includes('json');
    const wantsForm = rb.contentType.includes('x-www-form-urlencoded');
    const wantedType = rb.contentType.split(';')[0].trim().toLowerCase();
    if (ctx.body.kind === 'none') {
      if (rb.required) return fail(ctx, provider, 'badRequest', 'Request body is required');
    } else if (wantsJson && ctx.body.kind !== 'json') {
      return fail(ctx, provider, 'badRequest', `Expected ${rb.contentType} body`);
    } else if (wantedType.startsWith('multipart/')) {
      if (ctx.body.kind !== 'multipart' || ctx.body.contentType !== wantedType)
        return fail(ctx, provider, 'badRequest', `Expected ${wantedType} body`);
      const msg = validateBody(op, multipartFields(rb.schema, ctx.body.contentType, ctx.body.parts), wantedType === 'multipart/form-data');
      if (msg) return fail(ctx, provider, 'badRequest', msg);
    } else if (wantsJson || wantsForm) {
      const msg = validateBody(op, ctx.body.kind === 'json' ? ctx.body.value : bodyObject(ctx), ctx.body.kind === 'form');
      if (msg) return fail(ctx, provider, 'badRequest', msg);
    }
  }

  const account = route.group.accounts[accountIndex - 1];
  const b = classify(provider, op);
  const body = bodyObject(ctx);
  const envelope = responseEnvelope(ctx, provider, op, account);
  const status = op.successStatus || 200;
  const concreteCollection = norm(fillTemplatePath(b.collectionTemplate, params));

  switch (b.kind) {
    case 'list':
    case 'query': {
      const referenced = b.kind === 'list' ? referencedCollection(ctx, provider, account, concreteCollection) : undefined;
      const list = referenced ? asListItems(provider, account, b, referenced) : collectionAt(ctx, provider, account, concreteCollection, b).items;
      return sendJson(ctx.res, status, paginate(ctx, provider, op, b, list, envelope, body, params));
    }
    case 'create': {
      const col = collectionAt(ctx, provider, account, concreteCollection, b);
      const itemSchema = listingFor(provider, concreteCollection)?.itemSchema ?? op.responseSchema;
      const base = itemSchema
        ? sampleSchema(itemSchema, seededRng(`${provider.id}|${account.id}|${concreteCollection}|new${col.nextSeq}`), {
            okField: provider.oauth.okField,
          })
        : {};
      const item: Record<string, unknown> = isPlainObject(base) ? base : {};
      if (body) deepMerge(item, body);
      item[col.idField] = newId(b, col, `${provider.id}|${account.id}|${concreteCollection}`);
      col.items.push(item);
      return sendJson(ctx.res, status, status === 204 ? undefined : project(envelope, item, col.idField));
    }
    case 'append': {
      const col = collectionAt(ctx, provider, account, concreteCollection, b);
      const arrays = body ? Object.values(body).filter(Array.isArray) : [];
      const added: Record<string, unknown>[] = [];
      for (const el of (arrays[0] ?? []) as unknown[]) {
        if (!isPlainObject(el)) continue;
        const item = deepClone(el);
        item[col.idField] = newId(b, col, `${provider.id}|${account.id}|${concreteCollection}`);
        col.items.push(item);
        added.push(item);
      }
      return sendJson(ctx.res, status, b.itemsPath ? withPath(envelope, b.itemsPath, added) : envelope);
    }
    case 'get':
    case 'update':
    case 'delete': {
      const col = collectionAt(ctx, provider, account, concreteCollection, b);
      const id = params[b.itemParam as string];
      let item = col.items.find((x) => String(x[col.idField]) === id);
      const strict = col.items.length > 0 || listingFor(provider, concreteCollection) !== undefined;
      if (!item) {
        if (strict || b.kind === 'delete') return fail(ctx, provider, 'notFound', `Requested entity was not found: ${id}`);
        // No listing for this collection (e.g. a calendar addressed as "primary"): materialise it on first use.
        const sampled = sampleSchema(op.responseSchema ?? b.itemSchema, seededRng(`${provider.id}|${account.id}|${concreteCollection}|${id}`), {
          okField: provider.oauth.okField,
        });
        item = isPlainObject(sampled) ? sampled : {};
        item[col.idField] = id;
        col.items.push(item);
      }
      if (b.kind === 'delete') {
        col.items.splice(col.items.indexOf(item), 1);
        return sendJson(ctx.res, status, status === 204 ? undefined : envelope);
      }
      if (b.kind === 'update' && body) {
        if (ctx.method === 'PUT') {
          const keep = item[col.idField];
          for (const k of Object.keys(item)) delete item[k];
          Object.assign(item, deepClone(body));
          item[col.idField] = keep;
        } else deepMerge(item, body);
      }
      return sendJson(ctx.res, status, status === 204 ? undefined : project(envelope, item, col.idField));
    }
    default:
      return sendJson(ctx.res, status, status === 204 ? undefined : echo(envelope, body));
  }
}

/**
 * Query-language listings (`GET /query?q=SELECT … FROM Lead`): when a query parameter names, as a whole word, the
 * last segment of a collection this account created items in (`/sobjects/Lead`), list that collection.
 */
function referencedCollection(ctx: RequestContext, provider: ProviderModel, account: SandboxAccount, own: string): Collection | undefined {
  if (ctx.query.size === 0) return undefined;
  const store = ctx.state.stores.get(`${provider.id}|${account.id}`);
  if (!store) return undefined;
  const text = [...ctx.query.values()].join(' ');
  for (const [key, col] of store) {
    if (key === own || col.items.length === 0) continue;
    const word = lastSegment(key);
    if (word && !word.includes('{') && new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text)) return col;
  }
  return undefined;
}

/** Stored items in the listing's item shape: a sampled record with the stored fields and id on top. */
function asListItems(provider: ProviderModel, account: SandboxAccount, b: Behaviour, col: Collection): Record<string, unknown>[] {
  return col.items.map((item, i) => {
    const sampled = b.itemSchema
      ? sampleSchema(b.itemSchema, seededRng(`${provider.id}|${account.id}|ref|${i}`), { okField: provider.oauth.okField })
      : {};
    const out: Record<string, unknown> = { ...(isPlainObject(sampled) ? sampled : {}), ...item };
    out[b.idField] = item[col.idField];
    return out;
  });
}

/** Sampled 2xx response, cached per operation and account (deterministic, and cheap on the hot path). */
function responseEnvelope(ctx: RequestContext, provider: ProviderModel, op: OperationModel, account: SandboxAccount): unknown {
  const key = `env|${provider.id}|${account.id}|${op.id}`;
  if (ctx.state.singletons.has(key)) return ctx.state.singletons.get(key);
  let value = op.responseSchema ? sampleSchema(op.responseSchema, seededRng(key), { okField: provider.oauth.okField }) : {};
  if (isPlainObject(value) && provider.oauth.okField) value = { [provider.oauth.okField]: true, ...value };
  ctx.state.singletons.set(key, value);
  return value;
}

/**
 * Puts a stored item into the response shape: the item itself when the response is the resource; in a wrapped
 * response (`{list:{…}}`, `{data:{…}}`) the item fills the wrapper that holds the resource; else overlaid.
 */
function project(envelope: unknown, item: Record<string, unknown>, idField: string): unknown {
  if (!isPlainObject(envelope)) return item;
  if (idField in envelope || Object.keys(envelope).length === 0) return { ...envelope, ...item };
  const out: Record<string, unknown> = { ...envelope };
  const wrapper = resourceWrapper(envelope, item, idField);
  if (wrapper) {
    out[wrapper] = { ...(envelope[wrapper] as Record<string, unknown>), ...item };
    return out;
  }
  for (const k of Object.keys(envelope)) if (k in item) out[k] = item[k];
  return out;
}

/**
 * The property of a wrapped response that holds the resource: the object carrying the item's id field, else the
 * object sharing the most fields with the item (at least two, so an unrelated sub-object is never taken for it).
 */
export function resourceWrapper(envelope: Record<string, unknown>, item: Record<string, unknown>, idField: string): string | undefined {
  const objects = Object.entries(envelope).filter(([k, v]) => isPlainObject(v) && !(k in item)) as Array<[string, Record<string, unknown>]>;
  const byId = objects.find(([, v]) => idField in v);
  if (byId) return byId[0];
  let best: string | undefined;
  let bestShared = 1;
  for (const [k, v] of objects) {
    const shared = Object.keys(v).filter((f) => f in item).length;
    if (shared > bestShared) {
      best = k;
      bestShared = shared;
    }
  }
  return best;
}

/** RPC responses echo matching request fields (chat.postMessage returns the channel and text it got). */
function echo(envelope: unknown, body: Record<string, unknown> | undefined): unknown {
  if (!isPlainObject(envelope) || !body) return envelope;
  const out: Record<string, unknown> = { ...envelope };
  for (const [k, v] of Object.entries(envelope)) {
    if (k in body && (typeof v === typeof body[k] || v === null)) out[k] = body[k];
    else if (isPlainObject(v)) {
      const inner: Record<string, unknown> = { ...v };
      let changed = false;
      for (const ik of Object.keys(v)) {
        if (ik in body && typeof v[ik] === typeof body[ik]) {
          inner[ik] = body[ik];
          changed = true;
        }
      }
      if (changed) out[k] = inner;
    }
  }
  return out;
}

function readParam(
  ctx: RequestContext,
  body: Record<string, unknown> | undefined,
  name: string | undefined,
  where: 'query' | 'body' | undefined,
): unknown {
  if (!name) return undefined;
  if (where === 'body') return body?.[name];
  return ctx.query.get(name) ?? body?.[name] ?? undefined;
}

function defaultPageSize(op: OperationModel, limitParam: string | undefined): number {
  // Without a page-size parameter (Salesforce batches) a small fixed page keeps next-page links testable.
  if (!limitParam) return 10;
  const p = limitParam ? op.parameters.find((x) => x.name === limitParam) : undefined;
  const schema = p?.schema ?? (limitParam && op.requestBody ? schemaAtPath(op.requestBody.schema, limitParam) : undefined);
  const d = schema?.['default'];
  if (typeof d === 'number' && d > 0) return d;
  const max = schema?.['maximum'];
  return typeof max === 'number' && max > 0 ? Math.min(max, 20) : 20;
}

const CURSOR_PREFIX = 'sbxc_';

function paginate(
  ctx: RequestContext,
  provider: ProviderModel,
  op: OperationModel,
  b: Behaviour,
  items: Record<string, unknown>[],
  envelope: unknown,
  body: Record<string, unknown> | undefined,
  params: Record<string, string>,
): unknown {
  const cfg = op.pagination ?? { style: 'none' };
  const itemsPath = b.itemsPath as string;
  const shaped = withTotals(op, itemsPath, envelope, items.length);
  if (cfg.style === 'none') return withPath(shaped, itemsPath, items);
  const rawLimit = Number(readParam(ctx, body, cfg.limitParam, cfg.requestIn));
  const limit = Number.isFinite(rawLimit) && rawLimit > 0 ? Math.floor(rawLimit) : defaultPageSize(op, cfg.limitParam);
  let offset = 0;
  const raw =
    cfg.style === 'next_url'
      ? (ctx.query.get('sandbox_offset') ?? readParam(ctx, body, cfg.requestParam, cfg.requestIn))
      : readParam(ctx, body, cfg.requestParam, cfg.requestIn);
  if (raw !== undefined && raw !== null && raw !== '') {
    const s = String(raw);
    offset = s.startsWith(CURSOR_PREFIX) ? Number(s.slice(CURSOR_PREFIX.length)) : Number(s);
    if (!Number.isFinite(offset) || offset < 0) offset = 0;
  }
  const page = items.slice(offset, offset + limit);
  const more = offset + limit < items.length;
  let out = withPath(shaped, itemsPath, page);
  if (cfg.nextPath) {
    let next: unknown;
    if (more) {
      const nextSchema = schemaAtPath(op.responseSchema, cfg.nextPath);
      const numeric = nextSchema && ['integer', 'number'].includes(schemaType(nextSchema) ?? '');
      if (cfg.style === 'offset' || numeric) next = offset + limit;
      else if (cfg.style === 'next_url') next = nextUrl(ctx, provider, op, params, offset + limit, nextSchema);
      else next = `${CURSOR_PREFIX}${offset + limit}`;
    } else {
      next = cfg.hasMorePath ? null : undefined;
    }
    out = withPath(out, cfg.nextPath, next);
  }
  if (cfg.hasMorePath) out = withPath(out, cfg.hasMorePath, more);
  else if (isPlainObject(out) && typeof out['done'] === 'boolean') out = { ...out, done: !more };
  return out;
}

/** `total`, `totalSize`, `total_count`, `totalCount`, `totalResults`, `totalItems`, `totalRecords` (any case, `_` or not). */
const TOTAL_FIELD = /^total(_?(size|count|results|items|records))?$/i;
const totalPaths = new WeakMap<OperationModel, string[]>();

/**
 * Numeric total fields of a listing (at the top level or next to the items array) count the whole result, not the
 * page: Salesforce's totalSize, HubSpot's total, `total_count`… Which fields those are comes from the response
 * schema, once per operation.
 */
function withTotals(op: OperationModel, itemsPath: string, envelope: unknown, total: number): unknown {
  let paths = totalPaths.get(op);
  if (!paths) {
    paths = totalFieldPaths(op.responseSchema, itemsPath);
    totalPaths.set(op, paths);
  }
  let out = envelope;
  for (const p of paths) out = withPath(out, p, total);
  return out;
}

export function totalFieldPaths(schema: JsonSchema | undefined, itemsPath: string): string[] {
  const dot = itemsPath.lastIndexOf('.');
  const containers = [...new Set(['', dot < 0 ? '' : itemsPath.slice(0, dot)])];
  const out: string[] = [];
  for (const c of containers) {
    const container = c ? schemaAtPath(schema, c) : schema;
    if (!container) continue;
    for (const [name, prop] of Object.entries(collectProperties(container))) {
      const t = schemaType(prop);
      if (TOTAL_FIELD.test(name) && (t === 'integer' || t === 'number')) out.push(c ? `${c}.${name}` : name);
    }
  }
  return out;
}

/** Next-page URL in the provider's real form (relative to the API origin unless the spec shows absolute URLs). */
function nextUrl(
  ctx: RequestContext,
  provider: ProviderModel,
  op: OperationModel,
  params: Record<string, string>,
  offset: number,
  schema: JsonSchema | undefined,
): string {
  const server = op.serverUrl || provider.baseUrl;
  const m = /^([a-z]+:\/\/[^/]+)(.*)$/i.exec(server);
  const origin = provider.oauth.apiBaseUrlFrom ? instanceUrlFor(provider) : (m?.[1] ?? '');
  const basePath = (m?.[2] ?? '').replace(/\/+$/, '');
  const q = new URLSearchParams(ctx.query);
  q.set('sandbox_offset', String(offset));
  const rel = `${basePath}${fillTemplatePath(op.path, params)}?${q.toString()}`;
  const example = schema?.['example'];
  return typeof example === 'string' && /^https?:/.test(example) ? `${origin}${rel}` : rel;
}

export { classify as classifyOperation };
