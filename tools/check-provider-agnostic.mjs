#!/usr/bin/env node
// DESIGN.md §2: "The API never contains a provider's name in code: everything provider-specific is data in specs/".
// This check enforces it for application code: no provider id, auth group or provider vendor word may appear in
// code (comments are allowed to explain, code is not) of the API, the sandbox, the runtime and the dashboard.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const specsDir = join(root, 'specs');
const words = new Set();
for (const name of readdirSync(specsDir)) {
  const p = join(specsDir, name);
  if (!statSync(p).isDirectory() || name.startsWith('.')) continue;
  if (name === '_auth') {
    for (const f of readdirSync(p)) words.add(f.replace(/\.ya?ml$/, ''));
    continue;
  }
  if (name.startsWith('_')) continue;
  words.add(name);
  // The vendor part of a compound id (`google` of google-calendar) counts too; product words (drive, docs) do not.
  if (name.includes('-')) words.add(name.split('-')[0]);
}
const checked = ['apps/api/src', 'apps/sandbox/src', 'libs/connector-runtime/src', 'apps/dashboard/src'];
const pattern = new RegExp(
  `(?<![\\w-])(${[...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[-]/g, '\\-'))
    .join('|')})(?![\\w-])`,
  'i',
);

function stripComments(src) {
  // Good enough for our code: drop block comments and line comments that are not inside a string on that line.
  return src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const problems = [];
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) {
      if (name === 'node_modules' || name === '__fixtures__' || name === 'fixtures') continue;
      walk(p);
    } else if (/\.(ts|html|mjs|js)$/.test(name) && !/\.spec\.ts$|\.test\.ts$|\.api-spec\.ts$/.test(name)) {
      // Cloud instance-metadata host names (refused by the outbound destination policy) name a cloud, not a provider.
      const lines = stripComments(readFileSync(p, 'utf8'))
        .replace(/'metadata\.google\.internal'|'metadata\.goog'/g, "''")
        .split('\n');
      lines.forEach((line, i) => {
        const m = pattern.exec(line);
        if (m) problems.push(`${relative(root, p)}:${i + 1}: names provider "${m[1]}" in code: move the fact into specs/`);
      });
    }
  }
}
for (const d of checked) if (existsSync(join(root, d))) walk(join(root, d));
for (const p of problems) console.error(p);
console.log(`provider-agnostic check: ${words.size} provider words, ${checked.length} source trees, ${problems.length} problem(s)`);
process.exit(problems.length ? 1 : 0);
