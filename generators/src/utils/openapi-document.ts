/**
 * Just enough reading of the RAW OpenAPI document to point generated code at the exact keys openapi-typescript
 * emits (`paths[P][M]['responses'][200]['content']['application/json']`). The normalized model resolves `$ref`s and
 * forgets content types and status keys; the generated types keep them, so the client must index with the raw ones.
 * `$ref`s into other files (`shared/common.json#/…`) are followed relative to the file they appear in.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { HttpMethod, OperationModel } from '@patchbay/spec';
import { parse } from 'yaml';

export type OpenApiDocument = Record<string, unknown>;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A node plus the file it was read from (needed to resolve relative refs inside it). */
interface Located {
  node: Obj;
  file: string | undefined;
}

export function parseSpecText(text: string, fileName: string): unknown {
  return /\.json$/i.test(fileName) ? JSON.parse(text) : parse(text, { maxAliasCount: 1000 });
}

export class RawDocument {
  private readonly files = new Map<string, unknown>();

  /** `file` is the absolute path of the document, when it lives on disk (enables cross-file refs). */
  constructor(
    readonly document: OpenApiDocument,
    readonly file?: string,
  ) {
    if (file) this.files.set(file, document);
  }

  private load(file: string): unknown {
    if (!this.files.has(file)) {
      let data: unknown;
      try {
        data = existsSync(file) ? parseSpecText(readFileSync(file, 'utf8'), file) : undefined;
      } catch {
        data = undefined;
      }
      this.files.set(file, data);
    }
    return this.files.get(file);
  }

  /** Follows `$ref` chains (local and relative-file); broken refs give `undefined`. */
  deref(value: unknown, file: string | undefined = this.file, depth = 0): Located | undefined {
    if (!isObj(value)) return undefined;
    const ref = value['$ref'];
    if (typeof ref !== 'string') return { node: value, file };
    if (depth > 64) return undefined;
    const hash = ref.indexOf('#');
    const target = hash === -1 ? ref : ref.slice(0, hash);
    const pointer = hash === -1 ? '' : ref.slice(hash + 1);
    let targetFile = file;
    let root: unknown = file ? this.load(file) : this.document;
    if (target) {
      if (!file || /^[a-z]+:\/\//i.test(target)) return undefined;
      targetFile = resolve(dirname(file), target);
      root = this.load(targetFile);
    } else if (!file) {
      root = this.document;
    }
    let cur: unknown = root;
    for (const raw of pointer.split('/').filter(Boolean)) {
      const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
      cur = isObj(cur) ? cur[key] : Array.isArray(cur) ? cur[Number(key)] : undefined;
    }
    return this.deref(cur, targetFile, depth + 1);
  }

  /** The raw path item + operation objects (for rewriting ids), or `undefined`. */
  operationNode(path: string, method: HttpMethod): { item: Located; op: Located } | undefined {
    const paths = this.deref(this.document['paths']);
    const item = paths ? this.deref(paths.node[path], paths.file) : undefined;
    const op = item ? this.deref(item.node[method], item.file) : undefined;
    return item && op ? { item, op } : undefined;
  }

  /** Looks an operation up by path + method; `undefined` when the document does not have it. */
  readOperation(path: string, method: HttpMethod): RawOperation | undefined {
    const found = this.operationNode(path, method);
    if (!found) return undefined;
    const { item, op } = found;

    const parameterKeys = new Set<string>();
    for (const [list, file] of [
      [item.node['parameters'], item.file],
      [op.node['parameters'], op.file],
    ] as const) {
      if (!Array.isArray(list)) continue;
      for (const p of list) {
        const param = this.deref(p, file)?.node;
        if (param && typeof param['name'] === 'string' && typeof param['in'] === 'string') {
          parameterKeys.add(`${param['in']}:${param['name']}`);
        }
      }
    }

    const body = this.deref(op.node['requestBody'], op.file);
    const bodyContent = body ? this.deref(body.node['content'], body.file) : undefined;
    const requestContentTypes = bodyContent ? Object.keys(bodyContent.node) : [];

    const responses = this.deref(op.node['responses'], op.file);
    const successKey = responses ? Object.keys(responses.node).find((k) => /^2(\d\d|XX)$/i.test(k)) : undefined;
    const success = responses && successKey ? this.deref(responses.node[successKey], responses.file) : undefined;
    const successContent = success ? this.deref(success.node['content'], success.file) : undefined;
    const successContentTypes = successContent ? Object.keys(successContent.node) : [];

    return { parameterKeys, requestContentTypes, successKey, successContentTypes };
  }
}

export interface RawOperation {
  /** Parameters openapi-typescript will emit for this operation: `${in}:${name}`. */
  parameterKeys: Set<string>;
  /** Content types declared on the request body, in document order. */
  requestContentTypes: string[];
  /** The first 2xx response key as written (`200`, `'2XX'`), if any. */
  successKey?: string;
  /** Content types of that response, in document order (empty: no body). */
  successContentTypes: string[];
}

/**
 * A copy of the document for openapi-typescript in which every operation's `operationId` is the catalog id: vendor
 * specs have duplicate or missing ids (openapi-typescript rejects duplicates), the loader has already made them unique
 * and derived the missing ones, and `operations['events.list']` then matches the catalog everywhere.
 */
export function withCatalogOperationIds(raw: RawDocument, operations: readonly OperationModel[]): OpenApiDocument {
  const copy = structuredClone(raw.document);
  const wanted = new Map(operations.map((o) => [`${o.method} ${o.path}`, o.id]));
  const paths = isObj(copy['paths']) ? copy['paths'] : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObj(item)) continue;
    for (const [method, op] of Object.entries(item)) {
      if (!isObj(op) || !('responses' in op || 'operationId' in op)) continue;
      const id = wanted.get(`${method} ${path}`);
      if (id === undefined) delete op['operationId'];
      else op['operationId'] = id;
    }
  }
  return copy;
}

/** The JSON-ish content type of a list (`application/json`, `application/vnd.x+json; charset=utf-8`), if any. */
export function pickJsonContentType(types: readonly string[]): string | undefined {
  return types.find((t) => /^application\/json\b/i.test(t)) ?? types.find((t) => /[/+]json\b/i.test(t));
}

/** The openapi-typescript key literal for a response status (`200` stays numeric, `'2XX'` is a string). */
export function statusKeyLiteral(key: string): string {
  return /^\d+$/.test(key) ? key : `'${key}'`;
}
