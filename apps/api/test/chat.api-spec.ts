import { loadCatalogSync } from '@patchbay/spec';
import { ApiClient, auth, type TestUser } from './support/api-client';
import { callback, configureAllProviders, connectFlow, consentAt, openLink } from './support/connect-flow';
import { sampleInput } from './support/sample-input';
import { SPECS_DIR, startSandbox, type SandboxProcess } from './support/sandbox-process';
import { startTestApp, type TestApp } from './support/test-app';

// POST/GET /api/apps/:app/chat against the real catalog and the provider sandbox, on this run's database engine:
// the DESIGN.md §5 answer (plan, connectors and their status, action required with consent URLs), questions,
// unknown tools, viewers, the stored thread and bad input.
const catalog = loadCatalogSync(SPECS_DIR);
const SEED = 'Post a message to the #support channel when a new ticket is created.';
const channelTool = catalog.providers.find((p) => p.operations.some((o) => o.id === 'chat.postMessage'));
const postOp = channelTool?.operations.find((o) => o.id === 'chat.postMessage');
const listOp = channelTool?.operations.find(
  (o) => o.readOnly && o.requiredScopes.length && o.requiredScopes.every((s) => !postOp?.requiredScopes.includes(s)),
);
if (!channelTool || !postOp || !listOp) throw new Error('the chat tests need the channel tool of the seed');

let t: TestApp;
let sandbox: SandboxProcess;
let api: ApiClient;
let admin: string;
let editor: TestUser;
let viewer: TestUser;

beforeAll(async () => {
  sandbox = await startSandbox();
  t = await startTestApp({ env: { PATCHBAY_SANDBOX_URL: sandbox.url, PATCHBAY_SPECS_DIR: SPECS_DIR } });
  api = new ApiClient(t);
  admin = await api.adminToken();
  await configureAllProviders(t, admin, sandbox);
  editor = await api.createUser(admin, 'editor');
  viewer = await api.createUser(admin, 'viewer');
}, 120_000);

afterAll(async () => {
  await t?.close();
  await sandbox?.stop();
});

async function newApp(): Promise<string> {
  const appId = await api.createApp(admin);
  await api.addMember(admin, appId, editor.email, 'editor');
  await api.addMember(admin, appId, viewer.email, 'viewer');
  return appId;
}

function chat(appId: string, token: string, body: unknown) {
  return t
    .http()
    .post(`/api/apps/${appId}/chat`)
    .set(...auth(token))
    .send(body as object);
}

describe('POST /api/apps/:app/chat', () => {
  it('plans the seed request: tool, least-privilege scopes, event trigger, and a consent URL that connects', async () => {
    const appId = await newApp();
    const res = await chat(appId, editor.token, { message: SEED }).expect(200);
    expect(res.body.kind).toBe('plan');
    expect(typeof res.body.reply).toBe('string');
    expect(res.body.plan.operations).toEqual([
      expect.objectContaining({
        provider: channelTool.id,
        operationId: postOp.id,
        params: { 'body.channel': '#support' },
        why: expect.stringContaining('#support'),
      }),
    ]);
    expect(res.body.plan.trigger).toMatchObject({ type: 'event', event: 'ticket.created' });
    expect(res.body.plan.connectors).toEqual([
      {
        id: channelTool.id,
        name: channelTool.name,
        requiredScopes: postOp.requiredScopes,
        grantedScopes: [],
        missingScopes: postOp.requiredScopes,
        status: 'not_connected',
      },
    ]);
    expect(res.body.actionRequired).toHaveLength(1);
    const action = res.body.actionRequired[0];
    expect(action).toMatchObject({ provider: channelTool.id, status: 'not_connected', mode: 'connect' });
    expect(action.permissions).toEqual(postOp.requiredScopes.map((scope) => ({ scope, description: expect.any(String) })));
    // The card's link goes through the API, which binds the flow to the browser that opens it, then to the provider.
    expect(action.connectUrl).toMatch(/\/api\/oauth\/start\?link=/);
    const providerUrl = await openLink(t, action.connectUrl);
    expect(providerUrl).toContain(sandbox.url);
    const asked = new URL(providerUrl).searchParams.get(channelTool.oauth.scopeParam) ?? '';
    for (const s of asked.split(channelTool.oauth.scopeSeparator).filter(Boolean))
      expect([...postOp.requiredScopes, ...channelTool.oauth.defaultScopes]).toContain(s);

    // The card's "Connect" opens that URL; after consent the same request finds the tool connected.
    const out = await callback(t, await consentAt(providerUrl));
    expect(out).toMatchObject({ outcome: 'connected', provider: channelTool.id, mode: 'connect' });
    const again = await chat(appId, editor.token, { message: SEED }).expect(200);
    expect(again.body.plan.connectors[0]).toMatchObject({ status: 'connected', missingScopes: [] });
    expect(again.body.actionRequired).toEqual([]);
  });

  it("a card's link is bound to the browser that opens it first; elsewhere, copied or tampered with, it is refused", async () => {
    const appId = await newApp();
    const link = (await chat(appId, editor.token, { message: SEED }).expect(200)).body.actionRequired[0].connectUrl as string;
    const u = new URL(link);
    const tampered = await t
      .http()
      .get(`${u.pathname}?link=${encodeURIComponent('x' + decodeURIComponent(u.searchParams.get('link') ?? ''))}`)
      .expect(302);
    expect(new URL(tampered.headers['location'] as string).searchParams.get('code')).toBe('link_invalid');
    const providerUrl = await openLink(t, link);
    const elsewhere = await t
      .http()
      .get(u.pathname + u.search)
      .expect(302);
    expect(new URL(elsewhere.headers['location'] as string).searchParams.get('code')).toBe('link_opened');
    // The provider URL inside, completed by a browser without the binding cookie: refused, and the state is spent.
    expect(await callback(t, await consentAt(providerUrl), { cookies: false })).toMatchObject({ outcome: 'error', code: 'browser_mismatch' });
  });

  it('missing_scopes: asks only for the missing scopes (add_scopes consent)', async () => {
    const appId = await newApp();
    await connectFlow(t, editor.token, appId, channelTool.id, { operations: [listOp.id] });
    const res = await chat(appId, editor.token, { message: SEED }).expect(200);
    expect(res.body.plan.connectors[0]).toMatchObject({ status: 'missing_scopes', missingScopes: postOp.requiredScopes });
    expect(res.body.plan.connectors[0].grantedScopes).toEqual(expect.arrayContaining(listOp.requiredScopes));
    const action = res.body.actionRequired[0];
    expect(action).toMatchObject({ status: 'missing_scopes', mode: 'add_scopes' });
    expect(action.permissions.map((p: { scope: string }) => p.scope)).toEqual(postOp.requiredScopes);
    const providerUrl = await openLink(t, action.connectUrl);
    const asked = new URL(providerUrl).searchParams.get(channelTool.oauth.scopeParam) ?? '';
    for (const s of postOp.requiredScopes) expect(asked).toContain(s);
    const out = await callback(t, await consentAt(providerUrl));
    expect(out).toMatchObject({ outcome: 'connected', mode: 'add_scopes' });
    const again = await chat(appId, editor.token, { message: SEED }).expect(200);
    expect(again.body.plan.connectors[0].status).toBe('connected');
  });

  it('needs_reconnect: a dead grant gets a reconnect consent URL that repairs it', async () => {
    const appId = await newApp();
    await connectFlow(t, editor.token, appId, channelTool.id, { operations: [postOp.id, listOp.id] }, { account: 1 });
    const grants = (await sandbox.control('/grants')).json as Array<{ id: string; group: string; revoked: boolean }>;
    for (const g of grants.filter((x) => x.group === channelTool.oauth.group && !x.revoked))
      await sandbox.control('/grants/revoke', { body: { grantId: g.id } });
    const call = await t
      .http()
      .post(`/api/apps/${appId}/connections/${channelTool.id}/operations/${listOp.id}`)
      .set(...auth(editor.token))
      .send({ input: sampleInput(channelTool, listOp) });
    expect(call.body.error?.code).toBe('needs_reconnect');
    const res = await chat(appId, editor.token, { message: SEED }).expect(200);
    expect(res.body.plan.connectors[0]).toMatchObject({ status: 'needs_reconnect', missingScopes: [] });
    const action = res.body.actionRequired[0];
    expect(action).toMatchObject({ status: 'needs_reconnect', mode: 'reconnect' });
    const providerUrl = await openLink(t, action.connectUrl);
    expect(providerUrl).toContain(sandbox.url);
    expect(await callback(t, await consentAt(providerUrl, { account: 1 }))).toMatchObject({ outcome: 'connected', mode: 'reconnect' });
    expect((await chat(appId, editor.token, { message: SEED }).expect(200)).body.plan.connectors[0].status).toBe('connected');
  });

  it('plans each tool of a multi-tool request', async () => {
    const appId = await newApp();
    const res = await chat(appId, editor.token, { message: 'Sync new leads into Salesforce and post them to #sales' }).expect(200);
    expect(res.body.kind).toBe('plan');
    expect(res.body.plan.connectors.map((c: { id: string }) => c.id)).toEqual(['salesforce', channelTool.id]);
    expect(res.body.plan.operations.find((o: { provider: string }) => o.provider === channelTool.id).params).toEqual({ 'body.channel': '#sales' });
    expect(res.body.actionRequired.map((a: { provider: string }) => a.provider)).toEqual(['salesforce', channelTool.id]);
    expect(res.body.actionRequired.every((a: { connectUrl: string }) => a.connectUrl.startsWith(`${t.config.publicUrl}/api/oauth/start?link=`))).toBe(
      true,
    );
  });

  it('ambiguous "my CRM": a question with options; the answer "HubSpot" plans the first request with it', async () => {
    const appId = await newApp();
    const res = await chat(appId, editor.token, { message: 'Add new customers to my CRM.' }).expect(200);
    expect(res.body.kind).toBe('question');
    expect(res.body.question).toMatch(/\?/);
    expect(res.body.options.map((o: { id: string }) => o.id).sort()).toEqual(['hubspot', 'salesforce']);
    expect(res.body.plan.operations).toEqual([]);
    expect(res.body.actionRequired).toEqual([]);
    const follow = await chat(appId, editor.token, { message: 'HubSpot' }).expect(200);
    expect(follow.body.kind).toBe('plan');
    expect(follow.body.plan.connectors.map((c: { id: string }) => c.id)).toEqual(['hubspot']);
  });

  it('ambiguous with exactly one CRM connected: plans with the connected one', async () => {
    const appId = await newApp();
    const hubspot = catalog.providers.find((p) => p.id === 'hubspot');
    await connectFlow(t, editor.token, appId, 'hubspot', { operations: [hubspot?.operations.find((o) => o.id === 'contacts.create')?.id] });
    const res = await chat(appId, editor.token, { message: 'Add new customers to my CRM.' }).expect(200);
    expect(res.body.kind).toBe('plan');
    expect(res.body.plan.connectors).toEqual([expect.objectContaining({ id: 'hubspot', status: 'connected' })]);
  });

  it('a tool the catalog lacks: names the tools that exist and the custom-integration route', async () => {
    const appId = await newApp();
    const res = await chat(appId, editor.token, { message: 'Create a Jira issue when a bug report is submitted.' }).expect(200);
    expect(res.body.kind).toBe('unknown_tool');
    expect(res.body.reply).toContain('Jira');
    expect(res.body.reply).toContain(channelTool.name);
    expect(res.body.reply).toMatch(/custom integration/i);
    expect(res.body.actionRequired).toEqual([]);
  });

  it('viewers get the plan without consent URLs; API keys are refused', async () => {
    const appId = await newApp();
    const res = await chat(appId, viewer.token, { message: SEED }).expect(200);
    expect(res.body.kind).toBe('plan');
    expect(res.body.plan.connectors[0].status).toBe('not_connected');
    expect(res.body.actionRequired).toHaveLength(1);
    expect(res.body.actionRequired[0].connectUrl).toBeNull();
    expect(res.body.actionRequired[0].permissions.length).toBeGreaterThan(0);
    const key = await api.createApiKey(admin, appId);
    const refused = await t
      .http()
      .post(`/api/apps/${appId}/chat`)
      .set(...auth(key.key))
      .send({ message: SEED });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBeTruthy();
    const outsider = await api.createUser(admin, 'outsider');
    expect((await chat(appId, outsider.token, { message: SEED })).status).toBe(404);
  });

  it('a schedule uses the X-Timezone header unless the message names a zone', async () => {
    const appId = await newApp();
    const res = await t
      .http()
      .post(`/api/apps/${appId}/chat`)
      .set(...auth(editor.token))
      .set('X-Timezone', 'America/New_York')
      .send({ message: 'Each Monday at 9 send a Slack message to #standup' })
      .expect(200);
    expect(res.body.plan.trigger).toMatchObject({ type: 'schedule', cron: '0 9 * * 1', timezone: 'America/New_York' });
    const named = await chat(appId, editor.token, { message: 'Every day at 18:00 Europe/Paris time post the summary to #ops' }).expect(200);
    expect(named.body.plan.trigger).toMatchObject({ type: 'schedule', cron: '0 18 * * *', timezone: 'Europe/Paris' });
  });

  it('bad input: a clear 400 or a reply, never a 5xx', async () => {
    const appId = await newApp();
    const cases: Array<[unknown, number]> = [
      [{ message: '' }, 400],
      [{ message: '   \n\t ' }, 400],
      [{}, 400],
      [{ message: 42 }, 400],
      [{ message: ['a'] }, 400],
      [{ message: 'x'.repeat(20 * 1024) }, 400],
      [{ message: '\u0000\u0001\u0002\u0003binary\u0004\u0005' }, 400],
      [{ message: SEED, functionId: '../../etc' }, 400],
      [{ message: SEED, extra: true }, 400],
    ];
    for (const [body, status] of cases) {
      const res = await chat(appId, editor.token, body);
      expect({ body, status: res.status }).toEqual({ body, status });
      expect(res.body.error.code).toEqual(expect.any(String));
      expect(res.body.error.message).toEqual(expect.any(String));
    }
    for (const message of ['🙂'.repeat(1000), '漢字のテキスト'.repeat(100), '#', '""', '\u202e\u202d reversed', 'ẞ̵̡̛̖̗̘̙̜̝̞̟̠̤̥̦̩̪̫̬̭̮̯̰̱̲̳̹̺̻̼ͅ'.repeat(20)]) {
      const res = await chat(appId, editor.token, { message });
      expect(res.status).toBe(200);
      expect(typeof res.body.reply).toBe('string');
    }
  });
});

describe('GET /api/apps/:app/chat', () => {
  it('lists the thread oldest first with the stored plans, no consent URLs; any member may read it', async () => {
    const appId = await newApp();
    await chat(appId, editor.token, { message: SEED }).expect(200);
    await chat(appId, editor.token, { message: 'Add new customers to my CRM.' }).expect(200);
    const res = await t
      .http()
      .get(`/api/apps/${appId}/chat`)
      .set(...auth(viewer.token))
      .expect(200);
    expect(res.body.map((m: { role: string }) => m.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(res.body[0]).toMatchObject({ content: SEED, userId: editor.id, functionId: null });
    expect(res.body[1].answer).toMatchObject({ kind: 'plan', plan: { trigger: { type: 'event', event: 'ticket.created' } } });
    expect(res.body[1].answer.actionRequired[0]).toMatchObject({ provider: channelTool.id, mode: 'connect' });
    expect(JSON.stringify(res.body)).not.toContain('connectUrl');
    expect(res.body[3].answer).toMatchObject({ kind: 'question' });
    for (const m of res.body) expect(new Date(m.createdAt).toISOString()).toBe(m.createdAt);
    expect(Date.parse(res.body[3].createdAt)).toBeGreaterThan(Date.parse(res.body[0].createdAt));
    // Another app's thread is its own.
    const other = await newApp();
    expect(
      (
        await t
          .http()
          .get(`/api/apps/${other}/chat`)
          .set(...auth(viewer.token))
          .expect(200)
      ).body,
    ).toEqual([]);
  });
});
