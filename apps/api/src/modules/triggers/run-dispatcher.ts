import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../../platform/config/app-config';
import { FunctionsService } from '../functions/functions.service';
import { isTransient, retryDelayMs } from './retry-policy';
import { RUN_QUEUE, type JobOutcome, type QueueJob, type RunQueue } from './run-queue';

/** How long a job of an app at its concurrency limit waits before it is handed out again (plus jitter). */
const APP_BUSY_DELAY_MS = 50;
/** Runs still queued this long after they were created are queued again (see {@link RunDispatcher.sweep}). */
const STALE_QUEUED_MS = 2 * 60_000;
const SWEEP_EVERY_MS = 60_000;
const SWEEP_BATCH = 500;

/**
 * Carries out the jobs the queue engine hands this process: a run job is the queued run with that id, a tick job
 * first becomes its tick's run. Repeats are harmless (delivery is at least once): the run row is claimed before it is
 * executed, so a finished run is never started again and a run held by a live process is only looked at again later.
 * At most PATCHBAY_APP_RUN_CONCURRENCY runs of one app at once here (`defer` beyond); a transient connector failure
 * is retried up to PATCHBAY_RUN_MAX_ATTEMPTS attempts in all.
 */
@Injectable()
export class RunDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Runs');
  private readonly inFlight = new Map<string, number>();
  private sweeper: NodeJS.Timeout | undefined;

  constructor(
    @Inject(RUN_QUEUE) private readonly queue: RunQueue,
    private readonly functions: FunctionsService,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.reconcileSchedules();
    if (this.config.runConsumer) await this.start();
    this.logger.log(
      `Run queue: ${this.queue.engine}${this.config.runConsumer ? `, consuming (${this.config.runConcurrency} at once, ${this.config.appRunConcurrency} per app)` : ', not consuming here (PATCHBAY_RUN_CONSUMER=false)'}`,
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.sweeper);
    // Before the functions service closes its isolates and the database closes: runs in hand finish first.
    await this.queue.close();
  }

  /** Starts consuming in this process (the API unless PATCHBAY_RUN_CONSUMER=false; the worker process always). */
  async start(): Promise<void> {
    await this.queue.consume((job, attempt) => this.handle(job, attempt), this.config.runConcurrency);
    this.sweeper ??= setInterval(() => void this.sweep(), SWEEP_EVERY_MS);
  }

  /**
   * A run row is stored before its job is queued; a process that stopped in between left a run no job will carry out.
   * Queuing the long-queued runs again recovers those, and is a no-op for the others (jobs are keyed by run id; a
   * finished run is never started again).
   */
  async sweep(): Promise<number> {
    try {
      const jobs = await this.functions.staleQueuedRuns(STALE_QUEUED_MS, SWEEP_BATCH);
      await this.queue.enqueue(jobs);
      return jobs.length;
    } catch (err) {
      this.logger.error(`Queued runs could not be swept: ${err instanceof Error ? err.message : String(err)}`);
      return 0;
    }
  }

  async handle(job: QueueJob, attempt: number): Promise<JobOutcome> {
    const running = this.inFlight.get(job.appId) ?? 0;
    if (running >= this.config.appRunConcurrency)
      return { outcome: 'defer', delayMs: APP_BUSY_DELAY_MS + Math.round(Math.random() * APP_BUSY_DELAY_MS) };
    this.inFlight.set(job.appId, running + 1);
    try {
      const runId = job.kind === 'run' ? job.runId : await this.functions.tickRun(job.appId, job.functionId, new Date(job.scheduledAt));
      if (!runId) return { outcome: 'done' };
      const outcome = await this.functions.executeQueued(
        runId,
        (result, runAttempt) =>
          runAttempt < this.config.runMaxAttempts && isTransient(result.error) ? retryDelayMs(runAttempt, result.error) : undefined,
        job.kind === 'run' ? job : undefined,
      );
      if (outcome.kind === 'finished') return { outcome: 'done' };
      if (outcome.kind === 'busy') return { outcome: 'defer', delayMs: outcome.retryInMs };
      this.logger.log(`Run ${runId} failed transiently (attempt ${outcome.attempt}, job attempt ${attempt}): retried in ${outcome.retryInMs} ms`);
      return { outcome: 'retry', delayMs: outcome.retryInMs };
    } finally {
      const left = (this.inFlight.get(job.appId) ?? 1) - 1;
      if (left > 0) this.inFlight.set(job.appId, left);
      else this.inFlight.delete(job.appId);
    }
  }

  /**
   * Puts every schedule function's schedule in the engine (functions saved before this engine was in use, a Redis
   * that lost its data); an unchanged schedule keeps its planned tick.
   */
  private async reconcileSchedules(): Promise<void> {
    try {
      for (const fn of await this.functions.scheduled()) await this.functions.syncSchedule(fn);
    } catch (err) {
      this.logger.error(`Schedules could not be reconciled: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}
