/**
 * On-disk tests: real loader, real FsTree, real compilers. The generated code must compile the way CI compiles it —
 * `tsc --noEmit -p libs/connectors/<id>/tsconfig.lib.json` and `ngc` for the Angular panels.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FsTree, flushChanges } from 'nx/src/generators/tree';
import { loadCatalog } from '@patchbay/spec';
import { writeLargeSpec } from '@patchbay/spec/testing';
import { connectorGenerator } from '../generators/connector/generator';
import { panelGenerator } from '../generators/panel/generator';
import { FIXTURE_ID, writeFixtureSpec } from '../testing/fixture-spec';
import { createTempWorkspace, REPO_ROOT, type TempWorkspace } from '../testing/temp-workspace';
import { typecheckProject } from '../testing/typecheck';
import { generateWorkspace } from './generate-workspace';

jest.setTimeout(240_000);

describe('drop-in vendor spec (no provider.yaml, ~3 MB, 600+ operations)', () => {
  let ws: TempWorkspace;
  afterAll(() => ws?.dispose());

  it('generates a connector library that type-checks', async () => {
    ws = createTempWorkspace('gen-large');
    const build = writeLargeSpec(ws.specsDir, { providerId: 'large-vendor', withProviderYaml: false });
    expect(existsSync(join(ws.specsDir, 'large-vendor', 'provider.yaml'))).toBe(false);
    expect(build.expected.mainFileBytes).toBeGreaterThanOrEqual(3 * 1024 * 1024);

    // No model passed in: the generators load specs/large-vendor through libs/spec like `nx g` does.
    const tree = new FsTree(ws.root, false);
    await connectorGenerator(tree, { id: 'large-vendor' });
    await panelGenerator(tree, { id: 'large-vendor' });
    flushChanges(ws.root, tree.listChanges());

    const lib = join(ws.root, 'libs/connectors/large-vendor');
    const client = readFileSync(join(lib, 'src/generated/client.ts'), 'utf8');
    const methods = [...client.matchAll(/^ {2}([A-Za-z_$][\w$]*)\(input: /gm)].map((m) => m[1]);
    expect(methods).toHaveLength(build.expected.operations);
    expect(new Set(methods).size).toBe(methods.length);

    expect(typecheckProject(join(lib, 'tsconfig.lib.json'))).toEqual([]);
  });
});

describe('generateWorkspace on disk', () => {
  let ws: TempWorkspace;
  beforeAll(async () => {
    ws = createTempWorkspace('gen-all');
    writeFixtureSpec(ws.specsDir);
    const tree = new FsTree(ws.root, false);
    const catalog = await loadCatalog(ws.specsDir, { repoRoot: ws.root });
    await generateWorkspace(tree, catalog);
    flushChanges(ws.root, tree.listChanges());
  });
  afterAll(() => ws.dispose());

  async function pass(): Promise<ReturnType<FsTree['listChanges']>> {
    const tree = new FsTree(ws.root, false);
    await generateWorkspace(tree, await loadCatalog(ws.specsDir, { repoRoot: ws.root }));
    return tree.listChanges();
  }

  it('produces connector and registry libraries that type-check', () => {
    expect(typecheckProject(join(ws.root, `libs/connectors/${FIXTURE_ID}/tsconfig.lib.json`))).toEqual([]);
    expect(typecheckProject(join(ws.root, 'libs/connectors/registry/tsconfig.lib.json'))).toEqual([]);
  });

  it('produces panels that compile with the Angular compiler (strict templates)', () => {
    const ngc = join(REPO_ROOT, 'node_modules/.bin/ngc');
    for (const project of [`libs/panels/${FIXTURE_ID}`, 'libs/panels/registry']) {
      let output = '';
      try {
        execFileSync(ngc, ['-p', join(ws.root, project, 'tsconfig.lib.json')], { encoding: 'utf8', stdio: 'pipe' });
      } catch (error) {
        output = String((error as { stdout?: string }).stdout ?? '') + String((error as { stderr?: string }).stderr ?? '');
      }
      expect(output).toBe('');
    }
  });

  it('is byte-stable: a second pass over the written files changes nothing', async () => {
    expect(await pass()).toEqual([]);
  });

  it('reports edited and stray files as drift', async () => {
    const client = join(ws.root, `libs/connectors/${FIXTURE_ID}/src/generated/client.ts`);
    const original = readFileSync(client, 'utf8');
    appendFileSync(client, '// hand edit\n');
    const stray = join(ws.root, `libs/panels/${FIXTURE_ID}/src/lib/stray.ts`);
    writeFileSync(stray, 'export {};\n');
    const drift = await pass();
    expect(drift.map((c) => [c.type, c.path]).sort()).toEqual([
      ['DELETE', `libs/panels/${FIXTURE_ID}/src/lib/stray.ts`],
      ['UPDATE', `libs/connectors/${FIXTURE_ID}/src/generated/client.ts`],
    ]);
    writeFileSync(client, original);
    rmSync(stray);
    expect(await pass()).toEqual([]);
  });

  it('removes the libraries and aliases of a provider whose spec was deleted', async () => {
    rmSync(join(ws.specsDir, FIXTURE_ID), { recursive: true });
    const changes = await pass();
    const deleted = changes.filter((c) => c.type === 'DELETE').map((c) => c.path);
    expect(deleted).toEqual(
      expect.arrayContaining([`libs/connectors/${FIXTURE_ID}/src/generated/client.ts`, `libs/panels/${FIXTURE_ID}/src/index.ts`]),
    );
    const tsconfig = changes.find((c) => c.path === 'tsconfig.base.json');
    const paths = JSON.parse(String(tsconfig?.content)).compilerOptions.paths as Record<string, string[]>;
    expect(Object.keys(paths).filter((k) => k.includes(FIXTURE_ID))).toEqual([]);
    expect(paths['@patchbay/connectors-registry']).toBeDefined();
  });
});
