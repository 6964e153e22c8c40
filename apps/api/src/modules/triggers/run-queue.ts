/**
 * The contract between the triggers module (what starts a run, how a run is carried out) and the queue engine that
 * carries runs and schedule ticks between processes. Two engines implement it: BullMQ when `REDIS_URL` is set
 * (`bullmq-run-queue.ts`), and the embedded queue persisted in the database otherwise (`embedded-run-queue.ts`).
 *
 * Delivery is at least once: an engine may hand the same job to a handler twice (a worker killed mid-run, a stalled
 * lease). The handler makes a repeat harmless: a run is a row in `function_runs` created before its job is queued, and
 * the handler claims it by id (a finished run is never started again); a schedule tick's run id is derived from the
 * function and the tick's time, so a second delivery of the same tick finds the run it already made.
 */

/** One run to carry out: the row in `function_runs` exists (status `queued`) before the job is queued. */
export interface RunJob {
  kind: 'run';
  runId: string;
  appId: string;
  functionId: string;
}

/** One tick of a function's schedule; the handler creates (or finds) the tick's run and carries it out. */
export interface TickJob {
  kind: 'tick';
  appId: string;
  functionId: string;
  /** The tick's planned time, ISO 8601 (what the run records as `ctx.event.scheduledAt`). */
  scheduledAt: string;
}

export type QueueJob = RunJob | TickJob;

/**
 * What the handler tells the engine about a job it was given.
 * - `done`: finished (succeeded or failed for good); the engine forgets the job.
 * - `retry`: try again after `delayMs` (a transient provider failure: 5xx, timeout, 429 with its Retry-After). Counts
 *   as an attempt; the handler decides when attempts are used up and answers `done` instead.
 * - `defer`: the app is at its concurrency limit; hand the job out again after `delayMs`. Not an attempt.
 */
export type JobOutcome = { outcome: 'done' } | { outcome: 'retry'; delayMs: number } | { outcome: 'defer'; delayMs: number };

export type JobHandler = (job: QueueJob, attempt: number) => Promise<JobOutcome>;

/** A function's schedule as the engine keeps it: one entry per function, replaced on every change. */
export interface ScheduleEntry {
  appId: string;
  functionId: string;
  cron: string;
  /** IANA time zone the cron is read in. */
  timezone: string;
}

export interface RunQueue {
  /** `bullmq` or `embedded`: shown at start-up and in the health answer. */
  readonly engine: 'bullmq' | 'embedded';

  /** Queues runs whose rows exist. Resolves once the jobs are durable (a restart will not lose them). */
  enqueue(jobs: RunJob[]): Promise<void>;

  /**
   * Starts handing jobs to `handler` in this process, at most `concurrency` at once. API processes consume too unless
   * `PATCHBAY_RUN_CONSUMER=false`; the worker process (`npm run start:worker`) only consumes.
   */
  consume(handler: JobHandler, concurrency: number): Promise<void>;

  /** Creates or moves a function's schedule; each tick becomes one TickJob, once across all processes. */
  upsertSchedule(entry: ScheduleEntry): Promise<void>;

  /** Stops a function's schedule (paused, deleted, or its trigger is no longer a schedule). */
  removeSchedule(functionId: string): Promise<void>;

  /** The next planned tick of a function's schedule, or null when it has none. */
  nextRun(functionId: string): Promise<Date | null>;

  /** Stops consuming (jobs in hand finish first, within the shutdown grace) and closes connections. */
  close(): Promise<void>;
}

/** Nest injection token for the engine chosen at start-up. */
export const RUN_QUEUE = Symbol('RUN_QUEUE');
