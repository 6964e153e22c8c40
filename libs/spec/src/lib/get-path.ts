/**
 * Reads a dot-path such as `authed_user.access_token` or `error.errors.0.reason` (numeric segments index arrays).
 * An empty path returns the object itself; a missing segment returns undefined (never throws).
 */
export function getPath(obj: unknown, dotPath: string): unknown {
  if (dotPath === '') return obj;
  let cur: unknown = obj;
  for (const seg of dotPath.split('.')) {
    if (cur === null || cur === undefined) return undefined;
    if (Array.isArray(cur)) {
      if (!/^\d+$/.test(seg)) return undefined;
      cur = cur[Number(seg)];
    } else if (typeof cur === 'object') {
      if (!Object.prototype.hasOwnProperty.call(cur, seg)) return undefined;
      cur = (cur as Record<string, unknown>)[seg];
    } else {
      return undefined;
    }
  }
  return cur;
}

/** Writes `value` at a dot-path, creating objects on the way (used by the sandbox to build token responses). */
export function setPath(obj: Record<string, unknown>, dotPath: string, value: unknown): void {
  const segs = dotPath.split('.');
  let cur: Record<string, unknown> = obj;
  for (let i = 0; i < segs.length - 1; i++) {
    const next = cur[segs[i]];
    if (typeof next !== 'object' || next === null) {
      const created: Record<string, unknown> = {};
      cur[segs[i]] = created;
      cur = created;
    } else {
      cur = next as Record<string, unknown>;
    }
  }
  cur[segs[segs.length - 1]] = value;
}
