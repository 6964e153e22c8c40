#!/usr/bin/env node
/**
 * Triggers at scale (issue 16), the Redis engine, in one run against one private Redis (a redis-server of its own on a
 * free port, so nothing else's keys are near) and one fresh PostgreSQL database:
 *   baseline   the bare BullMQ round trip: an empty job added and completed by a Worker in this process (concurrency
 *              16 per worker, like PATCHBAY_RUN_CONCURRENCY), nothing else;
 *   patchbay   POST /api/apps/:app/events → a run row, a BullMQ job, a worker process claims it, runs the function in
 *              its isolate, which calls a sandbox operation, and records the run; the API itself does not consume
 *              (PATCHBAY_RUN_CONSUMER=false), 1 then 2 worker processes (dist/apps/api/worker.js) do.
 * Throughput, measured apart: N events posted as fast as one API replica takes them while nothing consumes (events
 * accepted per second), then the workers start and drain that backlog (completed runs per second, first worker ready →
 * last run finished; the workers' start-up is not counted).
 * Latency: events paced at a fixed rate below capacity, event → run started (`started_at` − `created_at`: the claim,
 * right before the isolate makes the provider call) and event → run finished, p50/p99, from the run rows.
 * Goal: ≥ 500 completed runs/s with two workers, p99 < 250 ms.
 *
 *   npx nx run-many -t build -p api sandbox && node tools/bench/triggers.bench.mjs [--events 2000] [--rate 50]
 * PATCHBAY_BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres) must answer: several processes share
 * the database, which SQLite does not serve.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os, { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connectApp, cpuMs, json } from './bench-support.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const { Queue, Worker } = require('bullmq');
const IORedis = require('ioredis');
const pg = require('pg');

const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : def;
};
const EVENTS = Number(arg('events', 2000));
const RATE = Number(arg('rate', 50));
const LATENCY_EVENTS = Number(arg('latency-events', 300));
const POSTERS = 32;
const CONCURRENCY = 16;
const PG_URL = process.env.PATCHBAY_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const children = [];
process.on('exit', () => children.forEach((c) => c.kill('SIGKILL')));
// Interrupted: still take the children (Redis, sandbox, API, workers) down with this process.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function start(cmd, args, env, readyPattern) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: repo, env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let out = '';
    const timer = setTimeout(() => reject(new Error(`did not start: ${out}`)), 90_000);
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

const stop = (child) =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
  });

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
  return { n: sorted.length, p50: pct(0.5), p99: pct(0.99), max: sorted[sorted.length - 1] };
}
const fmt = (s) =>
  `p50 ${s.p50.toFixed(1).padStart(7)} ms  p99 ${s.p99.toFixed(1).padStart(7)} ms  max ${s.max.toFixed(1).padStart(7)} ms (n=${s.n})`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Calls `send(i)` for i < n, `parallel` at a time (flood) or at `rate` per second (paced). */
async function drive(n, send, { parallel = POSTERS, rate } = {}) {
  if (rate) {
    const t0 = Date.now();
    const pending = [];
    for (let i = 0; i < n; i++) {
      const due = t0 + (i * 1000) / rate;
      if (due > Date.now()) await sleep(due - Date.now());
      pending.push(send(i));
    }
    await Promise.all(pending);
    return;
  }
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < n) await send(next++);
    }),
  );
}

// ------------------------------------------------------------------------------------------------ baseline
async function bareBullmq(redisUrl, workers) {
  const prefix = `bench-${randomBytes(4).toString('hex')}`;
  const connection = new IORedis(redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue('bare', { connection, prefix });
  const done = new Map();
  const ws = Array.from(
    { length: workers },
    () =>
      new Worker('bare', async () => undefined, {
        connection: new IORedis(redisUrl, { maxRetriesPerRequest: null }),
        prefix,
        concurrency: CONCURRENCY,
      }),
  );
  for (const w of ws) w.on('completed', (job) => done.set(job.id, Date.now() - job.timestamp));
  await Promise.all(ws.map((w) => w.waitUntilReady()));
  const until = async (count) => {
    while (done.size < count) await sleep(2);
  };
  // Throughput: one add per "event" (what the events endpoint does), flooded.
  const t0 = Date.now();
  await drive(EVENTS, (i) => queue.add('run', {}, { jobId: `t${i}`, removeOnComplete: true }));
  await until(EVENTS);
  const perSecond = EVENTS / ((Date.now() - t0) / 1000);
  done.clear();
  await drive(LATENCY_EVENTS, (i) => queue.add('run', {}, { jobId: `l${i}`, removeOnComplete: true }), { rate: RATE });
  await until(LATENCY_EVENTS);
  const latency = stats([...done.values()]);
  await Promise.all(ws.map((w) => w.close()));
  await queue.obliterate({ force: true }).catch(() => undefined);
  await queue.close();
  for (const w of ws) await w.client.then((c) => c.quit()).catch(() => undefined);
  await connection.quit();
  return { perSecond, latency };
}

// ------------------------------------------------------------------------------------------------ patchbay
async function patchbay(ctx, workers) {
  const { db, base, auth, app } = ctx;
  const post = async (i, ids) => {
    const r = await json(`${base}/api/apps/${app}/events`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ type: 'bench.event', data: { i } }),
    });
    if (r.status !== 202) throw new Error(`event answered ${r.status}: ${JSON.stringify(r.body)}`);
    ids.push(...r.body.runs);
  };
  const waitFinished = async (ids, withinMs) => {
    const deadline = Date.now() + withinMs;
    for (;;) {
      const { rows } = await db.query(
        `SELECT count(*) FILTER (WHERE status IN ('queued','running'))::int AS open, count(*) FILTER (WHERE status = 'succeeded')::int AS ok,
                min(started_at) AS first, max(finished_at) AS last
           FROM function_runs WHERE id = ANY($1::uuid[])`,
        [ids],
      );
      if (rows[0].open === 0) return rows[0];
      if (Date.now() > deadline) throw new Error(`${rows[0].open} runs still open after ${withinMs} ms`);
      await sleep(50);
    }
  };
  // 1. The events endpoint alone (nothing consumes yet): how fast one API replica accepts events.
  const backlog = [];
  const t0 = Date.now();
  await drive(EVENTS, (i) => post(i, backlog));
  const postPerSecond = EVENTS / ((Date.now() - t0) / 1000);
  // 2. The workers drain that backlog: completed runs per second, first worker ready → last run finished.
  const procs = [];
  for (let i = 0; i < workers; i++)
    procs.push(
      start(
        process.execPath,
        // PATCHBAY_BENCH_CPU_PROF=<dir>: a V8 CPU profile of each worker (where a run's CPU goes).
        [
          ...(process.env.PATCHBAY_BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.PATCHBAY_BENCH_CPU_PROF}`] : []),
          join(repo, 'dist/apps/api/worker.js'),
        ],
        ctx.env,
        /Patchbay worker consuming runs \((\w+)/,
      ),
    );
  const started = await Promise.all(procs);
  const t1 = Date.now();
  const cpuBefore = started.map((w) => cpuMs(w.child.pid));
  try {
    const r = await waitFinished(backlog, 300_000);
    if (r.ok !== EVENTS) throw new Error(`${EVENTS - r.ok} runs did not succeed`);
    // From the first run started (a worker may start taking jobs a moment before it prints that it is ready).
    const perSecond = EVENTS / ((new Date(r.last).getTime() - Math.min(t1, new Date(r.first).getTime())) / 1000);
    // What one run costs a worker in CPU (all workers together / runs): the ceiling per core is 1000 / this.
    const cpuAfter = started.map((w) => cpuMs(w.child.pid));
    const workerCpuPerRun = cpuBefore.every((x) => x !== undefined)
      ? cpuAfter.reduce((sum, x, i) => sum + (x - cpuBefore[i]), 0) / EVENTS
      : undefined;
    // 3. Latency below capacity: events paced at RATE/s, from the run rows.
    const paced = [];
    await drive(LATENCY_EVENTS, (i) => post(i, paced), { rate: RATE });
    await waitFinished(paced, 120_000);
    const { rows } = await db.query(
      `SELECT extract(epoch FROM (started_at - created_at)) * 1000 AS call, extract(epoch FROM (finished_at - created_at)) * 1000 AS done
         FROM function_runs WHERE id = ANY($1::uuid[])`,
      [paced],
    );
    return {
      perSecond,
      postPerSecond,
      workerCpuPerRun,
      toCall: stats(rows.map((x) => Number(x.call))),
      toDone: stats(rows.map((x) => Number(x.done))),
    };
  } finally {
    await Promise.all(started.map((s) => stop(s.child)));
  }
}

async function setup(redisUrl, sandboxPort, dbUrl) {
  const dataDir = mkdtempSync(join(tmpdir(), 'pb-trig-bench-'));
  const password = 'bench-' + randomBytes(8).toString('hex');
  const env = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    DATABASE_URL: dbUrl,
    REDIS_URL: redisUrl,
    PATCHBAY_DATA_DIR: dataDir,
    PATCHBAY_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    PATCHBAY_ADMIN_EMAIL: 'bench@patchbay.local',
    PATCHBAY_ADMIN_PASSWORD: password,
    PATCHBAY_SANDBOX_URL: `http://127.0.0.1:${sandboxPort}`,
    PATCHBAY_SPECS_DIR: join(repo, 'specs'),
    PATCHBAY_DASHBOARD_DIR: '/nonexistent',
    PATCHBAY_RUN_CONCURRENCY: String(CONCURRENCY),
    // One app: its runs may use every slot of a process.
    PATCHBAY_APP_RUN_CONCURRENCY: String(CONCURRENCY),
  };
  const api = await start(
    process.execPath,
    [join(repo, 'dist/apps/api/main.js')],
    { ...env, PORT: String(await freePort()), PATCHBAY_RUN_CONSUMER: 'false' },
    /listening on http:\/\/127\.0\.0\.1:(\d+)/,
  );
  const base = `http://127.0.0.1:${api.port}`;
  const token = (await json(`${base}/api/auth/login`, { method: 'POST', body: JSON.stringify({ email: 'bench@patchbay.local', password }) })).body
    .token;
  const auth = { authorization: `Bearer ${token}` };
  const providers = (await json(`${base}/api/providers`, { headers: auth })).body;
  const slack = providers.find((p) => p.id === 'slack');
  await json(`${base}/api/providers/slack/credentials`, {
    method: 'PUT',
    headers: auth,
    body: JSON.stringify({ clientId: `bench-${slack.authGroup}`, clientSecret: `secret-bench-${slack.authGroup}` }),
  });
  const app = await connectApp(base, auth, { provider: 'slack', operationId: 'conversations.list' });
  const code = `import { defineFunction } from '@patchbay/functions-sdk';
export default defineFunction({
  name: 'bench-event',
  trigger: { type: 'event', event: 'bench.event' },
  run: async (ctx) => {
    const page = await ctx.connectors.slack.conversationsList({});
    return { ok: page.ok };
  },
});
`;
  const created = await json(`${base}/api/apps/${app}/functions`, { method: 'POST', headers: auth, body: JSON.stringify({ code }) });
  if (created.status !== 201) throw new Error(`create answered ${created.status}: ${JSON.stringify(created.body)}`);
  return { api, base, auth, app, env, dataDir };
}

async function main() {
  for (const f of ['dist/apps/sandbox/main.js', 'dist/apps/api/main.js', 'dist/apps/api/worker.js'])
    if (!existsSync(join(repo, f))) throw new Error(`build first: ${f} is missing`);
  const redisDir = mkdtempSync(join(tmpdir(), 'pb-trig-bench-redis-'));
  const redisPort = await freePort();
  const redis = await start(
    'redis-server',
    ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'yes', '--dir', redisDir, '--logfile', ''],
    {},
    /(Ready to accept connections)/,
  );
  const redisUrl = `redis://127.0.0.1:${redisPort}`;
  const sandbox = await start(
    process.execPath,
    [join(repo, 'dist/apps/sandbox/main.js')],
    { SANDBOX_PORT: '0', PATCHBAY_SPECS_DIR: join(repo, 'specs') },
    /on http:\/\/127\.0\.0\.1:(\d+)/,
  );
  const name = `patchbay_trigbench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const dbUrl = new URL(PG_URL);
  dbUrl.pathname = `/${name}`;
  const db = new pg.Client({ connectionString: dbUrl.toString() });
  let ctx;
  try {
    console.log(
      `triggers bench: ${EVENTS} events flooded (${POSTERS} at a time), then ${LATENCY_EVENTS} paced at ${RATE}/s; concurrency ${CONCURRENCY} per worker`,
    );
    const bare1 = await bareBullmq(redisUrl, 1);
    const bare2 = await bareBullmq(redisUrl, 2);
    ctx = await setup(redisUrl, sandbox.port, dbUrl.toString());
    await db.connect();
    ctx.db = db;
    const one = await patchbay(ctx, 1);
    const two = await patchbay(ctx, 2);
    const line = (label, bare, pb) => {
      console.log(label);
      console.log(`  bare BullMQ            ${bare.perSecond.toFixed(0).padStart(6)} jobs/s   round trip ${fmt(bare.latency)}`);
      console.log(`  patchbay               ${pb.perSecond.toFixed(0).padStart(6)} runs/s   completed from a backlog`);
      console.log(`    events accepted by one API replica (nothing consuming) ${pb.postPerSecond.toFixed(0)}/s`);
      if (pb.workerCpuPerRun !== undefined)
        console.log(
          `    worker CPU per run ${pb.workerCpuPerRun.toFixed(2)} ms → at most ${(1000 / pb.workerCpuPerRun).toFixed(0)} runs/s per fully free core (${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)})`,
        );
      console.log(`    event → run started (its provider call follows)  ${fmt(pb.toCall)}`);
      console.log(`    event → run finished   ${fmt(pb.toDone)}`);
      console.log(`  ratio patchbay / bare   ${(pb.perSecond / bare.perSecond).toFixed(3)}`);
    };
    line('1 worker process', bare1, one);
    line('2 worker processes', bare2, two);
    const met = two.perSecond >= 500 && two.toCall.p99 < 250;
    console.log(
      `goal (2 workers ≥ 500 runs/s, event → provider call p99 < 250 ms): ${two.perSecond.toFixed(0)} runs/s, p99 ${two.toCall.p99.toFixed(1)} ms → ${met ? 'MET' : 'NOT MET'}`,
    );
    if (!met) process.exitCode = 2;
  } finally {
    if (ctx) {
      await stop(ctx.api.child);
      rmSync(ctx.dataDir, { recursive: true, force: true });
    }
    await db.end().catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
    await stop(sandbox.child);
    await stop(redis.child);
    rmSync(redisDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
