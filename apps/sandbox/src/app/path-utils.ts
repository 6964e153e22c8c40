/**
 * Small, dependency-free helpers used on the hot path: dot-path access into JSON, a stable string
 * hash and a seeded PRNG (seeded data must be reproducible, so Math.random is never used).
 */

export function splitPath(path: string): string[] {
  return path === '' ? [] : path.split('.');
}

export function getPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const key of splitPath(path)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/** Sets a value at a dot-path, creating objects (or arrays for numeric segments) on the way. */
export function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const keys = splitPath(path);
  if (keys.length === 0) return;
  let cur: Record<string, unknown> = obj;
  for (let i = 0; i < keys.length - 1; i++) {
    const key = keys[i];
    let next = cur[key];
    if (next === null || typeof next !== 'object') {
      next = /^\d+$/.test(keys[i + 1]) ? [] : {};
      cur[key] = next;
    }
    cur = next as Record<string, unknown>;
  }
  cur[keys[keys.length - 1]] = value;
}

/** FNV-1a 32-bit: stable across runs and platforms. */
export function hashString(input: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    h ^= input.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function hashHex(input: string, length = 12): string {
  let out = '';
  let salt = 0;
  while (out.length < length) {
    out += hashString(`${salt}:${input}`).toString(16).padStart(8, '0');
    salt++;
  }
  return out.slice(0, length);
}

/** mulberry32: tiny, fast, good enough for fake data. */
export type Rng = () => number;
export function seededRng(seed: string | number): Rng {
  let a = typeof seed === 'number' ? seed >>> 0 : hashString(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length) % items.length];
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function deepClone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** Deep merge for PATCH semantics: objects merge, everything else replaces. */
export function deepMerge(target: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  for (const [key, value] of Object.entries(patch)) {
    const existing = target[key];
    if (isPlainObject(existing) && isPlainObject(value)) deepMerge(existing, value);
    else target[key] = deepClone(value);
  }
  return target;
}
