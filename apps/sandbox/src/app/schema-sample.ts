import type { JsonSchema } from '@patchbay/spec';
import { idForSchema } from './id-generator';
import { deepClone, hashHex, isPlainObject, pick, type Rng } from './path-utils';

/**
 * Builds plausible JSON values from OpenAPI schemas. Spec `example`s win (they are the most realistic
 * data we have); otherwise values follow type, format and the property name. Depth-limited because
 * resolved schemas may be cyclic.
 */

const WORDS = ['alpha', 'bravo', 'delta', 'harbor', 'lumen', 'orbit', 'quartz', 'sierra', 'tango', 'vector', 'willow', 'zephyr'];
const TITLES = [
  'Quarterly review',
  'Customer onboarding',
  'Design sync',
  'Release plan',
  'Budget draft',
  'Support rotation',
  'Launch checklist',
  'Weekly digest',
];
const BASE_TIME = Date.UTC(2026, 0, 15, 9, 0, 0);

export interface SampleOptions {
  /** Property that must be `true` (the provider's ok flag, from oauth.okField). */
  okField?: string;
  maxDepth?: number;
  /** When false, optional properties are skipped below depth 2 to keep payloads small. */
  allOptional?: boolean;
}

function schemaType(schema: JsonSchema): string | undefined {
  const t = schema['type'];
  if (Array.isArray(t)) return t.find((x) => x !== 'null') as string | undefined;
  if (typeof t === 'string') return t;
  if (isPlainObject(schema['properties'])) return 'object';
  if (isPlainObject(schema['items'])) return 'array';
  return undefined;
}

function stringFor(schema: JsonSchema, key: string, rng: Rng): string {
  const format = typeof schema['format'] === 'string' ? (schema['format'] as string) : '';
  const k = key.toLowerCase();
  if (format === 'date-time' || (/(_at|time|timestamp|date)$/.test(k) && format !== 'date')) {
    if (format === 'date') return new Date(BASE_TIME + Math.floor(rng() * 60) * 86400000).toISOString().slice(0, 10);
    return new Date(BASE_TIME + Math.floor(rng() * 60 * 24) * 3600000).toISOString();
  }
  if (format === 'date') return new Date(BASE_TIME + Math.floor(rng() * 60) * 86400000).toISOString().slice(0, 10);
  if (format === 'email' || k.includes('email')) return `${pick(rng, WORDS)}.${pick(rng, WORDS)}@example.com`;
  if (format === 'uri' || format === 'url' || k.endsWith('url') || k.endsWith('link'))
    return `https://example.com/${pick(rng, WORDS)}/${hashHex(String(rng()), 8)}`;
  // Id-like values honour the schema's format, pattern and length (a uuid field gets a UUID).
  if (k === 'id' || k.endsWith('id') || format === 'uuid') return idForSchema(schema, `${key}:${rng()}`);
  if (/name|title|summary|subject|label/.test(k)) return `${pick(rng, TITLES)} ${Math.floor(rng() * 90) + 10}`;
  if (/description|text|content|message|body|note/.test(k)) return `Sandbox ${pick(rng, WORDS)} ${pick(rng, WORDS)} note`;
  const minLength = typeof schema['minLength'] === 'number' ? (schema['minLength'] as number) : 0;
  let out = `${pick(rng, WORDS)}-${Math.floor(rng() * 1000)}`;
  while (out.length < minLength) out += '-' + pick(rng, WORDS);
  return out;
}

function numberFor(schema: JsonSchema, key: string, rng: Rng, integer: boolean): number {
  const min = typeof schema['minimum'] === 'number' ? (schema['minimum'] as number) : 0;
  const max =
    typeof schema['maximum'] === 'number' ? (schema['maximum'] as number) : min + (/count|total|views?/.test(key.toLowerCase()) ? 5000 : 100);
  const v = min + rng() * (max - min);
  return integer ? Math.floor(v) : Math.round(v * 100) / 100;
}

export function sampleSchema(schema: JsonSchema | undefined, rng: Rng, options: SampleOptions = {}, key = '', depth = 0): unknown {
  if (!schema || !isPlainObject(schema)) return null;
  const maxDepth = options.maxDepth ?? 6;
  if ('example' in schema && schema['example'] !== undefined) return deepClone(schema['example']);
  if (Array.isArray(schema['examples']) && (schema['examples'] as unknown[]).length > 0) return deepClone((schema['examples'] as unknown[])[0]);
  if ('const' in schema) return deepClone(schema['const']);
  if (Array.isArray(schema['enum']) && (schema['enum'] as unknown[]).length > 0) return deepClone(pick(rng, schema['enum'] as unknown[]));
  if ('default' in schema && schema['default'] !== undefined && depth > 0) return deepClone(schema['default']);
  if (Array.isArray(schema['allOf'])) {
    const merged: Record<string, unknown> = {};
    for (const part of schema['allOf'] as JsonSchema[]) {
      const v = sampleSchema(part, rng, options, key, depth);
      if (isPlainObject(v)) Object.assign(merged, v);
    }
    const own = { ...schema };
    delete own['allOf'];
    const ownValue = isPlainObject(own['properties']) ? sampleSchema(own, rng, options, key, depth) : undefined;
    return isPlainObject(ownValue) ? { ...merged, ...ownValue } : merged;
  }
  for (const alt of ['oneOf', 'anyOf']) {
    if (Array.isArray(schema[alt]) && (schema[alt] as unknown[]).length > 0)
      return sampleSchema((schema[alt] as JsonSchema[])[0], rng, options, key, depth);
  }
  if (depth > maxDepth) return null;
  switch (schemaType(schema)) {
    case 'object': {
      const out: Record<string, unknown> = {};
      const props = isPlainObject(schema['properties']) ? (schema['properties'] as Record<string, JsonSchema>) : {};
      const required = new Set(Array.isArray(schema['required']) ? (schema['required'] as string[]) : []);
      for (const [name, propSchema] of Object.entries(props)) {
        if (!required.has(name) && !options.allOptional && depth >= 3) continue;
        if (isPlainObject(propSchema) && propSchema['readOnly'] === undefined && propSchema['writeOnly'] === true) continue;
        out[name] = name === options.okField ? true : sampleSchema(propSchema, rng, options, name, depth + 1);
      }
      return out;
    }
    case 'array': {
      if (depth >= maxDepth - 1) return [];
      const n = typeof schema['minItems'] === 'number' ? Math.max(1, schema['minItems'] as number) : 2;
      const items = isPlainObject(schema['items']) ? (schema['items'] as JsonSchema) : {};
      return Array.from({ length: Math.min(n, 3) }, () => sampleSchema(items, rng, options, key, depth + 1));
    }
    case 'string':
      return stringFor(schema, key, rng);
    case 'integer':
      return numberFor(schema, key, rng, true);
    case 'number':
      return numberFor(schema, key, rng, false);
    case 'boolean':
      return key === options.okField ? true : rng() < 0.5;
    default:
      return null;
  }
}

/** Returns the sub-schema at a dot-path of a response (following `properties`, `items`, allOf). */
export function schemaAtPath(schema: JsonSchema | undefined, path: string): JsonSchema | undefined {
  let cur: JsonSchema | undefined = schema;
  for (const key of path === '' ? [] : path.split('.')) {
    if (!cur) return undefined;
    cur = propertySchema(cur, key);
  }
  return cur;
}

function propertySchema(schema: JsonSchema, key: string): JsonSchema | undefined {
  if (/^\d+$/.test(key) && isPlainObject(schema['items'])) return schema['items'] as JsonSchema;
  const props = schema['properties'];
  if (isPlainObject(props) && isPlainObject(props[key])) return props[key] as JsonSchema;
  for (const comb of ['allOf', 'oneOf', 'anyOf']) {
    if (Array.isArray(schema[comb])) {
      for (const part of schema[comb] as JsonSchema[]) {
        const found = isPlainObject(part) ? propertySchema(part, key) : undefined;
        if (found) return found;
      }
    }
  }
  return undefined;
}

/** Finds the first array property (breadth-first, 3 levels) — the items of a list response when the spec names none. */
export function findArrayPath(schema: JsonSchema | undefined): string | undefined {
  if (!schema) return undefined;
  const queue: Array<[JsonSchema, string, number]> = [[schema, '', 0]];
  while (queue.length) {
    const [s, path, depth] = queue.shift() as [JsonSchema, string, number];
    const props = collectProperties(s);
    for (const [name, prop] of Object.entries(props)) {
      if (schemaType(prop) === 'array') return path ? `${path}.${name}` : name;
    }
    if (depth < 2)
      for (const [name, prop] of Object.entries(props))
        if (schemaType(prop) === 'object') queue.push([prop, path ? `${path}.${name}` : name, depth + 1]);
  }
  return undefined;
}

export function collectProperties(schema: JsonSchema): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {};
  if (isPlainObject(schema['properties'])) Object.assign(out, schema['properties']);
  for (const comb of ['allOf', 'oneOf', 'anyOf']) {
    if (Array.isArray(schema[comb]))
      for (const part of schema[comb] as JsonSchema[]) if (isPlainObject(part)) Object.assign(out, collectProperties(part));
  }
  return out;
}

export { schemaType };

/**
 * Ajv cannot compile object graphs with cycles (resolved recursive `$ref`s). Rewrites nodes that occur
 * on their own ancestor chain into `$defs` + `$ref`, leaving acyclic schemas untouched.
 */
export function decycleSchema(schema: JsonSchema): JsonSchema {
  const cyclic = new Set<object>();
  const stack = new Set<object>();
  const visited = new Set<object>();
  const scan = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (stack.has(node)) {
      cyclic.add(node);
      return;
    }
    if (visited.has(node)) return;
    visited.add(node);
    stack.add(node);
    for (const v of Object.values(node)) scan(v);
    stack.delete(node);
  };
  scan(schema);
  if (cyclic.size === 0) return schema;
  const names = new Map<object, string>();
  let n = 0;
  for (const node of cyclic) names.set(node, `c${n++}`);
  const defs: Record<string, unknown> = {};
  const copy = (node: unknown, asDef: boolean): unknown => {
    if (node === null || typeof node !== 'object') return node;
    if (!asDef && names.has(node)) return { $ref: `#/$defs/${names.get(node)}` };
    if (Array.isArray(node)) return node.map((x) => copy(x, false));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) out[k] = copy(v, false);
    return out;
  };
  for (const [node, name] of names) defs[name] = copy(node, true);
  const root = names.has(schema) ? { $ref: `#/$defs/${names.get(schema)}` } : (copy(schema, true) as JsonSchema);
  return { ...root, $defs: defs };
}
