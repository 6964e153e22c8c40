/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
/** Shared helpers and types of the generated Salesforce panels (kept per library: panels depend on nothing). */

/** A key/value card: `fields` read from the object at `path` (from the response root). */
export interface CardSpec {
  kind: 'card';
  title: string;
  path: readonly string[];
  fields: readonly FieldSpec[];
}

/** A table of the array at `path` (from the response root, or from the parent row for nested tables). */
export interface TableSpec {
  kind: 'table';
  title: string;
  path: readonly string[];
  columns: readonly FieldSpec[];
  nested: readonly TableSpec[];
}

export interface FieldSpec {
  key: string;
  label: string;
  path: readonly string[];
}

/** What the dashboard knows about a connection (a subset of `GET /api/apps/:app/connections`). */
export interface PanelConnection {
  status: string;
  account?: { id: string; label?: string | null } | null;
  grantedScopes?: ReadonlyArray<string | { scope: string; description?: string }>;
  connectedAt?: string | null;
}

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

export function formatValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'string') return value.length > 200 ? `${value.slice(0, 199)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) return value.map(formatValue).join(', ');
  const text = json(value);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

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

export const PANEL_STYLES = `
:host { display: block; font: inherit; }
.pb-section { margin: 0 0 1rem; }
.pb-title { font-size: 1rem; margin: 0 0 .5rem; }
.pb-subtitle { font-weight: 600; margin: .25rem 0; }
.pb-fields { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0; }
.pb-field { display: contents; }
.pb-field dt { font-weight: 600; }
.pb-field dd { margin: 0; overflow-wrap: anywhere; }
.pb-table { border-collapse: collapse; width: 100%; }
.pb-table th, .pb-table td { border-bottom: 1px solid #ddd; padding: .25rem .5rem; text-align: left; vertical-align: top; }
.pb-nested > td { padding-left: 1.5rem; background: #fafafa; }
.pb-state { margin: .5rem 0; }
.pb-error { color: #b00020; }
.pb-raw { white-space: pre-wrap; overflow: auto; max-height: 24rem; }
`;
