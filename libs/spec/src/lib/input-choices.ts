/**
 * `operations.<id>.inputs.<name>.choices` of provider.yaml: an input whose values another read operation of the same
 * provider lists (Slack `channel` ← `conversations.list`). Checked against the loaded operations: the list operation
 * must exist and be a read, the input must be one of the operation's, and the `items`, `value` and `label` paths must
 * be in the list operation's response schema.
 */
import type { InputChoicesHint, JsonSchema, OperationModel } from './model';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function props(schema: JsonSchema, seen = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (seen > 20) return out;
  for (const k of ['allOf', 'oneOf', 'anyOf']) {
    const parts = schema[k];
    if (Array.isArray(parts)) for (const p of parts) if (isObj(p)) Object.assign(out, props(p, seen + 1));
  }
  if (isObj(schema['properties'])) Object.assign(out, schema['properties']);
  return out;
}

/** Whether `path` (keys; `*` any key or item) can be reached in `schema`; arrays are looked through, open objects admit any key. */
export function schemaHasPath(schema: JsonSchema | undefined, path: readonly string[], depth = 0): boolean {
  if (!schema || depth > 40) return false;
  if (!path.length) return true;
  const [head, ...rest] = path;
  const items = schema['items'];
  if (isObj(items) && (schema['type'] === 'array' || !isObj(schema['properties']))) {
    return /^\d+$/.test(head) || head === '*' ? schemaHasPath(items, rest, depth + 1) : schemaHasPath(items, path, depth + 1);
  }
  const own = props(schema);
  const extra = schema['additionalProperties'];
  if (head === '*') return [...Object.values(own), extra].some((s) => isObj(s) && schemaHasPath(s, rest, depth + 1));
  if (isObj(own[head])) return schemaHasPath(own[head] as JsonSchema, rest, depth + 1);
  if (isObj(extra)) return schemaHasPath(extra, rest, depth + 1);
  return !Object.keys(own).length && extra !== false && (schema['type'] === undefined || schema['type'] === 'object');
}

/** The list in a choices operation's response: the hint's `items`, else the operation's pagination `itemsPath` (else the response). */
export const choicesItemsPath = (hint: Pick<InputChoicesHint, 'items'>, list: Pick<OperationModel, 'pagination'>): string =>
  hint.items ?? list.pagination.itemsPath ?? '';

/** The inputs an operation takes by name: its parameters and its request body's top-level properties. */
export function operationInputNames(op: Pick<OperationModel, 'parameters' | 'requestBody'>): Set<string> {
  const names = new Set(op.parameters.map((p) => p.name));
  const body = op.requestBody?.schema;
  if (isObj(body)) for (const k of Object.keys(props(body))) names.add(k);
  return names;
}

/**
 * Every problem with the choices hints of `overrides` (operation id → provider.yaml `operations.<id>`), as
 * `(path, message)` with the path inside provider.yaml.
 */
export function checkInputChoices(
  operations: readonly OperationModel[],
  overrides: Record<string, unknown>,
  report: (path: string, message: string) => void,
): void {
  const byId = new Map(operations.map((o) => [o.id, o]));
  for (const [opId, override] of Object.entries(overrides)) {
    const op = byId.get(opId);
    const inputs = isObj(override) ? override['inputs'] : undefined;
    if (!op || !isObj(inputs)) continue;
    const names = operationInputNames(op);
    for (const [name, spec] of Object.entries(inputs)) {
      const where = `operations.${opId}.inputs.${name}`;
      if (!names.has(name)) report(where, `"${name}" is not an input of ${opId} (a parameter or a request body property)`);
      const hint = isObj(spec) ? (spec['choices'] as InputChoicesHint | undefined) : undefined;
      if (!isObj(hint) || typeof hint.operation !== 'string') continue;
      const list = byId.get(hint.operation);
      if (!list) {
        report(`${where}.choices.operation`, `unknown operation "${hint.operation}"`);
        continue;
      }
      if (!list.readOnly) {
        report(`${where}.choices.operation`, `${hint.operation} is not a read operation, so it cannot list choices`);
        continue;
      }
      const itemsPath = choicesItemsPath(hint, list);
      const itemsKeys = itemsPath ? itemsPath.split('.') : [];
      if (!schemaHasPath(list.responseSchema, itemsKeys)) {
        report(`${where}.choices.items`, `"${itemsPath}" is not in the response of ${hint.operation}`);
        continue;
      }
      const listName = itemsPath ? `the items of ${itemsPath}` : 'the response';
      for (const key of ['value', 'label'] as const) {
        const path = hint[key];
        if (typeof path !== 'string') continue;
        for (const alt of path.split('|')) {
          if (!schemaHasPath(list.responseSchema, [...itemsKeys, '0', ...alt.split('.')]))
            report(`${where}.choices.${key}`, `"${alt}" is not in ${listName} of ${hint.operation}`);
        }
      }
    }
  }
}
