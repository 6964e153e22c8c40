/**
 * Makes the workspace's tsconfig path aliases (`@patchbay/spec`, …) resolvable at runtime for scripts started as
 * `node -r @swc-node/register tools/…` (swc-node only reads paths from a root tsconfig.json, which this repo does not
 * have). Import it FIRST: CommonJS requires run in order, so later imports see the aliases.
 */
import { readFileSync } from 'node:fs';
import { Module } from 'node:module';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const paths =
  (
    JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')) as {
      compilerOptions?: { paths?: Record<string, string[]> };
    }
  ).compilerOptions?.paths ?? {};

type Resolve = (request: string, ...rest: unknown[]) => string;
const moduleWithResolve = Module as unknown as { _resolveFilename: Resolve };
const original = moduleWithResolve._resolveFilename;

moduleWithResolve._resolveFilename = function resolveWithAliases(this: unknown, request: string, ...rest: unknown[]): string {
  const target = Object.prototype.hasOwnProperty.call(paths, request) ? paths[request]?.[0] : undefined;
  return original.call(this, target ? join(root, target) : request, ...rest);
};
