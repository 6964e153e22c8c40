/**
 * `npm run generate:api-types`: the dashboard's API types, generated from the API's own OpenAPI document.
 *
 * The API is created in-process (createApp, as its tests do: NODE_ENV=test, a throw-away SQLite data directory,
 * silent logs, specs/ as the provider catalog), listens on an ephemeral loopback port just long enough to answer
 * GET /api/docs-json, and is closed again. The run-specific parts of the document (servers: the instance's URL) are
 * dropped, openapi-typescript turns the rest into declarations, and prettier formats them with the repo's settings,
 * so the same sources always give the same file. `npm run check:generated` regenerates (in a child process, into a
 * temporary file) and compares with the committed file.
 * Run with: SWC_NODE_PROJECT=apps/api/tsconfig.app.json node -r @swc-node/register tools/generate/api-types.ts
 * (the API's sources need its esModuleInterop); `--out <file>` writes elsewhere, `--public-url <url>` is for tests.
 */
import './register-workspace-paths';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where the generated declarations live, relative to the workspace root. */
export const API_TYPES_FILE = 'apps/dashboard/src/app/core/api-types.generated.ts';

const WORKSPACE_ROOT = join(__dirname, '..', '..');

const HEADER = [
  "// GENERATED FILE: do not edit. The Patchbay API's OpenAPI document (GET /api/docs-json) through openapi-typescript.",
  '// Regenerate with `npm run generate:api-types` after changing an API DTO or controller; `npm run check:generated`',
  '// fails while this file differs from a fresh generation. Hand-written aliases live in api.models.ts & co.',
  '',
].join('\n');

type Json = Record<string, unknown>;

/** Keys of the document that describe the running instance rather than the API (they differ per environment). */
const RUN_SPECIFIC_KEYS = ['servers'] as const;

/**
 * Starts the API in-process on a fresh SQLite directory and returns its OpenAPI document as served at
 * /api/docs-json. Nothing is left behind: the app is closed and the directory removed, even on failure.
 */
export async function fetchApiDocument(root = WORKSPACE_ROOT, publicUrl?: string): Promise<Json> {
  // Required lazily: loading the API (TypeORM entities, Nest modules) is the slow part, and callers that only
  // compare files should not pay for it.
  const { createApp } = require('../../apps/api/src/bootstrap') as typeof import('../../apps/api/src/bootstrap');
  const dataDir = mkdtempSync(join(tmpdir(), 'patchbay-api-types-'));
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PATCHBAY_DATA_DIR: dataDir,
    PATCHBAY_SPECS_DIR: join(root, 'specs'),
    PATCHBAY_DASHBOARD_DIR: join(dataDir, 'no-dashboard'),
    PATCHBAY_ADMIN_EMAIL: 'admin@patchbay.invalid',
    PATCHBAY_ADMIN_PASSWORD: 'api-types-' + process.pid.toString(36).padStart(8, '0'),
    // Creating the first admin hashes a password: keep it cheap, nobody signs in.
    PATCHBAY_ARGON2_MEMORY_KIB: '1024',
    PATCHBAY_ARGON2_TIME_COST: '1',
    // Queue runs but never carry them out: the document is all this process wants.
    PATCHBAY_RUN_CONSUMER: 'false',
    // The instance's URL ends up in the document (servers); only tests vary it, to prove it does not reach the output.
    ...(publicUrl ? { PATCHBAY_PUBLIC_URL: publicUrl } : {}),
  };
  try {
    const { app } = await createApp({
      env,
      cwd: root,
      logDestination: { write: () => undefined },
      printer: { print: () => undefined },
    });
    try {
      await app.listen(0, '127.0.0.1');
      const { port } = app.getHttpServer().address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/api/docs-json`);
      if (!response.ok) throw new Error(`GET /api/docs-json answered ${response.status}`);
      return (await response.json()) as Json;
    } finally {
      await app.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** A copy of the document without what depends on where or when it was produced. */
export function stripRunSpecific(document: Json): Json {
  const copy: Json = { ...document };
  for (const key of RUN_SPECIFIC_KEYS) delete copy[key];
  return copy;
}

type OpenApiTs = typeof import('openapi-typescript');
// openapi-typescript 7 is ESM-only: a real dynamic import (TypeScript would turn `import()` into `require`).
const dynamicImport = new Function('s', 'return import(s)') as (s: string) => Promise<OpenApiTs>;

/** The declarations file for a document: header, openapi-typescript output, formatted by the repo's prettier. */
export async function renderApiTypes(document: Json, root = WORKSPACE_ROOT): Promise<string> {
  const { default: openapiTS, astToString } = await dynamicImport('openapi-typescript');
  const ast = await openapiTS(stripRunSpecific(document) as unknown as Parameters<OpenApiTs['default']>[0], {
    // A property with a default stays optional unless the API lists it as required: request DTOs may leave it out.
    defaultNonNullable: false,
    // An object the API does not describe (`{type: object}`) is "anything", not "nothing".
    emptyObjectsUnknown: true,
    silent: true,
  });
  const prettier = require('prettier') as typeof import('prettier');
  const file = join(root, API_TYPES_FILE);
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(HEADER + astToString(ast), { ...options, filepath: file });
}

/** The generated file's full text, from the API sources as they are now. */
export async function generateApiTypes(root = WORKSPACE_ROOT, publicUrl?: string): Promise<string> {
  return renderApiTypes(await fetchApiDocument(root, publicUrl), root);
}

/**
 * {@link generateApiTypes} in a child process. The API's sources need `esModuleInterop` (its tsconfig), which a
 * script registered with the workspace defaults (check-drift) does not have; the child also keeps Nest, TypeORM and
 * the database driver out of the caller.
 */
export async function generateApiTypesInChild(root = WORKSPACE_ROOT, publicUrl?: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'patchbay-api-types-out-'));
  const out = join(dir, 'api-types.generated.ts');
  try {
    await new Promise<void>((resolve, reject) => {
      execFile(
        process.execPath,
        ['-r', '@swc-node/register', join(__dirname, 'api-types.ts'), '--out', out, ...(publicUrl ? ['--public-url', publicUrl] : [])],
        { cwd: root, env: { ...process.env, SWC_NODE_PROJECT: join(root, 'apps/api/tsconfig.app.json') }, maxBuffer: 16 * 1024 * 1024 },
        (error, _stdout, stderr) => (error ? reject(new Error(`API types generation failed: ${stderr.trim() || error.message}`)) : resolve()),
      );
    });
    return readFileSync(out, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** How the committed file compares with `fresh`: `CREATE` (missing), `UPDATE` (differs) or undefined (up to date). */
export function apiTypesDrift(fresh: string, root = WORKSPACE_ROOT): 'CREATE' | 'UPDATE' | undefined {
  const file = join(root, API_TYPES_FILE);
  if (!existsSync(file)) return 'CREATE';
  return readFileSync(file, 'utf8') === fresh ? undefined : 'UPDATE';
}

async function main(): Promise<void> {
  const started = performance.now();
  const at = process.argv.indexOf('--out');
  const target = at > 0 ? process.argv[at + 1] : join(WORKSPACE_ROOT, API_TYPES_FILE);
  if (!target) throw new Error('--out needs a file name');
  const urlAt = process.argv.indexOf('--public-url');
  writeFileSync(target, await generateApiTypes(WORKSPACE_ROOT, urlAt > 0 ? process.argv[urlAt + 1] : undefined));
  if (at < 0) console.log(`Generated ${API_TYPES_FILE} in ${Math.round(performance.now() - started)} ms.`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
}
