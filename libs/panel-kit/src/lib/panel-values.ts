/** Reading and showing values of an operation's response (any JSON) without trusting its shape. */

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Reads `path` from `value`; array indexes are plain keys. Missing → `undefined`. */
export function valueAt(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (!isRecord(current)) return undefined;
    current = current[key];
  }
  return current;
}

/** The array at `path`, or an empty one when the data does not have it. */
export function listAt(value: unknown, path: readonly string[]): readonly unknown[] {
  const found = valueAt(value, path);
  return Array.isArray(found) ? found : [];
}

/** One table cell / card value as text. */
export function show(value: unknown, path: readonly string[]): string {
  return formatValue(valueAt(value, path));
}

/** A value as short text: `—` for nothing, long strings and objects cut, lists of scalars joined. */
export function formatValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'string') return value.length > 200 ? `${value.slice(0, 199)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) return value.map(formatValue).join(', ');
  const text = json(value);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

/** Indented JSON; never throws (cycles and BigInts fall back to `String`). */
export function json(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? '';
  } catch {
    return String(value);
  }
}

/** Whether a response carries nothing to show (no body, empty list, empty object). */
export function isEmptyData(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  return isRecord(value) && Object.keys(value).length === 0;
}
