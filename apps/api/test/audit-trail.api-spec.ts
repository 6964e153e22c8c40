import { ApiClient, auth, type TestUser } from './support/api-client';
import { configureAllProviders, connectFlow } from './support/connect-flow';
import { SPECS_DIR, startSandbox, type SandboxProcess } from './support/sandbox-process';
import { startTestApp, type TestApp } from './support/test-app';

/** The audit trail as an admin reads it: filters (actor, action, provider, time), cursor paging and the CSV export. */
let t: TestApp;
let sandbox: SandboxProcess;
let api: ApiClient;
let admin: string;
let owner: TestUser;
let viewer: TestUser;
let outsider: TestUser;
let appId: string;
let startedAt: string;

interface Event {
  id: string;
  action: string;
  actor: { type: string; id: string | null; email?: string };
  target: string | null;
  createdAt: string;
}

beforeAll(async () => {
  sandbox = await startSandbox();
  t = await startTestApp({ env: { PATCHBAY_SANDBOX_URL: sandbox.url, PATCHBAY_SPECS_DIR: SPECS_DIR } });
  api = new ApiClient(t);
  admin = await api.adminToken();
  [owner, viewer, outsider] = [await api.createUser(admin, 'owner'), await api.createUser(admin, 'viewer'), await api.createUser(admin, 'outsider')];
  await configureAllProviders(t, admin, sandbox);
  startedAt = new Date().toISOString();
  appId = await api.createApp(owner.token, 'Audited');
  await api.addMember(owner.token, appId, viewer.email, 'viewer');
  await api.createApiKey(owner.token, appId, 'ci');
  expect((await connectFlow(t, owner.token, appId, 'slack', { operations: ['conversations.list'] }, { account: 1 })).outcome).toBe('connected');
  const call = await t
    .http()
    .post(`/api/apps/${appId}/connections/slack/operations/conversations.list`)
    .set(...auth(owner.token))
    .send({ input: {} });
  expect(call.status).toBe(200);
  // Operation calls are written in batches: wait until the call is in the trail.
  for (let i = 0; i < 50 && !(await list({ action: 'operation.called' })).length; i++) await new Promise((r) => setTimeout(r, 100));
}, 120_000);

afterAll(async () => {
  await t?.close();
  await sandbox?.stop();
});

async function list(query: Record<string, string | number> = {}, token = owner.token): Promise<Event[]> {
  const res = await t
    .http()
    .get(`/api/apps/${appId}/audit`)
    .query(query)
    .set(...auth(token));
  expect(res.status).toBe(200);
  return res.body as Event[];
}

it('lists newest first, and a viewer may read it; an outsider may not', async () => {
  const all = await list({}, viewer.token);
  const times = all.map((e) => e.createdAt);
  expect(times).toEqual([...times].sort().reverse());
  expect(all.map((e) => e.action)).toEqual(
    expect.arrayContaining(['app.created', 'member.added', 'api_key.created', 'connection.connected', 'operation.called']),
  );
  const res = await t
    .http()
    .get(`/api/apps/${appId}/audit`)
    .set(...auth(outsider.token));
  expect(res.status).toBe(404);
});

it('filters by an action, or by every action of a kind', async () => {
  expect((await list({ action: 'member.added' })).map((e) => e.action)).toEqual(['member.added']);
  const connection = await list({ action: 'connection.' });
  expect(connection.length).toBeGreaterThanOrEqual(2);
  expect(connection.every((e) => e.action.startsWith('connection.'))).toBe(true);
});

it('filters by actor: a member by email, the server itself; an unknown email matches nothing', async () => {
  const byOwner = await list({ actor: owner.email });
  expect(byOwner.length).toBeGreaterThan(0);
  expect(byOwner.every((e) => e.actor.type === 'user' && e.actor.email === owner.email)).toBe(true);
  expect((await list({ actor: viewer.email })).length).toBe(0);
  expect((await list({ actor: 'nobody@example.test' })).length).toBe(0);
  expect((await list({ actor: 'system' })).every((e) => e.actor.type === 'system')).toBe(true);
});

it("filters by provider: that tool's connection events and operation calls only", async () => {
  const slack = await list({ provider: 'slack' });
  expect(slack.map((e) => e.action)).toEqual(expect.arrayContaining(['connection.connected', 'operation.called']));
  expect(slack.every((e) => e.target === 'slack' || (e.target ?? '').startsWith('slack.'))).toBe(true);
  expect(await list({ provider: 'notion' })).toEqual([]);
});

it('filters by time', async () => {
  const all = await list();
  expect((await list({ from: startedAt })).length).toBe(all.length);
  expect(await list({ to: startedAt })).toEqual([]);
  const middle = all[Math.floor(all.length / 2)].createdAt;
  const after = await list({ from: middle });
  expect(after.length).toBeGreaterThan(0);
  expect(after.every((e) => e.createdAt >= middle)).toBe(true);
});

it('pages by cursor: pages of two, joined, are the whole trail in order', async () => {
  const all = await list();
  const paged: Event[] = [];
  let before: string | undefined;
  for (let i = 0; i < 50; i++) {
    const page = await list({ limit: 2, ...(before ? { before } : {}) });
    if (!page.length) break;
    expect(page.length).toBeLessThanOrEqual(2);
    paged.push(...page);
    before = page[page.length - 1].id;
  }
  expect(paged.map((e) => e.id)).toEqual(all.map((e) => e.id));
});

it('refuses malformed filters with a field-level 400', async () => {
  for (const query of [{ limit: 0 }, { limit: 501 }, { from: 'yesterday' }, { before: 'x' }, { provider: 'Slack!' }, { action: 'DROP TABLE' }]) {
    const res = await t
      .http()
      .get(`/api/apps/${appId}/audit`)
      .query(query)
      .set(...auth(owner.token));
    expect({ query, status: res.status, code: res.body?.error?.code }).toEqual({ query, status: 400, code: 'validation_failed' });
  }
});

it('exports the filtered trail as CSV', async () => {
  const res = await t
    .http()
    .get(`/api/apps/${appId}/audit/export`)
    .query({ provider: 'slack' })
    .set(...auth(viewer.token));
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toMatch(/^text\/csv/);
  expect(res.headers['content-disposition']).toContain('audit.csv');
  const lines = res.text.trimEnd().split('\r\n');
  expect(lines[0]).toBe('time,action,actor_type,actor,target,details');
  const slack = await list({ provider: 'slack' });
  expect(lines.length - 1).toBe(slack.length);
  expect(lines[1].startsWith(`${slack[0].createdAt},${slack[0].action},`)).toBe(true);
  // Details are JSON, quoted with its quotes doubled.
  expect(res.text).toMatch(/,"\{""/);
});
