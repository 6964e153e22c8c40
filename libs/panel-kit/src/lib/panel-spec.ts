/**
 * What a generated panel library decides from its provider's spec, as plain data: the sections of each data view
 * (derived from an operation's response schema by the panel generator) and the facts the connection card shows.
 * The kit's components render these; the generated code only declares them.
 */

/** How a value is shown: dates and times in the reader's locale, addresses as links, the rest as short text. */
export type ValueFormat = 'text' | 'date' | 'datetime' | 'url' | 'number' | 'boolean';

/**
 * One value of a card or one column of a table, read at `path` from the card's object or the table's row. A `*` key
 * matches every key or item at that level (the pieces of one text, joined); `or` lists further paths tried in order
 * when `path` has no value (`start.dateTime`, else `start.date`).
 */
export interface FieldSpec {
  /** Stable key for `track`. */
  key: string;
  label: string;
  path: readonly string[];
  or?: readonly (readonly string[])[];
  format?: ValueFormat;
  /** The value is a link to the address at this path (the item's title linking to the item). */
  link?: readonly string[];
}

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
  /** Arrays of objects inside each row, shown under the row. */
  nested: readonly TableSpec[];
}

export type SectionSpec = CardSpec | TableSpec;

/** A whole data view: its sections, or `raw` when the schema had no usable structure (the view shows the JSON). */
export interface PanelViewSpec {
  raw: boolean;
  sections: readonly SectionSpec[];
}

/** One permission a provider declares, with its description from the spec. */
export interface ScopeSpec {
  scope: string;
  description: string;
}

/** What the connection card says about the provider itself. */
export interface ProviderCardSpec {
  name: string;
  description: string;
  /** Every scope the provider declares (describes granted scopes the connection lists without a description). */
  scopes: readonly ScopeSpec[];
}

/** What the dashboard knows about a connection (a subset of `GET /api/apps/:app/connections`). */
export interface PanelConnection {
  status: string;
  account?: { id: string; label?: string | null } | null;
  grantedScopes?: ReadonlyArray<string | { scope: string; description?: string }>;
  connectedAt?: string | null;
}
