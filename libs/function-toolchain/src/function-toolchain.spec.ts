import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { FunctionEdit, PlannedOperation, PlannedTrigger } from '@patchbay/planner';
import { CONNECTOR_MANIFESTS } from '@patchbay/connectors-registry';
import {
  applyEdits,
  FUNCTION_CONNECTOR_KEYS,
  functionMethodTable,
  FunctionShapeError,
  FunctionTypeChecker,
  generateFunctionCode,
  outlineFunction,
  transpileFunction,
} from './index';
import { EMBEDDED_TYPINGS, FUNCTION_INPUT_SHAPES } from './generated/function-typings';
import type { InputShape } from './lib/input-shape';

const EVENT: PlannedTrigger = { type: 'event', event: 'ticket.created', description: 'When the app sends ticket.created' };
const SCHEDULE: PlannedTrigger = { type: 'schedule', cron: '0 18 * * *', timezone: 'Europe/Paris', description: 'Every day at 18:00' };

function operation(provider: string, operationId: string, params: PlannedOperation['params'] = {}): PlannedOperation {
  const op = CONNECTOR_MANIFESTS[provider]?.operations[operationId];
  if (!op) throw new Error(`no ${provider} ${operationId}`);
  return { provider, operationId, params, why: 'test', readOnly: op.readOnly, requiredScopes: [...op.scopes] };
}

/** Literal params for every required string/number leaf of an operation's input (as a planner would extract them). */
function literalParams(shape: InputShape, prefix = ''): PlannedOperation['params'] {
  const out: PlannedOperation['params'] = {};
  if (shape.kind !== 'object') return out;
  for (const [field, sub] of Object.entries(shape.fields)) {
    const path = `${prefix}${field}`;
    if (sub.kind === 'string' && sub.literal === undefined) out[path] = `value of ${path}`;
    else if (sub.kind === 'number' && sub.literal === undefined) out[path] = 3;
    else if (sub.kind === 'object') Object.assign(out, literalParams(sub, `${path}.`));
  }
  return out;
}

/** Per provider: a changing operation with a body when there is one (what flows mostly do), else the first one. */
function onePerProvider(withParams: boolean): PlannedOperation[] {
  return Object.entries(CONNECTOR_MANIFESTS).map(([provider, manifest]) => {
    const ops = Object.values(manifest.operations);
    const op = ops.find((o) => !o.readOnly && o.body) ?? ops[0];
    const { key, method } = { key: FUNCTION_CONNECTOR_KEYS[provider], method: op.methodName };
    const params = withParams ? literalParams(FUNCTION_INPUT_SHAPES[key]?.[method] ?? { kind: 'unknown' }) : {};
    return operation(provider, op.operationId, params);
  });
}

// A cold worker parses the lib, SDK and connector typings first (seconds on a shared machine); checks after it are warm.
jest.setTimeout(60_000);
const checker = new FunctionTypeChecker();
beforeAll(() => checker.warmUp());
afterAll(() => checker.close());

describe('functionMethodTable', () => {
  it('maps every manifest operation of every provider to its key and client method', () => {
    const table = functionMethodTable();
    let count = 0;
    for (const [provider, manifest] of Object.entries(CONNECTOR_MANIFESTS)) {
      const methods = table[FUNCTION_CONNECTOR_KEYS[provider]];
      for (const op of Object.values(manifest.operations)) {
        expect(methods?.[op.methodName]).toEqual({ provider, operationId: op.operationId });
        count++;
      }
    }
    expect(count).toBeGreaterThan(20);
    expect(table['slack']?.['chatPostMessage']).toEqual({ provider: 'slack', operationId: 'chat.postMessage' });
  });
});

describe('generateFunctionCode', () => {
  it('writes a defineFunction module with the trigger and one awaited step per operation', () => {
    const code = generateFunctionCode({
      name: 'post-to-support',
      trigger: EVENT,
      operations: [operation('slack', 'chat.postMessage', { 'body.channel': '#support', 'body.text': "New ticket: it's here" })],
    });
    expect(code).toContain("import { defineFunction } from '@patchbay/functions-sdk';");
    expect(code).toContain('export default defineFunction({');
    expect(code).toContain("event: 'ticket.created'");
    expect(code).toMatch(
      /const chatPostMessage = await ctx\.connectors\.slack\.chatPostMessage\(\{\s+body: \{\s+channel: '#support',\s+text: 'New ticket: it\\'s here',/,
    );
    expect(code).toContain('return { chatPostMessage };');
  });

  it('one operation of each provider, params extracted: round-trips through the outline and type-checks with 0 problems', async () => {
    const operations = onePerProvider(true);
    expect(operations.length).toBe(Object.keys(CONNECTOR_MANIFESTS).length);
    const code = generateFunctionCode({ name: 'all-providers', trigger: EVENT, operations });
    const outline = outlineFunction(code);
    expect(outline.name).toBe('all-providers');
    expect(outline.trigger).toEqual(EVENT);
    expect(outline.steps.map((s) => [s.provider, s.operationId])).toEqual(operations.map((o) => [o.provider, o.operationId]));
    outline.steps.forEach((step, i) => expect(step.params).toEqual(expect.objectContaining(operations[i]?.params)));
    expect(await checker.check(code)).toEqual([]);
  });

  it('one operation of each provider, nothing extracted: required inputs come from ctx.input and it type-checks', async () => {
    const code = generateFunctionCode({ name: 'fills', trigger: SCHEDULE, operations: onePerProvider(false) });
    expect(code).toContain('String(ctx.input[');
    expect(await checker.check(code)).toEqual([]);
  });

  it.each(Object.keys(CONNECTOR_MANIFESTS))('every operation of %s type-checks as a step', async (provider) => {
    const manifest = CONNECTOR_MANIFESTS[provider];
    const operations = Object.values(manifest?.operations ?? {}).map((o) => operation(provider, o.operationId));
    const code = generateFunctionCode({ name: `every-${provider}`, trigger: { type: 'http', description: 'Run now' }, operations });
    expect(await checker.check(code)).toEqual([]);
  });
});

describe('applyEdits', () => {
  const base = generateFunctionCode({
    name: 'post-to-support',
    trigger: EVENT,
    operations: [operation('slack', 'chat.postMessage', { 'body.channel': '#support', 'body.text': 'New ticket' })],
  });

  it('set_param changes the literal in the tree and still type-checks', async () => {
    const code = applyEdits(base, [{ kind: 'set_param', step: 0, param: 'body.channel', value: '#product-updates' }]);
    expect(outlineFunction(code).steps[0]?.params['body.channel']).toBe('#product-updates');
    expect(code).not.toContain("'#support'");
    expect(await checker.check(code)).toEqual([]);
  });

  it('set_param adds a missing optional field', async () => {
    const code = applyEdits(base, [{ kind: 'set_param', step: 0, param: 'body.mrkdwn', value: true }]);
    expect(outlineFunction(code).steps[0]?.params).toEqual(expect.objectContaining({ 'body.mrkdwn': true, 'body.channel': '#support' }));
    expect(await checker.check(code)).toEqual([]);
  });

  it('set_trigger replaces the trigger (event → schedule) and still type-checks', async () => {
    const code = applyEdits(base, [{ kind: 'set_trigger', trigger: SCHEDULE }]);
    expect(outlineFunction(code).trigger).toEqual(SCHEDULE);
    expect(await checker.check(code)).toEqual([]);
  });

  it('add_step appends a step of another tool and remove_step removes one; each still type-checks', async () => {
    const notion = Object.values(CONNECTOR_MANIFESTS['notion']?.operations ?? {}).find((o) => !o.readOnly && o.body);
    expect(notion).toBeDefined();
    const added = applyEdits(base, [{ kind: 'add_step', operation: operation('notion', notion?.operationId ?? '') }]);
    expect(outlineFunction(added).steps.map((s) => s.provider)).toEqual(['slack', 'notion']);
    expect(await checker.check(added)).toEqual([]);
    const twice = applyEdits(added, [{ kind: 'add_step', operation: operation('slack', 'chat.postMessage', { 'body.text': 'again' }) }]);
    expect(twice).toContain('const chatPostMessage2 = await');
    expect(await checker.check(twice)).toEqual([]);

    const removed = applyEdits(twice, [{ kind: 'remove_step', step: 0 }]);
    const outline = outlineFunction(removed);
    expect(outline.steps.map((s) => [s.provider, s.params['body.text']])).toEqual([
      ['notion', undefined],
      ['slack', 'again'],
    ]);
    expect(removed).not.toMatch(/return \{[^}]*\bchatPostMessage\b,/);
    expect(await checker.check(removed)).toEqual([]);
  });

  it('edits in sequence (all kinds at once) leave a module that outlines and type-checks', async () => {
    const edits: FunctionEdit[] = [
      { kind: 'set_trigger', trigger: { type: 'event', event: 'deal.won', description: 'When a deal is won' } },
      { kind: 'add_step', operation: onePerProvider(true)[0] as PlannedOperation },
      { kind: 'set_param', step: 0, param: 'body.text', value: 'Deal won' },
      { kind: 'remove_step', step: 1 },
    ];
    const code = applyEdits(base, edits);
    const outline = outlineFunction(code);
    expect(outline.trigger.event).toBe('deal.won');
    expect(outline.steps).toHaveLength(1);
    expect(outline.steps[0]?.params['body.text']).toBe('Deal won');
    expect(await checker.check(code)).toEqual([]);
  });

  it('refuses an edit that does not fit the tree and names the step', () => {
    expect(() => applyEdits(base, [{ kind: 'remove_step', step: 3 }])).toThrow('There is no step 4');
    expect(() => applyEdits(base, [{ kind: 'add_step', operation: { ...operation('slack', 'chat.postMessage'), operationId: 'nope' } }])).toThrow(
      /No connector operation "nope"/,
    );
  });
});

describe('FunctionTypeChecker on hand edits', () => {
  const base = generateFunctionCode({
    name: 'post',
    trigger: EVENT,
    operations: [operation('slack', 'chat.postMessage', { 'body.channel': '#support', 'body.text': 'hi' })],
  });

  it('a wrong field is reported at its line and column', async () => {
    const code = base.replace("channel: '#support'", "chanel: '#support'");
    const line = code.split('\n').findIndex((l) => l.includes('chanel:')) + 1;
    const problems = await checker.check(code);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toEqual(expect.objectContaining({ line, column: code.split('\n')[line - 1]?.indexOf('chanel') + 1 }));
    expect(problems[0]?.message).toMatch(/chanel/);
  });

  it('a wrong value type is reported at its line', async () => {
    const code = base.replace("text: 'hi'", 'text: 42');
    const line = code.split('\n').findIndex((l) => l.includes('text: 42')) + 1;
    const problems = await checker.check(code);
    expect(problems.map((p) => p.line)).toEqual([line]);
    expect(problems[0]?.message).toMatch(/number.*string/);
  });

  it('an unknown operation, a host module and a syntax error are problems too', async () => {
    expect((await checker.check(base.replace('chatPostMessage(', 'chatPostMesage('))).length).toBeGreaterThan(0);
    const fs = await checker.check(`import { readFileSync } from 'fs';\n${base}`);
    expect(fs[0]).toEqual(expect.objectContaining({ line: 1 }));
    expect(await checker.check(`${base}\nconst = ;`)).not.toEqual([]);
    expect(await checker.check(base.replace('ctx.log(', 'process.exit(); ctx.log('))).not.toEqual([]);
  });

  it('host sources cannot be imported into the types (only TypeScript lib files are read from disk)', async () => {
    const hostFile = join(__dirname, 'lib', 'input-shape');
    const problems = await checker.check(`import type { InputShape } from '${hostFile}';\nexport const shape: InputShape = { kind: 'array' };\n`);
    expect(problems).toEqual([expect.objectContaining({ line: 1, message: expect.stringMatching(/Cannot find module/) })]);
  });

  it('ctx.event is typed by the trigger', async () => {
    const eventCode = base.replace("ctx.log('started', ctx.runId);", 'ctx.log(ctx.event.name, ctx.event.data);');
    expect(await checker.check(eventCode)).toEqual([]);
    const scheduleCode = applyEdits(eventCode, [{ kind: 'set_trigger', trigger: SCHEDULE }]);
    const problems = await checker.check(scheduleCode);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/Property 'name' does not exist on type 'ScheduleTick'/);
  });

  it('a check past its time limit fails (its worker is terminated; the next check starts a new one)', async () => {
    const local = new FunctionTypeChecker({ timeoutMs: 1 });
    try {
      await expect(local.check(base)).rejects.toThrow('Type check took longer than 1 ms');
    } finally {
      await local.close();
    }
  });

  it('keeps working after close (a new worker starts)', async () => {
    const local = new FunctionTypeChecker();
    try {
      expect(await local.check(base)).toEqual([]);
      await local.close();
      expect(await local.check(base)).toEqual([]);
    } finally {
      await local.close();
    }
  });
});

describe('outlineFunction', () => {
  it('throws a clear error for code without the function shape', () => {
    expect(() => outlineFunction('export const x = 1;')).toThrow(FunctionShapeError);
    expect(() => outlineFunction('export default 1;')).toThrow(/defineFunction call/);
    expect(() =>
      outlineFunction(
        "import { defineFunction } from '@patchbay/functions-sdk';\nexport default defineFunction({ name: 'x', trigger: { type: 'http' }, run: async (ctx) => { await ctx.connectors.nope.nothing({}); } });",
      ),
    ).toThrow(/not a connector operation/);
  });
});

describe('transpileFunction', () => {
  it('gives CommonJS with exports.default and a require of the SDK only', () => {
    const js = transpileFunction(generateFunctionCode({ name: 'x', trigger: EVENT, operations: [operation('slack', 'chat.postMessage')] }));
    expect(js).toContain('exports.default =');
    expect(js).toContain('require("@patchbay/functions-sdk")');
    expect([...js.matchAll(/require\(/g)]).toHaveLength(1);
    const exports: { default?: { name: string; run: unknown } } = {};
    new Function('exports', 'require', js)(exports, () => ({ defineFunction: (d: unknown) => d }));
    expect(exports.default?.name).toBe('x');
    expect(typeof exports.default?.run).toBe('function');
  });

  it('refuses code that does not parse, with its line', () => {
    expect(() => transpileFunction('const = 1;')).toThrow(/line 1/);
  });
});

describe('embedded typings', () => {
  it('hold the SDK sources as they are on disk (regenerate with the registry generator when the SDK changes)', () => {
    const sdk = join(__dirname, '..', '..', 'functions-sdk', 'src');
    const onDisk: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.ts') && !name.endsWith('.spec.ts')) onDisk.push(path);
      }
    };
    walk(sdk);
    const embedded = Object.keys(EMBEDDED_TYPINGS).filter((k) => k.startsWith('/patchbay/sdk/'));
    expect(embedded.sort()).toEqual(onDisk.map((p) => `/patchbay/sdk/${p.slice(sdk.length + 1)}`).sort());
    for (const path of onDisk) expect(EMBEDDED_TYPINGS[`/patchbay/sdk/${path.slice(sdk.length + 1)}`]).toBe(readFileSync(path, 'utf8'));
  });

  it('hold a client declaration and OpenAPI types per connector, without the runtime executor', () => {
    for (const provider of Object.keys(CONNECTOR_MANIFESTS)) {
      const client = EMBEDDED_TYPINGS[`/patchbay/connectors/${provider}/index.d.ts`] ?? '';
      expect(client).toMatch(/export declare class \w+Client \{/);
      expect(client).not.toMatch(/connector-runtime|constructor\(/);
      expect(EMBEDDED_TYPINGS[`/patchbay/connectors/${provider}/types.d.ts`]).toContain('export interface paths');
    }
  });
});
