/**
 * OpenAPI security semantics: the array is an OR of alternatives; the scopes inside one alternative are ANDed.
 * Least privilege = the alternative with the fewest scopes; ties go to the first listed (spec authors list the
 * preferred one first). An empty alternative means "no scope needed" and always wins.
 */
export function leastPrivilegeScopes(alternatives: ReadonlyArray<ReadonlyArray<string>>): string[] {
  let best: ReadonlyArray<string> | undefined;
  for (const alt of alternatives) {
    const uniq = [...new Set(alt)];
    if (best === undefined || uniq.length < best.length) best = uniq;
  }
  return best ? [...best] : [];
}

/** Scopes of `required` not present in `granted` (order of `required` kept). */
export function missingScopes(required: Iterable<string>, granted: Iterable<string>): string[] {
  const have = new Set(granted);
  const out: string[] = [];
  for (const s of required) if (!have.has(s) && !out.includes(s)) out.push(s);
  return out;
}

/** True when one of the alternatives is fully covered by `granted` (what a call actually needs). */
export function satisfiesScopes(alternatives: ReadonlyArray<ReadonlyArray<string>>, granted: Iterable<string>): boolean {
  if (alternatives.length === 0) return true;
  const have = new Set(granted);
  return alternatives.some((alt) => alt.every((s) => have.has(s)));
}
