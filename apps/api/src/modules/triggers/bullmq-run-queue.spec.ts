import type { LoggerService } from '@nestjs/common';
import { Job } from 'bullmq';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { BullmqRunQueue } from './bullmq-run-queue';
import type { JobOutcome, QueueJob } from './run-queue';

// Against the real Redis (REDIS_TEST_URL, default the machine's 127.0.0.1:6379), each test under its own key prefix
// so that tests running at the same time never see each other's jobs; the prefix's keys are deleted afterwards.
const REDIS_URL = process.env['REDIS_TEST_URL'] ?? 'redis://127.0.0.1:6379';

class RecordingLogger implements LoggerService {
  readonly lines: Array<{ level: string; message: string }> = [];
  log(message: unknown): void {
    this.lines.push({ level: 'log', message: String(message) });
  }
  warn(message: unknown): void {
    this.lines.push({ level: 'warn', message: String(message) });
  }
  error(message: unknown): void {
    this.lines.push({ level: 'error', message: String(message) });
  }
}

const admin = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
const prefixes: string[] = [];
const queues: BullmqRunQueue[] = [];

function newQueue(logger = new RecordingLogger(), url = REDIS_URL): { queue: BullmqRunQueue; logger: RecordingLogger } {
  const prefix = `pbtest-${randomUUID().slice(0, 8)}`;
  prefixes.push(prefix);
  const queue = new BullmqRunQueue({ redisUrl: url, prefix, logger, shutdownGraceMs: 3_000 });
  queues.push(queue);
  return { queue, logger };
}

async function until(check: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const run = (n: number) => ({ kind: 'run' as const, runId: `run-${n}`, appId: 'app-1', functionId: 'fn-1' });

beforeAll(async () => {
  await admin.connect();
});

afterEach(async () => {
  await Promise.all(queues.splice(0).map((q) => q.close()));
});

afterAll(async () => {
  for (const prefix of prefixes) {
    let cursor = '0';
    do {
      const [next, keys] = await admin.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length) await admin.del(...keys);
    } while (cursor !== '0');
  }
  await admin.quit();
});

describe('BullmqRunQueue', () => {
  it('hands each queued run to the handler once, even when queued twice (job id = run id)', async () => {
    const { queue } = newQueue();
    await queue.enqueue([run(1), run(2), run(3)]);
    await queue.enqueue([run(2), run(3)]);
    const seen: Array<[QueueJob, number]> = [];
    await queue.consume(async (job, attempt) => {
      seen.push([job, attempt]);
      return { outcome: 'done' };
    }, 4);
    await until(() => seen.length >= 3, 5_000);
    await new Promise((r) => setTimeout(r, 300));
    expect(seen.map(([j]) => (j.kind === 'run' ? j.runId : j.kind)).sort()).toEqual(['run-1', 'run-2', 'run-3']);
    expect(seen.every(([j, attempt]) => attempt === 1 && j.kind === 'run' && j.appId === 'app-1' && j.functionId === 'fn-1')).toBe(true);
  });

  it('counts `retry` as an attempt and waits its delay; `defer` and a throwing handler are not attempts', async () => {
    const { queue, logger } = newQueue();
    await queue.enqueue([run(1)]);
    const calls: Array<{ attempt: number; at: number }> = [];
    // 1: defer, 2: throws, 3: retry(300 ms), 4: retry(300 ms), 5: done.
    const plan: Array<JobOutcome | 'throw'> = [
      { outcome: 'defer', delayMs: 200 },
      'throw',
      { outcome: 'retry', delayMs: 300 },
      { outcome: 'retry', delayMs: 300 },
      { outcome: 'done' },
    ];
    await queue.consume(async (_job, attempt) => {
      calls.push({ attempt, at: Date.now() });
      const step = plan[calls.length - 1];
      if (step === 'throw') throw new Error('database unavailable');
      return step ?? { outcome: 'done' };
    }, 1);
    await until(() => calls.length >= 5, 10_000);
    await new Promise((r) => setTimeout(r, 300));
    expect(calls.map((c) => c.attempt)).toEqual([1, 1, 1, 2, 3]);
    expect(calls.length).toBe(5);
    // Each pause lasted at least what was asked (the thrown one: the 2 s first back-off).
    const gaps = calls.slice(1).map((c, i) => c.at - calls[i].at);
    expect(gaps[0]).toBeGreaterThanOrEqual(190);
    expect(gaps[1]).toBeGreaterThanOrEqual(1_990);
    expect(gaps[2]).toBeGreaterThanOrEqual(290);
    expect(gaps[3]).toBeGreaterThanOrEqual(290);
    expect(logger.lines.some((l) => l.level === 'warn' && l.message.includes('database unavailable'))).toBe(true);
  }, 20_000);

  it('a Redis write failing while a job is moved does not strand the run: BullMQ hands it out again', async () => {
    const { queue, logger } = newQueue();
    await queue.enqueue([run(1)]);
    // The one injected fault: moving the job to delayed fails once, as a Redis blip would (the rest is the real Redis).
    const move = jest.spyOn(Job.prototype, 'moveToDelayed').mockRejectedValueOnce(new Error('Connection is closed.'));
    const calls: number[] = [];
    try {
      await queue.consume(async (_job, attempt) => {
        calls.push(attempt);
        return calls.length === 1 ? { outcome: 'retry', delayMs: 100 } : { outcome: 'done' };
      }, 1);
      await until(() => calls.length >= 2, 8_000);
    } finally {
      move.mockRestore();
    }
    expect(calls).toHaveLength(2);
    expect(logger.lines.some((l) => l.message.includes('failed for good'))).toBe(false);
  }, 15_000);

  it('turns a schedule into one tick per planned second, with the planned time as scheduledAt; removal stops it', async () => {
    const a = newQueue().queue;
    const prefix = prefixes[prefixes.length - 1];
    // A second process on the same prefix: each tick must still be handed out once.
    const b = new BullmqRunQueue({ redisUrl: REDIS_URL, prefix, logger: new RecordingLogger() });
    queues.push(b);
    const ticks: string[] = [];
    const handler = async (job: QueueJob): Promise<JobOutcome> => {
      if (job.kind === 'tick') ticks.push(job.scheduledAt);
      return { outcome: 'done' };
    };
    await a.consume(handler, 2);
    await b.consume(handler, 2);
    await a.upsertSchedule({ appId: 'app-1', functionId: 'fn-tick', cron: '* * * * * *', timezone: 'Europe/Paris' });
    const next = (await b.nextRun('fn-tick')) ?? new Date(Number.NaN);
    expect(next.getUTCMilliseconds()).toBe(0);
    expect(next.getTime() - Date.now()).toBeLessThanOrEqual(1_000);
    await until(() => ticks.length >= 4, 8_000);
    await a.removeSchedule('fn-tick');
    expect(await a.nextRun('fn-tick')).toBeNull();
    const count = ticks.length;
    await new Promise((r) => setTimeout(r, 1_500));
    expect(ticks.length - count).toBeLessThanOrEqual(1); // a tick already handed out before the removal
    expect(new Set(ticks).size).toBe(ticks.length);
    for (const t of ticks) expect(new Date(t).getUTCMilliseconds()).toBe(0);
    const times = ticks.map((t) => Date.parse(t)).sort((x, y) => x - y);
    for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBe(1_000);
    expect(await a.nextRun('fn-never-scheduled')).toBeNull();
  }, 20_000);

  it('moving a schedule replaces it (one scheduler per function)', async () => {
    const { queue } = newQueue();
    await queue.upsertSchedule({ appId: 'app-1', functionId: 'fn-1', cron: '0 9 * * *', timezone: 'America/New_York' });
    await queue.upsertSchedule({ appId: 'app-1', functionId: 'fn-1', cron: '30 10 * * *', timezone: 'Asia/Tokyo' });
    const next = (await queue.nextRun('fn-1')) ?? new Date(Number.NaN);
    const tokyo = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(next);
    expect(tokyo).toBe('10:30');
  });

  it('close() lets the job in hand finish before it resolves', async () => {
    const { queue } = newQueue();
    await queue.enqueue([run(1)]);
    let finished = false;
    let started = false;
    await queue.consume(async () => {
      started = true;
      await new Promise((r) => setTimeout(r, 500));
      finished = true;
      return { outcome: 'done' };
    }, 1);
    await until(() => started, 5_000);
    await queue.close();
    expect(finished).toBe(true);
  });

  it('does not crash without Redis: every call fails fast with queue_unavailable, the outage is logged once', async () => {
    const port = await new Promise<number>((resolve) => {
      const srv = createServer();
      srv.listen(0, '127.0.0.1', () => {
        const p = (srv.address() as { port: number }).port;
        srv.close(() => resolve(p));
      });
    });
    const { queue, logger } = newQueue(new RecordingLogger(), `redis://:s3cret@127.0.0.1:${port}`);
    await queue.consume(async () => ({ outcome: 'done' }), 1);
    const started = Date.now();
    const unavailable = { code: 'queue_unavailable', status: 503 };
    await Promise.all([
      expect(queue.enqueue([run(1)])).rejects.toMatchObject(unavailable),
      expect(queue.upsertSchedule({ appId: 'a', functionId: 'f', cron: '* * * * *', timezone: 'UTC' })).rejects.toMatchObject(unavailable),
      expect(queue.removeSchedule('f')).rejects.toMatchObject(unavailable),
      expect(queue.nextRun('f')).rejects.toMatchObject(unavailable),
    ]);
    // Never connected: the start-up wait (10 s) applies; after a first connection a reconnect waits 2 s (the cluster
    // spec's Redis restart).
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(9_900);
    expect(waited).toBeLessThan(12_000);
    await new Promise((r) => setTimeout(r, 1_000));
    const warnings = logger.lines.filter((l) => l.level === 'warn');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toContain('unavailable');
    expect(logger.lines.some((l) => l.message.includes('s3cret'))).toBe(false);
  }, 20_000);
});
