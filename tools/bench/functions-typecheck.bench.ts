/**
 * Function save = type-check: time per save of a function (warm worker, cached language service) against baselines
 * measured in the same run on the same code — ts.transpileModule (syntax only, what any save costs at least) and an
 * uncached ts.createProgram over the same embedded typings (what each save would cost without the cache). Also the
 * cold start (worker + first check). Aim: warm p50 ≤ 1 s.
 * Run with: SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register tools/bench/functions-typecheck.bench.ts
 */
import '../generate/register-workspace-paths';
import * as ts from 'typescript';
import { CONNECTOR_MANIFESTS } from '@patchbay/connectors-registry';
import { applyEdits, FunctionTypeChecker, generateFunctionCode } from '@patchbay/function-toolchain';
import type { PlannedOperation } from '@patchbay/planner';
import { EMBEDDED_TYPINGS } from '../../libs/function-toolchain/src/generated/function-typings';

const AIM_WARM_P50_MS = 1000;
const SAVES = 30;
const UNCACHED_RUNS = 3;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** One changing operation with a body per provider: a function as large as a busy flow. */
const operations: PlannedOperation[] = Object.entries(CONNECTOR_MANIFESTS).map(([provider, manifest]) => {
  const ops = Object.values(manifest.operations);
  const op = ops.find((o) => !o.readOnly && o.body) ?? ops[0];
  return { provider, operationId: op.operationId, params: {}, why: 'bench', readOnly: op.readOnly, requiredScopes: [...op.scopes] };
});
const base = generateFunctionCode({ name: 'bench', trigger: { type: 'event', event: 'ticket.created', description: 'bench' }, operations });
/** Each save differs (a literal changes), as when a person types. */
const saves = Array.from({ length: SAVES }, (_, i) =>
  applyEdits(base, [{ kind: 'set_trigger', trigger: { type: 'event', event: `ticket.created${i}`, description: `save ${i}` } }]),
);

function uncachedCheck(code: string): number {
  const root = '/patchbay';
  const file = `${root}/function.ts`;
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    lib: ['lib.es2022.d.ts'],
    types: [],
    baseUrl: root,
    paths: { '@patchbay/functions-sdk': ['sdk/index.ts'], '@patchbay/connectors/*': ['connectors/*/index.d.ts'] },
  };
  const files = new Map(Object.entries(EMBEDDED_TYPINGS));
  files.set(file, code);
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => files.get(name) ?? readFile(name);
  host.fileExists = (name) => files.has(name) || (!name.startsWith(`${root}/`) && ts.sys.fileExists(name));
  host.directoryExists = (name) => name.startsWith(root) || ts.sys.directoryExists(name);
  host.realpath = (name) => name;
  host.getSourceFile = (name, version) => {
    const text = host.readFile(name);
    return text === undefined ? undefined : ts.createSourceFile(name, text, version, true);
  };
  const program = ts.createProgram([file], options, host);
  const source = program.getSourceFile(file);
  return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].length;
}

async function main(): Promise<void> {
  console.log(`function: ${operations.length} steps (one per provider), ${base.split('\n').length} lines; ${SAVES} saves`);

  const transpile: number[] = [];
  for (const code of saves) {
    const started = performance.now();
    ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } });
    transpile.push(performance.now() - started);
  }

  const uncached: number[] = [];
  for (let i = 0; i < UNCACHED_RUNS; i++) {
    const started = performance.now();
    const problems = uncachedCheck(saves[i] ?? base);
    uncached.push(performance.now() - started);
    if (problems) throw new Error(`uncached baseline found ${problems} problem(s) in generated code`);
  }

  const checker = new FunctionTypeChecker();
  try {
    let started = performance.now();
    const first = await checker.check(base);
    const cold = performance.now() - started;
    if (first.length) throw new Error(`generated code has problems: ${JSON.stringify(first)}`);
    const warm: number[] = [];
    for (const code of saves) {
      started = performance.now();
      const problems = await checker.check(code);
      warm.push(performance.now() - started);
      if (problems.length) throw new Error(`save has problems: ${JSON.stringify(problems)}`);
    }
    const row = (label: string, values: number[]): void =>
      console.log(
        `  ${label.padEnd(44)} p50 ${percentile(values, 50).toFixed(1).padStart(8)} ms   p95 ${percentile(values, 95).toFixed(1).padStart(8)} ms`,
      );
    row('baseline: ts.transpileModule (syntax only)', transpile);
    row(`baseline: uncached ts.createProgram (${UNCACHED_RUNS} runs)`, uncached);
    console.log(`  ${'cold: worker start + first check'.padEnd(44)}      ${cold.toFixed(1).padStart(8)} ms`);
    row('FunctionTypeChecker.check, warm (per save)', warm);
    const p50 = percentile(warm, 50);
    console.log(
      `  warm check = ${(p50 / percentile(transpile, 50)).toFixed(1)}× transpileModule, ${(percentile(uncached, 50) / p50).toFixed(1)}× faster than uncached; ` +
        `aim p50 ≤ ${AIM_WARM_P50_MS} ms: ${p50 <= AIM_WARM_P50_MS ? 'met' : 'NOT MET'}`,
    );
    if (p50 > AIM_WARM_P50_MS) process.exitCode = 1;
  } finally {
    await checker.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
