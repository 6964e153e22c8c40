import { Global, Module } from '@nestjs/common';
import type { FunctionEdit, FunctionOutline, PlanResult } from '@patchbay/planner';
import { ChatFunctionsPort, type ChatFunctionView } from '../src/modules/chat/chat-functions.port';
import type { UserPrincipal } from '../src/modules/identity/principal';
import { ApiClient, auth, type TestUser } from './support/api-client';
import { SPECS_DIR } from './support/sandbox-process';
import { startTestApp, type TestApp } from './support/test-app';

// The chat's side of the functions port, with a recording port in place of the functions module: a plan by an
// editor makes a function, a viewer's does not, a follow-up with functionId reads the outline and applies the
// planner's edits, and a follow-up the planner does not understand changes nothing.
interface Stored {
  outline: FunctionOutline;
  code: string;
}
const store = new Map<string, Stored>();
const calls: string[] = [];

class RecordingPort extends ChatFunctionsPort {
  async createFromPlan(appId: string, caller: UserPrincipal, plan: PlanResult): Promise<ChatFunctionView> {
    calls.push(`create ${plan.functionName} by ${caller.user.email}`);
    const id = `fn-${store.size + 1}`;
    const outline: FunctionOutline = { name: plan.functionName, trigger: plan.trigger, steps: plan.operations.map((o) => ({ provider: o.provider, operationId: o.operationId, params: o.params })) };
    store.set(id, { outline, code: JSON.stringify(outline) });
    return { id, name: plan.functionName, code: JSON.stringify(outline) };
  }
  async outline(_appId: string, functionId: string): Promise<FunctionOutline> {
    const f = store.get(functionId);
    if (!f) throw new Error('unknown function');
    return f.outline;
  }
  async applyEdits(_appId: string, _caller: UserPrincipal, functionId: string, edits: FunctionEdit[]): Promise<ChatFunctionView> {
    calls.push(`edit ${functionId} ${edits.map((e) => e.kind).join(',')}`);
    const f = store.get(functionId) as Stored;
    for (const e of edits) {
      if (e.kind === 'set_param') f.outline.steps[e.step].params[e.param] = e.value;
      if (e.kind === 'set_trigger') f.outline.trigger = e.trigger;
      if (e.kind === 'add_step') f.outline.steps.push({ provider: e.operation.provider, operationId: e.operation.operationId, params: e.operation.params });
      if (e.kind === 'remove_step') f.outline.steps.splice(e.step, 1);
    }
    f.code = JSON.stringify(f.outline);
    return { id: functionId, name: f.outline.name, code: f.code };
  }
}

@Global()
@Module({ providers: [{ provide: ChatFunctionsPort, useClass: RecordingPort }], exports: [ChatFunctionsPort] })
class RecordingPortModule {}

let t: TestApp;
let api: ApiClient;
let admin: string;
let editor: TestUser;
let viewer: TestUser;
let appId: string;

beforeAll(async () => {
  t = await startTestApp({ env: { PATCHBAY_SPECS_DIR: SPECS_DIR }, extraModules: [RecordingPortModule] });
  api = new ApiClient(t);
  admin = await api.adminToken();
  editor = await api.createUser(admin, 'editor');
  viewer = await api.createUser(admin, 'viewer');
  appId = await api.createApp(admin);
  await api.addMember(admin, appId, editor.email, 'editor');
  await api.addMember(admin, appId, viewer.email, 'viewer');
}, 120_000);

afterAll(async () => {
  await t?.close();
});

const chat = (token: string, body: object) => t.http().post(`/api/apps/${appId}/chat`).set(...auth(token)).send(body);

describe('chat → functions port', () => {
  it('a plan by an editor creates a function; by a viewer it does not; questions never do', async () => {
    const res = await chat(editor.token, { message: 'Post a message to the #support channel when a new ticket is created.' }).expect(200);
    expect(res.body.function).toEqual({ id: 'fn-1', name: 'post-to-support-on-ticket-created', code: expect.stringContaining('#support') });
    const thread = await t.http().get(`/api/apps/${appId}/chat`).set(...auth(viewer.token)).expect(200);
    expect(thread.body[1].functionId).toBe('fn-1');

    const byViewer = await chat(viewer.token, { message: 'Post a message to the #support channel when a new ticket is created.' }).expect(200);
    expect(byViewer.body.function).toBeUndefined();
    const question = await chat(editor.token, { message: 'Add new customers to my CRM.' }).expect(200);
    expect(question.body.function).toBeUndefined();
    expect(calls.filter((c) => c.startsWith('create'))).toEqual([`create post-to-support-on-ticket-created by ${editor.email}`]);
  });

  it('a follow-up with functionId edits the function: a literal, the trigger, another step', async () => {
    const literal = await chat(editor.token, { message: 'Use #product-updates instead', functionId: 'fn-1' }).expect(200);
    expect(literal.body.kind).toBe('edit');
    expect(literal.body.edits).toEqual([{ kind: 'set_param', step: 0, param: 'body.channel', value: '#product-updates' }]);
    expect(literal.body.function.code).toContain('#product-updates');
    expect(literal.body.function.code).not.toContain('#support');

    const trigger = await chat(editor.token, { message: 'Run it every Monday at 9 instead', functionId: 'fn-1' }).expect(200);
    expect(JSON.parse(trigger.body.function.code).trigger).toMatchObject({ type: 'schedule', cron: '0 9 * * 1' });

    const added = await chat(editor.token, { message: 'Also create a Notion page', functionId: 'fn-1' }).expect(200);
    expect(added.body.edits[0]).toMatchObject({ kind: 'add_step', operation: { provider: 'notion' } });
    // The new step's tool is not connected: the card asks for it.
    expect(added.body.plan.connectors).toEqual([expect.objectContaining({ id: 'notion', status: 'not_connected' })]);
    expect(JSON.parse(added.body.function.code).steps).toHaveLength(2);
  });

  it('a follow-up it does not understand is a question and leaves the code unchanged', async () => {
    const before = store.get('fn-1')?.code;
    const editsBefore = calls.filter((c) => c.startsWith('edit')).length;
    const res = await chat(editor.token, { message: 'make it better', functionId: 'fn-1' }).expect(200);
    expect(res.body.kind).toBe('question');
    expect(res.body.edits).toEqual([]);
    expect(res.body.function).toBeUndefined();
    expect(store.get('fn-1')?.code).toBe(before);
    expect(calls.filter((c) => c.startsWith('edit')).length).toBe(editsBefore);
  });

  it('viewers cannot edit through the chat', async () => {
    const before = store.get('fn-1')?.code;
    const res = await chat(viewer.token, { message: 'Use #general instead', functionId: 'fn-1' }).expect(200);
    expect(res.body.function).toBeUndefined();
    expect(store.get('fn-1')?.code).toBe(before);
  });
});
