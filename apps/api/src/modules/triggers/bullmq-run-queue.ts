import { HttpStatus, type LoggerService } from '@nestjs/common';
import { DelayedError, Queue, Worker, type Job } from 'bullmq';
import Redis from 'ioredis';
import { ApiException } from '../../platform/errors/api-exception';
import type { JobHandler, JobOutcome, QueueJob, RunJob, RunQueue, ScheduleEntry } from './run-queue';

/** The one BullMQ queue carrying runs and schedule ticks (keys `<prefix>:function-runs:*`). */
export const RUN_QUEUE_NAME = 'function-runs';

/**
 * A worker holds a job under a lock it renews every `lockDuration / 2`; when the process dies the lock expires and
 * the next stalled check (every `stalledInterval`, by any live worker) puts the job back in `wait`. BullMQ's defaults
 * (30 s / 30 s) leave a killed worker's runs untouched for up to a minute; 10 s / 5 s hand them out again within
 * ~15 s while a renewal still has 5 s of slack for a busy event loop (the isolate runs function code off the main
 * thread, so a healthy process renews on time).
 */
const LOCK_DURATION_MS = 10_000;
const STALLED_INTERVAL_MS = 5_000;
/**
 * How many times a job may be recovered from a dead worker before BullMQ fails it. Above 1 so that at-least-once holds
 * through a couple of crashes or deploys; bounded so that a run that takes its process down every time (a poison run)
 * does not crash-loop the fleet forever: after the 5th it stays in the failed set, its row shows where it stopped.
 */
const MAX_STALLED_COUNT = 5;
/** `close()` waits this long for jobs in hand, then leaves them to stalled recovery (under compose's 10 s grace). */
const DEFAULT_SHUTDOWN_GRACE_MS = 8_000;
/** A handler that throws (database down…) did not decide anything: the job comes back after a growing pause. */
const HANDLER_ERROR_DELAY_MS = 2_000;
const HANDLER_ERROR_MAX_DELAY_MS = 60_000;
/** How long a call waits for a Redis that is not connected (a reconnect) before it rejects with 503. */
const PRODUCER_WAIT_MS = 2_000;
/** Before the first connection (the process is starting, e.g. next to a Redis container still starting): longer. */
const PRODUCER_FIRST_WAIT_MS = 10_000;
/** Finished jobs are kept a while so that a repeated `enqueue` of the same run id within the hour is a no-op. */
const KEEP_COMPLETED = { age: 3_600, count: 10_000 };
const KEEP_FAILED = { age: 7 * 24 * 3_600 };
/**
 * The handler's errors never reach BullMQ (see `process`); what can is Redis failing while a job is moved (a blip
 * between the handler's answer and the write). BullMQ then tries the job again after a pause instead of failing it
 * for good, so the run is not stranded. DelayedError (retry/defer) does not count against these.
 */
const JOB_DEFAULTS = { attempts: 5, backoff: { type: 'exponential', delay: 1_000 }, removeOnComplete: KEEP_COMPLETED, removeOnFail: KEEP_FAILED };

/** What the queue stores per job: the contract's job plus the engine's own counters. */
type StoredJob = (RunJob | Omit<Extract<QueueJob, { kind: 'tick' }>, 'scheduledAt'>) & {
  /** Attempts already counted (`retry` outcomes); the handler is told `attempt = attempts + 1`. */
  attempts?: number;
  /** Consecutive handler errors, for the back-off. */
  errors?: number;
};

/**
 * `enqueue` while Redis does not answer: 503 `queue_unavailable`, not a 500. The run rows stay `queued`; posting the
 * event again with the same Idempotency-Key queues them then.
 */
export class RunQueueUnavailable extends ApiException {
  constructor() {
    super(HttpStatus.SERVICE_UNAVAILABLE, 'queue_unavailable', 'The run queue (Redis) does not answer; try again shortly');
  }
}

export interface BullmqRunQueueOptions {
  redisUrl: string;
  /** BullMQ key prefix; replicas and workers of one installation share it. */
  prefix?: string;
  logger: LoggerService;
  shutdownGraceMs?: number;
}

/**
 * The Redis engine (`REDIS_URL` set): one BullMQ queue shared by every API replica and worker process. Runs are jobs
 * whose id is the run id (queuing a run twice is one job); schedules are BullMQ job schedulers keyed by function id,
 * whose ticks each become one job, once across all processes. Delivery is at least once (see `run-queue.ts`).
 */
export class BullmqRunQueue implements RunQueue {
  readonly engine = 'bullmq' as const;
  private readonly logger: LoggerService;
  private readonly prefix: string;
  private readonly shutdownGraceMs: number;
  /** Producer connection: fails fast while Redis is down (an API request must not hang on it). */
  private readonly producer: Redis;
  /** Worker connection: BullMQ needs `maxRetriesPerRequest: null` (blocking commands wait through outages). */
  private consumerConnection: Redis | undefined;
  private readonly queue: Queue;
  private worker: Worker | undefined;
  private down = false;
  /** Redis has answered once: later waits are a reconnect, kept short. */
  private wasReady = false;
  private closing: Promise<void> | undefined;

  constructor(private readonly options: BullmqRunQueueOptions) {
    this.logger = options.logger;
    this.prefix = options.prefix ?? 'patchbay';
    this.shutdownGraceMs = options.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS;
    this.producer = this.connect('patchbay-runs-producer', { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    this.queue = new Queue(RUN_QUEUE_NAME, { connection: this.producer, prefix: this.prefix });
    this.queue.on('error', (err) => this.outage(err));
  }

  async enqueue(jobs: RunJob[]): Promise<void> {
    if (jobs.length === 0) return;
    await this.producerReady();
    await this.add(
      jobs.map((j) => ({
        name: 'run',
        data: { kind: 'run', runId: j.runId, appId: j.appId, functionId: j.functionId } satisfies StoredJob,
        opts: { ...JOB_DEFAULTS, jobId: j.runId },
      })),
    );
  }

  private async add(jobs: Parameters<Queue['addBulk']>[0]): Promise<void> {
    try {
      await this.queue.addBulk(jobs);
    } catch (err) {
      // Redis went away between the check and the write (the producer does not queue commands offline).
      if (this.producer.status !== 'ready') throw new RunQueueUnavailable();
      throw err;
    }
  }

  async consume(handler: JobHandler, concurrency: number): Promise<void> {
    if (this.worker) throw new Error('BullmqRunQueue.consume: already consuming');
    this.consumerConnection = this.connect('patchbay-runs-worker', { maxRetriesPerRequest: null });
    this.worker = new Worker<StoredJob>(RUN_QUEUE_NAME, (job, token) => this.process(handler, job, token), {
      connection: this.consumerConnection,
      prefix: this.prefix,
      concurrency,
      lockDuration: LOCK_DURATION_MS,
      stalledInterval: STALLED_INTERVAL_MS,
      maxStalledCount: MAX_STALLED_COUNT,
    });
    // Without a listener an 'error' event would throw and end the process; BullMQ reconnects on its own.
    this.worker.on('error', (err) => this.outage(err));
    this.worker.on('failed', (job, err) => {
      if (!job || err instanceof DelayedError) return;
      // BullMQ reports every failed attempt; only the last one leaves the job failed.
      if (job.attemptsMade < (job.opts.attempts ?? 1))
        this.logger.warn(`Job ${job.id} (${job.name}) will be tried again: ${err.message}`, 'RunQueue');
      else this.logger.error(`Job ${job.id} (${job.name}) failed for good: ${err.message}`, undefined, 'RunQueue');
    });
    // Not awaited: with Redis down at start the process still starts, and the worker begins once Redis answers.
    this.worker.waitUntilReady().catch((err: unknown) => this.outage(err));
  }

  async upsertSchedule(entry: ScheduleEntry): Promise<void> {
    await this.producerReady();
    await this.queue.upsertJobScheduler(
      entry.functionId,
      { pattern: entry.cron, tz: entry.timezone },
      {
        name: 'tick',
        data: { kind: 'tick', appId: entry.appId, functionId: entry.functionId } satisfies StoredJob,
        opts: JOB_DEFAULTS,
      },
    );
  }

  async removeSchedule(functionId: string): Promise<void> {
    await this.producerReady();
    await this.queue.removeJobScheduler(functionId);
  }

  async nextRun(functionId: string): Promise<Date | null> {
    await this.producerReady();
    const scheduler = await this.queue.getJobScheduler(functionId);
    return scheduler?.next !== undefined ? new Date(scheduler.next) : null;
  }

  close(): Promise<void> {
    this.closing ??= this.doClose();
    return this.closing;
  }

  private async doClose(): Promise<void> {
    const worker = this.worker;
    if (worker && this.consumerConnection?.status !== 'ready') {
      // Redis is down: no job can finish (its completion is a Redis write), and a graceful close would wait for it.
      await worker.close(true).catch(() => undefined);
    } else if (worker) {
      // Jobs in hand finish first; past the grace they are abandoned to stalled recovery on another process.
      let timer: NodeJS.Timeout | undefined;
      const graceOver = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), this.shutdownGraceMs)));
      const result = await Promise.race([worker.close().then(() => 'closed' as const), graceOver]);
      clearTimeout(timer);
      if (result === 'timeout') {
        this.logger.warn(`Jobs still running after ${this.shutdownGraceMs} ms; another process takes them over`, 'RunQueue');
        await worker.close(true).catch(() => undefined);
      }
    }
    await this.queue.close().catch(() => undefined);
    // QUIT waits for Redis; a connection that is down is dropped (its reconnect timer would keep the process alive).
    await Promise.all(
      [this.producer, this.consumerConnection].map(async (c) => {
        if (!c) return;
        if (c.status === 'ready') await c.quit().catch(() => c.disconnect());
        else c.disconnect();
      }),
    );
  }

  private async process(handler: JobHandler, job: Job<StoredJob>, token: string | undefined): Promise<void> {
    const stored = job.data;
    const attempt = (stored.attempts ?? 0) + 1;
    let outcome: JobOutcome;
    try {
      outcome = await handler(toQueueJob(job), attempt);
    } catch (err) {
      // The handler did not decide: not an attempt; come back after a growing pause so a database outage is waited out.
      const errors = (stored.errors ?? 0) + 1;
      const delayMs = Math.min(HANDLER_ERROR_DELAY_MS * 2 ** (errors - 1), HANDLER_ERROR_MAX_DELAY_MS);
      this.logger.warn(
        `Job ${job.id} (${job.name}): handler error, again in ${delayMs} ms: ${err instanceof Error ? err.message : String(err)}`,
        'RunQueue',
      );
      await job.updateData({ ...stored, errors });
      await job.moveToDelayed(Date.now() + delayMs, token);
      throw new DelayedError();
    }
    if (outcome.outcome === 'done') return;
    const next: StoredJob = { ...stored, errors: 0, attempts: outcome.outcome === 'retry' ? attempt : stored.attempts };
    await job.updateData(next);
    await job.moveToDelayed(Date.now() + Math.max(0, outcome.delayMs), token);
    // Tells BullMQ the job was moved (not completed nor failed).
    throw new DelayedError();
  }

  /**
   * BullMQ waits for its connection without limit; a caller (an API request queuing a run, saving a schedule) must not. The run's row
   * stays `queued` when this rejects, for the caller to report or queue again.
   */
  private async producerReady(): Promise<void> {
    if (this.producer.status === 'ready') return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => {
          this.producer.off('ready', ready);
          reject(new RunQueueUnavailable());
        },
        this.wasReady ? PRODUCER_WAIT_MS : PRODUCER_FIRST_WAIT_MS,
      );
      const ready = (): void => {
        clearTimeout(timer);
        resolve();
      };
      this.producer.once('ready', ready);
    });
  }

  private connect(name: string, extra: { enableOfflineQueue?: boolean; maxRetriesPerRequest: number | null }): Redis {
    const client = new Redis(this.options.redisUrl, { connectionName: name, lazyConnect: false, ...extra });
    client.on('error', (err: Error) => this.outage(err));
    client.on('ready', () => {
      this.wasReady = true;
      if (this.down) this.logger.log('Redis (run queue) reachable again', 'RunQueue');
      this.down = false;
    });
    return client;
  }

  /** Once per outage (ioredis and BullMQ report every failed reconnect); never the URL (it may hold a password). */
  private outage(err: unknown): void {
    if (this.down || this.closing) return;
    this.down = true;
    this.logger.warn(`Redis (run queue) unavailable, reconnecting: ${err instanceof Error ? err.message : String(err)}`, 'RunQueue');
  }
}

/** The contract's job from a BullMQ job: a tick's `scheduledAt` is its planned time, not when it was handed out. */
function toQueueJob(job: Job<StoredJob>): QueueJob {
  const d = job.data;
  if (d.kind === 'run') return { kind: 'run', runId: d.runId, appId: d.appId, functionId: d.functionId };
  // A scheduler's job carries its planned time as `prevMillis` (and in its id, `repeat:<scheduler>:<millis>`).
  const fromId = Number(String(job.id).split(':').pop());
  const planned = job.opts.prevMillis ?? (Number.isFinite(fromId) ? fromId : job.timestamp + (job.delay ?? 0));
  return { kind: 'tick', appId: d.appId, functionId: d.functionId, scheduledAt: new Date(planned).toISOString() };
}
