/**
 * CommonJS packages seen through `import * as`: with esModuleInterop (the API build) the module is `default`, without
 * it (ts-node/swc with the base tsconfig) it is the namespace itself. Works the same under both. (A data module whose
 * keys are English words has a key `default` of its own — a number — hence the type check.)
 */
export function cjs<T>(ns: { default: T }): T {
  const d = (ns as unknown as { default?: unknown }).default;
  return (d !== null && (typeof d === 'object' || typeof d === 'function') ? d : ns) as T;
}
