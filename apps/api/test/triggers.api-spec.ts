import { ApiClient, auth, type TestUser } from './support/api-client';
import { configureAllProviders, connectFlow } from './support/connect-flow';
import { providerCalls, type Json } from './support/operation-call';
import { SPECS_DIR, startSandbox, type SandboxProcess } from './support/sandbox-process';
import { testDbKind } from './support/test-database';
import { startTestApp, type TestApp } from './support/test-app';

// Triggers and runs over HTTP on the embedded queue (no Redis): what the dashboard reads, events posted by the app
// (with Idempotency-Key), schedules that tick once across processes, transient failures retried, per-app concurrency.
const APP_RUN_CONCURRENCY = 2;

const ENV = { PATCHBAY_SPECS_DIR: SPECS_DIR, PATCHBAY_APP_RUN_CONCURRENCY: String(APP_RUN_CONCURRENCY) };

let t: TestApp;
let sandbox: SandboxProcess;
let api: ApiClient;
let admin: string;
let editor: TestUser;
let viewer: TestUser;
let appId: string;
let otherAppId: string;

beforeAll(async () => {
  sandbox = await startSandbox();
  t = await startTestApp({ env: { ...ENV, PATCHBAY_SANDBOX_URL: sandbox.url } });
  api = new ApiClient(t);
  admin = await api.adminToken();
  editor = await api.createUser(admin, 'editor');
  viewer = await api.createUser(admin, 'viewer');
  appId = await api.createApp(admin);
  otherAppId = await api.createApp(admin);
  for (const app of [appId, otherAppId]) await api.addMember(admin, app, editor.email, 'editor');
  await api.addMember(admin, appId, viewer.email, 'viewer');
  await configureAllProviders(t, admin, sandbox);
  // Slack may list channels and post; looking people up by email (users:read.email) was not granted.
  const flow = await connectFlow(t, editor.token, appId, 'slack', { operations: ['conversations.list', 'chat.postMessage'] }, { account: 1 });
  expect(flow.outcome).toBe('connected');
}, 120_000);

afterAll(async () => {
  await t?.close();
  await sandbox?.stop();
});

afterEach(async () => {
  await sandbox.control('/faults', { method: 'DELETE' });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const fnUrl = (id = '') => `/api/apps/${appId}/functions${id ? `/${id}` : ''}`;

/** A function that makes no connector call, with the given trigger (TypeScript object literal). */
function source(name: string, trigger: string, body = 'return { ok: true };'): string {
  return [
    "import { defineFunction } from '@patchbay/functions-sdk';",
    'export default defineFunction({',
    `  name: '${name}',`,
    `  trigger: ${trigger},`,
    '  run: async (ctx) => {',
    `    ${body}`,
    '  },',
    '});',
    '',
  ].join('\n');
}

async function create(code: string, app = appId): Promise<Json> {
  const res = await t
    .http()
    .post(`/api/apps/${app}/functions`)
    .set(...auth(editor.token))
    .send({ code });
  if (res.status !== 201) throw new Error(`create answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

describe('the API shape the dashboard reads', () => {
  it('says each trigger in words; nextRunAt only for an enabled schedule', async () => {
    const event = await create(source('on-ticket', "{ type: 'event', event: 'ticket.created' }"));
    const daily = await create(source('daily', "{ type: 'schedule', cron: '0 18 * * *', timezone: 'Europe/Paris' }"));
    const http = await create(source('by-hand', "{ type: 'http' }"));
    expect(event).toMatchObject({ triggerText: 'When the app sends ticket.created', nextRunAt: null });
    expect(http).toMatchObject({ triggerText: 'When the app calls it', nextRunAt: null });
    expect(daily.triggerText).toBe('Every day at 18:00 (Europe/Paris)');
    // 18:00 in Paris is 17:00 or 16:00 UTC (winter or summer time), within the next day.
    const next = new Date(daily.nextRunAt);
    expect([16, 17]).toContain(next.getUTCHours());
    expect(next.getUTCMinutes()).toBe(0);
    expect(next.getTime()).toBeGreaterThan(Date.now());
    expect(next.getTime() - Date.now()).toBeLessThanOrEqual(24 * 3600_000);

    const list = (
      await t
        .http()
        .get(fnUrl())
        .set(...auth(editor.token))
        .expect(200)
    ).body as Json[];
    expect(list.find((f) => f.id === daily.id)).toMatchObject({ triggerText: daily.triggerText, nextRunAt: daily.nextRunAt });

    // Paused: no next run; resumed: planned again.
    const paused = await t
      .http()
      .put(fnUrl(daily.id))
      .set(...auth(editor.token))
      .send({ enabled: false })
      .expect(200);
    expect(paused.body).toMatchObject({ enabled: false, nextRunAt: null });
    const resumed = await t
      .http()
      .put(fnUrl(daily.id))
      .set(...auth(editor.token))
      .send({ enabled: true })
      .expect(200);
    expect(resumed.body).toMatchObject({ enabled: true, nextRunAt: daily.nextRunAt });
  });

  it('refuses a schedule that could never fire: invalid_trigger, nothing stored', async () => {
    for (const trigger of ["{ type: 'schedule', cron: '99 99 * * *' }", "{ type: 'schedule', cron: '0 9 * * *', timezone: 'Mars/Olympus' }"]) {
      const res = await t
        .http()
        .post(fnUrl())
        .set(...auth(editor.token))
        .send({ code: source('never', trigger) });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('invalid_trigger');
    }
  });

  it('run filters are validated: an unknown status, trigger or limit is 400 validation_failed', async () => {
    const fn = await create(source('filtered', "{ type: 'http' }"));
    for (const q of ['status=done', 'trigger=cron', 'limit=0', 'limit=201', 'limit=abc', 'colour=red']) {
      const res = await t
        .http()
        .get(`${fnUrl(fn.id)}/runs?${q}`)
        .set(...auth(editor.token));
      expect([q, res.status, res.body.error?.code]).toEqual([q, 400, 'validation_failed']);
    }
    await t
      .http()
      .get(`${fnUrl(fn.id)}/runs?status=succeeded&trigger=invoke&limit=5`)
      .set(...auth(editor.token))
      .expect(200);
  });
});

async function runsOf(functionId: string, query = ''): Promise<Json[]> {
  return (
    await t
      .http()
      .get(`${fnUrl(functionId)}/runs${query}`)
      .set(...auth(editor.token))
      .expect(200)
  ).body;
}

/** Waits until every run of the list is finished (succeeded or failed), reading them over HTTP. */
async function finished(functionId: string, runIds: string[], boundMs = 20_000): Promise<Json[]> {
  const until = Date.now() + boundMs;
  for (;;) {
    const runs = (await runsOf(functionId, '?limit=200')).filter((r) => runIds.includes(r.id));
    if (runs.length === runIds.length && runs.every((r) => r.status === 'succeeded' || r.status === 'failed')) return runs;
    if (Date.now() > until) throw new Error(`runs not finished: ${JSON.stringify(runs.map((r) => [r.id, r.status]))}`);
    await sleep(100);
  }
}

async function postEvent(type: string, data: Json, token = editor.token, key?: string, app = appId) {
  const req = t
    .http()
    .post(`/api/apps/${app}/events`)
    .set(...auth(token));
  if (key !== undefined) req.set('Idempotency-Key', key);
  return req.send({ type, data });
}

describe('events', () => {
  it('start one run per enabled function of the app whose trigger is that event, answered 202 at once', async () => {
    const a = await create(source('echo-a', "{ type: 'event', event: 'ticket.opened' }", 'return { got: ctx.input, name: ctx.event.name };'));
    const b = await create(source('echo-b', "{ type: 'event', event: 'ticket.opened' }", 'return { id: ctx.event.id };'));
    const closed = await create(source('on-close', "{ type: 'event', event: 'ticket.closed' }"));
    const paused = await create(source('paused', "{ type: 'event', event: 'ticket.opened' }"));
    await t
      .http()
      .put(fnUrl(paused.id))
      .set(...auth(editor.token))
      .send({ enabled: false })
      .expect(200);
    const elsewhere = await create(source('elsewhere', "{ type: 'event', event: 'ticket.opened' }"), otherAppId);

    const res = await postEvent('ticket.opened', { ticket: 42 });
    expect(res.status).toBe(202);
    expect(Object.keys(res.body)).toEqual(['runs']);
    expect(res.body.runs).toHaveLength(2);
    const runsA = await runsOf(a.id);
    const runsB = await runsOf(b.id);
    expect(runsA).toHaveLength(1);
    expect(runsB).toHaveLength(1);
    expect(res.body.runs.sort()).toEqual([runsA[0].id, runsB[0].id].sort());
    const doneA = (await finished(a.id, [runsA[0].id]))[0];
    const doneB = (await finished(b.id, [runsB[0].id]))[0];
    expect(doneA).toMatchObject({
      status: 'succeeded',
      trigger: { kind: 'event', actor: 'user', actorId: editor.id },
      input: { ticket: 42 },
      result: { got: { ticket: 42 }, name: 'ticket.opened' },
      attempt: 1,
    });
    expect(doneB).toMatchObject({ status: 'succeeded', result: { id: doneB.id } });
    for (const other of [closed, paused]) expect(await runsOf(other.id)).toEqual([]);
    const foreign = await t
      .http()
      .get(`/api/apps/${otherAppId}/functions/${elsewhere.id}/runs`)
      .set(...auth(editor.token))
      .expect(200);
    expect(foreign.body).toEqual([]);
    // Filters read the same runs.
    expect((await runsOf(a.id, '?trigger=event&status=succeeded')).map((r) => r.id)).toEqual([doneA.id]);
    expect(await runsOf(a.id, '?trigger=schedule')).toEqual([]);
    // No function listens: accepted, nothing started.
    const none = await postEvent('nobody.listens', {});
    expect([none.status, none.body]).toEqual([202, { runs: [] }]);
  });

  it('editors and the app API key may post; viewers get 403, another app’s key 404, no credentials 401', async () => {
    const { key } = await api.createApiKey(admin, appId, 'events');
    const { key: foreignKey } = await api.createApiKey(admin, otherAppId, 'other');
    const byKey = await postEvent('nobody.listens', { a: 1 }, key);
    expect(byKey.status).toBe(202);
    const viewerPost = await postEvent('nobody.listens', {}, viewer.token);
    expect([viewerPost.status, viewerPost.body.error.code]).toEqual([403, 'forbidden']);
    // Not even a replay of a key an editor used: its run ids are not the viewer's to read.
    expect((await postEvent('nobody.listens', {}, editor.token, 'editors-key')).status).toBe(202);
    expect((await postEvent('nobody.listens', {}, viewer.token, 'editors-key')).status).toBe(403);
    const foreign = await postEvent('nobody.listens', {}, foreignKey);
    expect([foreign.status, foreign.body.error.code]).toEqual([404, 'app_not_found']);
    const anonymous = await t.http().post(`/api/apps/${appId}/events`).send({ type: 'x', data: {} });
    expect(anonymous.status).toBe(401);
    const bad = await postEvent('has spaces', {});
    expect([bad.status, bad.body.error.code]).toEqual([400, 'validation_failed']);
    const longKey = await postEvent('nobody.listens', {}, editor.token, 'k'.repeat(256));
    expect([longKey.status, longKey.body.error.code]).toEqual([400, 'validation_failed']);
  });

  it('a post repeated with the same Idempotency-Key starts nothing new: same run ids, the provider is called once', async () => {
    const fn = await create(
      source(
        'post-on-paid',
        "{ type: 'event', event: 'order.paid' }",
        "const r = await ctx.connectors.slack.chatPostMessage({ body: { channel: 'C0123456789', text: 'paid ' + String(ctx.input.order) } }); return { ok: r.ok };",
      ),
    );
    const before = await providerCalls(sandbox, 'slack', 'chat.postMessage');
    const key = `order-7-${Date.now()}`;
    const first = await postEvent('order.paid', { order: 7 }, editor.token, key);
    expect(first.status).toBe(202);
    expect(first.body.runs).toHaveLength(1);
    // A retry later, and duplicates racing each other.
    const again = await postEvent('order.paid', { order: 7 }, editor.token, key);
    const racing = await Promise.all([1, 2, 3].map(() => postEvent('order.paid', { order: 7 }, editor.token, key)));
    for (const r of [again, ...racing]) expect([r.status, r.body]).toEqual([202, first.body]);
    // The same key with no earlier post is a new delivery: racing first posts agree on one set of runs.
    const freshKey = `order-8-${Date.now()}`;
    const raced = await Promise.all([1, 2, 3].map(() => postEvent('order.paid', { order: 8 }, editor.token, freshKey)));
    for (const r of raced) expect([r.status, r.body]).toEqual([202, raced[0].body]);
    const runs = await finished(fn.id, [...first.body.runs, ...raced[0].body.runs]);
    expect(runs.map((r) => r.status)).toEqual(['succeeded', 'succeeded']);
    await sleep(300);
    expect(await runsOf(fn.id)).toHaveLength(2);
    expect((await providerCalls(sandbox, 'slack', 'chat.postMessage')) - before).toBe(2);
  });
});

describe('retries', () => {
  it('a run whose provider call failed transiently (503) is tried again and succeeds; the provider saw both attempts', async () => {
    const fn = await create(
      source(
        'post-retried',
        "{ type: 'http' }",
        "const r = await ctx.connectors.slack.chatPostMessage({ body: { channel: 'C0123456789', text: 'retry me' } }); return { ok: r.ok };",
      ),
    );
    // A POST is not retried inside the call (not idempotent): the run fails with provider_error 503, then runs again.
    await sandbox.control('/faults', { body: { provider: 'slack', operationId: 'chat.postMessage', kind: '5xx', status: 503, count: 1 } });
    const before = await providerCalls(sandbox, 'slack', 'chat.postMessage');
    const started = Date.now();
    const res = await t
      .http()
      .post(`${fnUrl(fn.id)}/invoke`)
      .set(...auth(editor.token))
      .send({ input: {} });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'succeeded', attempt: 2, result: { ok: true }, error: null });
    // The back-off (1 s ± 20 %) was waited.
    expect(Date.now() - started).toBeGreaterThanOrEqual(750);
    expect((await providerCalls(sandbox, 'slack', 'chat.postMessage')) - before).toBe(2);
  });

  it('a missing scope is not retried: failed after one attempt with insufficient_scope', async () => {
    const fn = await create(
      source(
        'lookup',
        "{ type: 'http' }",
        "const u = await ctx.connectors.slack.usersLookupByEmail({ email: 'ada@example.com' }); return { ok: u.ok };",
      ),
    );
    const res = await t
      .http()
      .post(`${fnUrl(fn.id)}/invoke`)
      .set(...auth(editor.token))
      .send({ input: {} });
    expect(res.body).toMatchObject({ status: 'failed', attempt: 1, error: { code: 'insufficient_scope' } });
    await sleep(1_200);
    const [run] = await runsOf(fn.id);
    expect(run).toMatchObject({ id: res.body.id, status: 'failed', attempt: 1 });
  });

  it("the function's own error is not retried", async () => {
    const fn = await create(source('throws', "{ type: 'http' }", "throw new Error('my own failure');"));
    const res = await t
      .http()
      .post(`${fnUrl(fn.id)}/invoke`)
      .set(...auth(editor.token))
      .send({ input: {} });
    expect(res.body).toMatchObject({ status: 'failed', attempt: 1, error: { code: 'function_error' } });
  });
});

describe('per-app concurrency', () => {
  it(`runs of one app overlap at most PATCHBAY_APP_RUN_CONCURRENCY (${APP_RUN_CONCURRENCY}) at once`, async () => {
    // Each run waits on a slow provider answer (the sandbox delays conversations.list), so runs would overlap freely.
    const fns = [];
    for (let i = 0; i < 6; i++)
      fns.push(
        await create(
          source(
            `slow-${i}`,
            "{ type: 'event', event: 'batch.go' }",
            'const r = await ctx.connectors.slack.conversationsList({}); return { ok: r.ok };',
          ),
        ),
      );
    await sandbox.control('/faults', { body: { provider: 'slack', operationId: 'conversations.list', kind: 'delay', delayMs: 400, count: 6 } });
    const res = await postEvent('batch.go', {});
    expect(res.body.runs).toHaveLength(6);
    const runs: Json[] = [];
    for (const fn of fns)
      runs.push(
        ...(await finished(
          fn.id,
          (await runsOf(fn.id)).map((r) => r.id),
        )),
      );
    expect(runs.every((r) => r.status === 'succeeded')).toBe(true);
    // The most runs in flight at one moment, from each run's start and end.
    const edges = runs.flatMap((r) => [
      { at: new Date(r.startedAt).getTime(), d: 1 },
      { at: new Date(r.finishedAt).getTime(), d: -1 },
    ]);
    edges.sort((x, y) => x.at - y.at || x.d - y.d);
    let now = 0;
    let max = 0;
    for (const e of edges) max = Math.max(max, (now += e.d));
    expect(max).toBe(APP_RUN_CONCURRENCY);
  }, 30_000);
});

describe('schedules', () => {
  it('a schedule every second runs once per tick (two API processes on one PostgreSQL), pausing stops it, a new cron moves it', async () => {
    // On PostgreSQL a second API process shares the database and competes for every tick; SQLite is one process.
    const second = testDbKind() === 'postgres' ? await startTestApp({ db: t.db, env: { ...ENV, PATCHBAY_SANDBOX_URL: sandbox.url } }) : undefined;
    try {
      const before = await providerCalls(sandbox, 'slack', 'conversations.list');
      const fn = await create(
        source(
          'every-second',
          "{ type: 'schedule', cron: '*/1 * * * * *' }",
          'const r = await ctx.connectors.slack.conversationsList({}); return { at: ctx.event.scheduledAt, ok: r.ok };',
        ),
      );
      expect(fn.triggerText).toBe('Every second (UTC)');
      expect(new Date(fn.nextRunAt).getTime() % 1000).toBe(0);
      await sleep(6_500);
      await t
        .http()
        .put(fnUrl(fn.id))
        .set(...auth(editor.token))
        .send({ enabled: false })
        .expect(200);
      // Runs in flight at the pause finish; nothing starts after it.
      await sleep(1_000);
      const runs = await runsOf(fn.id, '?trigger=schedule&limit=200');
      expect(runs.length).toBeGreaterThanOrEqual(5);
      expect(runs.length).toBeLessThanOrEqual(8);
      expect(runs.every((r) => r.status === 'succeeded' && r.trigger.actor === 'system' && r.attempt === 1)).toBe(true);
      const ticks = runs.map((r) => r.result.at as string);
      expect(new Set(ticks).size).toBe(runs.length);
      expect(ticks.every((at) => new Date(at).getTime() % 1000 === 0)).toBe(true);
      expect(runs.map((r) => new Date(r.scheduledAt).toISOString()).sort()).toEqual([...ticks].sort());
      // Once per tick across processes: as many provider calls as runs.
      expect((await providerCalls(sandbox, 'slack', 'conversations.list')) - before).toBe(runs.length);
      await sleep(1_200);
      expect(await runsOf(fn.id, '?trigger=schedule&limit=200')).toHaveLength(runs.length);

      const paused = await t
        .http()
        .get(fnUrl(fn.id))
        .set(...auth(editor.token))
        .expect(200);
      expect(paused.body).toMatchObject({ enabled: false, nextRunAt: null });
      // A new cron (yearly, New Year in Tokyo) while resuming: the next run moves there.
      const moved = await t
        .http()
        .put(fnUrl(fn.id))
        .set(...auth(editor.token))
        .send({
          enabled: true,
          code: source('every-second', "{ type: 'schedule', cron: '0 0 1 1 *', timezone: 'Asia/Tokyo' }", 'return { ok: true };'),
        })
        .expect(200);
      const year = new Date().getUTCFullYear() + (new Date().getUTCMonth() === 11 && new Date().getUTCDate() === 31 ? 1 : 0);
      expect(moved.body).toMatchObject({ enabled: true, triggerText: 'At 00:00, on day 1 of the month, only in January (Asia/Tokyo)' });
      expect([`${year}-12-31T15:00:00.000Z`, `${year - 1}-12-31T15:00:00.000Z`]).toContain(moved.body.nextRunAt);
    } finally {
      await second?.close({ keepDb: true });
    }
  }, 40_000);
});
