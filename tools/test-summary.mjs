#!/usr/bin/env node
// `--reset` clears the per-run results; without it, prints one closing line for every jest run since the reset.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const dir = join(root, 'tmp', 'test-results');
if (process.argv.includes('--reset')) {
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}
let files = [];
try {
  files = readdirSync(dir).filter((f) => f.endsWith('.json'));
} catch {
  /* no runs recorded */
}
const totals = { passed: 0, failed: 0, skipped: 0 };
const perProject = new Map();
for (const f of files) {
  const r = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  totals.passed += r.passed;
  totals.failed += r.failed + r.runtimeErrorSuites;
  totals.skipped += r.skipped;
  const key = relative(root, r.rootDir) || '.';
  const p = perProject.get(key) ?? { passed: 0, failed: 0 };
  p.passed += r.passed;
  p.failed += r.failed + r.runtimeErrorSuites;
  perProject.set(key, p);
}
for (const [k, v] of [...perProject].sort()) console.log(`  ${k}: ${v.passed} passed, ${v.failed} failed`);
// Suites left out on purpose (PATCHBAY_TEST_SKIP, see tools/test-prereqs.sh) are named, never silent.
let skippedSuites = [];
try {
  skippedSuites = readdirSync(dir).filter((f) => f.startsWith('skipped-') && f.endsWith('.txt'));
} catch {
  /* none */
}
for (const f of skippedSuites) console.log(`  NOT RUN: ${readFileSync(join(dir, f), 'utf8').trim()}`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
