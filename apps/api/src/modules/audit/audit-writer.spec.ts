import { Logger } from '@nestjs/common';
import { loadConfig } from '../../platform/config/app-config';
import { DataSource } from 'typeorm';
import type { User } from '../identity/entities/user.entity';
import type { Principal } from '../identity/principal';
import { AuditWriter, type CallAuditEntry } from './audit-writer';
import { AuditEvent } from './entities/audit-event.entity';

// The writer over a real (in-memory SQLite) table: what a call record holds, and when it is written.
let ds: DataSource;
let writer: AuditWriter;
const APP = '0b5c2a1e-6f1d-4c53-9a0b-3f5d1f6a7e01';
const editor: Principal = { kind: 'user', sessionId: 's', user: { id: 'u-1' } as User };

const entry = (over: Partial<CallAuditEntry> = {}): CallAuditEntry => ({
  appId: APP,
  actor: editor,
  provider: 'acme',
  operationId: 'things.list',
  status: 200,
  durationMs: 12,
  at: new Date('2026-01-02T03:04:05.678Z'),
  ...over,
});
const FLUSH_MS = 1000;
const rows = () => ds.getRepository(AuditEvent).find({ order: { createdAt: 'ASC' } });

beforeEach(async () => {
  ds = new DataSource({ type: 'better-sqlite3', database: ':memory:', entities: [AuditEvent], synchronize: true });
  await ds.initialize();
  writer = new AuditWriter(ds.getRepository(AuditEvent), loadConfig({ PATCHBAY_AUDIT_FLUSH_MS: String(FLUSH_MS) }));
});

afterEach(async () => {
  await writer.beforeApplicationShutdown();
  await ds.destroy();
  jest.restoreAllMocks();
});

describe('AuditWriter', () => {
  it('gives records time-ordered ids (UUIDv7): a growing trail is appended to its primary-key index, not scattered through it', async () => {
    for (let i = 0; i < 50; i++) writer.addCall(entry());
    await writer.flush();
    const ids = (await rows()).map((r) => r.id);
    expect(ids).toHaveLength(50);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(50);
    // Issued in order: sorting the ids gives the order they were created in.
    const issued = (await ds.getRepository(AuditEvent).createQueryBuilder('e').select('e.id', 'id').orderBy('e.rowid', 'ASC').getRawMany()).map(
      (r: { id: string }) => r.id,
    );
    expect([...issued].sort()).toEqual(issued);
  });

  it('writes one operation.called record per call on flush: what ran, how it ended, how long, by whom', async () => {
    writer.addCall(entry());
    writer.addCall(
      entry({
        actor: { kind: 'api_key', apiKeyId: 'k-1', appId: APP },
        operationId: 'things.create',
        status: 'rate_limited',
        at: new Date('2026-01-02T03:04:06Z'),
      }),
    );
    expect(await rows()).toHaveLength(0); // batched: nothing before the flush
    await writer.flush();
    const [a, b] = await rows();
    expect(a).toMatchObject({
      appId: APP,
      actorType: 'user',
      actorId: 'u-1',
      action: 'operation.called',
      target: 'acme.things.list',
      metadata: { provider: 'acme', operation: 'things.list', status: 200, durationMs: 12 },
      createdAt: new Date('2026-01-02T03:04:05.678Z'),
    });
    expect(b).toMatchObject({ actorType: 'api_key', actorId: 'k-1', target: 'acme.things.create', metadata: { status: 'rate_limited' } });
  });

  it('names the function and the run of an in-process call', async () => {
    writer.addCall(entry({ origin: { functionId: 'fn-1', runId: 'run-7' } }));
    await writer.flush();
    expect((await rows())[0].metadata).toEqual({
      provider: 'acme',
      operation: 'things.list',
      status: 200,
      durationMs: 12,
      functionId: 'fn-1',
      runId: 'run-7',
    });
  });

  it('writes a full batch at once, without waiting for the interval', async () => {
    for (let i = 0; i < AuditWriter.MAX_BATCH; i++) writer.addCall(entry({ at: new Date(Date.UTC(2026, 0, 1, 0, 0, 0, i)) }));
    const started = Date.now();
    while ((await rows()).length < AuditWriter.MAX_BATCH && Date.now() - started < FLUSH_MS / 2) await new Promise((r) => setTimeout(r, 10));
    expect(await rows()).toHaveLength(AuditWriter.MAX_BATCH);
    expect(Date.now() - started).toBeLessThan(FLUSH_MS / 2);
  });

  it('writes what is pending within the interval', async () => {
    writer.addCall(entry());
    await new Promise((r) => setTimeout(r, FLUSH_MS + 200));
    expect(await rows()).toHaveLength(1);
  });

  it('waits no longer than PATCHBAY_AUDIT_FLUSH_MS', async () => {
    const slow = new AuditWriter(ds.getRepository(AuditEvent), loadConfig({ PATCHBAY_AUDIT_FLUSH_MS: '60000' }));
    slow.addCall(entry());
    await new Promise((r) => setTimeout(r, FLUSH_MS + 200));
    expect(await rows()).toHaveLength(0); // a 60 s setting is honoured (the old fixed second would have written it)
    await slow.beforeApplicationShutdown(); // and a stop writes it
    expect(await rows()).toHaveLength(1);
  });

  it('once stopping, writes a late record at once instead of leaving a timer behind', async () => {
    await writer.beforeApplicationShutdown();
    writer.addCall(entry());
    await writer.onApplicationShutdown();
    expect(await rows()).toHaveLength(1);
  });

  it('logs a batch it cannot store instead of failing the calls, and keeps writing later ones', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    await ds.query('ALTER TABLE audit_events RENAME TO audit_events_away');
    writer.addCall(entry());
    await expect(writer.flush()).resolves.toBeUndefined();
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('Could not store 1 call audit records'));
    await ds.query('ALTER TABLE audit_events_away RENAME TO audit_events');
    writer.addCall(entry());
    await writer.flush();
    expect(await rows()).toHaveLength(1);
  });
});
