#!/usr/bin/env node
// `npm start`: build what is needed, then run the provider sandbox and the API (which serves the dashboard)
// on the embedded SQLite database. No other server is needed. Ctrl-C stops both.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
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
const dataDir = resolve(root, process.env.PATCHBAY_DATA_DIR ?? 'data');
// First start on a fresh SQLite database: this script picks the first admin's password, so it can also give every
// provider an OAuth client the local sandbox accepts (its rule: the secret of client X is `secret-X`). Then a
// newcomer can connect every tool at once, offline. On later starts nothing is changed.
const firstStart = !process.env.DATABASE_URL && !existsSync(resolve(dataDir, 'patchbay.sqlite'));
const adminEmail = process.env.PATCHBAY_ADMIN_EMAIL ?? 'admin@patchbay.local';
const adminPassword = process.env.PATCHBAY_ADMIN_PASSWORD ?? (firstStart ? randomBytes(12).toString('base64url') : undefined);
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
  PATCHBAY_DATA_DIR: dataDir,
  LOG_FORMAT: process.env.LOG_FORMAT ?? 'pretty',
  ...(adminPassword ? { PATCHBAY_ADMIN_EMAIL: adminEmail, PATCHBAY_ADMIN_PASSWORD: adminPassword } : {}),
});

async function waitFor(url) {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

async function configureSandboxClients() {
  const api = `http://${host}:${apiPort}/api`;
  const login = await fetch(`${api}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: adminEmail, password: adminPassword }),
  });
  if (!login.ok) return 0;
  const { token } = await login.json();
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const providers = await (await fetch(`${api}/providers`, { headers })).json();
  const groups = new Map(providers.map((p) => [p.authGroup, p.id]));
  for (const [group, id] of groups) {
    const clientId = `patchbay-local-${group}`;
    await fetch(`${api}/providers/${id}/credentials`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ clientId, clientSecret: `secret-${clientId}` }),
    });
  }
  return groups.size;
}

if (await waitFor(`http://${host}:${apiPort}/api/health`)) {
  const configured = firstStart && adminPassword ? await configureSandboxClients() : 0;
  // Request logs go through a logging thread: let the start-up requests' lines out first, so the banner is the last
  // thing printed before the first request of the person using it.
  await new Promise((r) => setTimeout(r, 700));
  const lines = [
    'Patchbay is ready',
    '',
    `Dashboard          http://${host}:${apiPort}/`,
    `API                http://${host}:${apiPort}/api`,
    `Swagger UI         http://${host}:${apiPort}/api/docs`,
    `Provider sandbox   ${sandboxUrl}/_sandbox/providers`,
    `Admin login        ${adminEmail}${adminPassword ? ` / ${adminPassword}` : ' (password as set on first start)'}`,
    ...(configured ? ['', `Sandbox OAuth clients configured for ${configured} provider group(s): every tool connects offline.`] : []),
    '',
    'Ctrl-C stops everything. Request logs follow.',
  ];
  const width = Math.max(...lines.map((l) => l.length)) + 2;
  const bar = '═'.repeat(width);
  console.log(['', `╔${bar}╗`, ...lines.map((l) => `║ ${l.padEnd(width - 1)}║`), `╚${bar}╝`, ''].join('\n'));
}
