/**
 * Generation benchmark: every provider in specs/ (connector + panels + registries), and one ≥ 3 MB drop-in vendor
 * spec, each against a baseline measured in the same run: plain openapi-typescript on the same OpenAPI files.
 * Generation runs on an FsTree that is never flushed, so the working tree is untouched.
 * Run with: SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register tools/bench/generate.bench.ts
 */
import '../generate/register-workspace-paths';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FsTree } from 'nx/src/generators/tree';
import { loadCatalog, loadProvider, type ProviderModel } from '@patchbay/spec';
import { writeLargeSpec } from '@patchbay/spec/testing';
import { connectorGenerator, generateWorkspace, panelGenerator } from '../../generators/src';
import { parseSpecText } from '../../generators/src/utils/openapi-document';
import { stopOpenApiTypesWorker } from '../../generators/src/utils/openapi-types';

const ROOT = join(__dirname, '..', '..');
const AIM_ALL_MS = 15_000;
const AIM_LARGE_MS = 30_000;

type OpenApiTs = typeof import('openapi-typescript');
const dynamicImport = new Function('s', 'return import(s)') as (s: string) => Promise<OpenApiTs>;

async function time(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

/** Median of `runs` timings (after the caller's warm-up), so one slow run on a busy 2-core box does not decide. */
async function median(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await time(fn));
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

function dropDuplicateOperationIds(document: Record<string, unknown>): Record<string, unknown> {
  const seen = new Set<unknown>();
  for (const item of Object.values((document['paths'] ?? {}) as Record<string, Record<string, Record<string, unknown>>>)) {
    for (const op of Object.values(item ?? {})) {
      if (typeof op !== 'object' || op === null || !('operationId' in op)) continue;
      if (seen.has(op['operationId'])) delete op['operationId'];
      else seen.add(op['operationId']);
    }
  }
  return document;
}

function openapiFiles(providers: readonly ProviderModel[], root: string): string[] {
  return providers.map((p) => {
    const file = p.sourceFiles.find((f) => /openapi\.(ya?ml|json)$/i.test(f));
    if (!file) throw new Error(`no OpenAPI file for ${p.id}`);
    return join(root, file);
  });
}

async function main(): Promise<void> {
  const { default: openapiTS, astToString } = await dynamicImport('openapi-typescript');
  // Baseline = openapi-typescript alone. It is handed the parsed document rather than the path because Redocly's own
  // file parser rejects the large spec's 60-level nesting ("nesting exceeded maxDepth (100)"), and duplicate
  // operationIds are dropped first because openapi-typescript refuses them; both steps are inside the timing.
  const baseline = async (files: readonly string[]): Promise<void> => {
    for (const file of files) {
      const document = dropDuplicateOperationIds(parseSpecText(readFileSync(file, 'utf8'), file) as Record<string, unknown>);
      astToString(await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], { cwd: pathToFileURL(file), silent: true }));
    }
  };

  // --- all providers in specs/ ---------------------------------------------------------------------------------
  const catalog = await loadCatalog(join(ROOT, 'specs'), { repoRoot: ROOT });
  const files = openapiFiles(catalog.providers, ROOT);
  const ours = async (): Promise<void> => {
    // The whole `npm run generate` minus the final disk write: load the catalog, generate, registries.
    const fresh = await loadCatalog(join(ROOT, 'specs'), { repoRoot: ROOT });
    await generateWorkspace(new FsTree(ROOT, false), fresh);
  };
  await baseline(files.slice(0, 1));
  await ours(); // warm-up: module loading, worker start, template compilation
  const allBase = await median(3, () => baseline(files));
  const allOurs = await median(3, ours);

  // --- one large drop-in spec --------------------------------------------------------------------------------
  const tmpRoot = mkdtempSync(join(ROOT, 'tmp', 'bench-'));
  try {
    writeFileSync(join(tmpRoot, 'tsconfig.base.json'), JSON.stringify({ compilerOptions: { paths: {} } }));
    const build = writeLargeSpec(join(tmpRoot, 'specs'), { providerId: 'large-vendor', withProviderYaml: false });
    const largeFile = join(tmpRoot, 'specs', 'large-vendor', 'openapi.json');
    const largeOurs = async (): Promise<void> => {
      const tree = new FsTree(tmpRoot, false);
      const provider = await loadProvider(join(tmpRoot, 'specs', 'large-vendor'), { repoRoot: tmpRoot });
      await connectorGenerator(tree, { id: 'large-vendor', provider });
      await panelGenerator(tree, { id: 'large-vendor', provider });
    };
    const largeBase = await median(2, () => baseline([largeFile]));
    const largeMs = await median(2, largeOurs);

    const mb = (build.expected.mainFileBytes / 1024 / 1024).toFixed(2);
    const rows = [
      [`all ${catalog.providers.length} providers`, allOurs, allBase, AIM_ALL_MS],
      [`large spec (${mb} MB, ${build.expected.operations} ops)`, largeMs, largeBase, AIM_LARGE_MS],
    ] as const;
    console.log('generate benchmark (median; baseline = plain openapi-typescript on the same files, same run)');
    for (const [name, o, b, aim] of rows) {
      console.log(
        `  ${name.padEnd(36)} ours ${(o / 1000).toFixed(2).padStart(6)} s   baseline ${(b / 1000).toFixed(2).padStart(6)} s   ` +
          `ratio ${(o / b).toFixed(2)}x   aim < ${aim / 1000} s: ${o < aim ? 'met' : 'MISSED'}`,
      );
    }
  } finally {
    rmSync(tmpRoot, { recursive: true, force: true });
    await stopOpenApiTypesWorker();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
