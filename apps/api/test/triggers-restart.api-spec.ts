import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FunctionRun } from '../src/modules/functions/entities/function-run.entity';
import { EmbeddedRunQueue } from '../src/modules/triggers/embedded-run-queue';
import { RunDispatcher } from '../src/modules/triggers/run-dispatcher';
import type { QueueJob } from '../src/modules/triggers/run-queue';
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

it('the triggers migration (and those after it) can be reverted and re-applied', async () => {
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
    // Later migrations are reverted first, down to and including the triggers migration.
    for (;;) {
      const [last] = await ds.query('SELECT name FROM migrations ORDER BY id DESC LIMIT 1');
      await ds.undoLastMigration();
      if (last.name === 'Triggers1764170000000') break;
    }
    expect(await state()).toEqual({ tables: [false, false, false], columns: [false, false, false] });
    await ds.runMigrations();
    expect(await state()).toEqual({ tables: [true, true, true], columns: [true, true, true] });
  } finally {
    await t.close();
  }
});

it('a run stored but never queued (its process stopped in between) is recovered by the sweep', async () => {
  const own = await createTestDatabase();
  const t = await startTestApp({ db: own });
  try {
    const api = new ApiClient(t);
    const admin = await api.adminToken();
    const appId = await api.createApp(admin);
    const fn = (
      await t
        .http()
        .post(`/api/apps/${appId}/functions`)
        .set(...auth(admin))
        .send({ code: CODE("{ type: 'http' }") })
        .expect(201)
    ).body as Json;
    const row = (
      await t
        .http()
        .post(`/api/apps/${appId}/functions/${fn.id}/invoke`)
        .set(...auth(admin))
        .send({ input: { n: 1 } })
        .expect(200)
    ).body as Json;
    // A copy of that run, queued three minutes ago, whose job never reached the queue.
    const runs = t.app.get(DataSource).getRepository(FunctionRun);
    const orphan = { ...(await runs.findOneByOrFail({ id: row.id })), id: '0b0e0c1d-0000-4000-8000-000000000001' };
    Object.assign(orphan, { status: 'queued', createdAt: new Date(Date.now() - 180_000), startedAt: null, finishedAt: null, attempt: 0 });
    await runs.save(orphan);
    await new Promise((r) => setTimeout(r, 300));
    expect((await runs.findOneByOrFail({ id: orphan.id })).status).toBe('queued');
    expect(await t.app.get(RunDispatcher).sweep()).toBe(1);
    let status = 'queued';
    for (let i = 0; i < 50 && status !== 'succeeded'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      status = (await runs.findOneByOrFail({ id: orphan.id })).status;
    }
    expect(status).toBe('succeeded');
    // Nothing left to sweep; finished runs are never swept.
    expect(await t.app.get(RunDispatcher).sweep()).toBe(0);
  } finally {
    await t.close();
  }
});

it('embedded leases: a held job is renewed and not handed out twice; an expired lease hands it out again', async () => {
  const own = await createTestDatabase();
  const t = await startTestApp({ db: own, env: { PATCHBAY_RUN_CONSUMER: 'false' } });
  const logger = new Logger('lease-test');
  const dataSource = t.app.get(DataSource);
  const a = new EmbeddedRunQueue({ dataSource, logger, leaseMs: 300, pollMs: 30 });
  const b = new EmbeddedRunQueue({ dataSource, logger, leaseMs: 300, pollMs: 30 });
  try {
    const seen: Array<[string, string]> = [];
    const job = {
      kind: 'run' as const,
      runId: '0b0e0c1d-0000-4000-8000-000000000002',
      appId: '0b0e0c1d-0000-4000-8000-0000000000aa',
      functionId: '0b0e0c1d-0000-4000-8000-0000000000bb',
    };
    // A holds the job for 1.2 s, four times its lease: its renewals keep B away.
    await a.consume(async (j: QueueJob) => {
      seen.push(['a', j.kind === 'run' ? j.runId : '']);
      await new Promise((r) => setTimeout(r, 1_200));
      return { outcome: 'done' };
    }, 1);
    await a.enqueue([job]);
    await new Promise((r) => setTimeout(r, 100));
    await b.consume(async (j: QueueJob) => {
      seen.push(['b', j.kind === 'run' ? j.runId : '']);
      return { outcome: 'done' };
    }, 1);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(seen).toEqual([['a', job.runId]]);

    // A job whose holder died (its lease ran out, never renewed) goes to a live consumer.
    const now = Date.now();
    await dataSource.query(
      dataSource.options.type === 'postgres'
        ? 'INSERT INTO run_jobs (id, kind, app_id, payload, available_at, lease_until, lease_owner, attempts, errors, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, 0, 0, $8)'
        : 'INSERT INTO run_jobs (id, kind, app_id, payload, available_at, lease_until, lease_owner, attempts, errors, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, ?)',
      [
        `run:${job.runId}-2`,
        'run',
        job.appId,
        JSON.stringify({ ...job, runId: `${job.runId}-2` }),
        now - 5_000,
        now - 1,
        'dead-process',
        now - 5_000,
      ],
    );
    for (let i = 0; i < 80 && seen.length < 2; i++) await new Promise((r) => setTimeout(r, 50));
    expect(seen[1]).toEqual([expect.stringMatching(/^[ab]$/), `${job.runId}-2`]);
    // Both settled: nothing left in the queue.
    let left: unknown[] = [];
    for (let i = 0; i < 60; i++) {
      left = await dataSource.query('SELECT id, lease_owner FROM run_jobs');
      if (left.length === 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(left).toEqual([]);
  } finally {
    await a.close();
    await b.close();
    await t.close();
  }
});

it('embedded hand-off: a job its own process can start is stored under that process lease and started without a poll; a full process leaves it to others; a stopped holder hands it back', async () => {
  const own = await createTestDatabase();
  const t = await startTestApp({ db: own, env: { PATCHBAY_RUN_CONSUMER: 'false' } });
  const logger = new Logger('handoff-test');
  const dataSource = t.app.get(DataSource);
  // Polls far apart (60 s): a job started within the test was handed over, not found by a poll.
  const a = new EmbeddedRunQueue({ dataSource, logger, leaseMs: 300, pollMs: 60_000, shutdownGraceMs: 50 });
  const b = new EmbeddedRunQueue({ dataSource, logger, leaseMs: 300, pollMs: 30 });
  const job = (n: number) => ({
    kind: 'run' as const,
    runId: `0b0e0c1d-0000-4000-8000-00000000010${n}`,
    appId: '0b0e0c1d-0000-4000-8000-0000000000aa',
    functionId: '0b0e0c1d-0000-4000-8000-0000000000bb',
  });
  const seen: Array<[string, string]> = [];
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  try {
    await a.consume(async (j: QueueJob) => {
      seen.push(['a', j.kind === 'run' ? j.runId : '']);
      await held; // A keeps its one slot busy
      return { outcome: 'done' };
    }, 1);
    await a.enqueue([job(1)]);
    // Started by the time enqueue resolves: a poll (woken after the insert) would need several queries more.
    expect(seen).toEqual([['a', job(1).runId]]);
    const stored = (await dataSource.query('SELECT id, lease_owner FROM run_jobs')) as Array<{ id: string; lease_owner: string | null }>;
    expect(stored).toEqual([{ id: `run:${job(1).runId}`, lease_owner: expect.stringMatching(/^embedded-/) }]);

    // A is full: its next job is stored for anyone, and B (polling) takes it while A still holds the first.
    await b.consume(async (j: QueueJob) => {
      seen.push(['b', j.kind === 'run' ? j.runId : '']);
      return { outcome: 'done' };
    }, 1);
    await a.enqueue([job(2)]);
    for (let i = 0; i < 60 && seen.length < 2; i++) await new Promise((r) => setTimeout(r, 25));
    expect(seen[1]).toEqual(['b', job(2).runId]);

    // A stops with the first job still in hand (its grace is 50 ms): the lease runs out and B carries it out.
    await a.close();
    for (let i = 0; i < 80 && seen.length < 3; i++) await new Promise((r) => setTimeout(r, 25));
    expect(seen[2]).toEqual(['b', job(1).runId]);
  } finally {
    release();
    await a.close();
    await b.close();
    await t.close();
  }
});

it('repeats are harmless: a finished run is not run again, a held one waits for its holder, an expired one is taken over, a tick delivered twice is one run', async () => {
  const own = await createTestDatabase();
  const t = await startTestApp({ db: own });
  try {
    const api = new ApiClient(t);
    const admin = await api.adminToken();
    const appId = await api.createApp(admin);
    const create = async (trigger: string) =>
      (
        await t
          .http()
          .post(`/api/apps/${appId}/functions`)
          .set(...auth(admin))
          .send({ code: CODE(trigger) })
          .expect(201)
      ).body as Json;
    const fn = await create("{ type: 'http' }");
    const done = (
      await t
        .http()
        .post(`/api/apps/${appId}/functions/${fn.id}/invoke`)
        .set(...auth(admin))
        .send({ input: { n: 1 } })
        .expect(200)
    ).body as Json;
    const runs = t.app.get(DataSource).getRepository(FunctionRun);
    const template = await runs.findOneByOrFail({ id: done.id });
    const copy = (id: string, fields: Partial<FunctionRun>) => runs.save({ ...template, id, ...fields });
    const held = '0b0e0c1d-0000-4000-8000-000000000011';
    const stalled = '0b0e0c1d-0000-4000-8000-000000000012';
    await copy(held, { status: 'running', attempt: 1, leaseUntil: Date.now() + 60_000, finishedAt: null });
    await copy(stalled, { status: 'running', attempt: 1, leaseUntil: Date.now() - 1, finishedAt: null, logs: [] });
    const dispatcher = t.app.get(RunDispatcher);
    const job = (runId: string) => ({ kind: 'run' as const, runId, appId, functionId: fn.id });

    expect(await dispatcher.handle(job(done.id), 2)).toEqual({ outcome: 'done' });
    expect(await runs.findOneByOrFail({ id: done.id })).toMatchObject({ status: 'succeeded', attempt: 1, finishedAt: template.finishedAt });
    const wait = await dispatcher.handle(job(held), 2);
    expect(wait).toMatchObject({ outcome: 'defer' });
    expect((wait as { delayMs: number }).delayMs).toBeGreaterThan(55_000);
    expect(await runs.findOneByOrFail({ id: held })).toMatchObject({ status: 'running', attempt: 1 });
    expect(await dispatcher.handle(job(stalled), 2)).toEqual({ outcome: 'done' });
    expect(await runs.findOneByOrFail({ id: stalled })).toMatchObject({ status: 'succeeded', attempt: 2, result: { n: 1 } });

    const ticking = await create("{ type: 'schedule', cron: '0 0 1 1 *' }");
    const tick = { kind: 'tick' as const, appId, functionId: ticking.id, scheduledAt: '2027-01-01T00:00:00.000Z' };
    expect(await dispatcher.handle(tick, 1)).toEqual({ outcome: 'done' });
    expect(await dispatcher.handle(tick, 1)).toEqual({ outcome: 'done' });
    const ticks = await runs.find({ where: { functionId: ticking.id } });
    expect(ticks).toHaveLength(1);
    expect(ticks[0]).toMatchObject({ status: 'succeeded', triggerKind: 'schedule', actorType: 'system', attempt: 1 });
    expect(ticks[0].scheduledAt?.toISOString()).toBe(tick.scheduledAt);
  } finally {
    await t.close();
  }
});
