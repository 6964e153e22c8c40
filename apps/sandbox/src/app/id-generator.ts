import type { JsonSchema } from '@patchbay/spec';
import { hashHex, isPlainObject, seededRng } from './path-utils';

/**
 * Ids the sandbox hands out must be ids the provider's own spec accepts back: an app chains the id of a created
 * item into the next call, and the runtime validates that call's path parameter against the spec (a Notion page id
 * is `format: uuid`, a Salesforce record id matches `^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$`). Everything here is
 * deterministic in its seed, like the rest of the sandbox's data.
 */

/** True when a string schema says something about the shape of its values (format, pattern or length). */
export function constrainsString(schema: JsonSchema | undefined): boolean {
  if (!schema || !isPlainObject(schema)) return false;
  const t = schema['type'];
  if (t !== undefined && t !== 'string' && !(Array.isArray(t) && t.includes('string'))) return false;
  return (
    typeof schema['format'] === 'string' ||
    typeof schema['pattern'] === 'string' ||
    typeof schema['minLength'] === 'number' ||
    typeof schema['maxLength'] === 'number'
  );
}

/** A version-4-shaped UUID (RFC 4122 version and variant bits set) derived from the seed. */
export function uuidFromSeed(seed: string): string {
  const hex = hashHex(seed, 32).split('');
  hex[12] = '4';
  hex[16] = '89ab'[parseInt(hex[16], 16) & 3];
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

const HEX = '0123456789abcdef';
const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** Tried in this order when a pattern restricts the characters: ids look like ids, and most patterns take one of these. */
const ALPHABETS = [ALNUM, HEX, '0123456789', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz', `${ALNUM}_-`];
/** Lengths real ids come in; the preferred length is tried first. */
const LENGTHS = [18, 15, 20, 24, 32, 12, 10, 8, 22, 26, 36, 40, 6, 64, 4];

const patterns = new Map<string, RegExp | null>();

function compilePattern(source: unknown): RegExp | null {
  if (typeof source !== 'string') return null;
  let re = patterns.get(source);
  if (re !== undefined) return re;
  // JSON Schema patterns are ECMA-262 with the `u` flag (what Ajv compiles); fall back for patterns `u` rejects.
  try {
    re = new RegExp(source, 'u');
  } catch {
    try {
      re = new RegExp(source);
    } catch {
      re = null;
    }
  }
  patterns.set(source, re);
  return re;
}

/** The literal text an anchored pattern starts with (`^cus_[A-Za-z0-9]+$` → `cus_`), so prefixed ids can match. */
function literalPrefix(source: string): string {
  const m = /^\^((?:[A-Za-z0-9_:\-/]|\\[.\-_/:])*)/.exec(source);
  if (!m) return '';
  let prefix = m[1].replace(/\\(.)/g, '$1');
  // A quantifier right after the run applies to its last character only: that character is not literal.
  const next = source.charAt(m[0].length);
  if (next === '?' || next === '*' || next === '{' || next === '+') prefix = prefix.slice(0, -1);
  return prefix;
}

function charsFrom(seed: string, alphabet: string, n: number): string {
  if (alphabet === HEX) return hashHex(seed, n);
  const rng = seededRng(seed);
  let out = '';
  for (let i = 0; i < n; i++) out += alphabet[Math.floor(rng() * alphabet.length) % alphabet.length];
  return out;
}

/**
 * An id that satisfies the string schema of the id field: `format: uuid` → UUID; `minLength`/`maxLength` bound the
 * length; a `pattern` is honoured by trying common id alphabets and lengths (and the pattern's literal prefix) until
 * one matches. Without constraints the id is `preferredLength` hex characters, as before. A pattern nothing simple
 * satisfies (it would need a regex generator) falls back to the length-bounded hex id.
 */
export function idForSchema(schema: JsonSchema | undefined, seed: string, preferredLength = 16): string {
  const s: JsonSchema = schema && isPlainObject(schema) ? schema : {};
  if (s['format'] === 'uuid') return uuidFromSeed(seed);
  const min = typeof s['minLength'] === 'number' ? Math.max(1, s['minLength'] as number) : 1;
  const max = typeof s['maxLength'] === 'number' ? Math.max(min, s['maxLength'] as number) : Number.POSITIVE_INFINITY;
  const clamp = (n: number) => Math.min(max, Math.max(min, n));
  const fallback = hashHex(seed, clamp(preferredLength));
  const re = compilePattern(s['pattern']);
  if (!re) return fallback;
  if (re.test(fallback)) return fallback;
  const prefix = literalPrefix(re.source);
  const lengths = [...new Set([clamp(preferredLength), ...LENGTHS, min, ...(Number.isFinite(max) ? [max] : [])])].filter((n) => n >= min && n <= max);
  for (const len of lengths) {
    for (const p of prefix ? [prefix, ''] : ['']) {
      if (len <= p.length) continue;
      for (const alphabet of ALPHABETS) {
        const candidate = p + charsFrom(`${seed}|${alphabet.length}`, alphabet, len - p.length);
        if (re.test(candidate)) return candidate;
      }
    }
  }
  return fallback;
}
