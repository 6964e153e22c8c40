#!/usr/bin/env node
// Type-checks every project (app, lib and spec tsconfigs) with `tsc --noEmit`, two at a time.
// Angular templates are checked by the dashboard's production build, which `npm test` also runs.
import { spawn } from 'node:child_process';
import { readdirSync, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const configs = [];
function walk(dir, depth) {
  if (depth > 3) return;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.') || name === '__fixtures__') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (existsSync(join(p, 'project.json'))) {
        for (const t of ['tsconfig.app.json', 'tsconfig.lib.json', 'tsconfig.spec.json']) {
          if (existsSync(join(p, t))) configs.push(join(p, t));
        }
      }
      walk(p, depth + 1);
    }
  }
}
for (const top of ['apps', 'libs', 'generators', 'tools']) if (existsSync(join(root, top))) walk(join(root, top), 0);
if (existsSync(join(root, 'generators/project.json'))) {
  for (const t of ['tsconfig.lib.json', 'tsconfig.spec.json']) if (existsSync(join(root, 'generators', t))) configs.push(join(root, 'generators', t));
}
const unique = [...new Set(configs)].sort();

/**
 * Angular projects resolve packages the bundler way; their jest spec config says commonjs/node10 because ts-jest
 * transpiles it (isolatedModules, no type check there). Type-check those specs with the project's own resolution.
 */
function overrides(cfg) {
  if (!cfg.endsWith('tsconfig.spec.json')) return [];
  try {
    const base = JSON.parse(readFileSync(join(dirname(cfg), 'tsconfig.json'), 'utf8'));
    if (base.compilerOptions?.moduleResolution === 'bundler') return ['--module', 'preserve', '--moduleResolution', 'bundler'];
  } catch {
    /* not JSON we can read: no override */
  }
  return [];
}
const tsc = join(root, 'node_modules/typescript/bin/tsc');
let failed = 0;
let next = 0;
async function worker() {
  while (next < unique.length) {
    const cfg = unique[next++];
    const code = await new Promise((res) => {
      const child = spawn(process.execPath, [tsc, '--noEmit', '-p', cfg, ...overrides(cfg)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      child.on('exit', (c) => {
        console.log(`${c === 0 ? 'ok  ' : 'FAIL'} ${relative(root, cfg)}`);
        if (c !== 0) process.stdout.write(out);
        res(c);
      });
    });
    if (code !== 0) failed++;
  }
}
await Promise.all([worker(), worker()]);
console.log(`typecheck: ${unique.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
