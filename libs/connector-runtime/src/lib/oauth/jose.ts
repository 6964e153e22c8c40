import type * as Jose from 'jose';

let loaded: typeof Jose | undefined;

/**
 * jose, loaded on first use (id_token checks). jose 6 is ESM-only: Node (≥ 20.19) require()s it natively, but Jest's
 * CommonJS module system cannot, so a top-level import would break every in-process test that loads this library.
 */
export function jose(): typeof Jose {
  loaded ??= require('jose') as typeof Jose;
  return loaded;
}
