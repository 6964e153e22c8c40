#!/usr/bin/env node
// `npm run bench`: every benchmark, one after the other (each prints its own same-run baseline and ratio).
// Benchmarks want a quiet machine: run them alone, not beside a build or a test suite.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(new URL('../..', import.meta.url).pathname);
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', SWC_NODE_PROJECT: 'tsconfig.base.json' };
const steps = [
  ['build the sandbox and the API', 'npx', ['nx', 'run-many', '-t', 'build', '-p', 'sandbox', 'api', '--output-style=static']],
  ['code generation vs plain openapi-typescript', process.execPath, ['-r', '@swc-node/register', 'tools/bench/generate.bench.ts']],
  ['sandbox simple GET vs bare node:http', process.execPath, ['apps/sandbox/bench/sandbox-get.bench.mjs']],
  ['operation overhead: direct vs bare proxy vs Patchbay', process.execPath, ['tools/bench/operations.bench.mjs']],
  [
    'function invoke overhead: operations endpoint vs invoke (warm, new version) and warm vs new isolate',
    process.execPath,
    ['tools/bench/functions-invoke.bench.mjs'],
  ],
  [
    'function type-check per save vs transpileModule and an uncached program',
    process.execPath,
    ['-r', '@swc-node/register', 'tools/bench/functions-typecheck.bench.ts'],
  ],
  [
    'triggers: events → completed runs/s and event → provider call p50/p99 with 1 and 2 workers vs bare BullMQ',
    process.execPath,
    ['tools/bench/triggers.bench.mjs'],
  ],
  [
    'planner: index build and per-request p50/p99 vs plain BM25 (11 providers, + 600-operation drop-in)',
    process.execPath,
    ['-r', '@swc-node/register', 'tools/bench/planner.bench.ts'],
  ],
];
let failed = 0;
for (const [title, cmd, args] of steps) {
  if (args.some((a) => a.endsWith('.mjs') || a.endsWith('.ts'))) {
    const file = args.find((a) => a.endsWith('.mjs') || a.endsWith('.ts'));
    try {
      await import('node:fs').then((fs) => fs.accessSync(resolve(root, file)));
    } catch {
      console.log(`\n== ${title}: not present (${file})`);
      continue;
    }
  }
  console.log(`\n== ${title}`);
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.log(`!! ${title} exited ${r.status}`);
  }
}
process.exit(failed ? 1 : 0);
