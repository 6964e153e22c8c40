import { loadCatalogSync } from '@patchbay/spec';
import { request as httpRequest } from 'node:http';
import { DataSource } from 'typeorm';
import { AuditEvent } from '../src/modules/audit/entities/audit-event.entity';
import { ApiClient } from './support/api-client';
import { startApiProcess } from './support/api-process';
import { configureAllProviders, connectFlow } from './support/connect-flow';
import { pickReadOperation, sampleInput } from './support/sample-input';
import { SPECS_DIR, startSandbox, type SandboxProcess } from './support/sandbox-process';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { startTestApp, type TestApp } from './support/test-app';

// Operation calls are audited in batches (AuditWriter, one write per PATCHBAY_AUDIT_FLUSH_MS). A graceful stop must
// store the record of every call that was answered — including calls still in flight when the stop began.
const ADMIN_EMAIL = 'admin@patchbay.test';
const p = loadCatalogSync(SPECS_DIR).providers[0];
const op = pickReadOperation(p);
let sandbox: SandboxProcess;
let db: TestDatabase;
let appId: string;
let base: Record<string, string>;

beforeAll(async () => {
  sandbox = await startSandbox();
  db = await createTestDatabase();
  base = { PATCHBAY_SANDBOX_URL: sandbox.url, PATCHBAY_SPECS_DIR: SPECS_DIR, PATCHBAY_ADMIN_PASSWORD: 'audit-durability-pw' };
  const setup = await startTestApp({ db, env: base });
  try {
    const api = new ApiClient(setup);
    const admin = await api.adminToken();
    await configureAllProviders(setup, admin, sandbox);
    appId = await api.createApp(admin);
    expect((await connectFlow(setup, admin, appId, p.id, { operations: [op.id] })).outcome).toBe('connected');
  } finally {
    await setup.close({ keepDb: true });
  }
}, 120_000);
afterAll(async () => {
  await sandbox?.stop();
  await db?.drop();
});

const auditedCalls = (t: TestApp): Promise<number> =>
  t.app
    .get(DataSource)
    .getRepository(AuditEvent)
    .count({ where: { appId, action: 'operation.called' } });

/** Reads the database through an app of its own (started and closed around `read`). */
async function countWith(read: (t: TestApp) => Promise<number>): Promise<number> {
  const t = await startTestApp({ db, env: base });
  try {
    return await read(t);
  } finally {
    await t.close({ keepDb: true });
  }
}

/**
 * One operation call on a connection of its own (no keep-alive: the stop then waits only for calls in flight, as it
 * does for clients that are not mid-request). Resolves to the status, or 0 when the server refused or cut it.
 */
const call = (url: string, token: string): Promise<number> =>
  new Promise((resolve) => {
    const body = JSON.stringify({ input: sampleInput(p, op) });
    const req = httpRequest(
      `${url}/api/apps/${appId}/connections/${p.id}/operations/${op.id}`,
      {
        method: 'POST',
        agent: false,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', () => resolve(0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(body);
  });

it('a graceful stop (SIGTERM → app.close → exit) stores the audit record of every answered call, including calls in flight', async () => {
  // The real entry point as its own process: after the stop it exits, so a record still waiting for a timer is lost.
  // A long interval: nothing is written by the timer, so only the stop can have stored the records.
  const api = await startApiProcess({
    ...db.env,
    ...base,
    NODE_ENV: 'test',
    PATCHBAY_ARGON2_MEMORY_KIB: '1024',
    PATCHBAY_ARGON2_TIME_COST: '1',
    PATCHBAY_AUDIT_FLUSH_MS: '60000',
  });
  let stopped = false;
  try {
    const login = await fetch(`${api.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ADMIN_EMAIL, password: base['PATCHBAY_ADMIN_PASSWORD'] }),
    });
    const token = ((await login.json()) as { token: string }).token;
    const before = await countWith((t) => auditedCalls(t));
    const finished: Array<Promise<number>> = [];
    for (let i = 0; i < 10; i++) finished.push(call(api.url, token));
    await Promise.all(finished); // answered and queued
    // The provider takes its time with the next calls: the stop begins while they are in flight.
    await sandbox.control('/faults', { body: { kind: 'delay', operationId: op.id, count: 20, delayMs: 1000 } });
    for (let i = 0; i < 20; i++) finished.push(call(api.url, token));
    await new Promise((r) => setTimeout(r, 300));
    await api.stop();
    stopped = true;
    const statuses = await Promise.all(finished);
    expect(statuses).toEqual(Array(30).fill(200)); // calls in flight at the stop are finished and answered, not cut off
    expect(api.output()).not.toContain('did not stop cleanly');
    expect((await countWith((t) => auditedCalls(t))) - before).toBe(30);
  } finally {
    if (!stopped) await api.stop();
  }
}, 120_000);
