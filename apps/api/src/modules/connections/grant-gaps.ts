import { satisfiesScopes, type OperationModel, type ProviderModel } from '@patchbay/spec';

/** What a connection was asked for and did not get, and the operations that therefore cannot run. */
export interface GrantGaps {
  /** Scopes asked for (by any consent of this connection) that the provider did not grant, in asking order. */
  notGranted: string[];
  /** Operations that would run with everything asked for, but do not with what was granted. */
  unavailable: OperationModel[];
}

/**
 * Compares what was asked with what was granted. Providers with per-scope consent (Google's checkboxes) may grant
 * fewer scopes than asked; the default scopes (identity) are left out, and so are scopes the spec no longer knows.
 * `requested` null (a connection from before this was kept): nothing is known to be missing.
 */
export function grantGaps(provider: ProviderModel, requested: readonly string[] | null, granted: readonly string[]): GrantGaps {
  if (!requested?.length) return { notGranted: [], unavailable: [] };
  const have = new Set(granted);
  const defaults = new Set(provider.oauth.defaultScopes);
  const known = new Set(provider.scopes.map((s) => s.scope));
  const notGranted = [...new Set(requested)].filter((s) => !have.has(s) && !defaults.has(s) && known.has(s));
  if (notGranted.length === 0) return { notGranted, unavailable: [] };
  const asked = [...granted, ...notGranted];
  const unavailable = provider.operations.filter(
    (op) => op.scopeAlternatives.length > 0 && !satisfiesScopes(op.scopeAlternatives, granted) && satisfiesScopes(op.scopeAlternatives, asked),
  );
  return { notGranted, unavailable };
}

/** "a, b and c"; past `max` items: "a, b and 3 more". */
export function wordList(items: readonly string[], max = 6): string {
  const shown = items.length > max ? [...items.slice(0, max - 1), `${items.length - (max - 1)} more`] : [...items];
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}
