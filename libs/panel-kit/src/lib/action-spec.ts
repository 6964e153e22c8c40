/**
 * Action forms: what a generated panel library decides for each write operation (its fields, labels, scopes, whether
 * it destroys something), as plain data, and the logic every provider's form shares — field order, starting values,
 * validation before any call, and the operation input built from what the person gave.
 */
import type { ChoicesSpec } from './choices';
import type { PanelViewSpec } from './panel-spec';

/** How a field is asked for: text or number boxes, a select of the schema's enum, a toggle, or JSON for structures. */
export type ActionFieldKind = 'text' | 'textarea' | 'number' | 'integer' | 'select' | 'toggle' | 'json';

/** A primitive value a schema can give as a default or an enum option. */
export type ActionScalar = string | number | boolean;

/** One input of a write operation: a parameter (path, query, header) or a property of the request body. */
export interface ActionFieldSpec {
  /** Operation input key of a parameter, or the body property's name. */
  key: string;
  /** Where the value goes: `param` (top-level input key) or `body` (`input.body[key]`; `''`: the whole body). */
  in: 'param' | 'body';
  /** In words (the schema's title, else the name humanised). */
  label: string;
  /** The schema's description, shortened, shown under the field. */
  description?: string;
  required: boolean;
  kind: ActionFieldKind;
  /** The schema's enum (for `select`). */
  options?: readonly ActionScalar[];
  /** The schema's default, the form's starting value. */
  default?: ActionScalar;
  /** A read operation lists the values: the box gets a picker (typing still works). */
  choices?: ChoicesSpec;
}

/** A write operation as its form shows it. */
export interface ActionSpec {
  operationId: string;
  title: string;
  /** The operation's description, shortened (one paragraph). */
  description?: string;
  method: string;
  /** DELETE, or an operation named delete/remove/archive/…: the form asks for confirmation before calling. */
  destructive: boolean;
  /** The spec's scope alternatives (OR of AND-sets); empty: no scope needed. */
  scopeAlternatives: readonly (readonly string[])[];
  /** Parameters and body properties, required ones first (the generator orders them; `orderFields` too). */
  fields: readonly ActionFieldSpec[];
  /** How the operation's response is shown (the data view of its response schema). */
  result: PanelViewSpec;
}

/** What the person has given so far: text for boxes, selects and JSON; booleans for toggles (unset: not sent). */
export type ActionValues = Record<string, string | boolean | undefined>;

/** One problem with what was given, for the field `key` (id of the field: `in:key`). */
export interface ActionProblem {
  field: string;
  message: string;
}

/** The id of a field inside one form (a parameter and a body property may share a name). */
export const fieldId = (field: Pick<ActionFieldSpec, 'in' | 'key'>): string => `${field.in}:${field.key}`;

/** Required fields first, each group in the spec's order. */
export function orderFields(fields: readonly ActionFieldSpec[]): ActionFieldSpec[] {
  return [...fields.filter((f) => f.required), ...fields.filter((f) => !f.required)];
}

/** The form's starting values: each schema default (toggles without one stay unset, so they are not sent). */
export function initialValues(fields: readonly ActionFieldSpec[]): ActionValues {
  const values: ActionValues = {};
  for (const f of fields) {
    if (f.default === undefined) values[fieldId(f)] = f.kind === 'toggle' ? undefined : '';
    else values[fieldId(f)] = f.kind === 'toggle' ? f.default === true : String(f.default);
  }
  return values;
}

const isBlank = (v: string | boolean | undefined): boolean => v === undefined || (typeof v === 'string' && v.trim() === '');

/** Every problem with the values, in words; the operation is called only when there is none. */
export function validateAction(fields: readonly ActionFieldSpec[], values: ActionValues): ActionProblem[] {
  const problems: ActionProblem[] = [];
  for (const f of fields) {
    const id = fieldId(f);
    const value = values[id];
    if (f.kind === 'toggle') continue;
    if (isBlank(value)) {
      if (f.required) problems.push({ field: id, message: `Enter ${f.label}.` });
      continue;
    }
    const text = String(value).trim();
    if (f.kind === 'number' && !Number.isFinite(Number(text))) problems.push({ field: id, message: `${f.label} must be a number.` });
    if (f.kind === 'integer' && !/^-?\d+$/.test(text)) problems.push({ field: id, message: `${f.label} must be a whole number.` });
    if (f.kind === 'select' && f.options && !f.options.some((o) => String(o) === text))
      problems.push({ field: id, message: `Choose one of the listed values for ${f.label}.` });
    if (f.kind === 'json') {
      try {
        JSON.parse(text);
      } catch {
        problems.push({ field: id, message: `${f.label} must be valid JSON.` });
      }
    }
  }
  return problems;
}

/** A select's text back to the enum value it stands for (a number stays a number). */
function optionValue(f: ActionFieldSpec, text: string): ActionScalar {
  return f.options?.find((o) => String(o) === text) ?? text;
}

/**
 * The operation input (`{<param>: …, body: {…}}`) from valid values: blank fields are left out, numbers and JSON
 * parsed, toggles sent only once set. Call `validateAction` first.
 */
export function buildActionInput(fields: readonly ActionFieldSpec[], values: ActionValues): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  let body: Record<string, unknown> | undefined;
  let wholeBody: unknown;
  for (const f of fields) {
    const value = values[fieldId(f)];
    if (isBlank(value)) continue;
    let out: unknown;
    if (f.kind === 'toggle') out = value === true;
    else {
      const text = String(value).trim();
      if (f.kind === 'number' || f.kind === 'integer') out = Number(text);
      else if (f.kind === 'json') out = JSON.parse(text);
      else if (f.kind === 'select') out = optionValue(f, text);
      else out = String(value);
    }
    if (f.in === 'param') input[f.key] = out;
    else if (f.key === '') wholeBody = out;
    else (body ??= {})[f.key] = out;
  }
  if (wholeBody !== undefined) input['body'] = wholeBody;
  else if (body) input['body'] = body;
  return input;
}

/** Whether the form must ask before calling (the generator marks destructive operations; DELETE always is). */
export const needsConfirmation = (action: Pick<ActionSpec, 'destructive' | 'method'>): boolean =>
  action.destructive || action.method.toUpperCase() === 'DELETE';

/**
 * The scopes a connection still lacks for an action: none when one alternative is fully granted, else what the
 * alternative needing the fewest more scopes lacks (ties: the first listed).
 */
export function missingScopes(action: Pick<ActionSpec, 'scopeAlternatives'>, granted: Iterable<string>): string[] {
  const have = new Set(granted);
  let best: string[] | null = null;
  for (const alt of action.scopeAlternatives) {
    const lacking = alt.filter((s) => !have.has(s));
    if (!lacking.length) return [];
    if (!best || lacking.length < best.length) best = lacking;
  }
  return best ?? [];
}
