#!/usr/bin/env node
/**
 * Function invoke overhead: the same sandbox operation, in one run,
 *   baseline  POST /api/apps/:app/connections/:provider/operations/:op (the operations endpoint);
 *   warm      POST /api/apps/:app/functions/:id/invoke of a function whose only step is that operation (its version
 *             already transpiled and compiled, a warm isolate, a fresh context per run, the run record written);
 *   cold      the first invoke of a new function (transpile + compile of a version never run before);
 * one request at a time, so the differences are latency, not queueing. Also, in this process, the runtime alone:
 * a run in a warm isolate vs a run in a new isolate (what a cold isolate adds). Goal (issue 15): warm ≤ +5 ms p50.
 *
 *   npx nx run-many -t build -p api sandbox && node tools/bench/functions-invoke.bench.mjs [--requests 400] [--cold 40]
 * PostgreSQL as well when PATCHBAY_BENCH_PG_URL's server answers (default postgres://postgres@127.0.0.1:5432/postgres);
 * PATCHBAY_BENCH_SQLITE_ONLY=1 leaves it out.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { connectApp, json } from './bench-support.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : def;
};
const REQUESTS = Number(arg('requests', 400));
const COLD = Number(arg('cold', 40));
const WARMUP = Math.min(100, Math.floor(REQUESTS / 4));
const PG_URL = process.env.PATCHBAY_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const children = [];
process.on('exit', () => children.forEach((c) => c.kill('SIGKILL')));

function start(args, env, readyPattern) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: repo, env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let out = '';
    const timer = setTimeout(() => reject(new Error(`did not start: ${out}`)), 60_000);
    const onData = (d) => {
      out += d;
      const m = readyPattern.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, port: Number(m[1]), output: () => out });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
}

/** One keep-alive connection, one request at a time; `check` sees every answer body. */
async function sequential(port, paths, headers, body, check) {
  const agent = { keepalive: true };
  const latencies = [];
  for (const path of paths) {
    const t0 = process.hrtime.bigint();
    const res = await fetch(`http://127.0.0.1:${port}${path}`, {
      method: 'POST',
      ...agent,
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    const answer = await res.json();
    latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
    check(res.status, answer);
  }
  return stats(latencies);
}

function stats(latencies) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
  return { n: sorted.length, p50: pct(0.5), p90: pct(0.9), p99: pct(0.99) };
}

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

const expectOk = (what) => (status, body) => {
  if (status !== 200) throw new Error(`${what} answered ${status}: ${JSON.stringify(body).slice(0, 300)}`);
  if (body.status === 'failed') throw new Error(`${what} run failed: ${JSON.stringify(body.error)}`);
};

async function measure(label, sandbox, route, dbEnv) {
  const dataDir = mkdtempSync(join(tmpdir(), 'pb-fn-bench-'));
  const password = 'bench-' + randomBytes(8).toString('hex');
  const api = await start(
    [join(repo, 'dist/apps/api/main.js')],
    {
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      PATCHBAY_DATA_DIR: dataDir,
      PATCHBAY_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      PATCHBAY_ADMIN_EMAIL: 'bench@patchbay.local',
      PATCHBAY_ADMIN_PASSWORD: password,
      PATCHBAY_SANDBOX_URL: `http://127.0.0.1:${sandbox.port}`,
      PATCHBAY_SPECS_DIR: join(repo, 'specs'),
      PATCHBAY_DASHBOARD_DIR: '/nonexistent',
      ...dbEnv,
    },
    /listening on http:\/\/127\.0\.0\.1:(\d+)/,
  );
  try {
    const base = `http://127.0.0.1:${api.port}`;
    const token = (await json(`${base}/api/auth/login`, { method: 'POST', body: JSON.stringify({ email: 'bench@patchbay.local', password }) })).body
      .token;
    const auth = { authorization: `Bearer ${token}` };
    const providers = (await json(`${base}/api/providers`, { headers: auth })).body;
    const provider = providers.find((p) => p.id === route.provider);
    await json(`${base}/api/providers/${route.provider}/credentials`, {
      method: 'PUT',
      headers: auth,
      body: JSON.stringify({ clientId: `bench-${provider.authGroup}`, clientSecret: `secret-bench-${provider.authGroup}` }),
    });
    const app = await connectApp(base, auth, route);

    // Functions generated from a one-step plan, as the chat makes them.
    const plan = (name) => ({
      kind: 'plan',
      reply: '',
      providers: [route.provider],
      operations: [{ provider: route.provider, operationId: route.operationId, params: {}, why: 'bench', readOnly: true, requiredScopes: [] }],
      trigger: { type: 'http', description: 'bench' },
      functionName: name,
    });
    const create = async (name) => {
      const r = await json(`${base}/api/apps/${app}/functions`, { method: 'POST', headers: auth, body: JSON.stringify({ plan: plan(name) }) });
      if (r.status !== 201) throw new Error(`create answered ${r.status}: ${JSON.stringify(r.body)}`);
      return r.body.id;
    };
    const warmId = await create('bench-warm');
    const coldIds = [];
    for (let i = 0; i < COLD; i++) coldIds.push(await create(`bench-cold-${i}`));

    const opPath = `/api/apps/${app}/connections/${route.provider}/operations/${encodeURIComponent(route.operationId)}`;
    const invokePath = (id) => `/api/apps/${app}/functions/${id}/invoke`;
    const times = (path, n) => Array.from({ length: n }, () => path);
    // Interleaved rounds, so drift of the machine (other work on its 2 cores) hits both sides alike.
    await sequential(api.port, times(opPath, WARMUP), auth, { input: {} }, expectOk('operation'));
    await sequential(api.port, times(invokePath(warmId), WARMUP), auth, { input: {} }, expectOk('invoke'));
    const baseL = [];
    const warmL = [];
    const nestL = [];
    const rounds = 4;
    const getPath = `/api/apps/${app}/functions/${warmId}`;
    for (let r = 0; r < rounds; r++) {
      baseL.push(...(await sequentialRaw(api.port, times(opPath, REQUESTS / rounds), auth, expectOk('operation'))));
      warmL.push(...(await sequentialRaw(api.port, times(invokePath(warmId), REQUESTS / rounds), auth, expectOk('invoke'))));
      nestL.push(...(await sequentialRaw(api.port, times(getPath, REQUESTS / rounds), auth, expectOk('get function'), 'GET')));
    }
    const cold = await sequential(api.port, coldIds.map(invokePath), auth, { input: {} }, expectOk('cold invoke'));
    return { baseline: stats(baseL), warm: stats(warmL), cold, nest: stats(nestL) };
  } finally {
    api.child.kill('SIGTERM');
    await new Promise((r) => (api.child.exitCode !== null ? r() : api.child.once('exit', r)));
    rmSync(dataDir, { recursive: true, force: true });
    void label;
  }
}

async function sequentialRaw(port, paths, headers, check, method = 'POST') {
  const latencies = [];
  for (const path of paths) {
    const t0 = process.hrtime.bigint();
    const res = await fetch(
      `http://127.0.0.1:${port}${path}`,
      method === 'GET' ? { headers } : { method, headers: { 'content-type': 'application/json', ...headers }, body: '{"input":{}}' },
    );
    const answer = await res.json();
    latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
    check(res.status, answer);
  }
  return latencies;
}

/** The runtime alone, in this process: a run in a warm isolate vs a run that must create its isolate. */
async function isolateCost() {
  const require = createRequire(import.meta.url);
  process.env.SWC_NODE_PROJECT ??= join(repo, 'tsconfig.base.json');
  require('@swc-node/register');
  require('tsconfig-paths').register({
    baseUrl: repo,
    paths: JSON.parse(require('node:fs').readFileSync(join(repo, 'tsconfig.base.json'), 'utf8')).compilerOptions.paths,
  });
  const { FunctionRuntime } = require(join(repo, 'libs/function-runtime/src/index.ts'));
  const { transpileFunction, functionMethodTable } = require(join(repo, 'libs/function-toolchain/src/index.ts'));
  const code = `import { defineFunction } from '@patchbay/functions-sdk';\nexport default defineFunction({ name: 'b', trigger: { type: 'http' }, run: async (ctx) => { ctx.log('x'); return { ok: true }; } });`;
  const table = functionMethodTable();
  const callOperation = async () => ({ status: 200, data: {} });
  const measureRuns = async (runtime, n) => {
    const l = [];
    for (let i = 0; i < n; i++) {
      const t0 = process.hrtime.bigint();
      const r = await runtime.run({ key: 'bench@1', code, callOperation });
      if (r.status !== 'succeeded') throw new Error(JSON.stringify(r.error));
      l.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    return stats(l);
  };
  const warmRt = new FunctionRuntime({ transpile: transpileFunction, methods: () => table });
  const coldRt = new FunctionRuntime({ transpile: transpileFunction, methods: () => table, warmIsolates: 0 });
  await measureRuns(warmRt, 50);
  await measureRuns(coldRt, 20);
  const warm = await measureRuns(warmRt, 300);
  const cold = await measureRuns(coldRt, 100);
  await warmRt.close();
  await coldRt.close();
  return { warm, cold };
}

async function pgDatabase() {
  let pg;
  try {
    pg = (await import('pg')).default;
  } catch {
    return undefined;
  }
  const name = `patchbay_fnbench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
  } catch {
    return undefined;
  } finally {
    await admin.end().catch(() => undefined);
  }
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

const fmt = (s) =>
  `p50 ${s.p50.toFixed(2).padStart(7)} ms  p90 ${s.p90.toFixed(2).padStart(7)} ms  p99 ${s.p99.toFixed(2).padStart(7)} ms  (n=${s.n})`;

async function main() {
  for (const f of ['dist/apps/sandbox/main.js', 'dist/apps/api/main.js'])
    if (!existsSync(join(repo, f))) throw new Error(`build first: ${f} is missing`);
  const sandbox = await start(
    [join(repo, 'dist/apps/sandbox/main.js')],
    { SANDBOX_PORT: '0', PATCHBAY_SPECS_DIR: join(repo, 'specs') },
    /on http:\/\/127\.0\.0\.1:(\d+)/,
  );
  const { routes } = (await json(`http://127.0.0.1:${sandbox.port}/_sandbox/providers`)).body;
  const candidates = routes.filter((r) => r.kind === 'operation' && r.method === 'GET' && !r.path.includes('{'));
  const route = candidates.find((r) => /list/i.test(r.operationId)) ?? candidates[0];
  console.log(`function invoke bench: ${route.provider} ${route.operationId}, ${REQUESTS} sequential requests per side, ${COLD} cold functions`);

  const results = [['sqlite', await measure('sqlite', sandbox, route, {})]];
  const pgdb = process.env.PATCHBAY_BENCH_SQLITE_ONLY ? undefined : await pgDatabase();
  if (pgdb) {
    try {
      results.push(['postgres', await measure('postgres', sandbox, route, { DATABASE_URL: pgdb.url })]);
    } finally {
      await pgdb.drop();
    }
  } else console.log('postgres          not measured (PATCHBAY_BENCH_SQLITE_ONLY or no server)');
  sandbox.child.kill();

  let ok = true;
  for (const [db, r] of results) {
    const warmOver = r.warm.p50 - r.baseline.p50;
    const coldOver = r.cold.p50 - r.baseline.p50;
    ok &&= warmOver <= 5;
    console.log(`${db}`);
    console.log(`  operations endpoint   ${fmt(r.baseline)}`);
    console.log(`  invoke, warm          ${fmt(r.warm)}`);
    console.log(`  invoke, new version   ${fmt(r.cold)}`);
    console.log(
      `  GET the function      ${fmt(r.nest)}  (reference: a plain Nest route, which invoke is; the operations endpoint is a fast lane in front of Express)`,
    );
    console.log(
      `  warm overhead p50 +${warmOver.toFixed(2)} ms (goal ≤ 5) → ${warmOver <= 5 ? 'MET' : 'NOT MET'}; new version p50 +${coldOver.toFixed(2)} ms`,
    );
  }
  const iso = await isolateCost();
  console.log('runtime alone (no HTTP, no database, a connector call answered in-process)');
  console.log(`  warm isolate          ${fmt(iso.warm)}`);
  console.log(`  new isolate per run   ${fmt(iso.cold)}`);
  console.log(`  a cold isolate adds p50 +${(iso.cold.p50 - iso.warm.p50).toFixed(2)} ms`);
  if (!ok) process.exitCode = 2;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
