/**
 * Pickers: an input whose values another read operation of the same provider lists (Slack `channel` ←
 * `conversations.list`). The generated spec says which operation, where its list is and which paths of an item are
 * the value (what is sent) and the label (what is shown); the host calls the operation; this turns its response into
 * choices. A picker never replaces typing: when the list cannot be had, the text box stays.
 */
import { fieldValue } from './panel-values';

/** Where an input's choices come from (generated from provider.yaml `choices`, or derived from the spec). */
export interface ChoicesSpec {
  /** The read operation that lists them. */
  operationId: string;
  /** What it is called with (e.g. a filter). */
  input?: Readonly<Record<string, unknown>>;
  /** The list in its response (`[]`: the response is the list). */
  items: readonly string[];
  /** The value of one item (what the input gets). */
  value: readonly string[];
  /** Its name, first path with a value (none: the value is shown). */
  label: readonly (readonly string[])[];
}

/** One choice: the value sent, the name shown. */
export interface Choice {
  value: string;
  label: string;
}

/** Calls a read operation of the connection (the host's operations API) and resolves with its response data. */
export type ChoicesLoader = (operationId: string, input: Record<string, unknown>) => Promise<unknown>;

const asText = (v: unknown): string | undefined =>
  typeof v === 'string' ? (v.trim() ? v : undefined) : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;

/**
 * The choices in a list operation's response: one per item with a value (text or number), named by the first label
 * path with text (else the value; a name several items share is followed by the value), without repeats, sorted by
 * name. An answer without the list gives none.
 */
export function choicesFrom(data: unknown, spec: Pick<ChoicesSpec, 'items' | 'value' | 'label'>): Choice[] {
  const list = spec.items.length ? fieldValue(data, { path: [...spec.items] }) : data;
  if (!Array.isArray(list)) return [];
  const seen = new Set<string>();
  const out: Choice[] = [];
  for (const item of list) {
    const value = asText(fieldValue(item, { path: [...spec.value] }));
    if (value === undefined || seen.has(value)) continue;
    seen.add(value);
    const [first, ...rest] = spec.label;
    const label = first ? asText(fieldValue(item, { path: [...first], or: rest.map((p) => [...p]) })) : undefined;
    out.push({ value, label: label ?? value });
  }
  // Two things of the same name are told apart by their value.
  const count = new Map<string, number>();
  for (const c of out) count.set(c.label, (count.get(c.label) ?? 0) + 1);
  for (const c of out) if ((count.get(c.label) ?? 0) > 1 && c.label !== c.value) c.label = `${c.label} (${c.value})`;
  return out.sort((a, b) => a.label.localeCompare(b.label));
}

/** What went wrong listing the choices, in a few words for under the box (the host's error text when it has one). */
export function choicesFailure(err: unknown): string {
  const message =
    typeof err === 'string'
      ? err
      : err instanceof Error
        ? err.message
        : typeof (err as { message?: unknown })?.message === 'string'
          ? (err as { message: string }).message
          : '';
  const short = message.replace(/\s+/g, ' ').trim();
  return short.length > 120 ? `${short.slice(0, 119)}…` : short;
}
