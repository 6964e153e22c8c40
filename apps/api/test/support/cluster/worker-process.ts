import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../sandbox-process';

/** The real worker entry point (apps/api/src/worker.ts through swc) as its own process, as `npm run start:worker` runs it. */
export interface WorkerProcess {
  readonly pid: number;
  output(): string;
  /** `kill -9`: no shutdown hook runs, the jobs it held stay locked until their lock expires. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

export async function startWorkerProcess(env: Record<string, string>): Promise<WorkerProcess> {
  const child: ChildProcess = spawn(process.execPath, ['-r', '@swc-node/register', join(REPO_ROOT, 'apps/api/src/worker.ts')], {
    cwd: REPO_ROOT,
    env: { PATH: process.env['PATH'] ?? '', SWC_NODE_PROJECT: 'apps/api/tsconfig.app.json', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  const exited = (): Promise<void> =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
    });
  const deadline = Date.now() + 180_000;
  while (!out.includes('Patchbay worker consuming runs')) {
    if (child.exitCode !== null) throw new Error(`worker process exited: ${out}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`worker process did not start: ${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    pid: child.pid as number,
    output: () => out,
    kill: async () => {
      const done = exited();
      child.kill('SIGKILL');
      await done;
    },
    stop: async () => {
      const done = exited();
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await done;
      clearTimeout(timer);
    },
  };
}
