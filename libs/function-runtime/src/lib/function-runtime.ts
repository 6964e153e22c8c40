import * as ivmNamespace from 'isolated-vm';
import { BOOTSTRAP_SOURCE } from './isolate-bootstrap';
import {
  DEFAULT_LIMITS,
  OperationCallError,
  type MethodTable,
  type RunCall,
  type RunError,
  type RunLimits,
  type RunLog,
  type RunRequest,
  type RunResult,
} from './types';

export interface FunctionRuntimeOptions {
  /** Function source → CommonJS JavaScript whose `exports.default` is the defineFunction(...) value. */
  transpile: (code: string) => string;
  /** Which operation each `ctx.connectors.<connector>.<method>` runs (read on every call, so it may be a getter). */
  methods: () => MethodTable;
  /** Defaults for every run (each run may lower or raise them). */
  limits?: Partial<RunLimits>;
  /** Isolates kept warm between runs (0: a new isolate for every run). Default 2. */
  warmIsolates?: number;
  /** Runs executing at once; more wait their turn. Default 8. */
  maxConcurrentRuns?: number;
  /** Versions whose transpiled code is kept (and compiled scripts per isolate). Default 200. */
  cacheSize?: number;
}

/** One isolate and the scripts compiled in it (a compiled script can run in any context of its isolate). */
interface PooledIsolate {
  isolate: ivmNamespace.Isolate;
  memoryMb: number;
  scripts: Map<string, ivmNamespace.Script>;
  /** The bootstrap, compiled once for the isolate. */
  boot?: ivmNamespace.Script;
}

/** Why the host stopped a run (disposing its isolate). */
type Stop = { code: string; message: string };

/** A small LRU map: the least recently used entry goes when it is full. */
class Lru<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly max: number) {}
  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }
  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as K);
  }
  clear(): void {
    this.map.clear();
  }
}

/**
 * isolated-vm's exports live on its module object's prototype: a namespace import copied by esModuleInterop has none
 * of them, only `default`. Take the module itself either way.
 */
const ivm = ((ivmNamespace as unknown as { default?: typeof ivmNamespace }).default ?? ivmNamespace) as typeof ivmNamespace;

const now = (): number => Number(process.hrtime.bigint()) / 1e6;

/**
 * Runs function code in isolated-vm: a separate V8 isolate with its own heap limit and no Node API at all (no
 * require, process, file system, network, timers or environment). Each run gets a fresh context; the compiled script
 * of a version is cached per isolate, and a few isolates are kept warm. Connector calls cross back to the host
 * through one function taking and returning strings, so neither side ever holds the other's objects.
 *
 * A run that crosses a limit (time, memory, logs) has its isolate disposed: whatever it was doing stops there, and
 * the isolate is never reused.
 */
export class FunctionRuntime {
  private readonly limits: RunLimits;
  private readonly warm: PooledIsolate[] = [];
  private readonly warmMax: number;
  private readonly maxConcurrent: number;
  private readonly transpiled: Lru<string, { js?: string; error?: string }>;
  private readonly cacheSize: number;
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  private closed = false;

  constructor(private readonly options: FunctionRuntimeOptions) {
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.warmMax = options.warmIsolates ?? 2;
    this.maxConcurrent = options.maxConcurrentRuns ?? 8;
    this.cacheSize = options.cacheSize ?? 200;
    this.transpiled = new Lru(this.cacheSize);
  }

  /** The limits a run gets when it asks for nothing else. */
  get defaultLimits(): Readonly<RunLimits> {
    return this.limits;
  }

  /** Runs one invocation; never throws for anything the function does (the result says how it ended). */
  async run(req: RunRequest): Promise<RunResult> {
    if (this.closed) throw new Error('The function runtime is closed');
    await this.slot();
    try {
      return await this.runInIsolate(req);
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }

  /** Disposes the warm isolates; runs in flight finish first. */
  async close(): Promise<void> {
    this.closed = true;
    while (this.running > 0) await new Promise((r) => setTimeout(r, 10));
    for (const p of this.warm.splice(0)) if (!p.isolate.isDisposed) p.isolate.dispose();
    this.transpiled.clear();
  }

  private async slot(): Promise<void> {
    if (this.running < this.maxConcurrent) {
      this.running++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
  }

  private javascript(req: RunRequest): { js?: string; error?: string } {
    let entry = this.transpiled.get(req.key);
    if (!entry) {
      try {
        entry = { js: this.options.transpile(req.code) };
      } catch (err) {
        entry = { error: err instanceof Error ? err.message : String(err) };
      }
      this.transpiled.set(req.key, entry);
    }
    return entry;
  }

  private acquire(memoryMb: number): PooledIsolate {
    for (let i = this.warm.length - 1; i >= 0; i--) {
      const p = this.warm[i];
      if (p.memoryMb === memoryMb && !p.isolate.isDisposed) {
        this.warm.splice(i, 1);
        return p;
      }
    }
    return { isolate: new ivm.Isolate({ memoryLimit: memoryMb }), memoryMb, scripts: new Map() };
  }

  private release(p: PooledIsolate, reusable: boolean): void {
    if (p.isolate.isDisposed) return;
    if (reusable && !this.closed && this.warm.length < this.warmMax) {
      const heap = p.isolate.getHeapStatisticsSync();
      // A run that left the heap half full would make the next one fail early: start that one afresh.
      if (heap.used_heap_size < (p.memoryMb * 1024 * 1024) / 2) {
        if (p.scripts.size > this.cacheSize) p.scripts.clear();
        this.warm.push(p);
        return;
      }
    }
    p.isolate.dispose();
  }

  private async runInIsolate(req: RunRequest): Promise<RunResult> {
    const started = now();
    const limits: RunLimits = { ...this.limits, ...req.limits };
    const logs: RunLog[] = [];
    const calls: RunCall[] = [];
    const callErrors: RunError[] = [];
    const elapsed = () => Math.round((now() - started) * 1000) / 1000;
    const failed = (error: RunError): RunResult => ({ status: 'failed', error, logs, calls, durationMs: elapsed() });

    const source = this.javascript(req);
    if (source.error !== undefined || source.js === undefined) return failed({ code: 'compile_error', message: source.error ?? 'No code' });

    const pooled = this.acquire(limits.memoryMb);
    const { isolate } = pooled;
    let stop: Stop | undefined;
    let pendingCalls = 0;
    let context: ivmNamespace.Context | undefined;
    let boot: ivmNamespace.Reference | undefined;
    const halt = (s: Stop) => {
      if (stop) return;
      stop = s;
      if (!isolate.isDisposed) isolate.dispose();
    };

    const methods = this.options.methods();
    let made = 0;
    const callHost = async (kind: unknown, connector: unknown, method: unknown, inputJson: unknown): Promise<string> => {
      const answerError = (error: RunError) => {
        callErrors.push(error);
        return JSON.stringify({ ok: false, index: callErrors.length - 1, error });
      };
      if (typeof connector !== 'string' || typeof method !== 'string' || typeof inputJson !== 'string') {
        return answerError({ code: 'invalid_input', message: 'A connector call needs a connector, a method and an input' });
      }
      const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
      const target =
        kind === 'integration'
          ? req.callIntegration && method === 'request'
            ? { provider: `integration:${connector.slice(0, 80)}`, operationId: 'request' }
            : undefined
          : kind === 'connector' && own(methods, connector) && own(methods[connector], method)
            ? methods[connector][method]
            : undefined;
      if (!target) {
        return kind === 'integration'
          ? answerError({ code: 'integration_not_found', message: `ctx.integrations.${connector.slice(0, 80)} is not available` })
          : answerError({ code: 'unknown_operation', message: `ctx.connectors.${connector.slice(0, 80)}.${method.slice(0, 80)} does not exist` });
      }
      if (++made > limits.maxCalls) {
        halt({ code: 'call_limit', message: `The run made more than ${limits.maxCalls} connector calls` });
        return answerError({ code: 'call_limit', message: `The run made more than ${limits.maxCalls} connector calls` });
      }
      if (inputJson.length > limits.maxCallInputBytes)
        return answerError({
          code: 'invalid_input',
          message: `The input of ${connector}.${method} is larger than ${limits.maxCallInputBytes} bytes`,
        });
      const t0 = now();
      pendingCalls++;
      try {
        const input = JSON.parse(inputJson) as unknown;
        const answer =
          kind === 'integration' && req.callIntegration
            ? await req.callIntegration({ name: connector, request: input })
            : await req.callOperation({ provider: target.provider, operationId: target.operationId, input });
        calls.push({
          provider: target.provider,
          operationId: target.operationId,
          status: answer.status,
          durationMs: Math.round((now() - t0) * 1000) / 1000,
        });
        return JSON.stringify({
          ok: true,
          data: kind === 'integration' ? { status: answer.status, body: answer.data ?? null } : (answer.data ?? null),
        });
      } catch (err) {
        const error: RunError =
          err instanceof OperationCallError
            ? { ...err.details, code: err.code, message: err.message }
            : { code: 'operation_failed', message: err instanceof Error ? err.message : String(err) };
        calls.push({
          provider: target.provider,
          operationId: target.operationId,
          status: error.code,
          durationMs: Math.round((now() - t0) * 1000) / 1000,
        });
        return answerError(error);
      } finally {
        pendingCalls--;
      }
    };

    const timer = setTimeout(() => halt({ code: 'timeout', message: `The run took longer than ${limits.timeoutMs} ms` }), limits.timeoutMs);
    let outcome: RunResult;
    try {
      // The context and our bootstrap are set up with synchronous calls: each asynchronous isolated-vm call is a hop to
      // the isolate's thread and back through the event loop (about 0.5 ms each of a warm run's latency on a busy
      // 2-core machine), while what these run is ours alone — the bootstrap goes in before anything derived from the
      // function's source, whose getters or loops could otherwise hold the event loop — and takes microseconds.
      // Compiling and running the function's own script stay asynchronous (on the isolate's thread).
      context = isolate.createContextSync();
      pooled.boot ??= await isolate.compileScript(BOOTSTRAP_SOURCE, { filename: 'patchbay:bootstrap' });
      pooled.boot.runSync(context, { timeout: limits.timeoutMs });
      boot = context.global.getSync('__pb_boot', { reference: true }) as ivmNamespace.Reference;
      let script = pooled.scripts.get(req.key);
      if (!script) {
        try {
          script = await isolate.compileScript(`globalThis.__pb_module = function (exports, require, module) { 'use strict';\n${source.js}\n};`, {
            filename: `function:${req.key}`,
          });
        } catch (err) {
          if (stop || isolate.isDisposed) throw err;
          return failed({ code: 'compile_error', message: err instanceof Error ? err.message : String(err) });
        }
        pooled.scripts.set(req.key, script);
      }
      await script.run(context, { timeout: limits.timeoutMs });
      const log = new ivm.Callback(
        (level: unknown, message: unknown) => {
          if (logs.length >= limits.maxLogLines || typeof message !== 'string') return;
          logs.push({
            t: elapsed(),
            level: level === 'warn' || level === 'error' || level === 'debug' ? level : 'info',
            message: message.slice(0, limits.maxLogBytes),
          });
        },
        // Synchronous: a line is the host's before the function goes on (a run stopped right after still has it).
        { sync: true },
      );
      const notice = new ivm.Callback(
        (kind: unknown) => {
          if (kind === 'log_limit')
            setImmediate(() =>
              halt({ code: 'log_limit', message: `The run wrote more than ${limits.maxLogLines} log lines or ${limits.maxLogBytes} bytes of logs` }),
            );
        },
        { ignored: true },
      );
      const answer = (await boot.apply(
        undefined,
        [
          new ivm.Reference(callHost),
          log,
          notice,
          JSON.stringify(req.input ?? {}),
          JSON.stringify(req.event ?? null),
          JSON.stringify({ maxLogLines: limits.maxLogLines, maxLogBytes: limits.maxLogBytes, maxResultBytes: limits.maxResultBytes }),
          req.runId ?? '',
        ],
        { timeout: limits.timeoutMs, result: { promise: true, copy: true } },
      )) as unknown;
      if (stop) return failed(stop);
      const parsed = JSON.parse(String(answer)) as {
        ok: boolean;
        result?: unknown;
        error?: { code?: string; name?: string; message: string; callIndex?: number };
      };
      if (parsed.ok) {
        if (String(answer).length > limits.maxResultBytes + 20)
          return failed({ code: 'result_too_large', message: `The result is larger than ${limits.maxResultBytes} bytes` });
        outcome = { status: 'succeeded', result: parsed.result, logs, calls, durationMs: elapsed() };
      } else {
        outcome = failed(this.runError(parsed.error ?? { message: 'The function failed' }, callErrors));
      }
      return outcome;
    } catch (err) {
      if (stop) return failed(stop);
      const message = err instanceof Error ? err.message : String(err);
      if (/memory limit/i.test(message)) return failed({ code: 'memory_limit', message: `The run used more than ${limits.memoryMb} MB of memory` });
      if (/timed out/i.test(message)) return failed({ code: 'timeout', message: `The run took longer than ${limits.timeoutMs} ms` });
      return failed({ code: 'function_error', message: message.slice(0, 2000) });
    } finally {
      clearTimeout(timer);
      if (boot && !isolate.isDisposed) boot.release();
      if (context && !isolate.isDisposed) context.release();
      // A run that left connector calls behind (not awaited) must not share its isolate with the next one.
      this.release(pooled, !stop && pendingCalls === 0);
    }
  }

  /**
   * The run's error. A failed connector call the function did not catch keeps the host's own record of it (code,
   * missing scopes, consent URL…): the function cannot forge those, it can only point at a real failure of its run.
   */
  private runError(e: { code?: string; name?: string; message: string; callIndex?: number }, callErrors: RunError[]): RunError {
    if (typeof e.callIndex === 'number' && callErrors[e.callIndex] && callErrors[e.callIndex].message === e.message) return callErrors[e.callIndex];
    if (
      e.code === 'log_limit' ||
      e.code === 'forbidden_module' ||
      e.code === 'invalid_function' ||
      e.code === 'result_too_large' ||
      e.code === 'result_not_json'
    ) {
      return { code: e.code, message: e.message };
    }
    if (e.name === 'RangeError' && /call stack/i.test(e.message)) return { code: 'stack_overflow', message: e.message };
    return { code: 'function_error', message: e.name && e.name !== 'Error' ? `${e.name}: ${e.message}` : e.message };
  }
}
