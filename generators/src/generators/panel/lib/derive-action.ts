/**
 * Derives the form of a write operation from its spec: the inputs it takes (parameters, then the properties of its
 * request body), each with a label in words, its kind of control, default and enum; whether it destroys something;
 * and the scope alternatives it needs. Only what the spec decides — @patchbay/panel-kit renders and validates.
 */
import { operationInputKeys } from '@patchbay/connector-runtime';
import type { JsonSchema, OperationModel, ProviderModel } from '@patchbay/spec';
import type { ChoicesView } from './derive-choices';
import { humanize } from './derive-view';

export type ActionFieldKind = 'text' | 'textarea' | 'number' | 'integer' | 'select' | 'toggle' | 'json';
export type ActionScalar = string | number | boolean;

/** Mirrors `ActionFieldSpec` of @patchbay/panel-kit. */
export interface ActionField {
  key: string;
  in: 'param' | 'body';
  label: string;
  description?: string;
  required: boolean;
  kind: ActionFieldKind;
  options?: ActionScalar[];
  default?: ActionScalar;
  /** The read operation listing its values (a picker). */
  choices?: ChoicesView;
}

export interface ActionDerivation {
  destructive: boolean;
  fields: ActionField[];
}

type Schema = JsonSchema;
const isObj = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalar = (v: unknown): v is ActionScalar => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** Words in an operation id or summary that mean something is destroyed. */
const DESTRUCTIVE = /^(delete|remove|archive|trash|destroy|purge|revoke|erase|unpublish)/i;

/** DELETE, or an id whose words (`pages.archive`, `removeMember`, `delete_file`) say it destroys something. */
export function isDestructive(op: Pick<OperationModel, 'method' | 'id'>): boolean {
  if (op.method.toUpperCase() === 'DELETE') return true;
  const words = op.id
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  return words.some((w) => DESTRUCTIVE.test(w) && w.length <= 12);
}

/** allOf/oneOf/anyOf merged into one object schema (properties and required of every part), cycles cut. */
function flatten(schema: Schema, seen = new Set<Schema>()): Schema {
  if (seen.has(schema)) return schema;
  seen.add(schema);
  const parts = ['allOf', 'oneOf', 'anyOf'].flatMap((k) => (Array.isArray(schema[k]) ? (schema[k] as unknown[]) : []));
  if (!parts.length) return schema;
  const properties: Record<string, unknown> = {};
  // Only allOf's requirements hold for every alternative.
  const required = new Set<string>(Array.isArray(schema['required']) ? (schema['required'] as string[]) : []);
  const allOf = Array.isArray(schema['allOf']) ? (schema['allOf'] as unknown[]) : [];
  let type = schema['type'];
  for (const part of parts) {
    if (!isObj(part)) continue;
    const flat = flatten(part, seen);
    if (isObj(flat['properties'])) for (const [k, v] of Object.entries(flat['properties'])) properties[k] ??= v;
    if (allOf.includes(part) && Array.isArray(flat['required'])) for (const r of flat['required'] as string[]) required.add(r);
    type ??= flat['type'];
  }
  if (isObj(schema['properties'])) Object.assign(properties, schema['properties']);
  return { ...schema, type: type ?? (Object.keys(properties).length ? 'object' : undefined), properties, required: [...required] };
}

function typeOf(schema: Schema): string | undefined {
  const t = schema['type'];
  if (Array.isArray(t)) return t.find((x) => x !== 'null') as string | undefined;
  return typeof t === 'string' ? t : undefined;
}

/** A schema's description (or a parameter's) as one short line under the field. */
export function shortText(text: unknown, max = 140): string | undefined {
  if (typeof text !== 'string') return undefined;
  const line = text.replace(/\s+/g, ' ').trim();
  if (!line) return undefined;
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** The control for a schema: an enum → select, boolean → toggle, numbers, structures as JSON, else text. */
function kindOf(schema: Schema, name: string): { kind: ActionFieldKind; options?: ActionScalar[] } {
  const flat = flatten(schema);
  const enumValues = Array.isArray(flat['enum']) ? (flat['enum'] as unknown[]).filter(isScalar) : [];
  const type = typeOf(flat);
  if (enumValues.length && type !== 'boolean') return { kind: 'select', options: enumValues };
  if (type === 'boolean') return { kind: 'toggle' };
  if (type === 'integer') return { kind: 'integer' };
  if (type === 'number') return { kind: 'number' };
  if (type === 'array' || type === 'object' || isObj(flat['properties']) || isObj(flat['items'])) return { kind: 'json' };
  if (type === undefined && !isObj(flat['properties'])) return { kind: 'json' };
  return { kind: /^(text|body|content|description|message|notes?)$/i.test(name) ? 'textarea' : 'text' };
}

function defaultOf(schema: Schema, kind: ActionFieldKind): ActionScalar | undefined {
  const d = flatten(schema)['default'];
  if (!isScalar(d)) return undefined;
  if (kind === 'toggle') return typeof d === 'boolean' ? d : undefined;
  return d;
}

function fieldOf(key: string, where: 'param' | 'body', name: string, schema: Schema, required: boolean, description?: string): ActionField {
  const { kind, options } = kindOf(schema, name);
  const title = typeof schema['title'] === 'string' && schema['title'].trim() ? schema['title'].trim() : humanize(name);
  const def = defaultOf(schema, kind);
  const desc = shortText(description ?? schema['description']);
  return {
    key,
    in: where,
    label: title,
    ...(desc ? { description: desc } : {}),
    required,
    kind,
    ...(options ? { options } : {}),
    ...(def !== undefined ? { default: def } : {}),
  };
}

/**
 * The fields of a write operation's form: its parameters (auth headers and the headers the runtime always sends
 * left out), then its body's top-level properties; a body that is not an object of properties is one JSON field.
 * Required fields first, each group in the spec's order.
 */
export function deriveAction(provider: Pick<ProviderModel, 'defaultHeaders'>, op: OperationModel): ActionDerivation {
  const fields: ActionField[] = [];
  const params = new Map(op.parameters.map((p) => [`${p.in}:${p.name}`, p]));
  const defaultHeaders = new Set(Object.keys(provider.defaultHeaders).map((h) => h.toLowerCase()));
  for (const k of operationInputKeys(provider, op)) {
    if (k.in === 'header' && defaultHeaders.has(k.name.toLowerCase())) continue;
    fields.push(fieldOf(k.key, 'param', k.name, k.schema, k.required, params.get(`${k.in}:${k.name}`)?.description));
  }
  const body = op.requestBody;
  if (body) {
    const flat = isObj(body.schema) ? flatten(body.schema) : {};
    const props = isObj(flat['properties']) ? Object.entries(flat['properties']).filter((e): e is [string, Schema] => isObj(e[1])) : [];
    const required = new Set(Array.isArray(flat['required']) ? (flat['required'] as string[]) : []);
    if (props.length && !body.contentType.startsWith('multipart/')) {
      for (const [name, schema] of props) {
        if (schema['readOnly'] === true) continue;
        fields.push(fieldOf(name, 'body', name, schema, body.required && required.has(name)));
      }
    } else {
      fields.push({
        key: '',
        in: 'body',
        label: 'Request body',
        ...(shortText(flat['description']) ? { description: shortText(flat['description']) } : {}),
        required: body.required,
        kind: 'json',
      });
    }
  }
  return { destructive: isDestructive(op), fields: [...fields.filter((f) => f.required), ...fields.filter((f) => !f.required)] };
}
