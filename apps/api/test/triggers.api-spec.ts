import { ApiClient, auth, type TestUser } from './support/api-client';
import type { Json } from './support/operation-call';
import { startTestApp, type TestApp } from './support/test-app';

// Triggers and runs over HTTP: what the dashboard reads (the trigger in words, the next planned run, run filters).
let t: TestApp;
let api: ApiClient;
let admin: string;
let editor: TestUser;
let appId: string;

beforeAll(async () => {
  t = await startTestApp();
  api = new ApiClient(t);
  admin = await api.adminToken();
  editor = await api.createUser(admin, 'editor');
  appId = await api.createApp(admin);
  await api.addMember(admin, appId, editor.email, 'editor');
}, 60_000);

afterAll(async () => {
  await t?.close();
});

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

async function create(code: string): Promise<Json> {
  const res = await t
    .http()
    .post(fnUrl())
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
