import { dirname, relative, resolve, sep } from 'node:path';
import type { IssueCollector } from './spec-error';
import { formatJsonPath } from './spec-error';
import { readAndParse, type ParseResult } from './source-file';

/**
 * $ref resolution for OpenAPI documents (local `#/…` pointers and relative files, YAML or JSON).
 *
 * Why not @apidevtools/json-schema-ref-parser: 15.x ships ESM only, and everything that imports @patchbay/spec
 * (api, sandbox, generators) runs its tests under Jest's CommonJS loader, which cannot load it
 * ("Cannot use import statement outside a module"). This resolver is small, synchronous, and it knows the
 * JSON path of every $ref, so errors point at the exact spot.
 *
 * Result: every `{$ref}` object is replaced IN PLACE by the object it points to. The same target is the same
 * JS object everywhere, so recursive schemas become object cycles (never expanded, never infinite) and a
 * shared schema costs nothing extra. Consumers that walk schemas must track visited objects (see `schema-utils`).
 */

type Token = string | number;

export interface RefContext {
  /** Files outside this directory may not be referenced (the specs dir). */
  rootDir: string;
  /** Paths in messages are relative to this directory (the repo root). */
  repoRoot: string;
  issues: IssueCollector;
  /** Parsed files by absolute path; shared across providers in one load so a common file is parsed once. */
  files: Map<string, ParseResult>;
  /** Files whose syntax error was already reported. */
  reportedFiles: Set<string>;
  /** `absFile#fragment` → final target (or the failure reason), so long alias chains are walked once. */
  refCache?: Map<string, CachedRef>;
  /** Set by the caller to learn which other files a document pulled in through $refs. */
  touchedFiles?: Set<string>;
}

type CachedRef = (Located | { reason: string }) & { files: string[] };

export interface Located {
  node: unknown;
  file: string;
  path: Token[];
}

interface WorkItem {
  node: Record<string, unknown> | unknown[];
  file: string;
  path: Token[];
}

/** Keys whose values are data, not OpenAPI structure: a `$ref` inside them is literal (except inside `properties`). */
const DATA_KEYS = new Set(['example', 'enum', 'const']);
/** Safety net only: real loops are detected exactly; this bounds pathological (but finite) alias chains. */
const MAX_HOPS = 10_000;
/** Pointers that run through other $refs recurse; keep that recursion shallow. */
const MAX_NESTED = 64;

const unresolvedPlaceholders = new WeakSet<object>();

/** True for the stand-in object that replaced an unresolvable $ref (its error is already reported). */
export function isUnresolvedRef(v: unknown): boolean {
  return typeof v === 'object' && v !== null && unresolvedPlaceholders.has(v);
}

export function isRefObject(v: unknown): v is { $ref: string } {
  return typeof v === 'object' && v !== null && typeof (v as { $ref?: unknown }).$ref === 'string';
}

function isContainer(v: unknown): v is Record<string, unknown> | unknown[] {
  return typeof v === 'object' && v !== null;
}

export function relPath(ctx: RefContext, abs: string): string {
  return relative(ctx.repoRoot, abs).split(sep).join('/');
}

export function loadFile(ctx: RefContext, abs: string): ParseResult {
  let r = ctx.files.get(abs);
  if (!r) {
    r = readAndParse(abs);
    ctx.files.set(abs, r);
  }
  return r;
}

function unescapeToken(t: string): string {
  let s = t;
  try {
    s = decodeURIComponent(t);
  } catch {
    // keep the raw token: a stray % is not worth failing over
  }
  return s.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Absolute cache key of a ref written in `fromFile` (undefined for remote refs, which are never cached). */
function refKey(ref: string, fromFile: string): string | undefined {
  const hash = ref.indexOf('#');
  const filePart = hash === -1 ? ref : ref.slice(0, hash);
  if (/^[a-z][a-z0-9+.-]*:/i.test(filePart)) return undefined;
  let decoded = filePart;
  try {
    decoded = decodeURI(filePart);
  } catch {
    // as written
  }
  const file = filePart === '' ? fromFile : resolve(dirname(fromFile), decoded);
  return `${file}#${hash === -1 ? '' : ref.slice(hash + 1)}`;
}

/** Follows `ref` (found in `fromFile` at `at`) through any chain of refs to a concrete value. Records an error and returns undefined when it cannot. */
function follow(ctx: RefContext, ref: string, fromFile: string, at: Token[], depth = 0): Located | undefined {
  const cache = (ctx.refCache ??= new Map());
  const key = refKey(ref, fromFile);
  const hit = key === undefined ? undefined : cache.get(key);
  const report = (reason: string): undefined => {
    ctx.issues.error(relPath(ctx, fromFile), formatJsonPath([...at, '$ref']), `cannot resolve $ref "${ref}": ${reason}`);
    return undefined;
  };
  const settle = (r: CachedRef): Located | undefined => {
    for (const f of r.files) ctx.touchedFiles?.add(f);
    return 'reason' in r ? report(r.reason) : { node: r.node, file: r.file, path: r.path };
  };
  if (hit) return settle(hit);
  const chainKeys: string[] = [];
  const files = new Set<string>();
  const r: CachedRef = { ...followUncached(ctx, ref, fromFile, depth, chainKeys, files), files: [...files] };
  // Every hop of the chain has the same outcome: later refs to any of them are answered from the cache (and a
  // broken chain is reported at every place that uses it, independent of visiting order).
  if (key !== undefined) cache.set(key, r);
  for (const k of chainKeys) cache.set(k, r);
  return settle(r);
}

function followUncached(
  ctx: RefContext,
  ref: string,
  fromFile: string,
  depth: number,
  chainKeys: string[],
  files: Set<string>,
): Located | { reason: string } {
  const fail = (reason: string) => ({ reason });
  if (depth > MAX_NESTED) return fail('too many nested $refs');
  let curRef = ref;
  let curFile = fromFile;
  const seen = new Set<string>();
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const hash = curRef.indexOf('#');
    const filePart = hash === -1 ? curRef : curRef.slice(0, hash);
    const fragment = hash === -1 ? '' : curRef.slice(hash + 1);
    let targetFile = curFile;
    if (filePart !== '') {
      if (/^[a-z][a-z0-9+.-]*:/i.test(filePart)) return fail('remote references are not supported (only files in the specs directory)');
      let decoded = filePart;
      try {
        decoded = decodeURI(filePart);
      } catch {
        // use as written
      }
      targetFile = resolve(dirname(curFile), decoded);
      const inside = relative(ctx.rootDir, targetFile);
      if (inside.startsWith('..') || resolve(ctx.rootDir, inside) !== targetFile) {
        return fail('the file is outside the specs directory');
      }
    }
    const key = `${targetFile}#${fragment}`;
    if (seen.has(key)) return fail('the $ref chain loops back on itself and never reaches a value');
    seen.add(key);
    chainKeys.push(key);

    files.add(targetFile);
    const parsed = loadFile(ctx, targetFile);
    if (!parsed.ok) {
      if (parsed.message.startsWith('cannot read file')) return fail(`file ${relPath(ctx, targetFile)} not found`);
      if (!ctx.reportedFiles.has(targetFile)) {
        ctx.reportedFiles.add(targetFile);
        ctx.issues.error(relPath(ctx, targetFile), '', parsed.message);
      }
      return fail(`${relPath(ctx, targetFile)} is not valid`);
    }
    if (fragment !== '' && !fragment.startsWith('/')) {
      return fail('only JSON pointers ("#/a/b") are supported, not anchors');
    }
    const tokens = fragment === '' ? [] : fragment.slice(1).split('/').map(unescapeToken);
    let node: unknown = parsed.data;
    let nodeFile = targetFile;
    const path: Token[] = [];
    for (const tok of tokens) {
      // A pointer may run through another $ref (e.g. into a path item that is itself a $ref).
      if (isRefObject(node) && tok !== '$ref') {
        const inner = follow(ctx, node.$ref, nodeFile, path.slice(), depth + 1);
        const innerKey = refKey(node.$ref, nodeFile);
        for (const f of (innerKey !== undefined ? ctx.refCache?.get(innerKey)?.files : undefined) ?? []) files.add(f);
        if (!inner) return fail(`the pointer runs through a broken $ref at ${formatJsonPath(path)}`);
        node = inner.node;
        nodeFile = inner.file;
        path.splice(0, path.length, ...inner.path);
      }
      if (Array.isArray(node) && /^\d+$/.test(tok) && Number(tok) < node.length) {
        node = node[Number(tok)];
        path.push(Number(tok));
      } else if (isContainer(node) && !Array.isArray(node) && Object.prototype.hasOwnProperty.call(node, tok)) {
        node = (node as Record<string, unknown>)[tok];
        path.push(tok);
      } else {
        const shown = formatJsonPath([...path, tok]);
        return fail(`${shown} does not exist in ${relPath(ctx, targetFile)}`);
      }
    }
    if (isRefObject(node)) {
      curRef = node.$ref;
      curFile = nodeFile;
      continue;
    }
    return { node, file: nodeFile, path };
  }
  return fail('too many chained $refs');
}

/**
 * Replaces every $ref reachable from `root` (which lives in `rootFile`) by its target, in place.
 * Iterative (explicit stack) so deep chains cannot overflow the call stack; every object is visited once.
 * Returns the (possibly replaced) root.
 */
export function resolveRefs(ctx: RefContext, root: unknown, rootFile: string): unknown {
  // Local refs ("#/…") must land in THIS object (the one being rewritten), not in a fresh parse of the file.
  ctx.files.set(rootFile, { ok: true, data: root });
  if (isRefObject(root)) {
    const r = follow(ctx, root.$ref, rootFile, []);
    if (!r) {
      const placeholder = {};
      unresolvedPlaceholders.add(placeholder);
      return placeholder;
    }
    root = r.node;
    rootFile = r.file;
  }
  if (!isContainer(root)) return root;
  const visited = new Set<object>([root]);
  const stack: WorkItem[] = [{ node: root, file: rootFile, path: [] }];
  while (stack.length > 0) {
    const item = stack.pop() as WorkItem;
    const inProperties = item.path[item.path.length - 1] === 'properties';
    const keys: Token[] = Array.isArray(item.node) ? item.node.map((_, i) => i) : Object.keys(item.node);
    // Children are pushed in reverse so they pop (and report errors) in document order.
    const pending: WorkItem[] = [];
    for (const k of keys) {
      if (typeof k === 'string' && !inProperties && DATA_KEYS.has(k)) continue;
      const container = item.node as Record<string | number, unknown>;
      const child = container[k];
      if (!isContainer(child)) continue;
      if (isRefObject(child)) {
        const target = follow(ctx, child.$ref, item.file, [...item.path, k]);
        if (!target) {
          // Keep consumers safe: an unresolvable ref becomes an empty object (the error is already recorded),
          // marked so the extractor does not report follow-up errors about it.
          const placeholder = {};
          unresolvedPlaceholders.add(placeholder);
          container[k] = placeholder;
          continue;
        }
        container[k] = target.node;
        if (isContainer(target.node) && !visited.has(target.node)) {
          visited.add(target.node);
          pending.push({ node: target.node, file: target.file, path: target.path });
        }
      } else if (!visited.has(child)) {
        visited.add(child);
        pending.push({ node: child, file: item.file, path: [...item.path, k] });
      }
    }
    for (let i = pending.length - 1; i >= 0; i--) stack.push(pending[i]);
  }
  return root;
}
