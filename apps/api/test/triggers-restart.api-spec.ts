import { DataSource } from 'typeorm';
import { ApiClient, auth } from './support/api-client';
import type { Json } from './support/operation-call';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { startTestApp, type TestApp } from './support/test-app';

// Queued runs are durable on the embedded queue: an API process that only queues (PATCHBAY_RUN_CONSUMER=false) stops,
// a new one starts on the same database (the SQLite file by default) and carries them out.
let db: TestDatabase;
let first: TestApp | undefined;
let second: TestApp | undefined;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await first?.close({ keepDb: true }).catch(() => undefined);
  await second?.close({ keepDb: true }).catch(() => undefined);
  await db?.drop();
});

const CODE = (trigger: string) =>
  [
    "import { defineFunction } from '@patchbay/functions-sdk';",
    'export default defineFunction({',
    "  name: 'durable',",
    `  trigger: ${trigger},`,
    '  run: async (ctx) => {',
    "    ctx.log('ran for', ctx.input);",
    '    return { n: ctx.input.n ?? null };',
    '  },',
    '});',
    '',
  ].join('\n');

it('runs queued by a process that does not consume are carried out by the next process on the same database', async () => {
  first = await startTestApp({ db, env: { PATCHBAY_RUN_CONSUMER: 'false' } });
  const api = new ApiClient(first);
  const admin = await api.adminToken();
  const appId = await api.createApp(admin);
  const url = `/api/apps/${appId}/functions`;
  const byHand = (
    await first
      .http()
      .post(url)
      .set(...auth(admin))
      .send({ code: CODE("{ type: 'http' }") })
      .expect(201)
  ).body as Json;
  const onEvent = (
    await first
      .http()
      .post(url)
      .set(...auth(admin))
      .send({ code: CODE("{ type: 'event', event: 'job.queued' }") })
      .expect(201)
  ).body as Json;

  const queued: string[] = [];
  for (const n of [1, 2, 3]) {
    const res = await first
      .http()
      .post(`${url}/${byHand.id}/invoke?wait=false`)
      .set(...auth(admin))
      .send({ input: { n } })
      .expect(202);
    expect(res.body).toEqual({ runId: expect.any(String), status: 'queued' });
    queued.push(res.body.runId);
  }
  const event = await first
    .http()
    .post(`/api/apps/${appId}/events`)
    .set(...auth(admin))
    .send({ type: 'job.queued', data: { n: 4 } })
    .expect(202);
  expect(event.body.runs).toHaveLength(1);

  // Nobody consumes here: the runs stay queued.
  await new Promise((r) => setTimeout(r, 500));
  const waiting = (
    await first
      .http()
      .get(`${url}/${byHand.id}/runs`)
      .set(...auth(admin))
      .expect(200)
  ).body as Json[];
  expect(waiting.map((r) => r.status)).toEqual(['queued', 'queued', 'queued']);
  await first.close({ keepDb: true });
  first = undefined;

  second = await startTestApp({ db });
  const s = second;
  const read = async (fnId: string): Promise<Json[]> =>
    (
      await s
        .http()
        .get(`${url}/${fnId}/runs`)
        .set(...auth(admin))
        .expect(200)
    ).body;
  let runs: Json[] = [];
  for (let i = 0; i < 100; i++) {
    runs = [...(await read(byHand.id)), ...(await read(onEvent.id))];
    if (runs.length === 4 && runs.every((r) => r.status === 'succeeded')) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(runs.map((r) => [r.status, r.result?.n]).sort()).toEqual([
    ['succeeded', 1],
    ['succeeded', 2],
    ['succeeded', 3],
    ['succeeded', 4],
  ]);
  expect(runs.map((r) => r.id).sort()).toEqual([...queued, ...event.body.runs].sort());
  expect(runs.every((r) => r.attempt === 1 && r.logs[0]?.message.startsWith('ran for'))).toBe(true);
});

it('the triggers migration can be reverted and re-applied', async () => {
  const own = await createTestDatabase();
  const t = await startTestApp({ db: own, env: { PATCHBAY_RUN_CONSUMER: 'false' } });
  try {
    const ds = t.app.get(DataSource);
    const tables = ['run_jobs', 'function_schedules', 'event_idempotency_keys'];
    const state = async () => {
      const qr = ds.createQueryRunner();
      try {
        const runs = await qr.getTable('function_runs');
        return {
          tables: await Promise.all(tables.map((name) => qr.hasTable(name))),
          columns: ['attempt', 'lease_until', 'scheduled_at'].map((c) => Boolean(runs?.findColumnByName(c))),
        };
      } finally {
        await qr.release();
      }
    };
    expect(await state()).toEqual({ tables: [true, true, true], columns: [true, true, true] });
    await ds.undoLastMigration();
    expect(await state()).toEqual({ tables: [false, false, false], columns: [false, false, false] });
    await ds.runMigrations();
    expect(await state()).toEqual({ tables: [true, true, true], columns: [true, true, true] });
  } finally {
    await t.close();
  }
});
