/**
 * The optional `operations.<id>.panel` hint of provider.yaml — which columns matter, the item's title and link, how
 * values are shown — applied to the view derived from the response schema. Its shape is validated with the rest of
 * provider.yaml (libs/spec provider-schema); here every path is checked against the operation's response schema, so
 * a hint naming a field the API does not return fails generation with the file and the path.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InputChoicesHint, JsonSchema, OperationModel, ProviderModel } from '@patchbay/spec';
import { parse } from 'yaml';
import { formatOf, humanize, type CardSpec, type FieldSpec, type PanelViewSpec, type TableSpec, type ValueFormat } from './derive-view';

export interface PanelColumnHint {
  path: string;
  label?: string;
  format?: ValueFormat;
}

export interface PanelHint {
  /** The columns of the main list (paths from one item), in order. */
  columns?: Array<string | PanelColumnHint>;
  /** The item's title: the first column, labelled "Title". */
  title?: string;
  /** The item's own page: the title links there (else a "Link" column). */
  link?: string;
  /** Value formats by path. */
  formats?: Record<string, ValueFormat>;
  /** Values the panel's form starts with, by input key. */
  inputs?: Record<string, string>;
}

export interface PanelHints {
  /** provider.yaml, relative to the repository root (for messages). */
  file: string;
  byOperation: Record<string, PanelHint>;
  /** `operations.<id>.inputs.<name>.choices`: operation id → input name → where its choices come from. */
  inputChoices: Record<string, Record<string, InputChoicesHint>>;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The hints of a provider's provider.yaml, read from the file the model was loaded from (relative to `root`, the
 * repository). A model built in memory without one has no hints.
 */
export function readPanelHints(root: string, provider: ProviderModel): PanelHints {
  const file = provider.sourceFiles.find((f) => f === 'provider.yaml' || f.endsWith('/provider.yaml')) ?? '';
  const byOperation: Record<string, PanelHint> = {};
  const inputChoices: Record<string, Record<string, InputChoicesHint>> = {};
  if (!file || !existsSync(join(root, file))) return { file, byOperation, inputChoices };
  const doc: unknown = parse(readFileSync(join(root, file), 'utf8'));
  const operations = isObj(doc) && isObj(doc['operations']) ? doc['operations'] : {};
  for (const [id, op] of Object.entries(operations)) {
    if (isObj(op) && isObj(op['panel'])) byOperation[id] = op['panel'] as PanelHint;
    const inputs = isObj(op) && isObj(op['inputs']) ? op['inputs'] : {};
    for (const [name, spec] of Object.entries(inputs)) {
      if (isObj(spec) && isObj(spec['choices'])) (inputChoices[id] ??= {})[name] = spec['choices'] as unknown as InputChoicesHint;
    }
  }
  return { file, byOperation, inputChoices };
}

const flatProps = (schema: JsonSchema): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const k of ['allOf', 'oneOf', 'anyOf']) {
    const parts = schema[k];
    if (Array.isArray(parts)) for (const p of parts) if (isObj(p)) Object.assign(out, flatProps(p));
  }
  if (isObj(schema['properties'])) Object.assign(out, schema['properties']);
  return out;
};

/** The schemas `path` can reach from `schema` (arrays are looked through; `*` is any key or item; open objects admit any key). */
export function schemasAt(schema: JsonSchema | undefined, path: readonly string[], depth = 0): JsonSchema[] {
  if (!schema || depth > 40) return [];
  if (!path.length) return [schema];
  const [head, ...rest] = path;
  const items = schema['items'];
  if (isObj(items) && (schema['type'] === 'array' || !isObj(schema['properties']))) {
    // An index or `*` steps into the items; a name looks inside them.
    return /^\d+$/.test(head) || head === '*' ? schemasAt(items, rest, depth + 1) : schemasAt(items, path, depth + 1);
  }
  const props = flatProps(schema);
  const extra = schema['additionalProperties'];
  if (head === '*') {
    const all = [...Object.values(props), ...(isObj(extra) ? [extra] : [])].filter(isObj);
    return all.flatMap((s) => schemasAt(s, rest, depth + 1));
  }
  if (isObj(props[head])) return schemasAt(props[head] as JsonSchema, rest, depth + 1);
  if (isObj(extra)) return schemasAt(extra, rest, depth + 1);
  // Free-form object (no properties declared, not closed): whatever is below is allowed.
  const open = !Object.keys(props).length && extra !== false && (schema['type'] === undefined || schema['type'] === 'object');
  return open ? [{}] : [];
}

/** Applies an operation's hint to its derived view; throws naming provider.yaml and the path of a field the response does not have. */
export function applyPanelHint(view: PanelViewSpec, hint: PanelHint, op: OperationModel, file: string): PanelViewSpec {
  const where = (key: string) => `${file}: operations.${op.id}.panel${key ? `.${key}` : ''}`;
  if (!op.readOnly) throw new Error(`${where('')}: ${op.id} is not a read operation, so it has no panel`);
  // A hint that only prefills inputs leaves the view as derived.
  if (!hint.columns && !hint.title && !hint.link && !hint.formats) return view;
  const index = view.sections.findIndex((s) => s.kind === 'table');
  const target = index >= 0 ? index : view.sections.findIndex((s) => s.kind === 'card' && s.path.length === 0);
  if (target < 0) throw new Error(`${where('')}: the response of ${op.id} has no list or object to show`);
  const section = view.sections[target];
  const base = schemasAt(op.responseSchema, section.path)[0];
  const item = section.kind === 'table' ? (schemasAt(base, ['0'])[0] ?? base) : base;

  const column = (spec: string | PanelColumnHint, key: string, label?: string): FieldSpec => {
    const hint = typeof spec === 'string' ? { path: spec } : spec;
    const alts = hint.path.split('|').map((p) => p.split('.'));
    for (const alt of alts) {
      if (!schemasAt(item, alt).length) {
        const list = section.kind === 'table' ? `the items of ${section.path.join('.') || 'the response'}` : 'the response';
        throw new Error(`${where(key)}: "${alt.join('.')}" is not in ${list} of ${op.id}`);
      }
    }
    const named = alts[0].filter((s) => s !== '*' && !/^\d+$/.test(s));
    const last = named[named.length - 1] ?? hint.path;
    const format = hint.format ?? formats[hint.path] ?? formatOf(last, schemasAt(item, alts[0])[0] ?? {});
    const out: FieldSpec = { key: hint.path, label: label ?? hint.label ?? humanize(named.join(' ')), path: alts[0] };
    if (alts.length > 1) out.or = alts.slice(1);
    if (format && format !== 'text') out.format = format;
    return out;
  };
  const formats = hint.formats ?? {};
  for (const path of Object.keys(formats)) column(path, `formats.${path}`);

  let fields: FieldSpec[] = section.kind === 'table' ? [...section.columns] : [...section.fields];
  if (hint.columns) fields = hint.columns.map((c, i) => column(c, `columns[${i}]`));
  else fields = fields.map((f) => (formats[f.key] ? { ...f, format: formats[f.key] } : f));
  if (hint.title) {
    const title = column(hint.title, 'title', 'Title');
    fields = [title, ...fields.filter((f) => f.key !== title.key && f.label !== 'Title')];
  }
  if (hint.link) {
    const link = column({ path: hint.link, format: 'url' }, 'link', 'Link');
    fields = fields.filter((f) => f.key !== link.key);
    if (hint.title) fields[0] = { ...fields[0], link: link.path };
    else fields.push(link);
  }

  const sections = [...view.sections];
  sections[target] =
    section.kind === 'table'
      ? ({ ...section, columns: fields, nested: hint.columns ? [] : section.nested } satisfies TableSpec)
      : ({ ...section, fields } satisfies CardSpec);
  return { ...view, sections };
}
