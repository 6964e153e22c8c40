/**
 * Pickers: which read operation of the same provider lists the values of an input. provider.yaml says so
 * (`operations.<id>.inputs.<name>.choices`, checked by the spec loader); without a hint a picker is derived only where
 * it is unambiguous: an input named `<x>_id`, `<x>Id` or `<x>` when exactly one read operation lists `<x>`s (its id ends
 * in `<x>s.list` or its items are at `<x>s`), needs no input and its items have an `id` (named by `name`, `title`, …
 * when they have one).
 */
import { choicesItemsPath, schemaHasPath, type InputChoicesHint, type OperationModel, type ProviderModel } from '@patchbay/spec';

/** Mirrors `ChoicesSpec` of @patchbay/panel-kit. */
export interface ChoicesView {
  operationId: string;
  input?: Record<string, unknown>;
  items: string[];
  value: string[];
  label: string[][];
}

const LABELS = ['name', 'title', 'summary', 'displayName', 'display_name', 'label'];

const split = (path: string): string[] => (path ? path.split('.') : []);

/** The thing an input names: `channel_id` → `channel`, `calendarId` → `calendar`, `channel` → `channel`. */
export function inputStem(name: string): string {
  return name
    .replace(/(_id|Id|ID)$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase();
}

/** A hint's choices, checked again (a hint can be given in memory); throws naming provider.yaml and the path. */
export function choicesFromHint(provider: Pick<ProviderModel, 'operations'>, hint: InputChoicesHint, where: string): ChoicesView {
  const list = provider.operations.find((o) => o.id === hint.operation);
  if (!list) throw new Error(`${where}.operation: unknown operation "${hint.operation}"`);
  if (!list.readOnly) throw new Error(`${where}.operation: ${hint.operation} is not a read operation, so it cannot list choices`);
  const items = split(choicesItemsPath(hint, list));
  const check = (key: 'value' | 'label', path: string) => {
    if (!schemaHasPath(list.responseSchema, [...items, '0', ...split(path)]))
      throw new Error(
        `${where}.${key}: "${path}" is not in ${items.length ? `the items of ${items.join('.')}` : 'the response'} of ${hint.operation}`,
      );
  };
  check('value', hint.value);
  const label = (hint.label ?? '').split('|').filter(Boolean);
  for (const l of label) check('label', l);
  return {
    operationId: list.id,
    ...(hint.input ? { input: hint.input } : {}),
    items,
    value: split(hint.value),
    label: label.map(split),
  };
}

/** The one read operation listing what `name` names, when there is exactly one (and its items have an id). */
export function deriveChoices(provider: Pick<ProviderModel, 'operations'>, op: Pick<OperationModel, 'id'>, name: string): ChoicesView | undefined {
  const stem = inputStem(name);
  if (!stem || stem.length < 3) return undefined;
  const plural = `${stem}s`;
  const candidates = provider.operations.filter((o) => {
    if (!o.readOnly || o.id === op.id) return false;
    const id = o.id.toLowerCase().replace(/[^a-z0-9]+/g, '.');
    return id.endsWith(`${plural.replace(/_/g, '.')}.list`) || id === `list.${plural.replace(/_/g, '.')}` || o.pagination.itemsPath === plural;
  });
  if (candidates.length !== 1) return undefined;
  const list = candidates[0];
  // The picker calls it with nothing: an operation that needs inputs (events of which calendar?) cannot be derived.
  if (list.parameters.some((p) => p.required && p.in !== 'header') || list.requestBody?.required) return undefined;
  const items = split(list.pagination.itemsPath ?? '');
  const has = (key: string) => schemaHasPath(list.responseSchema, [...items, '0', key]);
  // Items of no declared shape "have" every key: nothing is known about them.
  if (!items.length || has('x-patchbay-no-such-key') || !has('id')) return undefined;
  const label = LABELS.find(has);
  return { operationId: list.id, items, value: ['id'], label: label ? [[label]] : [] };
}

/**
 * The choices of one input of `op`: its provider.yaml hint (`hints[name]`), else a derived one. `file` names
 * provider.yaml in errors.
 */
export function choicesOf(
  provider: Pick<ProviderModel, 'operations'>,
  op: Pick<OperationModel, 'id'>,
  name: string,
  hints: Record<string, InputChoicesHint> | undefined,
  file: string,
): ChoicesView | undefined {
  const hint = hints?.[name];
  if (hint) return choicesFromHint(provider, hint, `${file}: operations.${op.id}.inputs.${name}.choices`);
  return deriveChoices(provider, op, name);
}
