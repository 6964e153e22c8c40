/**
 * Save = type-check: function code against the SDK and the generated connector types, with the TypeScript compiler
 * API in a worker thread (a cached language service; the request thread only posts the code and awaits the answer).
 */
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import * as ts from 'typescript';
import { EMBEDDED_TYPINGS } from '../generated/function-typings';
import { TYPE_CHECK_WORKER_SOURCE } from './type-check.worker-source';

export interface TypeProblem {
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  message: string;
}

export interface FunctionTypeCheckerOptions {
  /** Longest wait for one check before it fails (default 30 s; the worker is restarted). */
  timeoutMs?: number;
}

/** Virtual root of the embedded typings (must match the registry generator's VIRTUAL_ROOT). */
const ROOT = '/patchbay';
const WARM_UP = `import { defineFunction } from '@patchbay/functions-sdk';
export default defineFunction({ name: 'warm-up', trigger: { type: 'http' }, run: async (ctx) => { ctx.log(ctx.input); } });
`;

interface Pending {
  resolve: (problems: TypeProblem[]) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export class FunctionTypeChecker {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private readonly timeoutMs: number;

  constructor(options: FunctionTypeCheckerOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  /** Problems of `code` (empty when it type-checks), sorted by position. */
  check(code: string): Promise<TypeProblem[]> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise<TypeProblem[]>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.fail(new Error(`Type check took longer than ${this.timeoutMs} ms`));
      }, this.timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      worker.ref();
      worker.postMessage({ id, code });
    });
  }

  /** Starts the worker ahead of the first check (it parses the typings and warms up once). */
  warmUp(): Promise<void> {
    return this.check(WARM_UP).then(() => undefined);
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.rejectAll(new Error('Type checker closed'));
    if (worker) await worker.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    // The typescript package the host loaded (an external of the API bundle): the worker requires the same one.
    const typescriptPath = dirname(dirname(ts.getDefaultLibFilePath({})));
    const worker = new Worker(TYPE_CHECK_WORKER_SOURCE, {
      eval: true,
      workerData: { typescriptPath, root: ROOT, typings: EMBEDDED_TYPINGS, warmUp: WARM_UP },
    });
    worker.on('message', (message: { id: number; problems?: TypeProblem[]; error?: string }) => {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      clearTimeout(pending.timer);
      if (!this.pending.size) worker.unref();
      if (message.error !== undefined) pending.reject(new Error(`Type check failed: ${message.error}`));
      else pending.resolve(message.problems ?? []);
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', () => {
      if (this.worker === worker) this.fail(new Error('Type check worker exited'));
    });
    worker.unref();
    this.worker = worker;
    return worker;
  }

  /** The worker is dropped (the next check starts a new one) and every pending check fails. */
  private fail(error: Error): void {
    const worker = this.worker;
    this.worker = undefined;
    this.rejectAll(error);
    if (worker) void worker.terminate();
  }

  private rejectAll(error: Error): void {
    for (const [id, pending] of this.pending) {
      clearTimeout(pending.timer);
      pending.reject(error);
      this.pending.delete(id);
    }
  }
}
