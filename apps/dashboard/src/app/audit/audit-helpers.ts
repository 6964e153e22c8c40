import { AuditEvent } from './audit.models';

/** What the audit page filters on; empty strings and nulls mean "any". */
export interface AuditFilter {
  /** An actor key from `actorKey`. */
  actor: string;
  action: string;
  /** A provider key from `providerOf`. */
  provider: string;
  from: Date | null;
  /** Inclusive. */
  to: Date | null;
}

export const NO_FILTER: AuditFilter = { actor: '', action: '', provider: '', from: null, to: null };

/** Names the trail itself knows: API keys and custom integrations are named in their own `*.created` events. */
export interface TrailNames {
  apiKeys: ReadonlyMap<string, string>;
  integrations: ReadonlyMap<string, string>;
}

export function trailNames(events: readonly AuditEvent[]): TrailNames {
  const apiKeys = new Map<string, string>();
  const integrations = new Map<string, string>();
  // Oldest first, so a later rename wins.
  for (const e of [...events].reverse()) {
    const name = e.metadata?.['name'];
    if (typeof name !== 'string' || !e.target) continue;
    if (e.action === 'api_key.created') apiKeys.set(e.target.replace(/^api_key:/, ''), name);
    if (e.action === 'integration.created' || e.action === 'integration.updated') integrations.set(e.target, name);
  }
  return { apiKeys, integrations };
}

/** A stable key for "who did it": the actor's type and id. */
export function actorKey(e: AuditEvent): string {
  return `${e.actor.type}:${e.actor.id ?? ''}`;
}

export function actorLabel(e: AuditEvent, names?: TrailNames): string {
  const id = e.actor.id ?? '';
  switch (e.actor.type) {
    case 'user':
      return e.actor.email ?? `Former user ${id.slice(0, 8)}`;
    case 'api_key': {
      const name = names?.apiKeys.get(id);
      return name ? `API key “${name}”` : `API key ${id.slice(0, 8)}`;
    }
    case 'system':
      return 'Patchbay (system)';
  }
}

/**
 * The provider an event is about, or null: the `provider` of an operation call (`integration:<id>` for a custom
 * integration), the provider a `connection.*` event targets, or the custom integration an `integration.*` event is about.
 */
export function providerOf(e: AuditEvent): string | null {
  const provider = e.metadata?.['provider'];
  if (typeof provider === 'string' && provider) return provider;
  if (e.action.startsWith('connection.') && e.target) return e.target;
  // A custom integration's own lifecycle (created, updated, deleted) belongs with the calls made through it.
  if (e.action.startsWith('integration.') && e.target) return `integration:${e.target}`;
  return null;
}

export function providerLabel(provider: string, names?: TrailNames): string {
  if (!provider.startsWith('integration:')) return provider;
  const name = names?.integrations.get(provider.slice('integration:'.length));
  return name ? `${name} (custom)` : `Custom integration ${provider.slice('integration:'.length, 'integration:'.length + 8)}`;
}

/** Parses an `<input type="datetime-local">` value as local time; `end` makes the bound cover its whole minute. */
export function parseLocalDateTime(value: string, end = false): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number);
  const seconds = m[6] === undefined ? (end ? 59 : 0) : s;
  return new Date(y, mo - 1, d, h, mi, seconds, end ? 999 : 0);
}

export function filterEvents(events: readonly AuditEvent[], filter: AuditFilter): AuditEvent[] {
  return events.filter((e) => {
    if (filter.actor && actorKey(e) !== filter.actor) return false;
    if (filter.action && e.action !== filter.action) return false;
    if (filter.provider && providerOf(e) !== filter.provider) return false;
    const at = Date.parse(e.createdAt);
    if (filter.from && at < filter.from.getTime()) return false;
    if (filter.to && at > filter.to.getTime()) return false;
    return true;
  });
}

export interface Option {
  value: string;
  label: string;
}

/** The distinct actors, actions and providers of the loaded events, for the filter selects (sorted by label). */
export function filterOptions(events: readonly AuditEvent[], names?: TrailNames): { actors: Option[]; actions: Option[]; providers: Option[] } {
  const actors = new Map<string, string>();
  const actions = new Map<string, string>();
  const providers = new Map<string, string>();
  for (const e of events) {
    actors.set(actorKey(e), actorLabel(e, names));
    actions.set(e.action, e.action);
    const provider = providerOf(e);
    if (provider) providers.set(provider, providerLabel(provider, names));
  }
  const sorted = (m: Map<string, string>): Option[] =>
    [...m].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
  return { actors: sorted(actors), actions: sorted(actions), providers: sorted(providers) };
}

/** `metadata` as one readable line: `key=value; key=value`. */
export function describeMetadata(metadata: AuditEvent['metadata']): string {
  if (!metadata) return '';
  return Object.entries(metadata)
    .map(([k, v]) => `${k}=${v === null ? '' : String(v)}`)
    .join('; ');
}

/**
 * The Details column: the target and the metadata, without what other columns already say (a call's provider, and
 * its target, which is only `provider.operation` again).
 */
export function eventDetails(e: AuditEvent): string {
  const rest = Object.fromEntries(Object.entries(e.metadata ?? {}).filter(([key]) => key !== 'provider'));
  const call = e.action === 'operation.called';
  const metadata = describeMetadata(Object.keys(rest).length ? rest : null);
  return [call ? null : e.target, metadata].filter(Boolean).join(' · ');
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled. A value a
 * spreadsheet would run as a formula (starting with = + - @ or a tab / carriage return) gets a leading `'`, so an
 * exported trail cannot execute what someone typed into a name.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export const AUDIT_CSV_HEADER = ['time', 'actor', 'actor_type', 'actor_id', 'action', 'provider', 'target', 'details'] as const;

/** The rows as the page shows them (after filtering), one CSV line each; times in UTC ISO 8601. */
export function auditCsv(events: readonly AuditEvent[], names?: TrailNames): string {
  return toCsv(
    AUDIT_CSV_HEADER,
    events.map((e) => {
      const provider = providerOf(e);
      return [
        e.createdAt,
        actorLabel(e, names),
        e.actor.type,
        e.actor.id,
        e.action,
        provider ? providerLabel(provider, names) : '',
        e.target,
        describeMetadata(e.metadata),
      ];
    }),
  );
}

/** One page of rows (0-based page index). */
export function pageOf<T>(rows: readonly T[], pageIndex: number, pageSize: number): T[] {
  return rows.slice(pageIndex * pageSize, (pageIndex + 1) * pageSize);
}
