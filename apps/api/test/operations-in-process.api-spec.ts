import { DataSource } from 'typeorm';
import { ApiException } from '../src/platform/errors/api-exception';
import { Connection } from '../src/modules/connections/entities/connection.entity';
import type { Principal } from '../src/modules/identity/principal';
import { SessionsService } from '../src/modules/identity/sessions.service';
import { AuditWriter } from '../src/modules/audit/audit-writer';
import { OperationRequest, type InProcessOperationCall } from '../src/modules/operations/operation-request';
import { ApiClient, type TestUser } from './support/api-client';
import { configureAllProviders, connectFlow } from './support/connect-flow';
import { SPECS_DIR, startSandbox, type SandboxProcess } from './support/sandbox-process';
import { startTestApp, type TestApp } from './support/test-app';

// OperationRequest.callInProcess: how the function runtime and schedulers call operations, through the same pipeline
// as HTTP (app access, body rules, scope guard, provider call, audit) and with the same errors, thrown.
let t: TestApp;
let sandbox: SandboxProcess;
let api: ApiClient;
let editor: TestUser;
let viewer: TestUser;
let outsider: TestUser;
let appId: string;
let pipeline: OperationRequest;

beforeAll(async () => {
  sandbox = await startSandbox();
  t = await startTestApp({ env: { PATCHBAY_SANDBOX_URL: sandbox.url, PATCHBAY_SPECS_DIR: SPECS_DIR } });
  api = new ApiClient(t);
  const admin = await api.adminToken();
  editor = await api.createUser(admin, 'editor');
  viewer = await api.createUser(admin, 'viewer');
  outsider = await api.createUser(admin, 'outsider');
  appId = await api.createApp(admin);
  await api.addMember(admin, appId, editor.email, 'editor');
  await api.addMember(admin, appId, viewer.email, 'viewer');
  await configureAllProviders(t, admin, sandbox);
  expect((await connectFlow(t, editor.token, appId, 'google-drive', { operations: ['files.list', 'files.create'] }, { account: 1 })).outcome).toBe(
    'connected',
  );
  // Only what conversations.list needs: chat.postMessage is then missing a permission.
  expect((await connectFlow(t, editor.token, appId, 'slack', { operations: ['conversations.list'] }, { account: 1 })).outcome).toBe('connected');
  pipeline = t.app.get(OperationRequest);
}, 120_000);

afterAll(async () => {
  await t?.close();
  await sandbox?.stop();
});

async function principal(u: TestUser): Promise<Principal> {
  const p = await t.app.get(SessionsService).authenticate(u.token);
  if (!p) throw new Error(`no session for ${u.email}`);
  return p;
}

async function call(over: Partial<InProcessOperationCall> & { user?: TestUser }): Promise<InProcessOperationCall> {
  const { user, ...rest } = over;
  return { appId, caller: await principal(user ?? editor), role: 'editor', provider: 'google-drive', operationId: 'files.list', input: {}, ...rest };
}

/** The error body the HTTP path would answer for what callInProcess threw. */
async function failure(c: InProcessOperationCall): Promise<{ status: number; error: Record<string, unknown> }> {
  try {
    await pipeline.callInProcess(c);
  } catch (err) {
    if (!(err instanceof ApiException)) throw err;
    return { status: err.getStatus(), error: err.toBody().error as unknown as Record<string, unknown> };
  }
  throw new Error('the call succeeded');
}

describe('OperationRequest.callInProcess', () => {
  it("runs the operation and answers the provider's status and data", async () => {
    const r = await pipeline.callInProcess(await call({ input: { pageSize: 2 } }));
    expect(r.status).toBe(200);
    expect((r.data as { files: unknown[] }).files).toHaveLength(2);
  });

  it('audits the call with the function and the run that made it', async () => {
    const origin = { functionId: 'fn-digest', runId: `run-${Date.now()}` };
    await pipeline.callInProcess(await call({ input: { pageSize: 1 }, origin }));
    await t.app.get(AuditWriter).flush();
    const audit = await t.http().get(`/api/apps/${appId}/audit`).set('Authorization', `Bearer ${editor.token}`).expect(200);
    const events = audit.body as Array<{ action: string; target: string; actor: { type: string; id: string }; metadata: Record<string, unknown> }>;
    const mine = events.filter((e) => e.metadata?.['runId'] === origin.runId);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      action: 'operation.called',
      target: 'google-drive.files.list',
      actor: { type: 'user', id: editor.id },
      metadata: { provider: 'google-drive', operation: 'files.list', status: 200, functionId: 'fn-digest', runId: origin.runId },
    });
    // A call without an origin (HTTP) names no function.
    await t
      .http()
      .post(`/api/apps/${appId}/connections/google-drive/operations/files.list`)
      .set('Authorization', `Bearer ${editor.token}`)
      .send({ input: {} })
      .expect(200);
    await t.app.get(AuditWriter).flush();
    const after = await t.http().get(`/api/apps/${appId}/audit`).set('Authorization', `Bearer ${editor.token}`).expect(200);
    const latest = (after.body as typeof events).find((e) => e.action === 'operation.called');
    expect(latest?.metadata).not.toHaveProperty('functionId');
  });

  it('refuses a missing permission with the missing scopes and, for an editor, a consent URL', async () => {
    const post = { body: { channel: 'C1', text: 'hi' } };
    const asEditor = await failure(await call({ provider: 'slack', operationId: 'chat.postMessage', input: post }));
    expect(asEditor.status).toBe(403);
    expect(asEditor.error).toMatchObject({ code: 'insufficient_scope', missingScopes: ['chat:write'] });
    expect(asEditor.error['authorizeUrl']).toMatch(/^http/);
  });

  it('applies the role: a viewer (or a call limited to viewer) runs read-only operations only', async () => {
    const create = { operationId: 'files.create', input: { body: { name: 'x.txt' } } };
    expect((await failure(await call({ ...create, user: viewer }))).error['code']).toBe('forbidden');
    expect((await failure(await call({ ...create, role: 'viewer' }))).error['code']).toBe('forbidden');
    expect((await pipeline.callInProcess(await call({ user: viewer, role: 'owner', input: { pageSize: 1 } }))).status).toBe(200);
  });

  it('refuses callers without access to the app, bad input, and providers that are not connected', async () => {
    expect(await failure(await call({ user: outsider }))).toMatchObject({ status: 404, error: { code: 'app_not_found' } });
    expect(await failure(await call({ input: 'files' }))).toMatchObject({ status: 400, error: { code: 'validation_failed' } });
    expect(await failure(await call({ input: { pageSize: 'many' } }))).toMatchObject({ status: 400, error: { code: 'invalid_input' } });
    expect(await failure(await call({ operationId: 'files.nothing' }))).toMatchObject({ status: 400 });
    expect(await failure(await call({ provider: 'no-such-provider' }))).toMatchObject({ status: 404, error: { code: 'provider_not_found' } });
    expect(await failure(await call({ provider: 'hubspot' }))).toMatchObject({ status: 404, error: { code: 'connection_not_found' } });
  });

  it('refuses a connection that needs reconnecting', async () => {
    const admin = await api.adminToken();
    const other = await api.createApp(admin);
    await api.addMember(admin, other, editor.email, 'editor');
    expect((await connectFlow(t, editor.token, other, 'google-drive', { operations: ['files.list'] }, { account: 1 })).outcome).toBe('connected');
    await t.app
      .get(DataSource)
      .getRepository(Connection)
      .update({ appId: other, provider: 'google-drive' }, { status: 'needs_reconnect', lastError: 'invalid_grant' });
    expect(await failure(await call({ appId: other }))).toMatchObject({ status: 409, error: { code: 'needs_reconnect' } });
  });
});
