import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { FunctionRuntime, type RunResult } from '@patchbay/function-runtime';
import type { FunctionEdit, FunctionOutline, PlanResult } from '@patchbay/planner';
import { createTwoFilesPatch } from 'diff';
import { createHash, randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { DataSource, In, LessThan, Repository, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { lockRow } from '../../platform/database/row-lock';
import { CommonException } from '../../platform/errors/common.exception';
import type { AppAccess } from '../apps/guards/app-access';
import { roleAtLeast, type AppRoleName } from '../apps/entities/app-member.entity';
import { AuditService } from '../audit/audit.service';
import type { User } from '../identity/entities/user.entity';
import type { Principal } from '../identity/principal';
import { RUN_QUEUE, type RunJob, type RunQueue } from '../triggers/run-queue';
import type { FunctionVersionView, FunctionView, RunStartedView, RunView } from './dtos/function.dto';
import { FunctionEntity, type FunctionTriggerValue } from './entities/function.entity';
import { FunctionRun, type RunStatus, type RunTriggerKind } from './entities/function-run.entity';
import { FunctionVersion, type FunctionVersionSource } from './entities/function-version.entity';
import { FunctionOperations } from './function-operations';
import { FunctionToolchain } from './function-toolchain';
import { FunctionsException } from './functions.exception';
import { DEFAULT_TIMEZONE, scheduleProblem, triggerText } from './trigger-text';

/** `GET …/runs` filters. */
export interface RunFilter {
  status?: RunStatus;
  trigger?: RunTriggerKind;
  limit?: number;
}

/** What the chat gets back for a function it created or edited. */
export interface FunctionSummary {
  id: string;
  name: string;
  code: string;
}

/** How long an invoke with `wait` holds the request before answering 202 with the run id (the run goes on). */
export const INVOKE_WAIT_BOUND_MS = 12_000;
const RUNS_LISTED = 50;
/** How long an invoke may use a function read by an earlier one (changes through this process apply at once). */
const RUN_CACHE_MS = 2000;

/** A run is held this long by the process running it (renewed every third of it); past it, another may take it over. */
const RUN_LEASE_MS = 30_000;
/** How often an invoke that waits reads a run carried out by another process. */
const RUN_POLL_MS = 200;
/** Callers of runs queued here, kept for the run's execution (bounded: runs carried out elsewhere are never settled here). */
const REMEMBERED_CALLERS = 10_000;

/** What became of a queued run handed to {@link FunctionsService.executeQueued}. */
export type QueuedRunOutcome =
  { kind: 'finished'; status?: 'succeeded' | 'failed' } | { kind: 'retry'; retryInMs: number; attempt: number } | { kind: 'busy'; retryInMs: number };

/**
 * The id of a schedule tick's run, derived from the function and the tick (SHA-1, laid out as a version-5 UUID): a
 * second delivery of the tick inserts nothing (ON CONFLICT DO NOTHING) and carries out the run the first one made.
 */
export function tickRunId(functionId: string, scheduledAt: Date): string {
  const h = createHash('sha1').update(`patchbay-tick:${functionId}:${scheduledAt.getTime()}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/**
 * Backend functions of an app: code that type-checks against the SDK and the generated connector types, every
 * accepted change kept as a version, and runs in an isolate whose connector calls go through the operations
 * pipeline. Every run (invoke, event, schedule tick) is a `function_runs` row queued on RUN_QUEUE first and carried out
 * by id ({@link executeQueued}) by whichever process the queue hands it to; schedules are kept in the queue engine in
 * step with each function's trigger and state. Also the chat's port (createFromPlan, outline, applyEdits).
 */
@Injectable()
export class FunctionsService implements OnApplicationShutdown {
  private readonly logger = new Logger('Functions');
  readonly runtime: FunctionRuntime;
  private readonly callers = new Map<string, { caller: Principal; role: AppRoleName; at: number }>();
  /** Runs finished by this process, by id (an invoke that waits listens for its run). */
  private readonly finished = new EventEmitter();
  private readonly runCache = new Map<string, { fn: FunctionEntity; at: number }>();

  constructor(
    @InjectRepository(FunctionEntity) private readonly functions: Repository<FunctionEntity>,
    @InjectRepository(FunctionVersion) private readonly versions: Repository<FunctionVersion>,
    @InjectRepository(FunctionRun) private readonly runs: Repository<FunctionRun>,
    private readonly dataSource: DataSource,
    private readonly toolchain: FunctionToolchain,
    private readonly operations: FunctionOperations,
    private readonly audit: AuditService,
    @Inject(RUN_QUEUE) private readonly queue: RunQueue,
  ) {
    this.runtime = new FunctionRuntime({ transpile: (code) => this.toolchain.transpile(code), methods: () => this.toolchain.methods() });
  }

  async onApplicationShutdown(): Promise<void> {
    // The queue was closed before (TriggersModule, beforeApplicationShutdown): runs in hand have finished or were left.
    await this.runtime.close();
  }

  // ---- functions -------------------------------------------------------------------------------------------------

  async list(appId: string): Promise<FunctionView[]> {
    const rows = await this.functions.find({ where: { appId }, order: { createdAt: 'ASC', id: 'ASC' } });
    // The newest run of each function (a handful of functions per app: one indexed lookup each).
    const newest = await Promise.all(
      rows.map((f) =>
        this.runs.findOne({
          where: { functionId: f.id },
          order: { createdAt: 'DESC', id: 'DESC' },
          select: { id: true, functionId: true, status: true, createdAt: true, finishedAt: true },
        }),
      ),
    );
    const last = new Map(rows.map((f, i) => [f.id, newest[i]]));
    return Promise.all(
      rows.map(async (f) => {
        const r = last.get(f.id);
        return {
          ...(await this.view(f, false)),
          lastRun: r ? { id: r.id, status: r.status, createdAt: r.createdAt, finishedAt: r.finishedAt } : null,
        };
      }),
    );
  }

  async get(appId: string, id: string): Promise<FunctionView> {
    return this.view(await this.require(appId, id), true);
  }

  async create(caller: Principal, appId: string, body: { name?: string; code?: string; plan?: PlanResult }): Promise<FunctionView> {
    let code: string;
    let source: FunctionVersionSource;
    if (body.plan !== undefined) {
      code = this.generate(body.plan);
      source = 'plan';
    } else if (body.code !== undefined) {
      code = body.code;
      source = 'create';
    } else {
      throw CommonException.validationFailed([{ field: 'code', errors: ['give code or plan'] }]);
    }
    await this.typeCheck(code);
    this.checkTrigger(code);
    const created = await this.insert(caller, appId, body.name ?? body.plan?.functionName, code, source);
    await this.syncSchedule(created);
    return this.view(created, true);
  }

  async update(
    caller: Principal,
    appId: string,
    id: string,
    body: { code?: string; name?: string; enabled?: boolean },
    source: FunctionVersionSource = 'edit',
  ): Promise<FunctionView> {
    const current = await this.require(appId, id);
    this.runCache.delete(id);
    if (body.code !== undefined && body.code !== current.code) {
      await this.typeCheck(body.code);
      this.checkTrigger(body.code);
    }
    const updated = await this.dataSource.transaction(async (m) => {
      await lockRow(m, FunctionEntity, id);
      const fn = await m.getRepository(FunctionEntity).findOneOrFail({ where: { id, appId } });
      const now = new Date();
      if (body.code !== undefined && body.code !== fn.code) {
        fn.version += 1;
        fn.code = body.code;
        fn.trigger = this.triggerOf(body.code, fn.trigger);
        await this.addVersion(m, caller, fn, source, now);
      }
      if (body.name !== undefined) fn.name = body.name;
      if (body.enabled !== undefined) fn.enabled = body.enabled;
      fn.updatedAt = now;
      await m.getRepository(FunctionEntity).save(fn);
      this.runCache.delete(id);
      await this.audit.record(
        { appId, actor: caller, action: 'function.updated', target: fn.id, metadata: { name: fn.name, version: fn.version, source } },
        m,
      );
      return fn;
    });
    await this.syncSchedule(updated);
    return this.view(updated, true);
  }

  async remove(caller: Principal, appId: string, id: string): Promise<void> {
    const fn = await this.require(appId, id);
    this.runCache.delete(id);
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(FunctionRun).delete({ functionId: id });
      await m.getRepository(FunctionVersion).delete({ functionId: id });
      await m.getRepository(FunctionEntity).delete({ id });
      await this.audit.record({ appId, actor: caller, action: 'function.deleted', target: id, metadata: { name: fn.name } }, m);
    });
    await this.queue.removeSchedule(id);
  }

  // ---- versions --------------------------------------------------------------------------------------------------

  async listVersions(appId: string, id: string): Promise<FunctionVersionView[]> {
    const fn = await this.require(appId, id);
    const rows = await this.versions.find({ where: { functionId: fn.id }, order: { number: 'ASC' } });
    const views: FunctionVersionView[] = [];
    let previous = '';
    for (const v of rows) {
      views.push({
        number: v.number,
        source: v.source,
        code: v.code,
        diff: createTwoFilesPatch(`v${v.number - 1}/${fn.name}.ts`, `v${v.number}/${fn.name}.ts`, previous, v.code, undefined, undefined, {
          context: 3,
        }),
        createdBy: v.createdBy,
        createdAt: v.createdAt,
      });
      previous = v.code;
    }
    return views.reverse();
  }

  async restore(caller: Principal, appId: string, id: string, n: number): Promise<FunctionView> {
    const fn = await this.require(appId, id);
    const v = await this.versions.findOne({ where: { functionId: fn.id, number: n } });
    if (!v) throw FunctionsException.versionNotFound(n);
    if (v.code === fn.code) return this.view(fn, true);
    return this.update(caller, appId, id, { code: v.code }, 'restore');
  }

  // ---- the chat's port -------------------------------------------------------------------------------------------

  /** A function generated from the chat's plan (type-checked like any other code). */
  async createFromPlan(appId: string, caller: Principal, plan: PlanResult): Promise<FunctionSummary> {
    const code = this.generate(plan);
    await this.typeCheck(code);
    this.checkTrigger(code);
    const fn = await this.insert(caller, appId, plan.functionName, code, 'plan');
    await this.syncSchedule(fn);
    return { id: fn.id, name: fn.name, code: fn.code };
  }

  /** What the planner needs to understand a follow-up about the function (read from its syntax tree). */
  async outline(appId: string, functionId: string): Promise<FunctionOutline> {
    const fn = await this.require(appId, functionId);
    return this.toolchain.outline(fn.code);
  }

  /** Applies the planner's syntax-tree edits; the result is type-checked and stored as a new version. */
  async applyEdits(appId: string, caller: Principal, functionId: string, edits: FunctionEdit[]): Promise<FunctionSummary> {
    const fn = await this.require(appId, functionId);
    const code = this.toolchain.edit(fn.code, edits);
    const updated = await this.update(caller, appId, functionId, { code }, 'chat');
    return { id: updated.id, name: updated.name, code: updated.code ?? code };
  }

  // ---- runs ------------------------------------------------------------------------------------------------------

  /**
   * Queues a run of the function and, with `wait`, answers the finished run (or, past the wait bound, the run id while
   * it goes on); without, the run id at once. Users need the editor role; the app's API key may invoke (its calls run
   * with the editor role the function was written under).
   */
  async invoke(
    caller: Principal,
    access: AppAccess,
    id: string,
    input: Record<string, unknown>,
    wait: boolean,
  ): Promise<{ done: true; run: RunView } | { done: false; started: RunStartedView }> {
    if (caller.kind === 'user' && !roleAtLeast(access.role, 'editor'))
      throw CommonException.forbidden('Running a function needs the editor role in this app');
    const fn = await this.forRun(access.app.id, id);
    if (!fn.enabled) throw FunctionsException.disabled();
    const row = this.queuedRow(fn, 'invoke', caller, input);
    await this.runs.insert(row as QueryDeepPartialEntity<FunctionRun>);
    this.remember(row.id, caller, caller.kind === 'api_key' ? 'editor' : access.role);
    // Waiting starts before the job is queued: a consumer in this process may finish it before enqueue resolves.
    const finished = wait ? this.waitFor(row.id, INVOKE_WAIT_BOUND_MS) : undefined;
    await this.queue.enqueue([{ kind: 'run', runId: row.id, appId: fn.appId, functionId: fn.id }]);
    if (!finished) return { done: false, started: { runId: row.id, status: 'queued' } };
    const done = await finished;
    if (done && (done.status === 'succeeded' || done.status === 'failed')) return { done: true, run: this.runView(done) };
    return { done: false, started: { runId: row.id, status: done?.status ?? 'queued' } };
  }

  /**
   * Queued runs of every enabled function of the app whose trigger is the event `type` (written with `m`, so the
   * events service can store them in one transaction with the Idempotency-Key); the caller queues the jobs.
   */
  async createEventRuns(m: EntityManager, caller: Principal, access: AppAccess, type: string, data: Record<string, unknown>): Promise<RunJob[]> {
    if (caller.kind === 'user' && !roleAtLeast(access.role, 'editor'))
      throw CommonException.forbidden('Posting an event needs the editor role in this app');
    const all = await m
      .getRepository(FunctionEntity)
      .find({ where: { appId: access.app.id, enabled: true }, order: { createdAt: 'ASC', id: 'ASC' } });
    const matching = all.filter((f) => f.trigger.type === 'event' && f.trigger.event === type);
    const rows = matching.map((f) => this.queuedRow(f, 'event', caller, data));
    if (rows.length) await m.getRepository(FunctionRun).insert(rows as QueryDeepPartialEntity<FunctionRun>[]);
    for (const r of rows) this.remember(r.id, caller, caller.kind === 'api_key' ? 'editor' : access.role);
    return rows.map((r) => ({ kind: 'run', runId: r.id, appId: r.appId, functionId: r.functionId }));
  }

  /**
   * The run of one schedule tick: created on the first delivery (its id is derived from the function and the tick, so
   * a second delivery finds it); null when the function is gone, paused or no longer on a schedule.
   */
  async tickRun(appId: string, functionId: string, scheduledAt: Date): Promise<string | null> {
    const fn = await this.functions.findOne({ where: { id: functionId, appId } });
    if (!fn || !fn.enabled || fn.trigger.type !== 'schedule') return null;
    const row = this.queuedRow(fn, 'schedule', 'system', {});
    row.id = tickRunId(functionId, scheduledAt);
    row.scheduledAt = scheduledAt;
    await this.runs
      .createQueryBuilder()
      .insert()
      .into(FunctionRun)
      .values(row as QueryDeepPartialEntity<FunctionRun>)
      .orIgnore()
      .execute();
    return row.id;
  }

  /**
   * Carries out a queued run by id, once: the row is claimed (queued → running, or a running one whose holder's lease
   * ran out), executed in the isolate with its lease renewed meanwhile, and its outcome stored. `retryAfter` decides
   * whether a failure is tried again (the row goes back to queued) or final.
   */
  async executeQueued(
    runId: string,
    retryAfter: (result: RunResult, attempt: number) => number | undefined,
    job?: { appId: string; functionId: string },
  ): Promise<QueuedRunOutcome> {
    const now = Date.now();
    // The function is read beside the claim when the job names it (one round trip less on PostgreSQL); always checked
    // against the run's own row below.
    const named = job
      ? this.functions.findOne({ where: { id: job.functionId, appId: job.appId } }).then(
          (fn) => ({ fn }),
          (err: unknown) => ({ err }),
        )
      : undefined;
    const claimed = await this.runs
      .createQueryBuilder()
      .update(FunctionRun)
      .set({ status: 'running', leaseUntil: now + RUN_LEASE_MS, startedAt: new Date(now), attempt: () => 'attempt + 1' })
      .where('id = :id', { id: runId })
      .andWhere("(status = 'queued' OR (status = 'running' AND (lease_until IS NULL OR lease_until < :now)))", { now })
      .execute();
    if (!claimed.affected) {
      const row = await this.runs.findOne({ where: { id: runId }, select: { id: true, status: true, leaseUntil: true } });
      if (!row || row.status === 'succeeded' || row.status === 'failed') return { kind: 'finished' };
      // Another process holds it (a repeated delivery while the first is alive): look again when its lease ends.
      return { kind: 'busy', retryInMs: Math.max(100, (row.leaseUntil ?? now) - now + 100) };
    }
    const row = await this.runs.findOneOrFail({ where: { id: runId } });
    const early = named && job?.functionId === row.functionId && job.appId === row.appId ? await named : undefined;
    if (early && 'err' in early) throw early.err;
    const fn = early ? early.fn : await this.functions.findOne({ where: { id: row.functionId, appId: row.appId } });
    const lease = setInterval(() => {
      void this.runs
        .update({ id: runId, status: 'running' }, { leaseUntil: Date.now() + RUN_LEASE_MS })
        .catch((err: unknown) =>
          this.logger.error(`Lease of run ${runId} could not be renewed: ${err instanceof Error ? err.message : String(err)}`),
        );
    }, RUN_LEASE_MS / 3);
    let result: RunResult;
    try {
      const acting = fn ? this.actingFor(row, fn) : undefined;
      result = !fn
        ? { status: 'failed', error: { code: 'function_not_found', message: 'The function no longer exists' }, logs: [], calls: [], durationMs: 0 }
        : !acting
          ? {
              status: 'failed',
              error: { code: 'no_actor', message: 'Nobody can act for this run (the function has no author)' },
              logs: [],
              calls: [],
              durationMs: 0,
            }
          : await this.execute(fn, row, acting.caller, acting.role, (row.input ?? {}) as Record<string, unknown>);
      if (fn) row.version = fn.version;
    } finally {
      clearInterval(lease);
    }
    const retryInMs = result.status === 'failed' ? retryAfter(result, row.attempt) : undefined;
    Object.assign(row, {
      status: retryInMs === undefined ? result.status : 'queued',
      finishedAt: retryInMs === undefined ? new Date() : null,
      durationMs: Math.round(result.durationMs),
      logs: result.logs,
      result: result.status === 'succeeded' ? (result.result ?? null) : null,
      error: result.error ?? null,
      calls: result.calls,
      leaseUntil: null,
    });
    const { id, ...fields } = { ...row } as QueryDeepPartialEntity<FunctionRun> & { id: string };
    await this.runs.update({ id, status: 'running' }, fields);
    if (retryInMs !== undefined) return { kind: 'retry', retryInMs, attempt: row.attempt };
    this.callers.delete(runId);
    this.finished.emit(runId, row);
    return { kind: 'finished', status: result.status };
  }

  async listRuns(appId: string, id: string, filter: RunFilter = {}): Promise<RunView[]> {
    const fn = await this.require(appId, id);
    const rows = await this.runs.find({
      where: { functionId: fn.id, ...(filter.status ? { status: filter.status } : {}), ...(filter.trigger ? { triggerKind: filter.trigger } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: filter.limit ?? RUNS_LISTED,
    });
    return rows.map((r) => this.runView(r));
  }

  async getRun(appId: string, id: string, runId: string): Promise<RunView> {
    const fn = await this.require(appId, id);
    const row = await this.runs.findOne({ where: { id: runId, functionId: fn.id } });
    if (!row) throw FunctionsException.runNotFound();
    return this.runView(row);
  }

  /** Jobs for those of the app's runs that are still queued (an idempotent event post queues them again). */
  async queuedRunJobs(appId: string, runIds: string[]): Promise<RunJob[]> {
    if (runIds.length === 0) return [];
    const rows = await this.runs.find({ where: { appId, id: In(runIds), status: 'queued' }, select: { id: true, appId: true, functionId: true } });
    return rows.map((r) => ({ kind: 'run', runId: r.id, appId: r.appId, functionId: r.functionId }));
  }

  /**
   * Jobs for runs queued longer than `olderThanMs` ago (oldest first): queuing them again is a no-op for those whose job
   * exists (both engines key jobs by run id) and recovers those whose process stopped between storing and queuing.
   */
  async staleQueuedRuns(olderThanMs: number, limit: number): Promise<RunJob[]> {
    const rows = await this.runs.find({
      where: { status: 'queued', createdAt: LessThan(new Date(Date.now() - olderThanMs)) },
      select: { id: true, appId: true, functionId: true },
      order: { createdAt: 'ASC' },
      take: limit,
    });
    return rows.map((r) => ({ kind: 'run', runId: r.id, appId: r.appId, functionId: r.functionId }));
  }

  /** Every function with a schedule trigger (start-up reconciles the engine's schedules with them). */
  async scheduled(): Promise<FunctionEntity[]> {
    return (await this.functions.find({ order: { createdAt: 'ASC', id: 'ASC' } })).filter((f) => f.trigger.type === 'schedule');
  }

  /** Puts the function's schedule in the engine in line with its trigger and state (created, moved or stopped). */
  async syncSchedule(fn: FunctionEntity): Promise<void> {
    if (fn.enabled && fn.trigger.type === 'schedule' && !scheduleProblem(fn.trigger)) {
      await this.queue.upsertSchedule({
        appId: fn.appId,
        functionId: fn.id,
        cron: fn.trigger.cron ?? '',
        timezone: fn.trigger.timezone ?? DEFAULT_TIMEZONE,
      });
    } else {
      await this.queue.removeSchedule(fn.id);
    }
  }

  private queuedRow(fn: FunctionEntity, kind: RunTriggerKind, caller: Principal | 'system', input: Record<string, unknown>): FunctionRun {
    return Object.assign(new FunctionRun(), {
      id: randomUUID(),
      functionId: fn.id,
      appId: fn.appId,
      version: fn.version,
      status: 'queued',
      triggerKind: kind,
      actorType: caller === 'system' ? 'system' : caller.kind === 'user' ? 'user' : 'api_key',
      actorId: caller === 'system' ? null : caller.kind === 'user' ? caller.user.id : caller.apiKeyId,
      input,
      createdAt: new Date(),
      startedAt: null,
      finishedAt: null,
      durationMs: null,
      logs: [],
      result: null,
      error: null,
      calls: [],
      attempt: 0,
      leaseUntil: null,
      scheduledAt: null,
    } satisfies Partial<FunctionRun>);
  }

  /** Keeps the caller of a run queued here, so that a run carried out in this process acts exactly as they did. */
  private remember(runId: string, caller: Principal, role: AppRoleName): void {
    this.callers.set(runId, { caller, role, at: Date.now() });
    // Runs carried out by another process are never settled here: forget the oldest past the bound.
    if (this.callers.size > REMEMBERED_CALLERS) this.callers.delete(this.callers.keys().next().value as string);
  }

  /**
   * Who a queued run acts as. A run queued by this process: its caller as they were. Otherwise (another process, a
   * restart): the user or API key that started it, with the editor role capped by the user's current role in the app
   * (the operations pipeline caps it); a schedule run acts as the function's author, capped the same way.
   */
  private actingFor(row: FunctionRun, fn: FunctionEntity): { caller: Principal; role: AppRoleName } | undefined {
    const known = this.callers.get(row.id);
    if (known) return { caller: known.caller, role: known.role };
    const asUser = (id: string): Principal => ({ kind: 'user', user: { id } as User, sessionId: '' });
    if (row.actorType === 'api_key' && row.actorId) return { caller: { kind: 'api_key', apiKeyId: row.actorId, appId: row.appId }, role: 'editor' };
    if (row.actorType === 'user' && row.actorId) return { caller: asUser(row.actorId), role: 'editor' };
    if (fn.createdBy) return { caller: asUser(fn.createdBy), role: 'editor' };
    return undefined;
  }

  /**
   * The run once it is finished, or its last known state past `boundMs`: told at once by this process when it carried
   * the run out, else read from the database every {@link RUN_POLL_MS} (another process or the worker ran it).
   */
  private async waitFor(runId: string, boundMs: number): Promise<FunctionRun | null> {
    let timer: NodeJS.Timeout | undefined;
    let poller: NodeJS.Timeout | undefined;
    let listener: ((row: FunctionRun) => void) | undefined;
    try {
      return await new Promise<FunctionRun | null>((resolve) => {
        listener = (row) => resolve(row);
        this.finished.once(runId, listener);
        timer = setTimeout(() => void this.runs.findOne({ where: { id: runId } }).then(resolve, () => resolve(null)), boundMs);
        poller = setInterval(() => {
          void this.runs
            .findOne({ where: { id: runId } })
            .then((row) => {
              if (row && (row.status === 'succeeded' || row.status === 'failed')) resolve(row);
            })
            .catch(() => undefined);
        }, RUN_POLL_MS);
      });
    } finally {
      clearTimeout(timer);
      clearInterval(poller);
      if (listener) this.finished.removeListener(runId, listener);
    }
  }

  private async execute(
    fn: FunctionEntity,
    row: FunctionRun,
    caller: Principal,
    role: AppRoleName,
    input: Record<string, unknown>,
  ): Promise<RunResult> {
    try {
      return await this.runtime.run({
        key: `${fn.id}@${fn.version}`,
        code: fn.code,
        input,
        event: this.eventFor(fn.trigger, row, input),
        runId: row.id,
        callOperation: ({ provider, operationId, input: callInput }) =>
          this.operations.call({
            appId: fn.appId,
            caller,
            role,
            provider,
            operationId,
            input: callInput,
            origin: { functionId: fn.id, runId: row.id },
          }),
        callIntegration: ({ name, request }) => this.operations.callIntegration(fn.appId, caller, name, request),
      });
    } catch (err) {
      this.logger.error(`Run ${row.id} failed in the host: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      return { status: 'failed', error: { code: 'internal_error', message: 'The run could not be executed' }, logs: [], calls: [], durationMs: 0 };
    }
  }

  /** `ctx.event` by trigger kind (the SDK's FunctionEvent / ScheduleTick / InvokeRequest). */
  private eventFor(trigger: FunctionTriggerValue, row: FunctionRun, input: Record<string, unknown>): unknown {
    const at = row.createdAt.toISOString();
    if (trigger.type === 'event') return { name: trigger.event ?? '', data: input, id: row.id, occurredAt: at };
    if (trigger.type === 'schedule')
      return {
        scheduledAt: (row.scheduledAt ?? row.createdAt).toISOString(),
        cron: trigger.cron ?? '',
        timezone: trigger.timezone ?? DEFAULT_TIMEZONE,
      };
    return { receivedAt: at };
  }

  // ---- helpers ---------------------------------------------------------------------------------------------------

  private generate(plan: PlanResult): string {
    if (!plan || typeof plan !== 'object' || plan.kind !== 'plan' || !Array.isArray(plan.operations) || plan.operations.length === 0) {
      throw FunctionsException.invalidPlan('A function is generated from a plan with at least one operation (kind "plan")');
    }
    try {
      return this.toolchain.generate(plan);
    } catch (err) {
      throw FunctionsException.invalidPlan(`The plan cannot become a function: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private async typeCheck(code: string): Promise<void> {
    const problems = await this.toolchain.check(code);
    if (problems.length) throw FunctionsException.typeError(problems.map((p) => ({ line: p.line, column: p.column, message: p.message })));
  }

  /** A schedule that could never fire (bad cron, unknown time zone) is refused like a type error: nothing stored. */
  private checkTrigger(code: string): void {
    const problem = scheduleProblem(this.triggerOf(code, { type: 'http' }));
    if (problem) throw FunctionsException.invalidTrigger(problem);
  }

  private triggerOf(code: string, fallback: FunctionTriggerValue): FunctionTriggerValue {
    try {
      const t = this.toolchain.outline(code).trigger;
      return Object.fromEntries(
        Object.entries({ type: t.type, event: t.event, cron: t.cron, timezone: t.timezone, description: t.description }).filter(
          ([, v]) => v !== undefined,
        ),
      ) as unknown as FunctionTriggerValue;
    } catch {
      return fallback;
    }
  }

  private nameOf(code: string): string | undefined {
    try {
      return this.toolchain.outline(code).name || undefined;
    } catch {
      return undefined;
    }
  }

  private async insert(
    caller: Principal,
    appId: string,
    name: string | undefined,
    code: string,
    source: FunctionVersionSource,
  ): Promise<FunctionEntity> {
    const now = new Date();
    const fn = Object.assign(new FunctionEntity(), {
      id: randomUUID(),
      appId,
      name: (name ?? this.nameOf(code) ?? 'function').slice(0, 120),
      trigger: this.triggerOf(code, { type: 'http' }),
      code,
      version: 1,
      enabled: true,
      createdBy: caller.kind === 'user' ? caller.user.id : null,
      createdAt: now,
      updatedAt: now,
    });
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(FunctionEntity).insert(fn);
      await this.addVersion(m, caller, fn, source, now);
      await this.audit.record({ appId, actor: caller, action: 'function.created', target: fn.id, metadata: { name: fn.name, source } }, m);
    });
    return fn;
  }

  private async addVersion(m: EntityManager, caller: Principal, fn: FunctionEntity, source: FunctionVersionSource, at: Date): Promise<void> {
    await m.getRepository(FunctionVersion).insert({
      id: randomUUID(),
      functionId: fn.id,
      number: fn.version,
      code: fn.code,
      source,
      createdBy: caller.kind === 'user' ? caller.user.id : null,
      createdAt: at,
    });
  }

  /**
   * The function as a run needs it, cached briefly: changes made through this process drop the entry at once, and
   * another replica's change is seen within {@link RUN_CACHE_MS}.
   */
  private async forRun(appId: string, id: string): Promise<FunctionEntity> {
    const hit = this.runCache.get(id);
    if (hit && hit.fn.appId === appId && Date.now() - hit.at < RUN_CACHE_MS) return hit.fn;
    const fn = await this.require(appId, id);
    this.runCache.set(id, { fn, at: Date.now() });
    if (this.runCache.size > 1000) this.runCache.delete(this.runCache.keys().next().value as string);
    return fn;
  }

  private async require(appId: string, id: string): Promise<FunctionEntity> {
    const fn = await this.functions.findOne({ where: { id, appId } });
    if (!fn) throw FunctionsException.notFound();
    return fn;
  }

  private async view(f: FunctionEntity, withCode: boolean): Promise<FunctionView> {
    return {
      id: f.id,
      appId: f.appId,
      name: f.name,
      trigger: f.trigger,
      triggerText: triggerText(f.trigger),
      nextRunAt: (await this.nextRunAt(f))?.toISOString() ?? null,
      version: f.version,
      enabled: f.enabled,
      ...(withCode ? { code: f.code } : {}),
      createdBy: f.createdBy,
      createdAt: f.createdAt,
      updatedAt: f.updatedAt,
    };
  }

  /** The schedule's next planned run: only for an enabled schedule function. */
  private async nextRunAt(f: FunctionEntity): Promise<Date | null> {
    if (!f.enabled || f.trigger.type !== 'schedule') return null;
    return this.queue.nextRun(f.id);
  }

  private runView(r: FunctionRun): RunView {
    return {
      id: r.id,
      functionId: r.functionId,
      version: r.version,
      status: r.status,
      trigger: { kind: r.triggerKind, actor: r.actorType, actorId: r.actorId },
      input: r.input ?? null,
      createdAt: r.createdAt,
      startedAt: r.startedAt,
      finishedAt: r.finishedAt,
      durationMs: r.durationMs,
      logs: r.logs ?? [],
      ...(r.status === 'succeeded' ? { result: r.result ?? null } : {}),
      error: r.error ?? null,
      calls: r.calls ?? [],
      attempt: r.attempt,
      scheduledAt: r.scheduledAt,
    };
  }
}
