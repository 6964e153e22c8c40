/** Reading and showing values of an operation's response (any JSON) without trusting its shape. */
import type { FieldSpec, ValueFormat } from './panel-spec';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * Reads `path` from `value`; array indexes are plain keys. Missing → `undefined`. A `*` key goes into every key or
 * item at that level: the result is then the list of what was found (`undefined` when nothing was).
 */
export function valueAt(value: unknown, path: readonly string[]): unknown {
  const star = path.indexOf('*');
  if (star < 0) {
    let current = value;
    for (const key of path) {
      if (!isRecord(current)) return undefined;
      current = current[key];
    }
    return current;
  }
  const parent = valueAt(value, path.slice(0, star));
  if (!isRecord(parent)) return undefined;
  const found: unknown[] = [];
  for (const child of Object.values(parent)) {
    const v = valueAt(child, path.slice(star + 1));
    if (Array.isArray(v) && path.includes('*', star + 1)) found.push(...v);
    else if (v !== undefined && v !== null) found.push(v);
  }
  return found.length ? found : undefined;
}

/** A field's value: the first of its paths that has one. Pieces a `*` collected that are all text are one text. */
export function fieldValue(source: unknown, field: Pick<FieldSpec, 'path' | 'or'>): unknown {
  for (const path of [field.path, ...(field.or ?? [])]) {
    const v = valueAt(source, path);
    if (v === undefined || v === null || v === '') continue;
    if (path.includes('*') && Array.isArray(v) && v.every((p) => typeof p === 'string')) return v.join('');
    return v;
  }
  return undefined;
}

/** The address a field links to (its `link` path, or its own value for `url`), when it is an http(s) URL. */
export function linkOf(source: unknown, field: FieldSpec): string | null {
  const target = field.link ? valueAt(source, field.link) : field.format === 'url' ? fieldValue(source, field) : undefined;
  return typeof target === 'string' && /^https?:\/\//i.test(target) ? target : null;
}

/** One card value or table cell of `source` as text, by its field spec. */
export function showField(source: unknown, field: FieldSpec, timeZone?: string): string {
  return formatValue(fieldValue(source, field), field.format, timeZone);
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

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date (`2026-12-03`) or a moment (`2026-12-03T09:30:00Z`, epoch milliseconds) in the reader's locale; a date alone
 * is a calendar day, never shifted by a time zone. Anything unreadable is left as it was.
 */
export function formatDate(value: unknown, withTime: boolean, timeZone?: string): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const dayOnly = typeof value === 'string' && DATE_ONLY.test(value);
  const date = new Date(dayOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return null;
  const options: Intl.DateTimeFormatOptions =
    withTime && !dayOnly ? { dateStyle: 'medium', timeStyle: 'short', timeZone } : { dateStyle: 'medium', timeZone: dayOnly ? 'UTC' : timeZone };
  return new Intl.DateTimeFormat(undefined, options).format(date);
}

/** A value as short text: `—` for nothing, long strings and objects cut, lists of scalars joined, dates in words. */
export function formatValue(value: unknown, format?: ValueFormat, timeZone?: string): string {
  if (value === undefined || value === null || value === '') return '—';
  if (format === 'date' || format === 'datetime') {
    const date = formatDate(value, format === 'datetime', timeZone);
    if (date) return date;
  }
  if (format === 'boolean' && typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (format === 'number' && typeof value === 'number') return new Intl.NumberFormat().format(value);
  if (typeof value === 'string') return value.length > 200 ? `${value.slice(0, 199)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null))
    return value.map((v) => formatValue(v, format, timeZone)).join(', ');
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
