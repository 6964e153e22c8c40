import type { FieldError } from '../errors/api-exception';
import { CommonException } from '../errors/common.exception';

/**
 * How deeply a request body may nest (objects and arrays; `{}` is one level). No API body comes near it; without a
 * bound, a deeply nested body overflows the stack of recursive code further on (the ValidationPipe's prototype
 * stripping, JSON.stringify of an outgoing request) and ends in a 500 instead of a 400. JSON.parse itself is not
 * recursive in V8, so checking right after it is early enough.
 */
export const JSON_MAX_DEPTH = 64;

// A NUL (PostgreSQL text cannot store it) or a UTF-16 surrogate outside a pair (not Unicode: URI encoding,
// drivers and providers reject it). With the `u` flag a well-formed pair is one code point, never `\p{Cs}`.
// eslint-disable-next-line no-control-regex -- matching NUL is the point
const BAD_CHAR = /[\u0000\p{Cs}]/u;
const BAD_CHARS = new RegExp(BAD_CHAR.source, 'gu');

/** Why a string is refused, or undefined when it is acceptable. */
export function invalidStringReason(value: string): string | undefined {
  const m = BAD_CHAR.exec(value);
  if (!m) return undefined;
  return m[0] === '\u0000' ? 'must not contain NUL characters' : 'must be well-formed Unicode (it contains a lone UTF-16 surrogate)';
}

interface Frame {
  readonly value: unknown;
  readonly depth: number;
  readonly parent?: Frame;
  readonly key?: string;
}

/** The dotted path of a frame (`auth.headers.0`), built only when something is wrong. */
function pathOf(frame: Frame): string {
  const keys: string[] = [];
  for (let f: Frame | undefined = frame; f?.key !== undefined; f = f.parent) keys.push(f.key.replace(BAD_CHARS, '\uFFFD'));
  return keys.reverse().join('.');
}

/**
 * The first string (value or field name) in `value` that {@link invalidStringReason} refuses, with its path (`root`
 * for the value itself). Iterative, so it is safe on any depth; it does not bound the depth itself.
 */
export function findInvalidString(value: unknown, root: string): FieldError | undefined {
  const stack: Frame[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const v = frame.value;
    if (typeof v === 'string') {
      const reason = invalidStringReason(v);
      if (reason) return { field: fieldName(root, pathOf(frame)), errors: [reason] };
    } else if (v !== null && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        const reason = invalidStringReason(k);
        if (reason) return { field: fieldName(root, pathOf(frame)), errors: [`field names ${reason}`] };
        stack.push({ value: child, depth: frame.depth + 1, parent: frame, key: k });
      }
    }
  }
  return undefined;
}

function fieldName(root: string, path: string): string {
  return path ? (root ? `${root}.${path}` : path) : root || 'body';
}

/**
 * The rules every parsed JSON body must meet, on every path that reads one (the Express middleware and the
 * operations fast lane call it through the one body parser): at most {@link JSON_MAX_DEPTH} levels deep
 * (400 `invalid_json`), and no string or field name with a NUL or a lone surrogate (400 `validation_failed` naming
 * the field). Iterative: a body nested a million levels costs one pass, not a stack overflow.
 * @throws CommonException
 */
export function assertAcceptableJson(body: unknown): void {
  const stack: Array<{ value: unknown; depth: number }> = [{ value: body, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop() as { value: unknown; depth: number };
    if (value === null || typeof value !== 'object') continue;
    if (depth + 1 > JSON_MAX_DEPTH) {
      throw CommonException.invalidJson(`The request body nests deeper than ${JSON_MAX_DEPTH} levels (JSON_MAX_DEPTH)`);
    }
    for (const child of Object.values(value)) {
      if (child !== null && typeof child === 'object') stack.push({ value: child, depth: depth + 1 });
    }
  }
  const bad = findInvalidString(body, '');
  if (bad) throw CommonException.validationFailed([bad]);
}
