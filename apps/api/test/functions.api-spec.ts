import { loadCatalogSync, type JsonSchema, type OperationModel, type ProviderModel } from '@patchbay/spec';
import type { PlanParamValue, PlanResult } from '@patchbay/planner';
import { DataSource } from 'typeorm';
import type { ChatFunctionsPort } from '../src/modules/chat/chat-functions.port';
import { FunctionRun } from '../src/modules/functions/entities/function-run.entity';
import { FunctionsService } from '../src/modules/functions/functions.service';
import type { UserPrincipal } from '../src/modules/identity/principal';
import { ApiClient, auth, type TestUser } from './support/api-client';
import { configureAllProviders, connectFlow } from './support/connect-flow';
import { providerCalls, type Json } from './support/operation-call';
import { pickReadOperation, sampleInput, sampleValue } from './support/sample-input';
import { SPECS_DIR, startSandbox, type SandboxProcess } from './support/sandbox-process';
import { startTestApp, type TestApp } from './support/test-app';

// Backend functions over HTTP: created from a plan (the toolchain generates the code), type-checked on save,
// versioned, invoked in the isolate with connector calls through the operations pipeline against the sandbox.
const catalog = loadCatalogSync(SPECS_DIR);

let t: TestApp;
let sandbox: SandboxProcess;
let api: ApiClient;
let admin: string;
let editor: TestUser;
let viewer: TestUser;
let appId: string;

beforeAll(async () => {
  sandbox = await startSandbox();
  t = await startTestApp({ env: { PATCHBAY_SANDBOX_URL: sandbox.url, PATCHBAY_SPECS_DIR: SPECS_DIR } });
  api = new ApiClient(t);
  admin = await api.adminToken();
  editor = await api.createUser(admin, 'editor');
  viewer = await api.createUser(admin, 'viewer');
  appId = await api.createApp(admin);
  await api.addMember(admin, appId, editor.email, 'editor');
  await api.addMember(admin, appId, viewer.email, 'viewer');
  await configureAllProviders(t, admin, sandbox);
}, 120_000);

afterAll(async () => {
  await t?.close();
  await sandbox?.stop();
});

async function sandboxIdentityCalls(): Promise<number> {
  return ((await sandbox.control('/counters')).json as { identityCalls: number }).identityCalls;
}

const fnUrl = (id = '') => `/api/apps/${appId}/functions${id ? `/${id}` : ''}`;

/** The plan the chat would make for one operation, with every required input as an extracted parameter. */
function planFor(provider: ProviderModel, op: OperationModel, name: string): PlanResult {
  const params: Record<string, PlanParamValue> = {};
  const sample = sampleInput(provider, op);
  for (const [k, v] of Object.entries(sample)) {
    if (k === 'body' && v && typeof v === 'object') {
      for (const [f, fv] of Object.entries(v as Record<string, unknown>))
        if (['string', 'number', 'boolean'].includes(typeof fv)) params[`body.${f}`] = fv as PlanParamValue;
    } else if (['string', 'number', 'boolean'].includes(typeof v)) params[k] = v as PlanParamValue;
  }
  return {
    kind: 'plan',
    reply: '',
    providers: [provider.id],
    operations: [{ provider: provider.id, operationId: op.id, params, why: 'test', readOnly: op.readOnly, requiredScopes: op.requiredScopes }],
    trigger: { type: 'http', description: 'When invoked' },
    functionName: name,
  };
}

async function createFromPlan(plan: PlanResult, token = editor.token): Promise<Json> {
  const res = await t
    .http()
    .post(fnUrl())
    .set(...auth(token))
    .send({ plan });
  if (res.status !== 201) throw new Error(`create answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

async function invoke(id: string, input: Record<string, unknown> = {}, token = editor.token, query = ''): Promise<{ status: number; body: Json }> {
  const res = await t
    .http()
    .post(`${fnUrl(id)}/invoke${query}`)
    .set(...auth(token))
    .send({ input });
  return { status: res.status, body: res.body };
}

describe('functions from plans, one per provider, invoked against the sandbox', () => {
  const providers = catalog.providers.map((p) => p.id);

  it.each(providers)('%s: generated, type-checked, invoked; the provider received the call; the run is recorded', async (providerId) => {
    const provider = catalog.providers.find((p) => p.id === providerId) as ProviderModel;
    const op = pickReadOperation(provider);
    const flow = await connectFlow(t, editor.token, appId, providerId, { operations: [op.id] }, { account: 1 });
    expect(flow.outcome).toBe('connected');

    const created = await createFromPlan(planFor(provider, op, `read-${providerId}`));
    expect(created).toMatchObject({ name: `read-${providerId}`, version: 1, enabled: true, trigger: { type: 'http' } });
    expect(created.code).toContain('defineFunction');

    // Identity endpoints (an account's own profile) count as identity calls at the sandbox, the others per operation.
    const received = async () => (await providerCalls(sandbox, providerId, op.id)) + (await sandboxIdentityCalls());
    const before = await received();
    // Inputs the plan did not fix are read from ctx.input by name.
    const sample = sampleInput(provider, op);
    const input: Record<string, unknown> = { ...sample, ...((sample['body'] as Record<string, unknown> | undefined) ?? {}) };
    const bodyProps = ((op.requestBody?.schema as { properties?: Record<string, JsonSchema> } | undefined)?.properties ?? {}) as Record<
      string,
      JsonSchema
    >;
    for (const [name, schema] of Object.entries(bodyProps)) {
      const v = sampleValue(schema);
      if (!(name in input) && ['string', 'number', 'boolean'].includes(typeof v)) input[name] = v;
    }
    const run = await invoke(created.id, input);
    expect(run.status).toBe(200);
    expect(run.body.error).toBeNull();
    expect(run.body).toMatchObject({ status: 'succeeded', functionId: created.id, version: 1, trigger: { kind: 'invoke', actor: 'user' } });
    expect(run.body.calls).toEqual([{ provider: providerId, operationId: op.id, status: 200, durationMs: expect.any(Number) }]);
    expect(await received()).toBe(before + 1);

    const stored = await t
      .http()
      .get(`${fnUrl(created.id)}/runs/${run.body.id}`)
      .set(...auth(viewer.token))
      .expect(200);
    expect(stored.body).toMatchObject({ id: run.body.id, status: 'succeeded', calls: run.body.calls, error: null });
    expect(new Date(stored.body.finishedAt).getTime()).toBeGreaterThanOrEqual(new Date(stored.body.startedAt).getTime());
    expect(typeof stored.body.durationMs).toBe('number');
  });
});

describe('a function written by hand', () => {
  let id: string;
  const slack = () => catalog.providers.find((p) => p.id === 'slack') as ProviderModel;
  const v1 = `import { defineFunction } from '@patchbay/functions-sdk';

export default defineFunction({
  name: 'list-channels',
  trigger: { type: 'http' },
  run: async (ctx) => {
    ctx.log('listing for', ctx.input);
    const page = await ctx.connectors.slack.conversationsList({});
    return { ok: page.ok };
  },
});
`;

  beforeAll(async () => {
    const res = await t
      .http()
      .post(fnUrl())
      .set(...auth(editor.token))
      .send({ code: v1 });
    if (res.status !== 201) throw new Error(`create answered ${res.status}: ${JSON.stringify(res.body)}`);
    id = res.body.id;
    expect(slack()).toBeDefined();
  });

  it('runs with logs and result; viewers read it but may not run or change it', async () => {
    const run = await invoke(id, { who: 'ada' });
    expect(run.body.error).toBeNull();
    expect(run.body).toMatchObject({ status: 'succeeded', result: { ok: true } });
    expect(run.body.logs).toEqual([{ t: expect.any(Number), level: 'info', message: 'listing for {"who":"ada"}' }]);
    // The record is written behind the answer (batched): it reaches the database within moments.
    const repo = t.app.get(DataSource).getRepository(FunctionRun);
    let row: FunctionRun | null = null;
    for (let i = 0; i < 40 && !row; i++) {
      row = await repo.findOne({ where: { id: run.body.id } });
      if (!row) await new Promise((r) => setTimeout(r, 50));
    }
    // The operation call went through the operations pipeline: its audit record names the function and the run.
    let audited: Json;
    for (let i = 0; i < 40 && !audited; i++) {
      const events = (
        await t
          .http()
          .get(`/api/apps/${appId}/audit`)
          .set(...auth(admin))
          .expect(200)
      ).body as Json[];
      audited = events.find((e) => e.action === 'operation.called' && e.metadata?.runId === run.body.id);
      if (!audited) await new Promise((r) => setTimeout(r, 100));
    }
    expect(audited).toMatchObject({ target: 'slack.conversations.list', metadata: { functionId: id, runId: run.body.id, status: 200 } });
    expect(row).toMatchObject({
      status: 'succeeded',
      functionId: id,
      result: { ok: true },
      calls: run.body.calls,
      logs: run.body.logs,
      input: { who: 'ada' },
    });
    await t
      .http()
      .get(fnUrl(id))
      .set(...auth(viewer.token))
      .expect(200);
    const list = await t
      .http()
      .get(fnUrl())
      .set(...auth(viewer.token))
      .expect(200);
    expect(list.body.find((f: Json) => f.id === id)).toMatchObject({ name: 'list-channels', lastRun: { id: run.body.id, status: 'succeeded' } });
    expect((await invoke(id, {}, viewer.token)).status).toBe(403);
    await t
      .http()
      .put(fnUrl(id))
      .set(...auth(viewer.token))
      .send({ code: v1 + '\n' })
      .expect(403);
    await t
      .http()
      .delete(fnUrl(id))
      .set(...auth(viewer.token))
      .expect(403);
  });

  it('PUT with a type error is refused with line and column, and the stored code is unchanged', async () => {
    const bad = v1.replace('conversationsList({})', 'conversationsList({ limit: "many" })');
    const res = await t
      .http()
      .put(fnUrl(id))
      .set(...auth(editor.token))
      .send({ code: bad })
      .expect(400);
    expect(res.body.error.code).toBe('type_error');
    const problem = res.body.error.problems[0];
    expect(problem).toMatchObject({ line: 8, column: expect.any(Number), message: expect.any(String) });
    expect(bad.split('\n')[problem.line - 1]).toContain('limit');
    const now = await t
      .http()
      .get(fnUrl(id))
      .set(...auth(editor.token))
      .expect(200);
    expect(now.body).toMatchObject({ code: v1, version: 1 });
  });

  it('every accepted change is a version with a diff; a version can be restored', async () => {
    const v2 = v1.replace("'listing for'", "'listing channels for'");
    const put = await t
      .http()
      .put(fnUrl(id))
      .set(...auth(editor.token))
      .send({ code: v2 })
      .expect(200);
    expect(put.body).toMatchObject({ version: 2, code: v2 });
    const versions = await t
      .http()
      .get(`${fnUrl(id)}/versions`)
      .set(...auth(viewer.token))
      .expect(200);
    expect(versions.body.map((v: Json) => [v.number, v.source])).toEqual([
      [2, 'edit'],
      [1, 'create'],
    ]);
    expect(versions.body[0].diff).toContain("-    ctx.log('listing for', ctx.input);");
    expect(versions.body[0].diff).toContain("+    ctx.log('listing channels for', ctx.input);");

    const restored = await t
      .http()
      .post(`${fnUrl(id)}/versions/1/restore`)
      .set(...auth(editor.token))
      .expect(200);
    expect(restored.body).toMatchObject({ version: 3, code: v1 });
    const after = await t
      .http()
      .get(`${fnUrl(id)}/versions`)
      .set(...auth(editor.token))
      .expect(200);
    expect(after.body[0]).toMatchObject({ number: 3, source: 'restore', code: v1 });
    await t
      .http()
      .post(`${fnUrl(id)}/versions/9/restore`)
      .set(...auth(editor.token))
      .expect(404);
    // The new version runs (its compiled code is its own).
    expect((await invoke(id)).body.logs[0].message).toBe('listing for {}');
  });

  it('a run that cannot wait answers 202 with its id; the run is then found finished', async () => {
    const started = await invoke(id, {}, editor.token, '?wait=false');
    expect(started.status).toBe(202);
    // The run is queued first (the queue carries it out, here or in another process).
    expect(started.body).toEqual({ runId: expect.any(String), status: 'queued' });
    let run: Json;
    for (let i = 0; i < 50; i++) {
      run = (
        await t
          .http()
          .get(`${fnUrl(id)}/runs/${started.body.runId}`)
          .set(...auth(editor.token))
          .expect(200)
      ).body;
      if (run.status !== 'queued' && run.status !== 'running') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(run).toMatchObject({ status: 'succeeded' });
    const runs = await t
      .http()
      .get(`${fnUrl(id)}/runs`)
      .set(...auth(viewer.token))
      .expect(200);
    expect(runs.body[0].id).toBe(started.body.runId);
  });

  it('hostile code is stopped and recorded failed; the API keeps answering', async () => {
    const loop = v1.replace("ctx.log('listing for', ctx.input);", 'while (ctx.input) { /* forever */ }');
    await t
      .http()
      .put(fnUrl(id))
      .set(...auth(editor.token))
      .send({ code: loop })
      .expect(200);
    const t0 = Date.now();
    const run = await invoke(id, { spin: true });
    expect(run.body).toMatchObject({ status: 'failed', error: { code: 'timeout' } });
    expect(Date.now() - t0).toBeLessThan(11_500);
    await t.http().get('/api/health').expect(200);
    const stored = await t
      .http()
      .get(`${fnUrl(id)}/runs/${run.body.id}`)
      .set(...auth(editor.token))
      .expect(200);
    expect(stored.body).toMatchObject({ status: 'failed', error: { code: 'timeout' } });
  }, 30_000);
});

describe("the chat's port", () => {
  it('creates from a plan, outlines, and applies syntax-tree edits as type-checked versions', async () => {
    const service = t.app.get(FunctionsService);
    // The chat module binds ChatFunctionsPort to this service: its methods must fit the port.
    const port: ChatFunctionsPort = service;
    const slack = catalog.providers.find((p) => p.id === 'slack') as ProviderModel;
    const post = slack.operations.find((o) => o.id === 'chat.postMessage') as OperationModel;
    // The chat passes the signed-in user; the service reads only the user's id from it.
    const caller = { kind: 'user', user: { id: editor.id }, sessionId: 'test' } as unknown as UserPrincipal;
    const plan: PlanResult = {
      ...planFor(slack, post, 'post-on-ticket'),
      operations: [
        {
          provider: 'slack',
          operationId: post.id,
          params: { 'body.channel': '#support', 'body.text': 'New ticket' },
          why: '',
          readOnly: false,
          requiredScopes: post.requiredScopes,
        },
      ],
      trigger: { type: 'event', event: 'ticket.created', description: 'When the app sends ticket.created' },
    };
    const created = await port.createFromPlan(appId, caller, plan);
    expect(created.code).toContain("'#support'");
    const outline = await port.outline(appId, created.id);
    expect(outline).toMatchObject({
      name: 'post-on-ticket',
      trigger: { type: 'event', event: 'ticket.created' },
      steps: [{ provider: 'slack', operationId: 'chat.postMessage' }],
    });
    expect(outline.steps[0].params['body.channel']).toBe('#support');

    const edited = await port.applyEdits(appId, caller, created.id, [
      { kind: 'set_param', step: 0, param: 'body.channel', value: '#product-updates' },
    ]);
    expect(edited.code).toContain("'#product-updates'");
    expect(edited.code).not.toContain("'#support'");
    const fn = await t
      .http()
      .get(fnUrl(created.id))
      .set(...auth(editor.token))
      .expect(200);
    expect(fn.body).toMatchObject({ version: 2, code: edited.code, trigger: { type: 'event', event: 'ticket.created' } });
    const versions = await t
      .http()
      .get(`${fnUrl(created.id)}/versions`)
      .set(...auth(editor.token))
      .expect(200);
    expect(versions.body.map((v: Json) => v.source)).toEqual(['chat', 'plan']);
    expect(versions.body[0].diff).toContain('+');
  });
});

describe('scopes and keys', () => {
  it('a run beyond the granted scopes fails with insufficient_scope, the missing scopes and a consent URL', async () => {
    const slack = catalog.providers.find((p) => p.id === 'slack') as ProviderModel;
    const post = slack.operations.find((o) => o.id === 'chat.postMessage') as OperationModel;
    // The slack connection was made for a read operation only: posting needs more.
    const created = await createFromPlan({
      ...planFor(slack, post, 'post-message'),
      operations: [
        {
          provider: 'slack',
          operationId: post.id,
          params: { 'body.channel': 'C1', 'body.text': 'hello' },
          why: '',
          readOnly: false,
          requiredScopes: post.requiredScopes,
        },
      ],
    });
    const before = await providerCalls(sandbox, 'slack', 'chat.postMessage');
    const run = await invoke(created.id);
    expect(run.status).toBe(200);
    expect(run.body.status).toBe('failed');
    expect(run.body.error).toMatchObject({
      code: 'insufficient_scope',
      missingScopes: expect.arrayContaining(['chat:write']),
      consentUrl: expect.stringMatching(/^http/),
    });
    expect(run.body.calls).toEqual([
      { provider: 'slack', operationId: 'chat.postMessage', status: 'insufficient_scope', durationMs: expect.any(Number) },
    ]);
    expect(await providerCalls(sandbox, 'slack', 'chat.postMessage')).toBe(before);
  });

  it('the app API key may invoke, and do nothing else', async () => {
    const { key } = await api.createApiKey(admin, appId, 'published');
    const list = await t
      .http()
      .get(fnUrl())
      .set(...auth(editor.token))
      .expect(200);
    const target = list.body.find((f: Json) => f.name === 'read-slack');
    const run = await invoke(target.id, {}, key);
    expect(run.status).toBe(200);
    expect(run.body).toMatchObject({ status: 'succeeded', trigger: { kind: 'invoke', actor: 'api_key' } });
    await t
      .http()
      .get(fnUrl())
      .set(...auth(key))
      .expect(403);
    await t
      .http()
      .get(fnUrl(target.id))
      .set(...auth(key))
      .expect(403);
    await t
      .http()
      .get(`${fnUrl(target.id)}/runs`)
      .set(...auth(key))
      .expect(403);
    await t
      .http()
      .put(fnUrl(target.id))
      .set(...auth(key))
      .send({ code: 'x' })
      .expect(403);
    await t
      .http()
      .post(fnUrl())
      .set(...auth(key))
      .send({ code: 'x' })
      .expect(403);
    await t
      .http()
      .delete(fnUrl(target.id))
      .set(...auth(key))
      .expect(403);
  });

  it('ctx.integrations.<name>.request goes through the app’s custom integration (base URL and credential from the host)', async () => {
    await t
      .http()
      .post(`/api/apps/${appId}/integrations`)
      .set(...auth(editor.token))
      .send({ name: 'sandbox-api', baseUrl: sandbox.url, auth: { type: 'api_key', value: 'integration-secret-1' } })
      .expect(201);
    const code = [
      "import { defineFunction } from '@patchbay/functions-sdk';",
      'export default defineFunction({',
      "  name: 'use-integration',",
      "  trigger: { type: 'http' },",
      '  run: async (ctx) => {',
      "    const res = await ctx.integrations['sandbox-api'].request({ method: 'GET', path: '/_sandbox/providers' });",
      '    const list = (res.body as { providers: Array<{ id: string }> }).providers;',
      "    let missing = '';",
      '    try {',
      "      await ctx.integrations['nope'].request({ method: 'GET', path: '/' });",
      '    } catch (err) {',
      '      missing = String((err as Error).message);',
      '    }',
      '    return { status: res.status, providers: list.length, missing };',
      '  },',
      '});',
      '',
    ].join('\n');
    const created = await t
      .http()
      .post(fnUrl())
      .set(...auth(editor.token))
      .send({ code })
      .expect(201);
    const run = await invoke(created.body.id);
    expect(run.body).toMatchObject({ status: 'succeeded', result: { status: 200, providers: catalog.providers.length } });
    expect(run.body.result.missing).toMatch(/no custom integration named "nope"/);
    expect(run.body.calls[0]).toMatchObject({ provider: 'integration:sandbox-api', operationId: 'request', status: 200 });
    // The credential never reaches the run record.
    expect(JSON.stringify(run.body)).not.toContain('integration-secret-1');
  });

  it('unknown ids are 404 with the domain codes', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(
      (
        await t
          .http()
          .get(fnUrl(missing))
          .set(...auth(editor.token))
          .expect(404)
      ).body.error.code,
    ).toBe('function_not_found');
    expect(
      (
        await t
          .http()
          .get(fnUrl('nope'))
          .set(...auth(editor.token))
          .expect(404)
      ).body.error.code,
    ).toBe('function_not_found');
    const any = (
      await t
        .http()
        .get(fnUrl())
        .set(...auth(editor.token))
        .expect(200)
    ).body[0];
    expect(
      (
        await t
          .http()
          .get(`${fnUrl(any.id)}/runs/${missing}`)
          .set(...auth(editor.token))
          .expect(404)
      ).body.error.code,
    ).toBe('run_not_found');
  });

  it('deleting a function removes it with its versions and runs', async () => {
    const list = await t
      .http()
      .get(fnUrl())
      .set(...auth(editor.token))
      .expect(200);
    const target = list.body.find((f: Json) => f.name === 'post-message');
    await t
      .http()
      .delete(fnUrl(target.id))
      .set(...auth(editor.token))
      .expect(204);
    await t
      .http()
      .get(fnUrl(target.id))
      .set(...auth(editor.token))
      .expect(404);
  });
});
