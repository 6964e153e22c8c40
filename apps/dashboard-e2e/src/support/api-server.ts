import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { API_MAIN, REPO_ROOT, SANDBOX_MAIN, SPECS_DIR } from './e2e-env';

export interface ApiServerOptions {
  port: number;
  dataDir: string;
  dashboardDir: string;
  adminEmail: string;
  adminPassword: string;
  logFile: string;
  /** Every provider URL is rewritten to this sandbox (never a real provider in the browser tests). */
  sandboxUrl: string;
}

/** Asks the OS for a port nobody uses, so parallel runs and a dev server on 3000 never collide. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolvePort(port) : reject(new Error('no free port'))));
    });
  });
}

/** Starts the built API (`node dist/apps/api/main.js`) on SQLite in a fresh data dir. */
export function startApi(opts: ApiServerOptions): ChildProcess {
  if (!existsSync(API_MAIN)) {
    throw new Error(`${API_MAIN} is missing: build first (npx nx e2e dashboard-e2e builds api and dashboard)`);
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(opts.port),
    HOST: '127.0.0.1',
    PATCHBAY_DATA_DIR: opts.dataDir,
    PATCHBAY_ADMIN_EMAIL: opts.adminEmail,
    PATCHBAY_ADMIN_PASSWORD: opts.adminPassword,
    PATCHBAY_DASHBOARD_DIR: opts.dashboardDir,
    PATCHBAY_SANDBOX_URL: opts.sandboxUrl,
    PATCHBAY_SPECS_DIR: SPECS_DIR,
    // The admin-pages test calls a custom integration on a local server: an internal API an admin allows by name.
    PATCHBAY_OUTBOUND_ALLOW: '127.0.0.1',
  };
  // The browser tests always run on a throwaway SQLite file and against real providers never.
  delete env['DATABASE_URL'];
  delete env['NODE_ENV'];
  const log = createWriteStream(opts.logFile);
  // detached: the API gets its own process group, so teardown can end it and anything it spawned together.
  const child = spawn(process.execPath, [API_MAIN], { cwd: REPO_ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return child;
}

/** Starts the built provider sandbox (`node dist/apps/sandbox/main.js`) on the given port. */
export function startSandbox(port: number, logFile: string): ChildProcess {
  if (!existsSync(SANDBOX_MAIN)) {
    throw new Error(`${SANDBOX_MAIN} is missing: build first (npx nx e2e dashboard-e2e builds the sandbox)`);
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SANDBOX_PORT: String(port),
    SANDBOX_HOST: '127.0.0.1',
    PATCHBAY_SPECS_DIR: SPECS_DIR,
  };
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, [SANDBOX_MAIN], { cwd: REPO_ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return child;
}

/** Waits until the sandbox answers its control API; fails early with its log if it dies. */
export async function waitForSandbox(child: ChildProcess, baseUrl: string, logFile: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`Sandbox exited (${child.exitCode ?? child.signalCode}) before answering:\n${tail(logFile)}`);
    }
    try {
      const res = await fetch(`${baseUrl}/_sandbox/providers`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return;
      lastProblem = `HTTP ${res.status}`;
    } catch (err) {
      lastProblem = err instanceof Error ? err.message : String(err);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Sandbox not answering after ${timeoutMs} ms (${lastProblem}):\n${tail(logFile)}`);
}

function tail(file: string, lines = 30): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Polls `/api/health` until it answers 200; fails early with the server log if the process dies. */
export async function waitForHealth(child: ChildProcess, baseUrl: string, logFile: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`API exited (${child.exitCode ?? child.signalCode}) before becoming healthy:\n${tail(logFile)}`);
    }
    try {
      const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return;
      lastProblem = `HTTP ${res.status}: ${await res.text()}`;
    } catch (err) {
      lastProblem = err instanceof Error ? err.message : String(err);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`API not healthy after ${timeoutMs} ms (${lastProblem}):\n${tail(logFile)}`);
}

/** Ends a process group: SIGTERM, then SIGKILL if it has not gone after a grace period. */
export async function killGroup(pid: number, graceMs = 5_000): Promise<void> {
  const alive = (): boolean => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const signal = (sig: NodeJS.Signals): void => {
    try {
      process.kill(-pid, sig);
    } catch {
      try {
        process.kill(pid, sig);
      } catch {
        // already gone
      }
    }
  };
  if (!alive()) return;
  signal('SIGTERM');
  const deadline = Date.now() + graceMs;
  while (alive() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (alive()) signal('SIGKILL');
}

/** Pids of processes whose command line mentions `needle` (used to find our chromium by its profile dir). */
export function pidsWithArg(needle: string): number[] {
  const pids: number[] = [];
  let entries: string[] = [];
  try {
    entries = readdirSync('/proc');
  } catch {
    return pids;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(join('/proc', entry, 'cmdline'), 'utf8');
      if (cmdline.includes(needle)) pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}
