/**
 * Planner benchmark: index build time and p50/p99 per request, with the 11 providers of specs/ and with a
 * 600-operation drop-in vendor spec loaded beside them, each against a baseline measured in the same run: a plain
 * BM25 index (wink-bm25-text-search, one field, lower-cased words, no lemmas) over the same operation text, built and
 * queried with the same requests. The requests are the seed and held-out fixtures of libs/planner.
 * Aims (issue 14): p50 < 20 ms, p99 < 100 ms, build < 2 s.
 * Run with: SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register tools/bench/planner.bench.ts
 */
import '../generate/register-workspace-paths';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as bm25Ns from 'wink-bm25-text-search';
import * as nlpNs from 'wink-nlp-utils';
import { loadCatalog, type ProviderModel } from '@patchbay/spec';
import { writeLargeSpec } from '@patchbay/spec/testing';
import { createPlanner } from '@patchbay/planner';

const ROOT = join(__dirname, '..', '..');
const AIM = { p50: 20, p99: 100, build: 2000 };
const ROUNDS = 5;

type Bm25 = {
  defineConfig(c: object): void;
  definePrepTasks(t: Array<(s: string) => unknown>): void;
  addDoc(d: object, id: string): void;
  consolidate(): void;
  search(q: string, limit?: number): unknown[];
};
const interop = <T>(ns: unknown): T => {
  const d = (ns as { default?: unknown }).default;
  return (d && (typeof d === 'object' || typeof d === 'function') ? d : ns) as T;
};
const bm25 = interop<() => Bm25>(bm25Ns);
const nlp = interop<{ string: { tokenize0(s: string): string[] } }>(nlpNs);

/** The baseline: one plain BM25 index over the same operation text, no lemmas, no fields. */
function baselineIndex(providers: readonly ProviderModel[]): Bm25 {
  const engine = bm25();
  engine.defineConfig({ fldWeights: { text: 1 } });
  engine.definePrepTasks([(s: string) => nlp.string.tokenize0(s).map((w) => w.toLowerCase())]);
  let n = 0;
  for (const p of providers) {
    for (const o of p.operations) {
      const examples = p.examplePrompts.filter((e) => e.operations.includes(o.id)).map((e) => e.prompt);
      engine.addDoc({ text: [p.name, p.category, p.description, o.id, o.summary, o.description ?? '', ...examples].join(' ') }, String(n++));
    }
  }
  engine.consolidate();
  return engine;
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

function timeEach(prompts: string[], fn: (p: string) => unknown): { p50: number; p99: number; max: number } {
  for (const p of prompts) fn(p); // warm-up
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const p of prompts) {
      const started = performance.now();
      fn(p);
      times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99), max: times[times.length - 1] };
}

function medianBuild(fn: () => unknown, runs = 3): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;

function run(label: string, providers: readonly ProviderModel[], prompts: string[]): boolean {
  const ops = providers.reduce((n, p) => n + p.operations.length, 0);
  const build = medianBuild(() => createPlanner([...providers]));
  const baseBuild = medianBuild(() => baselineIndex(providers));
  const planner = createPlanner([...providers]);
  const base = baselineIndex(providers);
  const plan = timeEach(prompts, (p) => planner.plan(p, { connections: [] }));
  const plain = timeEach(prompts, (p) => base.search(p, 10));
  const ok = plan.p50 < AIM.p50 && plan.p99 < AIM.p99 && build < AIM.build;
  console.log(`\n${label}: ${providers.length} providers, ${ops} operations, ${prompts.length} requests × ${ROUNDS}`);
  console.log(
    `  index build   planner ${ms(build).padStart(10)}   plain BM25 ${ms(baseBuild).padStart(10)}   ×${(build / baseBuild).toFixed(1)}   aim < ${AIM.build} ms`,
  );
  console.log(
    `  request p50   planner ${ms(plan.p50).padStart(10)}   plain BM25 ${ms(plain.p50).padStart(10)}   ×${(plan.p50 / plain.p50).toFixed(1)}   aim < ${AIM.p50} ms`,
  );
  console.log(
    `  request p99   planner ${ms(plan.p99).padStart(10)}   plain BM25 ${ms(plain.p99).padStart(10)}   ×${(plan.p99 / plain.p99).toFixed(1)}   aim < ${AIM.p99} ms`,
  );
  console.log(`  request max   planner ${ms(plan.max).padStart(10)}   plain BM25 ${ms(plain.max).padStart(10)}`);
  console.log(`  ${ok ? 'within the aims' : 'MISSES an aim'}`);
  return ok;
}

async function main(): Promise<void> {
  const fixture = (name: string) =>
    (JSON.parse(readFileSync(join(ROOT, 'libs/planner/src/fixtures', `${name}.json`), 'utf8')) as { cases: Array<{ prompt: string }> }).cases;
  const prompts = [...fixture('seed'), ...fixture('heldout')].map((c) => c.prompt);
  const catalog = await loadCatalog(join(ROOT, 'specs'), { repoRoot: ROOT });
  const okSmall = run('the catalog of specs/', catalog.providers, prompts);

  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  const tmpRoot = mkdtempSync(join(ROOT, 'tmp', 'bench-planner-'));
  let okLarge = false;
  try {
    writeLargeSpec(join(tmpRoot, 'specs'), { providerId: 'large-vendor', withProviderYaml: false });
    const large = await loadCatalog(join(tmpRoot, 'specs'), { repoRoot: tmpRoot });
    okLarge = run('with the 600-operation drop-in spec', [...catalog.providers, ...large.providers], prompts);
  } finally {
    rmSync(tmpRoot, { recursive: true, force: true });
  }
  console.log(`\nplanner: ${okSmall && okLarge ? 'all aims met' : 'an aim was missed (see above)'}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
