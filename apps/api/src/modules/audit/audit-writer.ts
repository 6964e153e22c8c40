import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationShutdown, Optional } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { InjectRepository } from '@nestjs/typeorm';
import type { Server } from 'node:http';
import { Repository } from 'typeorm';
import { AppConfig } from '../../platform/config/app-config';
import { SqliteBackgroundWriter } from '../../platform/database/sqlite-writer';
import { AuditEvent } from './entities/audit-event.entity';
import type { Principal } from '../identity/principal';
import { v7 as timeOrderedUuid } from 'uuid';

/** What started a call that did not come over HTTP: a function's run (the audit record names both). */
export interface CallOrigin {
  functionId: string;
  runId: string;
}

/** One outbound call: an operation of a connection, or a request through a custom integration. */
export interface CallAuditEntry {
  appId: string;
  actor: Principal;
  provider: string;
  operationId: string;
  status: number | string;
  durationMs: number;
  at: Date;
  origin?: CallOrigin;
}

/**
 * The audit trail's writer for calls (`operation.called`: operations and custom-integration requests). Calls are
 * audited in batches: one multi-row insert per PATCHBAY_AUDIT_FLUSH_MS (200 ms by default) or per 200 calls, instead
 * of one round trip per call, which keeps the audit out of every call's latency. What a crash (kill -9) loses is at
 * most the records of that last interval — never a change to a connection or a setting, which `AuditService.record`
 * writes in the change's own transaction. A graceful stop loses nothing: see {@link beforeApplicationShutdown}.
 */
@Injectable()
export class AuditWriter implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('AuditWriter');
  private pending: AuditEvent[] = [];
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private writer: SqliteBackgroundWriter | null | undefined;
  /** Once stopping, every record is written at once (no timer may outlive the database connection). */
  private stopping = false;
  static readonly MAX_BATCH = 200;
  private readonly intervalMs: number;

  constructor(
    @InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>,
    config: AppConfig,
    @Optional() private readonly http?: HttpAdapterHost,
  ) {
    this.intervalMs = config.auditFlushMs;
  }

  /** Queues the record of one call (written within PATCHBAY_AUDIT_FLUSH_MS). */
  addCall(e: CallAuditEntry): void {
    this.pending.push(
      Object.assign(new AuditEvent(), {
        id: timeOrderedUuid(),
        appId: e.appId,
        actorType: e.actor.kind === 'user' ? 'user' : 'api_key',
        actorId: e.actor.kind === 'user' ? e.actor.user.id : e.actor.apiKeyId,
        action: 'operation.called',
        target: `${e.provider}.${e.operationId}`.slice(0, 255),
        // Never bodies, inputs or tokens: what ran, how it ended, how long it took.
        metadata: {
          provider: e.provider,
          operation: e.operationId,
          status: e.status,
          durationMs: e.durationMs,
          ...(e.origin ? { functionId: e.origin.functionId, runId: e.origin.runId } : {}),
        },
        createdAt: e.at,
      }),
    );
    if (this.stopping || this.pending.length >= AuditWriter.MAX_BATCH) void this.flush();
    else if (!this.timer) this.timer = setTimeout(() => void this.flush(), this.intervalMs);
  }

  /** Writes what is pending; resolves when everything added so far is stored. */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    const batch = this.pending;
    this.pending = [];
    this.flushing = this.flushing.then(async () => {
      if (batch.length === 0) return;
      try {
        for (let i = 0; i < batch.length; i += 500) await this.insertRows(batch.slice(i, i + 500));
      } catch (err) {
        this.logger.error(`Could not store ${batch.length} call audit records: ${err instanceof Error ? err.message : String(err)}`);
      }
    });
    return this.flushing;
  }

  /**
   * One INSERT for the batch, written from the entity metadata (names, value conversion and placeholders come from
   * the driver): `Repository.insert` spends several times longer building the same statement, on the event loop
   * every call shares. PostgreSQL gets one array per column (`SELECT * FROM unnest(…)`): eight parameters instead of
   * eight per row, about half the work on both sides of the connection.
   */
  private async insertRows(rows: AuditEvent[]): Promise<void> {
    const meta = this.events.metadata;
    const driver = this.events.manager.connection.driver;
    const columns = meta.columns.map((c) => driver.escape(c.databaseName)).join(', ');
    const into = `INSERT INTO ${driver.escape(meta.tableName)} (${columns})`;
    const value = (col: (typeof meta.columns)[number], row: AuditEvent) => driver.preparePersistentValue(col.getEntityValue(row), col);
    if (driver.options.type === 'postgres') {
      // Arrays cast to the columns' real types, read from the catalog (the entity's types are engine-neutral:
      // a `Date` property is a timestamptz column there).
      const types = await this.pgColumnTypes(meta.tableName);
      const arrays = meta.columns.map((col) => rows.map((row) => value(col, row)));
      const casts = meta.columns.map((col, i) => `$${i + 1}::${types.get(col.databaseName) ?? 'text'}[]`);
      await this.events.query(`${into} SELECT * FROM unnest(${casts.join(', ')})`, arrays);
      return;
    }
    const params: unknown[] = [];
    const values = rows.map((row) => {
      const slots = meta.columns.map((col) => {
        params.push(value(col, row));
        return driver.createParameter(`p${params.length - 1}`, params.length - 1);
      });
      return `(${slots.join(', ')})`;
    });
    const sql = `${into} VALUES ${values.join(', ')}`;
    const writer = this.sqliteWriter();
    await (writer ? writer.run(sql, params) : this.events.query(sql, params));
  }

  private pgTypes: Promise<Map<string, string>> | undefined;

  private pgColumnTypes(table: string): Promise<Map<string, string>> {
    this.pgTypes ??= this.events
      .query(
        'SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type FROM pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped',
        [table],
      )
      .then((rows: Array<{ name: string; type: string }>) => new Map(rows.map((r) => [r.name, r.type])))
      .catch((err: unknown) => {
        this.pgTypes = undefined; // asked again at the next flush
        throw err;
      });
    return this.pgTypes;
  }

  /** On SQLite (a file), inserts run in a worker thread: the synchronous driver would pause every call in flight. */
  private sqliteWriter(): SqliteBackgroundWriter | undefined {
    if (this.writer === undefined) {
      const options = this.events.manager.connection.options;
      const file = options.type === 'better-sqlite3' ? options.database : undefined;
      this.writer = file && file !== ':memory:' ? new SqliteBackgroundWriter(file) : null;
    }
    return this.writer ?? undefined;
  }

  /**
   * A graceful stop (SIGTERM, `app.close()`) writes every call that was answered. Nest closes the HTTP server only
   * after these hooks, so calls still in flight would be recorded after the last flush (and lost with the database
   * connection): the server stops taking requests and the ones in flight finish first, then everything is written.
   * Records added later still (a function run ending during the stop) are written at once.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.drainHttp();
    await this.flush();
    // Direct inserts from now on (a new worker thread would outlive the stop), starting with any batch queued meanwhile.
    const writer = this.writer;
    this.writer = null;
    await writer?.close();
  }

  /** The last records written during the stop are stored before the database connection closes. */
  async onApplicationShutdown(): Promise<void> {
    await this.flush();
  }

  private async drainHttp(): Promise<void> {
    const server = this.http?.httpAdapter?.getHttpServer() as Server | undefined;
    if (!server?.listening) return;
    // close() refuses new connections, ends idle keep-alive ones, and calls back when the requests in flight are done.
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
