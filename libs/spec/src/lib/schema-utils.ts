import type { JsonSchema } from './model';

/**
 * Schemas in the catalog are resolved in place: a `$ref` became the very object it pointed to, so shared schemas
 * are shared objects and recursive schemas are object cycles. These helpers let consumers walk or serialise them
 * without looping forever or blowing up JSON size.
 */

/** `schema object → component name` (by identity), for emitting named types / `$ref`s instead of inlining. */
export function schemaNameMap(schemas: Record<string, JsonSchema>): Map<object, string> {
  const out = new Map<object, string>();
  for (const [name, s] of Object.entries(schemas)) if (!out.has(s)) out.set(s, name);
  return out;
}

export interface JsonSafeOptions {
  /** Named schemas are written as `{$ref: refPrefix + name}` (see schemaNameMap). */
  names?: Map<object, string>;
  /** Default `#/components/schemas/`. */
  refPrefix?: string;
  /** Inline the root even when it is named (default true: you asked for this schema's shape). */
  inlineRoot?: boolean;
}

/** Marker written where an unnamed schema refers back to one of its own ancestors. */
export const CIRCULAR_MARKER = 'x-patchbay-circular';

/** A JSON-serialisable copy: named schemas become `$ref`s, unnamed cycles become `{ "x-patchbay-circular": true }`. */
export function toJsonSafeSchema(schema: JsonSchema, opts: JsonSafeOptions = {}): JsonSchema {
  const names = opts.names ?? new Map<object, string>();
  const prefix = opts.refPrefix ?? '#/components/schemas/';
  const ancestors = new Set<object>();
  const copy = (v: unknown, isRoot: boolean): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    const name = names.get(v);
    if (name !== undefined && !(isRoot && (opts.inlineRoot ?? true))) return { $ref: prefix + name };
    if (ancestors.has(v)) return { [CIRCULAR_MARKER]: true };
    ancestors.add(v);
    let out: unknown;
    if (Array.isArray(v)) out = v.map((x) => copy(x, false));
    else {
      const o: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) o[k] = copy(x, false);
      out = o;
    }
    ancestors.delete(v);
    return out;
  };
  return copy(schema, true) as JsonSchema;
}

/**
 * Visits every object reachable from `root` exactly once (iteratively: no recursion limit), calling
 * `visit(node, path)` with the first path it was reached by. Return false from `visit` to not descend.
 */
export function walkSchema(root: unknown, visit: (node: Record<string, unknown> | unknown[], path: string) => boolean | void): void {
  if (typeof root !== 'object' || root === null) return;
  const seen = new Set<object>([root]);
  const stack: Array<{ node: Record<string, unknown> | unknown[]; path: string }> = [{ node: root as Record<string, unknown>, path: '' }];
  while (stack.length > 0) {
    const { node, path } = stack.pop() as { node: Record<string, unknown> | unknown[]; path: string };
    if (visit(node, path) === false) continue;
    const entries: Array<[string, unknown]> = Array.isArray(node) ? node.map((x, i) => [String(i), x]) : Object.entries(node);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [k, child] = entries[i];
      if (typeof child === 'object' && child !== null && !seen.has(child)) {
        seen.add(child);
        stack.push({ node: child as Record<string, unknown>, path: path ? `${path}.${k}` : k });
      }
    }
  }
}
