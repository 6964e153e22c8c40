#!/usr/bin/env node
/**
 * Simple-GET throughput of the provider sandbox vs a bare node:http hello-world, measured in the same run.
 *
 *   npx nx build sandbox && node apps/sandbox/bench/sandbox-get.bench.mjs [--requests 40000] [--connections 32]
 *
 * Each server runs alone in a child process (pinned to CPU 1 with taskset when available); the load
 * generator runs here (CPU 0): keep-alive connections, each firing its next request when the previous
 * answer arrives, until a bounded number of requests is done. Prints req/s, latency and the ratio.
 * The sandbox request is a real API call: bearer token lookup, scope check, route match, JSON body.
 */
import { spawn, execFileSync } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '../../..');
const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : def;
};
const REQUESTS = Number(arg('requests', 40000));
const CONNECTIONS = Number(arg('connections', 32));
const WARMUP = Math.min(5000, Math.floor(REQUESTS / 5));
if (REQUESTS < CONNECTIONS) throw new Error('--requests must be at least --connections');
const TARGET = Number(arg('target', 5000));

function hasTaskset() {
  try {
    execFileSync('taskset', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const pin = hasTaskset();

/** Starts a node process and resolves with its port, parsed from the first "listening on http://…:PORT" line. */
function startServer(args, env) {
  const cmd = pin ? 'taskset' : process.execPath;
  const argv = pin ? ['-c', '1', process.execPath, ...args] : args;
  const child = spawn(cmd, argv, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /listening on http:\/\/[^:]+:(\d+)/.exec(out);
      if (m) resolve({ child, port: Number(m[1]) });
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}

/** CPU time (ms) a process has used so far, from /proc (Linux); undefined elsewhere. */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime in clock ticks (USER_HZ = 100)
  } catch {
    return undefined;
  }
}

function request(agent, port, path, headers) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, agent, headers }, (res) => {
      let n = 0;
      res.on('data', (c) => (n += c.length));
      res.on('end', () => resolve({ status: res.statusCode, bytes: n }));
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * The load generator: CONNECTIONS keep-alive sockets, each sending its next request when the previous response
 * (Content-Length framed) is complete — autocannon's model on a raw socket, so the client costs far less CPU
 * than the servers it measures (node:http's client would be the bottleneck on a 2-core machine).
 */
function load(port, path, headers, total, pid) {
  const cpu0 = pid ? cpuMs(pid) : undefined;
  const head = Object.entries({ host: `127.0.0.1:${port}`, connection: 'keep-alive', ...headers })
    .map(([k, v]) => `${k}: ${v}`)
    .join('\r\n');
  const reqBuf = Buffer.from(`GET ${path} HTTP/1.1\r\n${head}\r\n\r\n`);
  let issued = 0;
  let done = 0;
  let errors = 0;
  const latencies = new Float64Array(total);
  const start = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const finish = () => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const sorted = Array.from(latencies.subarray(0, done)).sort((a, b) => a - b);
      const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))].toFixed(2);
      const cpu1 = pid ? cpuMs(pid) : undefined;
      // Server CPU per request: the capacity of one core regardless of how busy the machine is.
      const cpuUsPerReq = cpu0 !== undefined && cpu1 !== undefined ? ((cpu1 - cpu0) * 1000) / total : undefined;
      resolve({ rps: total / seconds, seconds, errors, p50: pct(0.5), p99: pct(0.99), cpuUsPerReq });
    };
    const open = () => {
      const sock = net.connect(port, '127.0.0.1');
      sock.setNoDelay(true);
      let buf = Buffer.alloc(0);
      let t0 = 0n;
      const send = () => {
        if (issued >= total) {
          sock.end();
          return;
        }
        issued++;
        t0 = process.hrtime.bigint();
        sock.write(reqBuf);
      };
      sock.on('connect', send);
      sock.on('error', reject);
      sock.on('data', (chunk) => {
        buf = buf.length ? Buffer.concat([buf, chunk]) : chunk;
        for (;;) {
          const end = buf.indexOf('\r\n\r\n');
          if (end < 0) return;
          const headText = buf.toString('latin1', 0, end);
          const m = /\r\ncontent-length:\s*(\d+)/i.exec(headText);
          const len = m ? Number(m[1]) : 0;
          if (buf.length < end + 4 + len) return;
          if (!headText.startsWith('HTTP/1.1 200')) errors++;
          latencies[done++] = Number(process.hrtime.bigint() - t0) / 1e6;
          buf = buf.subarray(end + 4 + len);
          if (done === total) return finish();
          send();
        }
      });
    };
    for (let i = 0; i < CONNECTIONS; i++) open();
  });
}

async function postJson(port, path, body) {
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify(body);
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (res) => {
        let s = '';
        res.on('data', (c) => (s += c));
        res.on('end', () => resolve(JSON.parse(s)));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

async function getJson(port, path) {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path }, (res) => {
        let s = '';
        res.on('data', (c) => (s += c));
        res.on('end', () => resolve(JSON.parse(s)));
      })
      .on('error', reject);
  });
}

const HELLO = `require('node:http').createServer((q, s) => { s.writeHead(200, {'content-type': 'application/json', 'content-length': 17}); s.end('{"hello":"world"}'); })
  .listen(0, '127.0.0.1', function () { console.log('listening on http://127.0.0.1:' + this.address().port); });`;

async function main() {
  const dist = join(repo, 'dist/apps/sandbox/main.js');
  if (!existsSync(dist)) throw new Error('build first: npx nx build sandbox');
  console.log(`sandbox GET bench: ${REQUESTS} requests, ${CONNECTIONS} keep-alive connections, server ${pin ? 'pinned to CPU 1' : 'unpinned'}`);

  const hello = await startServer(['-e', HELLO], {});
  await load(hello.port, '/', {}, WARMUP);
  const base = await load(hello.port, '/', {}, REQUESTS, hello.child.pid);
  hello.child.kill();

  const sbx = await startServer([dist], { SANDBOX_PORT: '0', PATCHBAY_SPECS_DIR: join(repo, 'specs') });
  try {
    // Pick a simple GET the catalog offers: an operation without path parameters, preferring one named like a listing.
    const { routes } = await getJson(sbx.port, '/_sandbox/providers');
    const candidates = routes.filter((r) => r.kind === 'operation' && r.method === 'GET' && !r.path.includes('{'));
    const route = candidates.find((r) => /list|search|get/i.test(r.operationId)) ?? candidates[0];
    if (!route) throw new Error('no parameterless GET operation in the catalog');
    const token = await postJson(sbx.port, '/_sandbox/tokens', { provider: route.provider });
    const query = route.path.includes('?') ? '' : '?q=SELECT+Id+FROM+Task&maxResults=5&limit=5&pageSize=5';
    const path = `${route.path}${query}`;
    const headers = { authorization: `Bearer ${token.accessToken}` };
    const probe = await request(new http.Agent(), sbx.port, path, headers);
    if (probe.status !== 200) throw new Error(`probe ${path} answered ${probe.status}`);
    await load(sbx.port, path, headers, WARMUP);
    const res = await load(sbx.port, path, headers, REQUESTS, sbx.child.pid);
    const ratio = res.rps / base.rps;
    console.log(
      `baseline  node:http hello-world   ${base.rps.toFixed(0).padStart(7)} req/s  p50 ${base.p50} ms  p99 ${base.p99} ms  errors ${base.errors}`,
    );
    console.log(
      `sandbox   GET ${route.provider} ${route.operationId} (${probe.bytes} B)  ${res.rps.toFixed(0).padStart(7)} req/s  p50 ${res.p50} ms  p99 ${res.p99} ms  errors ${res.errors}`,
    );
    const cap = (r) => (r.cpuUsPerReq ? `${r.cpuUsPerReq.toFixed(0)} µs CPU/req → ${(1e6 / r.cpuUsPerReq).toFixed(0)} req/s per core` : 'n/a');
    console.log(`server CPU: baseline ${cap(base)}; sandbox ${cap(res)}`);
    const capacity = res.cpuUsPerReq ? 1e6 / res.cpuUsPerReq : res.rps;
    console.log(
      `ratio sandbox/baseline: ${ratio.toFixed(2)} (throughput), ${base.cpuUsPerReq && res.cpuUsPerReq ? (base.cpuUsPerReq / res.cpuUsPerReq).toFixed(2) : 'n/a'} (CPU)`,
    );
    console.log(
      `target ≥ ${TARGET} req/s on one core: measured ${res.rps.toFixed(0)} req/s, capacity ${capacity.toFixed(0)} req/s → ${Math.max(res.rps, capacity) >= TARGET ? 'PASS' : 'FAIL'}`,
    );
    process.exitCode = Math.max(res.rps, capacity) >= TARGET && res.errors === 0 ? 0 : 1;
  } finally {
    sbx.child.kill();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
