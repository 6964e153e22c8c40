/**
 * Derives what a data view shows from an operation's response schema: key/value cards for objects, tables for arrays
 * of objects — found by walking the schema, so `data.videos` (TikTok) becomes a table under the `data` card and
 * `results[].stages` (HubSpot) a table nested in each result row. Schemas may be cyclic (the loader resolves `$ref`s
 * into shared objects), so the walk tracks the schemas on its current path and has depth limits.
 */
import type { JsonSchema } from '@patchbay/spec';

export interface FieldSpec {
  /** Stable key for `track`. */
  key: string;
  label: string;
  /** Property path from the object the section shows. */
  path: string[];
}

export interface CardSpec {
  kind: 'card';
  title: string;
  /** Path from the response root to the object. */
  path: string[];
  fields: FieldSpec[];
}

export interface TableSpec {
  kind: 'table';
  title: string;
  /** Path from the enclosing object (response root, or the parent row) to the array. */
  path: string[];
  columns: FieldSpec[];
  /** Arrays of objects inside each row, shown under the row. */
  nested: TableSpec[];
}

export type SectionSpec = CardSpec | TableSpec;

export interface PanelViewSpec {
  sections: SectionSpec[];
  /** No usable structure in the schema: the view shows the JSON. */
  raw: boolean;
}

const MAX_SECTIONS = 8;
const MAX_FIELDS = 16;
const MAX_COLUMNS = 8;
const MAX_OBJECT_DEPTH = 3;
const MAX_TABLE_NESTING = 2;

type Schema = JsonSchema;
const isObj = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Flattens allOf/oneOf/anyOf into one schema with the union of properties (enough for display purposes). */
function flatten(schema: Schema, seen = new Set<Schema>()): Schema {
  const parts = ['allOf', 'oneOf', 'anyOf'].flatMap((k) => (Array.isArray(schema[k]) ? (schema[k] as unknown[]) : []));
  if (!parts.length || seen.has(schema)) return schema;
  seen.add(schema);
  const properties: Record<string, unknown> = {};
  let type = schema['type'];
  let items = schema['items'];
  for (const part of parts) {
    if (!isObj(part)) continue;
    const flat = flatten(part, seen);
    if (isObj(flat['properties'])) Object.assign(properties, flat['properties']);
    type ??= flat['type'];
    items ??= flat['items'];
  }
  if (isObj(schema['properties'])) Object.assign(properties, schema['properties']);
  return { ...schema, type: type ?? (Object.keys(properties).length ? 'object' : undefined), items, properties };
}

function propertiesOf(schema: Schema): Array<[string, Schema]> {
  const props = flatten(schema)['properties'];
  return isObj(props) ? Object.entries(props).filter((e): e is [string, Schema] => isObj(e[1])) : [];
}

type Kind = 'object' | 'objects' | 'scalars' | 'scalar';

function kindOf(schema: Schema): Kind {
  const flat = flatten(schema);
  const type = Array.isArray(flat['type']) ? (flat['type'] as unknown[]).find((t) => t !== 'null') : flat['type'];
  if (type === 'array' || (type === undefined && isObj(flat['items']))) {
    const items = isObj(flat['items']) ? flat['items'] : undefined;
    return items && propertiesOf(items).length ? 'objects' : 'scalars';
  }
  if (propertiesOf(flat).length) return 'object';
  return 'scalar';
}

/** `created_time` → `Created time`, `dateTime` → `Date time`. */
export function humanize(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_\-.]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words[0].toUpperCase() + words.slice(1) : name;
}

/** Scalar-ish columns of an item schema, with one level of nested object scalars (`start.dateTime`). */
function columnsOf(item: Schema, stack: Set<Schema>): FieldSpec[] {
  const columns: FieldSpec[] = [];
  const props = propertiesOf(item);
  for (const [name, prop] of props) {
    const kind = kindOf(prop);
    if (kind === 'scalar' || kind === 'scalars') columns.push({ key: name, label: humanize(name), path: [name] });
  }
  for (const [name, prop] of props) {
    if (columns.length >= MAX_COLUMNS) break;
    if (kindOf(prop) !== 'object' || stack.has(prop)) continue;
    for (const [sub, subProp] of propertiesOf(prop)) {
      if (columns.length >= MAX_COLUMNS) break;
      if (kindOf(subProp) === 'scalar')
        columns.push({ key: `${name}.${sub}`, label: `${humanize(name)} ${humanize(sub).toLowerCase()}`, path: [name, sub] });
    }
  }
  return columns.slice(0, MAX_COLUMNS);
}

function tableOf(title: string, path: string[], array: Schema, stack: Set<Schema>, nesting: number): TableSpec {
  const item = flatten(array)['items'] as Schema;
  const next = new Set(stack).add(item);
  const nested: TableSpec[] = [];
  if (nesting < MAX_TABLE_NESTING) {
    for (const [name, prop] of propertiesOf(item)) {
      if (kindOf(prop) === 'objects' && !stack.has(prop)) nested.push(tableOf(humanize(name), [name], prop, next, nesting + 1));
    }
  }
  const columns = columnsOf(item, next);
  return { kind: 'table', title, path, columns: columns.length ? columns : [{ key: '', label: 'Value', path: [] }], nested };
}

/**
 * `itemsPath` (the operation's pagination items, e.g. `items`, `data.videos`) names the main list: its table goes
 * first, before summary cards of page metadata.
 */
export function deriveView(schema: JsonSchema | undefined, rootTitle: string, itemsPath?: string): PanelViewSpec {
  if (!schema) return { sections: [], raw: true };
  const sections: SectionSpec[] = [];

  const walkObject = (obj: Schema, path: string[], title: string, depth: number, stack: Set<Schema>): void => {
    const next = new Set(stack).add(obj);
    const fields: FieldSpec[] = [];
    const props = propertiesOf(obj);
    for (const [name, prop] of props) {
      const kind = kindOf(prop);
      if ((kind === 'scalar' || kind === 'scalars') && fields.length < MAX_FIELDS) fields.push({ key: name, label: humanize(name), path: [name] });
    }
    if (fields.length) sections.push({ kind: 'card', title, path, fields });
    for (const [name, prop] of props) {
      if (sections.length >= MAX_SECTIONS) return;
      if (next.has(prop)) continue;
      const kind = kindOf(prop);
      const label = path.length ? `${title} › ${humanize(name)}` : humanize(name);
      if (kind === 'objects') sections.push(tableOf(label, [...path, name], prop, next, 0));
      else if (kind === 'object' && depth < MAX_OBJECT_DEPTH) walkObject(prop, [...path, name], label, depth + 1, next);
    }
  };

  const kind = kindOf(schema);
  if (kind === 'objects') sections.push(tableOf(rootTitle, [], schema, new Set([schema]), 0));
  else if (kind === 'object') walkObject(schema, [], rootTitle, 0, new Set());
  const main = itemsPath ? sections.findIndex((s) => s.kind === 'table' && s.path.join('.') === itemsPath) : -1;
  if (main > 0) sections.unshift(...sections.splice(main, 1));
  return { sections: sections.slice(0, MAX_SECTIONS), raw: sections.length === 0 };
}
