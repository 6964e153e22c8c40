/**
 * Derives what a data view shows from an operation's response schema: key/value cards for objects, tables for arrays
 * of objects — found by walking the schema, so `data.videos` (TikTok) becomes a table under the `data` card and
 * `results[].stages` (HubSpot) a table nested in each result row. Schemas may be cyclic (the loader resolves `$ref`s
 * into shared objects), so the walk tracks the schemas on its current path and has depth limits.
 */
import type { JsonSchema } from '@patchbay/spec';

/** How the panel kit shows a value (`ValueFormat` of @patchbay/panel-kit). */
export type ValueFormat = 'text' | 'date' | 'datetime' | 'url' | 'number' | 'boolean';

export interface FieldSpec {
  /** Stable key for `track`. */
  key: string;
  label: string;
  /** Property path from the object the section shows (`*`: every key or item at that level). */
  path: string[];
  /** Further paths tried in order when `path` has no value. */
  or?: string[][];
  format?: ValueFormat;
  /** The value links to the address at this path (a title linking to its item). */
  link?: string[];
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

/**
 * Bookkeeping a person reading the panel does not need: etags, kinds, object types, self links and page tokens/cursors
 * (the panel pages itself) everywhere, and ids in table rows (a card of one object — a profile — keeps its id: it says
 * who). Shown anyway when nothing else is left.
 */
const ROW_IDS = [/^(id|uuid)$/i, /^[A-Za-z0-9_]*[a-z0-9](Id|_id|UID|Uid|_uid)$/];
const HIDDEN = [
  /^(kind|object|self|etag)$/i,
  /etag$/i,
  /^self_?link$/i,
  /^(next|prev|previous)_?(page_?)?(token|cursor|link|url)$/i,
  /(sync|page)_?token$/i,
  /^(start_)?cursor$/i,
];
export const isHidden = (name: string, inTable = true): boolean =>
  HIDDEN.some((re) => re.test(name)) || (inTable && ROW_IDS.some((re) => re.test(name)));

/** Names whose value is the item's title, best first; `summary` is Google's, `subject` mail's and CRMs'. */
const TITLE_NAMES = ['title', 'name', 'summary', 'subject', 'displayName', 'display_name', 'label', 'headline'];
/** Names whose address is the item's own page (not an API link). */
const LINK_NAMES = /^(htmlLink|webViewLink|webLink|permalink|html_url|web_url|url|link|href|alternateLink)$/;

/** How to show a property: the schema's `format` first, then what its name says (`created_time`, `htmlLink`). */
export function formatOf(name: string, schema: Schema): ValueFormat | undefined {
  const flat = flatten(schema);
  const type = Array.isArray(flat['type']) ? (flat['type'] as unknown[]).find((t) => t !== 'null') : flat['type'];
  const format = flat['format'];
  if (format === 'date-time') return 'datetime';
  if (format === 'date') return 'date';
  if (format === 'uri' || format === 'url' || format === 'iri') return 'url';
  if (type === 'boolean') return 'boolean';
  if (type !== 'string' && type !== undefined) return undefined;
  if (/(^|_)(created|updated|modified|time|date|datetime|timestamp)$|(_at|Time|At|Date|Timestamp)$/.test(name)) return 'datetime';
  if (/(^|_)(url|link|href)$|(Url|Link|Href)$/.test(name)) return 'url';
  return undefined;
}

function field(key: string, label: string, path: string[], format: ValueFormat | undefined): FieldSpec {
  return format ? { key, label, path, format } : { key, label, path };
}

/**
 * Scalar-ish columns of an item schema, with one level of nested object scalars (`start.dateTime`), minus the
 * bookkeeping ones; the title (`summary`, `name`…) goes first and links to the item's page when it has one.
 */
function columnsOf(item: Schema, stack: Set<Schema>): FieldSpec[] {
  const all: FieldSpec[] = [];
  const props = propertiesOf(item);
  for (const [name, prop] of props) {
    const kind = kindOf(prop);
    if (kind === 'scalar' || kind === 'scalars') all.push(field(name, humanize(name), [name], formatOf(name, prop)));
  }
  for (const [name, prop] of props) {
    if (kindOf(prop) !== 'object' || stack.has(prop) || isHidden(name)) continue;
    for (const [sub, subProp] of propertiesOf(prop)) {
      if (kindOf(subProp) === 'scalar')
        all.push(field(`${name}.${sub}`, `${humanize(name)} ${humanize(sub).toLowerCase()}`, [name, sub], formatOf(sub, subProp)));
    }
  }
  const shown = all.filter((c) => !c.path.some((n) => isHidden(n)));
  const columns = shown.length ? shown : all;
  const title = TITLE_NAMES.map((n) => columns.find((c) => c.key === n && !c.format)).find((c) => c !== undefined);
  if (title) {
    columns.splice(columns.indexOf(title), 1);
    const link = columns.find((c) => c.path.length === 1 && c.format === 'url' && LINK_NAMES.test(c.key));
    if (link) columns.splice(columns.indexOf(link), 1);
    const label = ['summary', 'subject', 'headline'].includes(title.key) ? 'Title' : title.label;
    columns.unshift(link ? { ...title, label, link: link.path } : { ...title, label });
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
    const all: FieldSpec[] = [];
    const props = propertiesOf(obj);
    for (const [name, prop] of props) {
      const kind = kindOf(prop);
      if (kind === 'scalar' || kind === 'scalars') all.push(field(name, humanize(name), [name], formatOf(name, prop)));
    }
    // Bookkeeping is left out; ids stay next to real content (a profile's id says who), and a nested object that is
    // only references (`created_by: {object, id}`) is left out. An answer that is nothing but bookkeeping shows it.
    const content = all.filter((f) => !isHidden(f.key, true));
    const shown = content.length ? all.filter((f) => !isHidden(f.key, false)) : [];
    const fields = (shown.length || path.length ? shown : all).slice(0, MAX_FIELDS);
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
