/**
 * Turns arbitrary operation ids (`chat.postMessage`, `GET /users/{id}`, `2fa-verify`, `delete`) into names that are
 * valid TypeScript identifiers and file names. Every derived name (camel, Pascal, kebab) comes from ONE word list, so
 * making the word list unique makes all of them unique at once.
 */

/** Words that cannot be used as plain identifiers (ES reserved + strict mode) or that would clash with class internals. */
const RESERVED = new Set([
  'break',
  'case',
  'catch',
  'class',
  'const',
  'continue',
  'debugger',
  'default',
  'delete',
  'do',
  'else',
  'enum',
  'export',
  'extends',
  'false',
  'finally',
  'for',
  'function',
  'if',
  'import',
  'in',
  'instanceof',
  'new',
  'null',
  'return',
  'super',
  'switch',
  'this',
  'throw',
  'true',
  'try',
  'typeof',
  'var',
  'void',
  'while',
  'with',
  'yield',
  'let',
  'static',
  'implements',
  'interface',
  'package',
  'private',
  'protected',
  'public',
  'await',
  'arguments',
  'eval',
  'undefined',
  'NaN',
  'Infinity',
  'constructor',
  'prototype',
  '__proto__',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'then',
]);

/** Splits on anything that is not an ASCII letter or digit, and on camel-case humps (`postMessage` → post, Message). */
export function toWords(raw: string): string[] {
  const words: string[] = [];
  // Transliterate accents first (`Über` → `Uber`) so names keep their letters instead of losing them.
  const ascii = raw.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  for (const chunk of ascii.split(/[^A-Za-z0-9]+/)) {
    const humps = chunk.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g);
    if (humps) words.push(...humps.map((w) => w.toLowerCase()));
  }
  return words;
}

const cap = (w: string): string => (w ? w[0].toUpperCase() + w.slice(1) : w);

export function camelFromWords(words: string[]): string {
  return words.map((w, i) => (i === 0 ? w : cap(w))).join('');
}

export function pascalFromWords(words: string[]): string {
  return words.map(cap).join('');
}

export function kebabFromWords(words: string[]): string {
  return words.join('-');
}

export function toPascal(raw: string): string {
  return pascalFromWords(normaliseWords(toWords(raw), 'x'));
}

export function toCamel(raw: string): string {
  return camelFromWords(normaliseWords(toWords(raw), 'x'));
}

/** An identifier may not start with a digit; an empty word list gets a fallback word. */
function normaliseWords(words: string[], fallback: string): string[] {
  const out = words.length ? [...words] : [fallback];
  if (/^[0-9]/.test(out[0])) out.unshift('op');
  return out;
}

export interface OperationNames {
  /** Method on the generated client (`chatPostMessage`; reserved words get a trailing `Op`). */
  method: string;
  /** Prefix of the generated types (`ChatPostMessage` → `ChatPostMessageInput`). */
  pascal: string;
  /** File-name stem (`chat-post-message`). */
  kebab: string;
}

/**
 * Assigns unique names to a list of operation ids, in the given order (the spec's order, which is stable), so the
 * same spec always yields the same names. The first operation keeps the plain name; later clashes get `2`, `3`….
 * `fallbacks[i]` (e.g. `get /users/{id}`) is used when an id has no usable characters at all.
 */
export function assignOperationNames(ids: readonly string[], fallbacks: readonly string[] = []): OperationNames[] {
  const used = new Set<string>();
  return ids.map((id, i) => {
    let words = toWords(id);
    if (!words.length) words = toWords(fallbacks[i] ?? '');
    words = normaliseWords(words, 'operation');
    if (RESERVED.has(camelFromWords(words))) words = [...words, 'op'];
    let candidate = words;
    for (let n = 2; used.has(candidate.join('-')); n++) candidate = [...words, String(n)];
    used.add(candidate.join('-'));
    return { method: camelFromWords(candidate), pascal: pascalFromWords(candidate), kebab: kebabFromWords(candidate) };
  });
}

/** Whether `name` can be written as a bare property key / identifier. */
export function isIdentifier(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name);
}

/** A property key as TypeScript source: bare when possible, else a quoted string. */
export function propertyKey(name: string): string {
  return isIdentifier(name) ? name : stringLiteral(name);
}

/** A TypeScript/JS string literal (single quotes, escaped), stable across runs. */
export function stringLiteral(value: string): string {
  return `'${value
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')}'`;
}

/** Text safe inside a `/** … *\/` comment. */
export function jsDocText(value: string): string {
  return value.replace(/\*\//g, '*\\/').replace(/\r\n?/g, '\n').trim();
}
