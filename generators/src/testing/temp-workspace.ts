/**
 * Real on-disk workspaces for tests that must run the loader or the TypeScript compiler. They live under the repo's
 * git-ignored tmp/ so `node_modules` and the real libs (connector-runtime, spec) resolve by walking up.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '..', '..', '..');

export interface TempWorkspace {
  root: string;
  specsDir: string;
  dispose(): void;
}

export function createTempWorkspace(prefix: string): TempWorkspace {
  const base = join(REPO_ROOT, 'tmp');
  mkdirSync(base, { recursive: true });
  const root = mkdtempSync(join(base, `${prefix}-`));
  const real = JSON.parse(readFileSync(join(REPO_ROOT, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: Record<string, unknown>;
  };
  // Same compiler options as the repo; only the hand-written libs the generated code imports, by absolute path.
  const tsconfig = {
    compilerOptions: {
      ...real.compilerOptions,
      rootDir: REPO_ROOT,
      paths: {
        // The executor contract only: the generated code needs nothing else, and the rest of the runtime is another issue.
        '@patchbay/connector-runtime': [join(REPO_ROOT, 'libs/connector-runtime/src/lib/operation-contract.ts')],
        '@patchbay/spec': [join(REPO_ROOT, 'libs/spec/src/index.ts')],
        // What the generated panels render with.
        '@patchbay/panel-kit': [join(REPO_ROOT, 'libs/panel-kit/src/index.ts')],
      },
    },
    exclude: ['node_modules', 'tmp'],
  };
  writeFileSync(join(root, 'tsconfig.base.json'), JSON.stringify(tsconfig, null, 2));
  writeFileSync(join(root, 'nx.json'), JSON.stringify({ $schema: './node_modules/nx/schemas/nx-schema.json' }));
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'tmp-workspace', private: true }));
  const specsDir = join(root, 'specs');
  mkdirSync(specsDir, { recursive: true });
  return { root, specsDir, dispose: () => rmSync(root, { recursive: true, force: true }) };
}
