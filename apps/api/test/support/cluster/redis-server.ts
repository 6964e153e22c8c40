import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { freePort } from '../sandbox-process';

/**
 * A private `redis-server` for one test file, on a free port, so a test may stop and restart it without touching the
 * machine's shared Redis. It persists like the compose file's Redis (append-only file, here in a temp dir), so a
 * restart keeps what was queued, as it does in production; no RDB snapshots.
 */
export interface PrivateRedis {
  readonly url: string;
  /** SIGTERM (Redis writes the append-only file and exits), then the same port and data again. */
  restart(downMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'patchbay-redis-'));
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;

  const launch = async (): Promise<void> => {
    const c = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'yes', '--dir', dir, '--logfile', ''],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child = c;
    let out = '';
    c.stdout?.on('data', (d) => (out += d));
    c.stderr?.on('data', (d) => (out += d));
    const deadline = Date.now() + 10_000;
    for (;;) {
      if (c.exitCode !== null) throw new Error(`redis-server exited: ${out}`);
      const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      probe.on('error', () => undefined);
      try {
        await probe.connect();
        // Loading the append-only file answers LOADING until done.
        if ((await probe.ping()) === 'PONG') return;
      } catch {
        /* starting */
      } finally {
        probe.disconnect();
      }
      if (Date.now() > deadline) throw new Error(`redis-server did not start: ${out}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  const halt = (): Promise<void> =>
    new Promise<void>((resolve) => {
      const c = child;
      if (!c || c.exitCode !== null || c.signalCode !== null) return resolve();
      c.once('exit', () => resolve());
      c.kill('SIGTERM');
      setTimeout(() => c.kill('SIGKILL'), 5_000).unref();
    });

  await launch();
  return {
    url,
    restart: async (downMs = 0) => {
      await halt();
      if (downMs) await new Promise((r) => setTimeout(r, downMs));
      await launch();
    },
    stop: async () => {
      await halt();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
