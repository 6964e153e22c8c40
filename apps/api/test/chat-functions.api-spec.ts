import { FunctionTypeChecker, outlineFunction } from '@patchbay/function-toolchain';
import { ApiClient, auth, type TestUser } from './support/api-client';
import { SPECS_DIR } from './support/sandbox-process';
import { startTestApp, type TestApp } from './support/test-app';

// The chat wired to the real functions module: a plan by an editor makes a TypeScript function (generated with
// ts-morph), a viewer's does not, a follow-up with functionId edits its syntax tree (a literal, the trigger, another
// step) and the result still type-checks; a follow-up the planner does not understand changes nothing.
const checker = new FunctionTypeChecker();
let fnId = '';

let t: TestApp;
let api: ApiClient;
let admin: string;
let editor: TestUser;
let viewer: TestUser;
let appId: string;

beforeAll(async () => {
  t = await startTestApp({ env: { PATCHBAY_SPECS_DIR: SPECS_DIR } });
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
  await checker.close();
});

const storedCode = async (): Promise<string> =>
  (
    await t
      .http()
      .get(`/api/apps/${appId}/functions/${fnId}`)
      .set(...auth(editor.token))
      .expect(200)
  ).body.code;
const chat = (token: string, body: object) =>
  t
    .http()
    .post(`/api/apps/${appId}/chat`)
    .set(...auth(token))
    .send(body);

describe('chat → functions port', () => {
  it('a plan by an editor creates a function; by a viewer it does not; questions never do', async () => {
    const res = await chat(editor.token, { message: 'Post a message to the #support channel when a new ticket is created.' }).expect(200);
    expect(res.body.function).toEqual({
      id: expect.any(String),
      name: 'post-to-support-on-ticket-created',
      code: expect.stringContaining('#support'),
    });
    fnId = res.body.function.id;
    expect(await checker.check(res.body.function.code)).toEqual([]);
    expect(outlineFunction(res.body.function.code).trigger).toMatchObject({ type: 'event', event: 'ticket.created' });
    expect(await storedCode()).toBe(res.body.function.code);
    const thread = await t
      .http()
      .get(`/api/apps/${appId}/chat`)
      .set(...auth(viewer.token))
      .expect(200);
    expect(thread.body[1].functionId).toBe(fnId);

    const byViewer = await chat(viewer.token, { message: 'Post a message to the #support channel when a new ticket is created.' }).expect(200);
    expect(byViewer.body.function).toBeUndefined();
    const question = await chat(editor.token, { message: 'Add new customers to my CRM.' }).expect(200);
    expect(question.body.function).toBeUndefined();
    const list = await t
      .http()
      .get(`/api/apps/${appId}/functions`)
      .set(...auth(editor.token))
      .expect(200);
    expect(list.body).toHaveLength(1);
  });

  it('a follow-up with functionId edits the function: a literal, the trigger, another step', async () => {
    const literal = await chat(editor.token, { message: 'Use #product-updates instead', functionId: fnId }).expect(200);
    expect(literal.body.kind).toBe('edit');
    expect(literal.body.edits).toEqual([{ kind: 'set_param', step: 0, param: 'body.channel', value: '#product-updates' }]);
    expect(literal.body.function.code).toContain('#product-updates');
    expect(literal.body.function.code).not.toContain('#support');

    const trigger = await chat(editor.token, { message: 'Run it every Monday at 9 instead', functionId: fnId }).expect(200);
    expect(outlineFunction(trigger.body.function.code).trigger).toMatchObject({ type: 'schedule', cron: '0 9 * * 1' });
    expect(outlineFunction(trigger.body.function.code).steps[0].params['body.channel']).toBe('#product-updates');

    const added = await chat(editor.token, { message: 'Also create a Notion page', functionId: fnId }).expect(200);
    expect(added.body.edits[0]).toMatchObject({ kind: 'add_step', operation: { provider: 'notion' } });
    // The new step's tool is not connected: the card asks for it.
    expect(added.body.plan.connectors).toEqual([expect.objectContaining({ id: 'notion', status: 'not_connected' })]);
    const outline = outlineFunction(added.body.function.code);
    expect(outline.steps.map((x) => x.provider)).toEqual(['slack', 'notion']);
    expect(await checker.check(added.body.function.code)).toEqual([]);
    expect(await storedCode()).toBe(added.body.function.code);
    // Every accepted edit is a version: created, literal, trigger, step.
    const versions = await t
      .http()
      .get(`/api/apps/${appId}/functions/${fnId}/versions`)
      .set(...auth(editor.token))
      .expect(200);
    expect(versions.body).toHaveLength(4);
  });

  it('a follow-up it does not understand is a question and leaves the code unchanged', async () => {
    const before = await storedCode();
    const res = await chat(editor.token, { message: 'make it better', functionId: fnId }).expect(200);
    expect(res.body.kind).toBe('question');
    expect(res.body.edits).toEqual([]);
    expect(res.body.function).toBeUndefined();
    expect(await storedCode()).toBe(before);
  });

  it('viewers cannot edit through the chat', async () => {
    const before = await storedCode();
    const res = await chat(viewer.token, { message: 'Use #general instead', functionId: fnId }).expect(200);
    expect(res.body.function).toBeUndefined();
    expect(await storedCode()).toBe(before);
  });
});
