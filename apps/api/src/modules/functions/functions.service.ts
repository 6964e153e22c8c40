import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { FunctionRuntime, type RunResult } from '@patchbay/function-runtime';
import type { FunctionEdit, FunctionOutline, PlanResult } from '@patchbay/planner';
import { createTwoFilesPatch } from 'diff';
import { randomUUID } from 'node:crypto';
import { DataSource, Repository, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { lockRow } from '../../platform/database/row-lock';
import { CommonException } from '../../platform/errors/common.exception';
import type { AppAccess } from '../apps/guards/app-access';
import { roleAtLeast, type AppRoleName } from '../apps/entities/app-member.entity';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../identity/principal';
import type { FunctionVersionView, FunctionView, RunStartedView, RunView } from './dtos/function.dto';
import { FunctionEntity, type FunctionTriggerValue } from './entities/function.entity';
import { FunctionRun } from './entities/function-run.entity';
import { FunctionVersion, type FunctionVersionSource } from './entities/function-version.entity';
import { FunctionOperations } from './function-operations';
import { FunctionToolchain } from './function-toolchain';
import { FunctionsException } from './functions.exception';

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

/** A run of this process not yet stored in its final state: its record, and whether a row exists yet. */
interface ActiveRun {
  row: FunctionRun;
  stored: boolean;
}

/** Run writes waiting for the next batch. */
interface RunWriteBatch {
  runs: Set<ActiveRun>;
  done: Promise<void>;
  resolve: () => void;
  reject: (err: unknown) => void;
  timer: NodeJS.Timeout;
}

/** How long a run write waits for others to share its insert. */
const RUN_WRITE_DELAY_MS = 200;
const RUN_WRITE_BATCH = 100;

/**
 * Backend functions of an app: code that type-checks against the SDK and the generated connector types, every
 * accepted change kept as a version, and runs in an isolate whose connector calls go through the operations
 * pipeline. Also the chat's port (createFromPlan, outline, applyEdits).
 */
@Injectable()
export class FunctionsService implements OnApplicationShutdown {
  private readonly logger = new Logger('Functions');
  readonly runtime: FunctionRuntime;
  private readonly active = new Map<string, ActiveRun>();
  private batch: RunWriteBatch | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private readonly runCache = new Map<string, { fn: FunctionEntity; at: number }>();

  constructor(
    @InjectRepository(FunctionEntity) private readonly functions: Repository<FunctionEntity>,
    @InjectRepository(FunctionVersion) private readonly versions: Repository<FunctionVersion>,
    @InjectRepository(FunctionRun) private readonly runs: Repository<FunctionRun>,
    private readonly dataSource: DataSource,
    private readonly toolchain: FunctionToolchain,
    private readonly operations: FunctionOperations,
    private readonly audit: AuditService,
  ) {
    this.runtime = new FunctionRuntime({ transpile: (code) => this.toolchain.transpile(code), methods: () => this.toolchain.methods() });
  }

  async onApplicationShutdown(): Promise<void> {
    // Runs in flight finish (each queues its final write), then every queued write is stored.
    await this.runtime.close();
    await new Promise((r) => setImmediate(r));
    await this.flush().catch(() => undefined);
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
    const last = new Map(rows.map((f, i) => [f.id, this.withActive(f.id, newest[i] ? [newest[i] as FunctionRun] : [])[0]]));
    return rows.map((f) => {
      const r = last.get(f.id);
      return { ...this.view(f, false), lastRun: r ? { id: r.id, status: r.status, createdAt: r.createdAt, finishedAt: r.finishedAt } : null };
    });
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
    const created = await this.insert(caller, appId, body.name ?? body.plan?.functionName, code, source);
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
    if (body.code !== undefined && body.code !== current.code) await this.typeCheck(body.code);
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
    const fn = await this.insert(caller, appId, plan.functionName, code, 'plan');
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
   * Runs the function now, in this process. Users need the editor role; the app's API key may invoke (its calls run
   * with the editor role the function was written under). With `wait`, answers the finished run (or, past the wait
   * bound, the run id while it goes on); without, the run id at once.
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
    const role: AppRoleName = caller.kind === 'api_key' ? 'editor' : access.role;
    const now = new Date();
    const row = Object.assign(new FunctionRun(), {
      id: randomUUID(),
      functionId: fn.id,
      appId: fn.appId,
      version: fn.version,
      status: 'running',
      triggerKind: 'invoke',
      actorType: caller.kind === 'user' ? 'user' : 'api_key',
      actorId: caller.kind === 'user' ? caller.user.id : caller.apiKeyId,
      input,
      createdAt: now,
      startedAt: now,
      finishedAt: null,
      durationMs: null,
      logs: [],
      result: null,
      error: null,
      calls: [],
    } satisfies Partial<FunctionRun>);
    const active: ActiveRun = { row, stored: false };
    this.active.set(row.id, active);
    if (!wait) void this.store(active);

    // The record is written behind the answer (one insert, or an update when a start row exists); until it is stored
    // this process serves it from memory, so a GET right after the invoke finds it.
    const finished = this.execute(fn, row, caller, role, input).then((result) => {
      Object.assign(row, {
        status: result.status,
        finishedAt: new Date(),
        durationMs: Math.round(result.durationMs),
        logs: result.logs,
        result: result.status === 'succeeded' ? (result.result ?? null) : null,
        error: result.error ?? null,
        calls: result.calls,
      });
      this.store(active)
        .catch((err: unknown) => this.logger.error(`Run ${row.id} could not be stored: ${err instanceof Error ? err.message : String(err)}`))
        .finally(() => this.active.delete(row.id));
      return row;
    });
    if (!wait) return { done: false, started: { runId: row.id, status: 'running' } };
    let timer: NodeJS.Timeout | undefined;
    const bound = new Promise<'bound'>((resolve) => (timer = setTimeout(() => resolve('bound'), INVOKE_WAIT_BOUND_MS)));
    try {
      const first = await Promise.race([finished.then(() => 'done' as const), bound]);
      if (first === 'bound') {
        void this.store(active);
        return { done: false, started: { runId: row.id, status: 'running' } };
      }
    } finally {
      clearTimeout(timer);
    }
    return { done: true, run: this.runView(row) };
  }

  async listRuns(appId: string, id: string): Promise<RunView[]> {
    const fn = await this.require(appId, id);
    const rows = await this.runs.find({ where: { functionId: fn.id }, order: { createdAt: 'DESC', id: 'DESC' }, take: RUNS_LISTED });
    return this.withActive(fn.id, rows)
      .slice(0, RUNS_LISTED)
      .map((r) => this.runView(r));
  }

  /** Stored runs with this process's newer state of the runs not yet (finally) stored, newest first. */
  private withActive(functionId: string, rows: FunctionRun[]): FunctionRun[] {
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const a of this.active.values()) if (a.row.functionId === functionId) byId.set(a.row.id, a.row);
    return [...byId.values()].sort((x, y) => y.createdAt.getTime() - x.createdAt.getTime() || (y.id < x.id ? -1 : 1));
  }

  async getRun(appId: string, id: string, runId: string): Promise<RunView> {
    const fn = await this.require(appId, id);
    const live = this.active.get(runId);
    if (live && live.row.functionId === fn.id) return this.runView(live.row);
    const row = await this.runs.findOne({ where: { id: runId, functionId: fn.id } });
    if (!row) throw FunctionsException.runNotFound();
    return this.runView(row);
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
    if (trigger.type === 'schedule') return { scheduledAt: at, cron: trigger.cron ?? '', timezone: trigger.timezone ?? 'UTC' };
    return { receivedAt: at };
  }

  /**
   * Queues a write of the run's current state; resolves once it is stored. Writes are batched (one multi-row insert
   * per {@link RUN_WRITE_DELAY_MS}): on SQLite every commit is a sync to disk on the event loop, which one write per
   * run would pay on every invoke. The first write of a run inserts it, later ones update it.
   */
  private store(active: ActiveRun): Promise<void> {
    if (!this.batch) {
      let resolve!: () => void;
      let reject!: (err: unknown) => void;
      const done = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
      // Nobody may be waiting (a start row): an unhandled rejection must not be the way a failed write shows.
      done.catch(() => undefined);
      this.batch = { runs: new Set(), done, resolve, reject, timer: setTimeout(() => void this.flush(), RUN_WRITE_DELAY_MS) };
    }
    this.batch.runs.add(active);
    const done = this.batch.done;
    if (this.batch.runs.size >= RUN_WRITE_BATCH) void this.flush();
    return done;
  }

  /** Writes the pending batch (after any write in progress); resolves when it is stored. */
  private flush(): Promise<void> {
    const batch = this.batch;
    this.batch = undefined;
    if (!batch) return this.flushing;
    clearTimeout(batch.timer);
    this.flushing = this.flushing.then(() => this.write([...batch.runs]).then(batch.resolve, batch.reject));
    return this.flushing;
  }

  private async write(list: ActiveRun[]): Promise<void> {
    // TypeORM's deep-partial type cannot follow `unknown` JSON columns (input, result): the rows are FunctionRuns.
    const snapshot = (a: ActiveRun) => ({ ...a.row }) as QueryDeepPartialEntity<FunctionRun> & { id: string };
    const fresh = list.filter((a) => !a.stored);
    for (let i = 0; i < fresh.length; i += 40) {
      const chunk = fresh.slice(i, i + 40);
      await this.runs.insert(chunk.map(snapshot));
      for (const a of chunk) a.stored = true;
    }
    for (const a of list.filter((x) => !fresh.includes(x))) {
      const { id, ...fields } = snapshot(a);
      await this.runs.update({ id }, fields);
    }
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

  private view(f: FunctionEntity, withCode: boolean): FunctionView {
    return {
      id: f.id,
      appId: f.appId,
      name: f.name,
      trigger: f.trigger,
      version: f.version,
      enabled: f.enabled,
      ...(withCode ? { code: f.code } : {}),
      createdBy: f.createdBy,
      createdAt: f.createdAt,
      updatedAt: f.updatedAt,
    };
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
    };
  }
}
