import type { LoggerService } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { nextTick } from '../functions/trigger-text';
import type { JobHandler, JobOutcome, QueueJob, RunJob, RunQueue, ScheduleEntry } from './run-queue';

/** How often a consuming process looks for due jobs and ticks (it is also woken at once when it queues a job itself). */
const DEFAULT_POLL_MS = 100;
/** A job is held this long; the holder renews it every third of it, so a dead process's jobs come back within it. */
const DEFAULT_LEASE_MS = 30_000;
/** `close()` waits this long for jobs in hand (a run's own limit is 10 s), then leaves them to lease expiry. */
const DEFAULT_SHUTDOWN_GRACE_MS = 12_000;
/** A handler that throws (database down…) decided nothing: the job comes back after a growing pause. */
const HANDLER_ERROR_DELAY_MS = 2_000;
const HANDLER_ERROR_MAX_DELAY_MS = 60_000;
/** Due ticks claimed per poll (a schedule fires at most once per poll; the rest wait for the next one). */
const TICKS_PER_POLL = 50;

export interface EmbeddedRunQueueOptions {
  dataSource: DataSource;
  logger: LoggerService;
  pollMs?: number;
  leaseMs?: number;
  shutdownGraceMs?: number;
}

interface JobRow {
  id: string;
  payload: string;
  attempts: number | string;
  errors: number | string;
}

/**
 * The engine without Redis: jobs and schedules live in the database the API already has (`run_jobs`,
 * `function_schedules`), so queued runs survive a restart and several API processes can share one PostgreSQL.
 *
 * - A job is claimed by one UPDATE that sets a lease (PostgreSQL: over `FOR UPDATE SKIP LOCKED` rows, so processes
 *   never wait on each other's claims; SQLite has one writer, so the UPDATE … RETURNING is the claim). The lease is
 *   renewed while the job is in hand; when its process dies, the lease runs out and the job is handed out again.
 * - A tick is claimed by a compare-and-set of the schedule's `next_run_at` (moved to the following tick, computed with
 *   cron-parser in the schedule's time zone) in the same transaction as the tick's job insert: one process wins each
 *   tick, and a claimed tick is durable. Ticks missed while no process ran are not replayed: the schedule resumes at
 *   its next tick after now.
 *
 * Delivery is at least once (a lease can expire under a live but stuck process); the handler makes repeats harmless.
 */
export class EmbeddedRunQueue implements RunQueue {
  readonly engine = 'embedded' as const;
  private readonly db: DataSource;
  private readonly logger: LoggerService;
  private readonly pollMs: number;
  private readonly leaseMs: number;
  private readonly graceMs: number;
  private readonly postgres: boolean;
  /** This process's name on the leases it holds. */
  private readonly owner = `embedded-${randomUUID()}`;
  private handler: JobHandler | undefined;
  private concurrency = 0;
  private readonly inHand = new Set<string>();
  private pollTimer: NodeJS.Timeout | undefined;
  private renewTimer: NodeJS.Timeout | undefined;
  private polling = false;
  private again = false;
  private closed = false;
  private drained: (() => void) | undefined;

  constructor(options: EmbeddedRunQueueOptions) {
    this.db = options.dataSource;
    this.logger = options.logger;
    this.pollMs = options.pollMs ?? DEFAULT_POLL_MS;
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
    this.graceMs = options.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS;
    this.postgres = this.db.options.type === 'postgres';
  }

  /**
   * Stores the jobs. Those this process can start at once (it consumes and has free slots) are stored already under
   * its lease and handed to its handler directly: no poll and no claim round trip between queuing a run and starting
   * it. Nothing else changes for them: the lease is renewed while they are in hand, and if this process dies they come
   * back to any consumer when it runs out, like any claimed job.
   */
  async enqueue(jobs: RunJob[]): Promise<void> {
    if (jobs.length === 0) return;
    const now = Date.now();
    const free = this.handler && !this.closed ? Math.max(0, this.concurrency - this.inHand.size) : 0;
    const mine = jobs.slice(0, free).map((job) => `run:${job.runId}`);
    for (const id of mine) this.inHand.add(id); // the slots are taken before the first await
    const handed: JobRow[] = [];
    try {
      await this.db.transaction(async (m) => {
        for (const [i, job] of jobs.entries()) {
          if (i >= free) {
            await this.insertJob(m, `run:${job.runId}`, job, now);
            continue;
          }
          const leased = await this.insertJob(m, `run:${job.runId}`, job, now, now + this.leaseMs);
          if (leased) handed.push({ id: `run:${job.runId}`, payload: JSON.stringify(job), attempts: 0, errors: 0 });
        }
      });
    } finally {
      // A job already queued (a run queued again) was not inserted: it stays where it is.
      for (const id of mine) if (!handed.some((row) => row.id === id)) this.inHand.delete(id);
    }
    for (const row of handed) void this.handle(row);
    this.wake();
  }

  async consume(handler: JobHandler, concurrency: number): Promise<void> {
    if (this.handler) throw new Error('This queue is already consuming');
    this.handler = handler;
    this.concurrency = Math.max(1, concurrency);
    this.pollTimer = setInterval(() => this.wake(), this.pollMs);
    this.renewTimer = setInterval(() => void this.renew(), Math.max(50, Math.floor(this.leaseMs / 3)));
    this.wake();
  }

  async upsertSchedule(entry: ScheduleEntry): Promise<void> {
    const now = Date.now();
    const next = nextTick(entry.cron, entry.timezone, new Date(now)).getTime();
    // An unchanged cron and zone keep the planned tick (a save at the very moment of a tick must not skip it).
    await this.db.query(
      this.sql(
        `INSERT INTO function_schedules (function_id, app_id, cron, timezone, next_run_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (function_id) DO UPDATE SET app_id = excluded.app_id, cron = excluded.cron, timezone = excluded.timezone,
           next_run_at = CASE WHEN function_schedules.cron = excluded.cron AND function_schedules.timezone = excluded.timezone
             THEN function_schedules.next_run_at ELSE excluded.next_run_at END,
           updated_at = excluded.updated_at`,
      ),
      [entry.functionId, entry.appId, entry.cron, entry.timezone, next, now],
    );
    this.wake();
  }

  async removeSchedule(functionId: string): Promise<void> {
    await this.db.query(this.sql('DELETE FROM function_schedules WHERE function_id = ?'), [functionId]);
  }

  async nextRun(functionId: string): Promise<Date | null> {
    const rows = (await this.db.query(this.sql('SELECT next_run_at FROM function_schedules WHERE function_id = ?'), [functionId])) as Array<{
      next_run_at: string | number;
    }>;
    return rows[0] ? new Date(Number(rows[0].next_run_at)) : null;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.pollTimer);
    if (this.inHand.size > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise<void>((resolve) => (this.drained = resolve)),
        new Promise<void>((resolve) => (timer = setTimeout(resolve, this.graceMs))),
      ]);
      clearTimeout(timer);
      if (this.inHand.size > 0) this.logger.warn?.(`${this.inHand.size} job(s) still running at shutdown: they come back when their lease ends`);
    }
    clearInterval(this.renewTimer);
  }

  // ---- consuming -------------------------------------------------------------------------------------------------

  /** Runs a poll now (or right after the one in progress). */
  private wake(): void {
    if (!this.handler || this.closed) return;
    if (this.polling) {
      this.again = true;
      return;
    }
    this.polling = true;
    void this.poll()
      .catch((err: unknown) => this.logger.error(`Run queue poll failed: ${message(err)}`))
      .finally(() => {
        this.polling = false;
        if (this.again) {
          this.again = false;
          setImmediate(() => this.wake());
        }
      });
  }

  private async poll(): Promise<void> {
    await this.claimTicks();
    const free = this.concurrency - this.inHand.size;
    if (free <= 0 || this.closed) return;
    for (const row of await this.claimJobs(free)) void this.handle(row);
  }

  /** Moves every due schedule to its next tick, one compare-and-set each, queuing a tick job for each one won. */
  private async claimTicks(): Promise<void> {
    const now = Date.now();
    const due = (await this.db.query(
      this.sql(
        `SELECT function_id, app_id, cron, timezone, next_run_at FROM function_schedules WHERE next_run_at <= ? ORDER BY next_run_at LIMIT ${TICKS_PER_POLL}`,
      ),
      [now],
    )) as Array<{ function_id: string; app_id: string; cron: string; timezone: string; next_run_at: string | number }>;
    for (const s of due) {
      const planned = Number(s.next_run_at);
      let next: number;
      try {
        next = nextTick(s.cron, s.timezone, new Date(Math.max(now, planned))).getTime();
      } catch (err) {
        // Saved schedules are checked on save; one that no longer parses (a cron-parser upgrade?) must not stall the rest.
        this.logger.error(`Schedule of function ${s.function_id} cannot be read (${message(err)}): removed`);
        await this.removeSchedule(s.function_id);
        continue;
      }
      await this.db.transaction(async (m) => {
        const moved = await m.query(
          this.sql('UPDATE function_schedules SET next_run_at = ? WHERE function_id = ? AND next_run_at = ? RETURNING function_id'),
          [next, s.function_id, planned],
        );
        if (rowsOf(moved).length !== 1) return; // another process took this tick
        const job: QueueJob = { kind: 'tick', appId: s.app_id, functionId: s.function_id, scheduledAt: new Date(planned).toISOString() };
        await this.insertJob(m, `tick:${s.function_id}:${planned}`, job, now);
      });
    }
  }

  /** Takes up to `limit` due jobs (never queued, back from a delay, or whose holder's lease ran out) under this process's lease. */
  private async claimJobs(limit: number): Promise<JobRow[]> {
    const now = Date.now();
    const due = 'available_at <= ? AND (lease_until IS NULL OR lease_until < ?)';
    // A read first: the common idle poll costs no write (on SQLite every write takes the file's one write lock).
    const any = (await this.db.query(this.sql(`SELECT id FROM run_jobs WHERE ${due} LIMIT 1`), [now, now])) as unknown[];
    if (any.length === 0) return [];
    const pick = `SELECT id FROM run_jobs WHERE ${due} ORDER BY available_at LIMIT ${Math.floor(limit)}${this.postgres ? ' FOR UPDATE SKIP LOCKED' : ''}`;
    const result = await this.db.query(
      this.sql(`UPDATE run_jobs SET lease_owner = ?, lease_until = ? WHERE id IN (${pick}) RETURNING id, payload, attempts, errors`),
      [this.owner, now + this.leaseMs, now, now],
    );
    return rowsOf<JobRow>(result);
  }

  private async handle(row: JobRow): Promise<void> {
    this.inHand.add(row.id);
    const attempts = Number(row.attempts);
    const errors = Number(row.errors);
    try {
      let outcome: JobOutcome;
      try {
        outcome = await (this.handler as JobHandler)(JSON.parse(row.payload) as QueueJob, attempts + 1);
      } catch (err) {
        this.logger.error(`Job ${row.id} failed in its handler: ${message(err)}`);
        const delay = Math.min(HANDLER_ERROR_MAX_DELAY_MS, HANDLER_ERROR_DELAY_MS * 2 ** errors);
        await this.release(row.id, delay, { errors: errors + 1 });
        return;
      }
      if (outcome.outcome === 'done') {
        await this.db.query(this.sql('DELETE FROM run_jobs WHERE id = ? AND lease_owner = ?'), [row.id, this.owner]);
      } else {
        await this.release(row.id, outcome.delayMs, outcome.outcome === 'retry' ? { attempts: attempts + 1 } : {});
      }
    } catch (err) {
      // The job keeps its lease and comes back when it runs out.
      this.logger.error(`Job ${row.id} could not be settled: ${message(err)}`);
    } finally {
      this.inHand.delete(row.id);
      if (this.closed && this.inHand.size === 0) this.drained?.();
      this.wake();
    }
  }

  /** Hands the job back for later (retry or defer), dropping this process's lease. */
  private async release(id: string, delayMs: number, counters: { attempts?: number; errors?: number }): Promise<void> {
    const sets = ['available_at = ?', 'lease_owner = NULL', 'lease_until = NULL'];
    const params: unknown[] = [Date.now() + Math.max(0, Math.round(delayMs))];
    if (counters.attempts !== undefined) {
      sets.push('attempts = ?');
      params.push(counters.attempts);
    }
    if (counters.errors !== undefined) {
      sets.push('errors = ?');
      params.push(counters.errors);
    }
    await this.db.query(this.sql(`UPDATE run_jobs SET ${sets.join(', ')} WHERE id = ? AND lease_owner = ?`), [...params, id, this.owner]);
  }

  /** Extends the lease of every job in hand. */
  private async renew(): Promise<void> {
    if (this.inHand.size === 0) return;
    try {
      await this.db.query(this.sql('UPDATE run_jobs SET lease_until = ? WHERE lease_owner = ?'), [Date.now() + this.leaseMs, this.owner]);
    } catch (err) {
      this.logger.error(`Run queue leases could not be renewed: ${message(err)}`);
    }
  }

  /** Inserts the job unless one with its id exists (true when inserted); with `leaseUntil`, held by this process. */
  private async insertJob(m: EntityManager, id: string, job: QueueJob, now: number, leaseUntil?: number): Promise<boolean> {
    const inserted = await m.query(
      this.sql(
        'INSERT INTO run_jobs (id, kind, app_id, payload, available_at, lease_owner, lease_until, attempts, errors, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, ?) ON CONFLICT (id) DO NOTHING RETURNING id',
      ),
      [id, job.kind, job.appId, JSON.stringify(job), now, leaseUntil === undefined ? null : this.owner, leaseUntil ?? null, now],
    );
    return rowsOf(inserted).length === 1;
  }

  /** `?` placeholders as the driver wants them (PostgreSQL numbers them). */
  private sql(text: string): string {
    if (!this.postgres) return text;
    let n = 0;
    return text.replace(/\?/g, () => `$${++n}`);
  }
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Rows of an UPDATE … RETURNING (how many changed, too): TypeORM's `query` answers `[rows, count]` for an UPDATE on
 * PostgreSQL, the rows themselves on better-sqlite3.
 */
function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return Array.isArray(result) ? (result as T[]) : [];
}
