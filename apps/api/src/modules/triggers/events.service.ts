import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, LessThan, Repository } from 'typeorm';
import { isUniqueViolation } from '../../platform/database/db-errors';
import { CommonException } from '../../platform/errors/common.exception';
import { roleAtLeast } from '../apps/entities/app-member.entity';
import type { AppAccess } from '../apps/guards/app-access';
import { FunctionsService } from '../functions/functions.service';
import type { Principal } from '../identity/principal';
import { EventIdempotencyKey } from './entities/event-idempotency-key.entity';
import { RUN_QUEUE, type RunJob, type RunQueue } from './run-queue';

/** How long an Idempotency-Key answers with the runs it started. */
export const IDEMPOTENCY_WINDOW_MS = 24 * 3600_000;
/** Expired keys are swept at most this often per process. */
const SWEEP_EVERY_MS = 60_000;

/**
 * Events the app posts (`POST /api/apps/:app/events`): one queued run per enabled function of the app whose trigger
 * is that event, answered at once with the run ids. With an Idempotency-Key, the key row and the runs are stored in
 * one transaction; a retry (or a racing duplicate, which the key's primary key refuses) answers the first post's runs.
 */
@Injectable()
export class EventsService {
  private lastSweep = 0;

  constructor(
    @InjectRepository(EventIdempotencyKey) private readonly keys: Repository<EventIdempotencyKey>,
    private readonly dataSource: DataSource,
    private readonly functions: FunctionsService,
    @Inject(RUN_QUEUE) private readonly queue: RunQueue,
  ) {}

  async post(caller: Principal, access: AppAccess, type: string, data: Record<string, unknown>, key: string | undefined): Promise<string[]> {
    const appId = access.app.id;
    // Checked before a replay too: a viewer must not read the runs of someone else's key.
    if (caller.kind === 'user' && !roleAtLeast(access.role, 'editor'))
      throw CommonException.forbidden('Posting an event needs the editor role in this app');
    await this.sweep();
    if (key !== undefined) {
      const replay = await this.replay(appId, key);
      if (replay) return replay;
    }
    let jobs: RunJob[];
    try {
      jobs = await this.dataSource.transaction(async (m) => {
        if (key !== undefined) await m.getRepository(EventIdempotencyKey).insert({ appId, key, runIds: [], createdAt: new Date() });
        const created = await this.functions.createEventRuns(m, caller, access, type, data);
        if (key !== undefined) await m.getRepository(EventIdempotencyKey).update({ appId, key }, { runIds: created.map((j) => j.runId) });
        return created;
      });
    } catch (err) {
      // A duplicate that raced the first post: the key is taken, its runs are the answer.
      if (key !== undefined && isUniqueViolation(err)) {
        const replay = await this.replay(appId, key);
        if (replay) return replay;
      }
      throw err;
    }
    await this.queue.enqueue(jobs);
    return jobs.map((j) => j.runId);
  }

  /**
   * The runs of a key seen within the window, queued again (a no-op for runs already queued or finished; it covers a
   * first post whose process stopped between storing its runs and queuing them). An expired key is dropped.
   */
  private async replay(appId: string, key: string): Promise<string[] | undefined> {
    const seen = await this.keys.findOne({ where: { appId, key } });
    if (!seen) return undefined;
    if (Date.now() - seen.createdAt.getTime() > IDEMPOTENCY_WINDOW_MS) {
      await this.keys.delete({ appId, key, createdAt: seen.createdAt });
      return undefined;
    }
    const runs = await this.functions.queuedRunJobs(appId, seen.runIds);
    await this.queue.enqueue(runs);
    return seen.runIds;
  }

  private async sweep(): Promise<void> {
    if (Date.now() - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = Date.now();
    await this.keys.delete({ createdAt: LessThan(new Date(Date.now() - IDEMPOTENCY_WINDOW_MS)) });
  }
}
