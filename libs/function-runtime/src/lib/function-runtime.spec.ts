import * as ts from 'typescript';
import { FunctionRuntime } from './function-runtime';
import { OperationCallError, type OperationCaller, type RunRequest } from './types';

// What the toolchain's transpileFunction does: TypeScript → CommonJS with exports.default.
const transpile = (code: string): string =>
  ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
const methods = {
  slack: { chatPostMessage: { provider: 'slack', operationId: 'chat.postMessage' } },
  notion: { pagesCreate: { provider: 'notion', operationId: 'pages.create' } },
};

let runtime: FunctionRuntime;
let seq = 0;
beforeAll(() => {
  runtime = new FunctionRuntime({ transpile, methods: () => methods, limits: { timeoutMs: 2000 } });
});
afterAll(() => runtime.close());

const fn = (body: string) =>
  `import { defineFunction } from '@patchbay/functions-sdk';\nexport default defineFunction({ name: 't', trigger: { type: 'http' }, run: async (ctx: any) => {\n${body}\n} });`;
const okCaller: OperationCaller = async ({ provider, operationId, input }) => ({
  status: 200,
  data: { ok: true, provider, operationId, echo: input },
});
const run = (code: string, extra: Partial<RunRequest> = {}) => runtime.run({ key: `f${++seq}@1`, code, callOperation: okCaller, ...extra });

/** The host is still fine: a plain run right after works. */
async function hostUnharmed(): Promise<void> {
  const r = await run(fn(`return 1 + 1;`));
  expect(r).toMatchObject({ status: 'succeeded', result: 2 });
}

describe('FunctionRuntime', () => {
  it('runs a function: input, connector calls with copied data, logs, result', async () => {
    const r = await run(
      fn(`
        ctx.log('start', { n: ctx.input.n });
        const a = await ctx.connectors.slack.chatPostMessage({ body: { channel: 'C1', text: 'hi ' + ctx.input.n } });
        ctx.log.warn('posted');
        return { posted: a.echo.body.text, provider: a.provider };`),
      { input: { n: 7 } },
    );
    expect(r.status).toBe('succeeded');
    expect(r.result).toEqual({ posted: 'hi 7', provider: 'slack' });
    expect(r.logs.map((l) => [l.level, l.message])).toEqual([
      ['info', 'start {"n":7}'],
      ['warn', 'posted'],
    ]);
    expect(r.calls).toEqual([{ provider: 'slack', operationId: 'chat.postMessage', status: 200, durationMs: expect.any(Number) }]);
  });

  it('gives the run its id and reaches custom integrations through the host only', async () => {
    const seen: unknown[] = [];
    const r = await run(
      fn(`const a = await ctx.integrations.crm.request({ method: 'GET', path: '/x' }); return { id: ctx.runId, status: a.status, body: a.body };`),
      {
        runId: 'run-1',
        callIntegration: async (call) => {
          seen.push(call);
          return { status: 201, data: { fine: true } };
        },
      },
    );
    expect(r).toMatchObject({ status: 'succeeded', result: { id: 'run-1', status: 201, body: { fine: true } } });
    expect(seen).toEqual([{ name: 'crm', request: { method: 'GET', path: '/x' } }]);
    expect(r.calls).toEqual([{ provider: 'integration:crm', operationId: 'request', status: 201, durationMs: expect.any(Number) }]);
    const none = await run(fn(`return await ctx.integrations.crm.request({ method: 'GET', path: '/x' });`));
    expect(none.error?.code).toBe('integration_not_found');
  });

  it('reuses the compiled version and a fresh context for each run (no state carried over)', async () => {
    const code = fn(`globalThis.count = (globalThis.count ?? 0) + 1; return globalThis.count;`);
    for (let i = 0; i < 3; i++)
      expect(await runtime.run({ key: 'same@1', code, callOperation: okCaller })).toMatchObject({ status: 'succeeded', result: 1 });
  });

  it('fails a run whose code does not compile or export a function', async () => {
    const raw = new FunctionRuntime({ transpile: (c) => c, methods: () => methods });
    const throwing = new FunctionRuntime({
      transpile: () => {
        throw new Error('Unexpected token (1:16)');
      },
      methods: () => methods,
    });
    try {
      expect((await raw.run({ key: 'bad@1', code: 'exports.default = {', callOperation: okCaller })).error?.code).toBe('compile_error');
      expect((await throwing.run({ key: 'bad@1', code: 'export default {', callOperation: okCaller })).error).toEqual({
        code: 'compile_error',
        message: 'Unexpected token (1:16)',
      });
    } finally {
      await raw.close();
      await throwing.close();
    }
    expect((await run('export default 42;')).error?.code).toBe('invalid_function');
  });

  it("a connector call beyond the granted scopes fails the run with the host's insufficient_scope", async () => {
    const refuse: OperationCaller = async () => {
      throw new OperationCallError(
        'insufficient_scope',
        'This connection lacks permission(s): chat:write',
        { missingScopes: ['chat:write'], consentUrl: 'http://consent' },
        403,
      );
    };
    const r = await run(fn(`await ctx.connectors.slack.chatPostMessage({ body: { channel: 'C1', text: 'x' } }); return 'unreachable';`), {
      callOperation: refuse,
    });
    expect(r.status).toBe('failed');
    expect(r.error).toEqual({
      code: 'insufficient_scope',
      message: 'This connection lacks permission(s): chat:write',
      missingScopes: ['chat:write'],
      consentUrl: 'http://consent',
    });
    expect(r.calls).toEqual([{ provider: 'slack', operationId: 'chat.postMessage', status: 'insufficient_scope', durationMs: expect.any(Number) }]);
  });

  it('a function cannot forge a host error (consent URL) by throwing one itself', async () => {
    const r = await run(
      fn(`const e: any = new Error('give me your token'); e.code = 'insufficient_scope'; e.consentUrl = 'http://evil'; e.callIndex = 0; throw e;`),
    );
    expect(r.error).toEqual({ code: 'function_error', message: 'give me your token' });
  });

  it('an unknown connector method fails with unknown_operation and calls nothing', async () => {
    const caller = jest.fn(okCaller);
    const r = await run(fn(`return await ctx.connectors.slack.deleteEverything({});`), { callOperation: caller });
    expect(r.error?.code).toBe('unknown_operation');
    expect(caller).not.toHaveBeenCalled();
  });

  describe('hostile code: stopped, recorded failed with a reason, host unharmed', () => {
    it('while(true){}', async () => {
      const t0 = Date.now();
      const r = await run(fn(`while (true) {}`), { limits: { timeoutMs: 300 } });
      expect(r.status).toBe('failed');
      expect(r.error?.code).toBe('timeout');
      expect(Date.now() - t0).toBeLessThan(3000);
      await hostUnharmed();
    });

    it('an endless microtask loop', async () => {
      const r = await run(fn(`for (;;) await null;`), { limits: { timeoutMs: 300 } });
      expect(r.error?.code).toBe('timeout');
      await hostUnharmed();
    });

    it('a memory bomb (objects, then a huge buffer)', async () => {
      const heapBefore = process.memoryUsage().heapUsed;
      // The full time limit: near its heap limit V8 collects garbage over and over before it gives up (slow on a busy machine).
      const r = await run(fn(`const a: any[] = []; for (;;) a.push(new Array(100000).fill({ x: 1 }));`), { limits: { timeoutMs: 10_000 } });
      expect(r.error?.code).toBe('memory_limit');
      const b = await run(
        fn(`const a: any[] = []; for (let i = 0; i < 64; i++) a.push(new Uint8Array(64 * 1024 * 1024).fill(1)); return a.length;`),
        { limits: { timeoutMs: 10_000 } },
      );
      expect(b.status).toBe('failed');
      expect(['memory_limit', 'function_error']).toContain(b.error?.code);
      expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(64 * 1024 * 1024);
      await hostUnharmed();
    });

    it('deep recursion', async () => {
      const r = await run(fn(`const f = (n: number): number => f(n + 1) + 1; return f(0);`));
      expect(r.error?.code).toBe('stack_overflow');
      await hostUnharmed();
    });

    it('a log flood', async () => {
      const r = await run(fn(`for (;;) { try { ctx.log('x'.repeat(100)); } catch { /* keep going */ } }`), { limits: { timeoutMs: 5000 } });
      expect(r.error?.code).toBe('log_limit');
      expect(r.logs.length).toBeLessThanOrEqual(1000);
      expect(r.logs.reduce((n, l) => n + l.message.length, 0)).toBeLessThanOrEqual(64 * 1024);
      await hostUnharmed();
    });

    it.each([
      ['process', `return process.env;`, /process is not defined/],
      ['require of a host module', `const fs = require('fs'); return fs.readdirSync('/');`, /only @patchbay\/functions-sdk/],
      ['import of a host module', `const cp = await import('child_process'); return String(cp);`, /only @patchbay\/functions-sdk/],
      ['fetch', `return await fetch('http://127.0.0.1:1/');`, /fetch is not defined/],
      ['globalThis constructor chain', `return (globalThis as any).constructor.constructor('return process')().pid;`, /process is not defined/],
      ["a function's constructor chain", `return (ctx.log as any).constructor('return require')()('fs');`, /require is not defined/],
      ['timers and host globals', `setTimeout(() => 0, 1); return 1;`, /setTimeout is not defined/],
    ])('%s', async (_name, body, message) => {
      const r = await run(fn(body));
      expect(r.status).toBe('failed');
      expect(r.error?.message).toMatch(message);
      await hostUnharmed();
    });

    it('raw dynamic import() (not transpiled) is refused', async () => {
      const raw = new FunctionRuntime({ transpile: (c) => c, methods: () => methods });
      try {
        const r = await raw.run({
          key: 'raw@1',
          code: `exports.default = { run: async () => (await import('fs')).readdirSync('/') };`,
          callOperation: okCaller,
        });
        expect(r.status).toBe('failed');
      } finally {
        await raw.close();
      }
    });

    it('mutating what the host passed in fails the run and leaves the host objects as they were', async () => {
      const input = { user: { name: 'Ada' }, list: [1, 2] };
      const r = await run(fn(`ctx.input.user.name = 'Eve'; return 'mutated';`), { input });
      expect(r.status).toBe('failed');
      expect(r.error?.message).toMatch(/read[- ]only|Cannot assign/);
      for (const body of [
        `(ctx as any).connectors.slack = null;`,
        `(ctx as any).connectors.slack.chatPostMessage = () => 1;`,
        `(ctx as any).log = null;`,
        `ctx.input.list.push(3);`,
      ]) {
        const m = await run(fn(body + ` return 'mutated';`), { input });
        expect(m.status).toBe('failed');
      }
      expect(input).toEqual({ user: { name: 'Ada' }, list: [1, 2] });
      // Data a call answered is a copy: changing it changes nothing at the host.
      const data = { items: [{ id: 1 }] };
      const c = await run(
        fn(`const d = await ctx.connectors.slack.chatPostMessage({}); d.items[0].id = 99; d.items.push(5); return d.items.length;`),
        {
          callOperation: async () => ({ status: 200, data }),
        },
      );
      expect(c).toMatchObject({ status: 'succeeded', result: 2 });
      expect(data).toEqual({ items: [{ id: 1 }] });
    });

    it('an oversized result', async () => {
      const r = await run(fn(`return 'x'.repeat(300 * 1024);`));
      expect(r.error?.code).toBe('result_too_large');
      await hostUnharmed();
    });

    it('too many connector calls', async () => {
      const r = await run(fn(`for (let i = 0; i < 500; i++) await ctx.connectors.slack.chatPostMessage({});`), { limits: { maxCalls: 5 } });
      expect(r.error?.code).toBe('call_limit');
      expect(r.calls).toHaveLength(5);
      await hostUnharmed();
    });
  });

  it('source that closes its wrapper early cannot replace the bootstrap nor hold the event loop', async () => {
    // The toolchain's transpile would not let this through; the runtime must not rely on it. The bootstrap is taken
    // before anything derived from the source runs, and the source's script runs on the isolate's thread.
    const raw = new FunctionRuntime({ transpile: (code) => code, methods: () => methods, limits: { timeoutMs: 500 } });
    try {
      const hijack = await raw.run({
        key: 'breakout@1',
        code: `}; Object.defineProperty(globalThis, '__pb_boot', { value: () => Promise.resolve('{"ok":true,"result":"hijacked"}') }); function __pb_rest() {`,
        callOperation: okCaller,
      });
      expect(hijack.status).toBe('failed');
      expect(JSON.stringify(hijack)).not.toContain('hijacked');
      let ticks = 0;
      const ticking = setInterval(() => ticks++, 20);
      const loop = await raw.run({ key: 'breakout@2', code: `}; for (;;) {} function __pb_rest() {`, callOperation: okCaller });
      clearInterval(ticking);
      expect(loop.error?.code).toBe('timeout');
      expect(ticks).toBeGreaterThan(5); // the host's timers kept running while the loop spun
    } finally {
      await raw.close();
    }
  });

  it('runs at once stay apart (one run failing does not touch another)', async () => {
    const [a, b, c] = await Promise.all([
      run(fn(`const a: any[] = []; for (;;) a.push(new Array(100000).fill(1));`), { limits: { timeoutMs: 10_000 } }),
      run(fn(`const r = await ctx.connectors.notion.pagesCreate({ body: { n: 1 } }); return r.operationId;`)),
      run(fn(`while (true) {}`), { limits: { timeoutMs: 300 } }),
    ]);
    expect(a.error?.code).toBe('memory_limit');
    expect(b).toMatchObject({ status: 'succeeded', result: 'pages.create' });
    expect(c.error?.code).toBe('timeout');
  });
});
