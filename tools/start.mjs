#!/usr/bin/env node
// `npm start`: build what is needed, then run the provider sandbox and the API (which serves the dashboard)
// on the embedded SQLite database. No other server is needed. Ctrl-C stops both.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
const apiPort = Number(process.env.PORT ?? 3000);
const sandboxPort = Number(process.env.SANDBOX_PORT ?? 4010);
const host = process.env.HOST ?? '127.0.0.1';

if (!process.env.SKIP_BUILD) {
  console.log('Building api, dashboard and sandbox (cached after the first run)…');
  const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'dashboard', 'sandbox', '--output-style=static'], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
for (const f of ['dist/apps/api/main.js', 'dist/apps/sandbox/main.js']) {
  if (!existsSync(resolve(root, f))) {
    console.error(`Missing ${f}: the build did not produce it.`);
    process.exit(1);
  }
}

const sandboxUrl = process.env.PATCHBAY_SANDBOX_URL ?? `http://${host}:${sandboxPort}`;
const children = [];
function run(name, file, extraEnv) {
  const child = spawn(process.execPath, [file], { cwd: root, env: { ...env, ...extraEnv }, stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} exited (${signal ?? code}); stopping.`);
      stop(code ?? 1);
    }
  });
  children.push(child);
  return child;
}

let stopping = false;
function stop(code = 0) {
  stopping = true;
  for (const c of children) c.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

run('sandbox', 'dist/apps/sandbox/main.js', { SANDBOX_PORT: String(sandboxPort), SANDBOX_HOST: host, PATCHBAY_SPECS_DIR: resolve(root, 'specs') });
run('api', 'dist/apps/api/main.js', {
  PORT: String(apiPort),
  HOST: host,
  PATCHBAY_SANDBOX_URL: sandboxUrl,
  PATCHBAY_DASHBOARD_DIR: resolve(root, 'dist/apps/dashboard/browser'),
  PATCHBAY_SPECS_DIR: resolve(root, 'specs'),
});

console.log(`
Patchbay is starting:
  Dashboard          http://${host}:${apiPort}/
  API                http://${host}:${apiPort}/api   (Swagger UI: /api/docs)
  Provider sandbox   ${sandboxUrl}/_sandbox/providers
The first admin's login is printed by the API below on first start (or set PATCHBAY_ADMIN_EMAIL / PATCHBAY_ADMIN_PASSWORD).
`);
