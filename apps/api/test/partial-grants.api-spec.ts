import { loadCatalogSync } from '@patchbay/spec';
import { DataSource } from 'typeorm';
import { AuditEvent } from '../src/modules/audit/entities/audit-event.entity';
import { Connection } from '../src/modules/connections/entities/connection.entity';
import { ApiClient, auth, type TestUser } from './support/api-client';
import { authorize, callback, configureAllProviders, connectFlow, consentAt, openLink } from './support/connect-flow';
import { SPECS_DIR, startSandbox, type SandboxProcess } from './support/sandbox-process';
import { startTestApp, type TestApp } from './support/test-app';

// Issue #18: Google lets the person untick scopes on its consent screen (the sandbox emulates it for providers with
// partialGrant). A connect that got fewer scopes than it asked for says so — which permissions, in words, and which
// operations will not work — the connection's detail keeps saying it, and asking again for just those clears it.
const catalog = loadCatalogSync(SPECS_DIR);
const P = 'google-calendar';
const provider = catalog.providers.find((p) => p.id === P);
if (!provider?.oauth.partialGrant) throw new Error(`${P} is expected to allow partial grants (specs/_auth/google.yaml)`);
const G = 'https://www.googleapis.com/auth/';
const READ = `${G}calendar.events.readonly`;
const WRITE = `${G}calendar.events`;
const describeScope = (s: string) => provider.scopes.find((x) => x.scope === s)?.description ?? s;
const summaryOf = (id: string) => provider.operations.find((o) => o.id === id)?.summary ?? id;
const WRITE_OPS = ['events.insert', 'events.patch', 'events.delete'];

let t: TestApp;
let sandbox: SandboxProcess;
let api: ApiClient;
let admin: string;
let editor: TestUser;

beforeAll(async () => {
  sandbox = await startSandbox();
  t = await startTestApp({ env: { PATCHBAY_SANDBOX_URL: sandbox.url, PATCHBAY_SPECS_DIR: SPECS_DIR } });
  api = new ApiClient(t);
  admin = await api.adminToken();
  await configureAllProviders(t, admin, sandbox);
  editor = await api.createUser(admin, 'editor');
}, 120_000);

afterAll(async () => {
  await t?.close();
  await sandbox?.stop();
});

async function newApp(): Promise<string> {
  const appId = await api.createApp(admin);
  await api.addMember(admin, appId, editor.email, 'editor');
  return appId;
}

async function detail(appId: string) {
  const res = await t
    .http()
    .get(`/api/apps/${appId}/connections/${P}`)
    .set(...auth(editor.token))
    .expect(200);
  return res.body as {
    grantedScopes: Array<{ scope: string }>;
    notGranted: Array<{ scope: string; description: string }>;
    unavailableOperations: Array<{ id: string; summary: string }>;
  };
}

const run = (appId: string, op: string, input: Record<string, unknown>) =>
  t
    .http()
    .post(`/api/apps/${appId}/connections/${P}/operations/${op}`)
    .set(...auth(editor.token))
    .send({ input });

const newEvent = {
  calendarId: 'primary',
  body: { summary: 'Booking', start: { dateTime: '2026-12-04T10:00:00Z' }, end: { dateTime: '2026-12-04T11:00:00Z' } },
};

/** Connects with read and write asked for, the person (sandbox account) unticking write on the consent page. */
async function connectPartially(appId: string, account = 1) {
  return connectFlow(t, editor.token, appId, P, { operations: ['events.list', 'events.insert'] }, { grant: [READ], account });
}

describe('a provider grants fewer scopes than asked', () => {
  it('the outcome, the detail and the list say which permissions are missing and which operations will not work', async () => {
    const appId = await newApp();
    const flow = await connectPartially(appId);
    expect(flow.outcome).toBe('connected');
    expect(flow.notGranted).toBe(WRITE);
    expect(flow.unavailable?.split(' ').sort()).toEqual([...WRITE_OPS].sort());
    expect(flow.message).toContain(describeScope(WRITE));
    expect(flow.message).toContain(summaryOf('events.insert'));
    expect(flow.message).not.toContain(summaryOf('events.list'));

    const d = await detail(appId);
    expect(d.grantedScopes.map((s) => s.scope)).toContain(READ);
    expect(d.grantedScopes.map((s) => s.scope)).not.toContain(WRITE);
    expect(d.notGranted).toEqual([{ scope: WRITE, description: describeScope(WRITE) }]);
    expect(d.unavailableOperations.map((o) => o.id).sort()).toEqual([...WRITE_OPS].sort());
    expect(d.unavailableOperations.find((o) => o.id === 'events.insert')?.summary).toBe(summaryOf('events.insert'));

    const list = await t
      .http()
      .get(`/api/apps/${appId}/connections`)
      .set(...auth(editor.token))
      .expect(200);
    expect(list.body[0].notGranted.map((s: { scope: string }) => s.scope)).toEqual([WRITE]);

    const audit = await t.app.get(DataSource).getRepository(AuditEvent).findOneByOrFail({ appId, action: 'connection.connected' });
    expect(audit.metadata).toMatchObject({ notGranted: WRITE });
  });

  it('an operation needing the missing scope is refused with a consent for just that scope; approving it leaves the detail clean', async () => {
    const appId = await newApp();
    await connectPartially(appId);
    await run(appId, 'events.list', { calendarId: 'primary' }).expect(200);

    const refused = await run(appId, 'events.insert', newEvent);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: 'insufficient_scope', missingScopes: [WRITE] });
    const providerUrl = new URL(await openLink(t, refused.body.error.authorizeUrl));
    // Just the missing scope (plus the identity defaults), with Google's incremental consent keeping the earlier grant.
    expect((providerUrl.searchParams.get('scope') ?? '').split(' ').sort()).toEqual([...provider.oauth.defaultScopes, WRITE].sort());
    expect(providerUrl.searchParams.get('include_granted_scopes')).toBe('true');

    const approved = await callback(t, await consentAt(providerUrl.toString()));
    expect(approved).toMatchObject({ outcome: 'connected', mode: 'add_scopes' });
    expect(approved.notGranted).toBeUndefined();
    expect(approved.message).toBeUndefined();

    const d = await detail(appId);
    expect(d.notGranted).toEqual([]);
    expect(d.unavailableOperations).toEqual([]);
    expect(d.grantedScopes.map((s) => s.scope)).toEqual(expect.arrayContaining([READ, WRITE]));
    const created = await run(appId, 'events.insert', newEvent);
    expect(created.body.error?.code).not.toBe('insufficient_scope');
    expect(created.status).toBeLessThan(300);
  });

  it('asking again is refused at the provider: nothing changes; the next ask is a fresh consent that can be granted', async () => {
    // Another Google account than the other tests: Google's incremental consent (include_granted_scopes) returns
    // everything that account granted this OAuth client before, whichever Patchbay app asked.
    const account = 2;
    const appId = await newApp();
    await connectPartially(appId, account);
    const first = await authorize(t, editor.token, appId, P, { mode: 'add_scopes', scopes: [WRITE] });
    const denied = await callback(t, await consentAt(first.authorizationUrl, { action: 'deny', account }));
    expect(denied.outcome).toBe('denied');
    expect((await detail(appId)).notGranted.map((s) => s.scope)).toEqual([WRITE]);
    // The spent consent cannot be used again…
    const replay = await callback(t, await consentAt(first.authorizationUrl, { account }));
    expect(replay).toMatchObject({ outcome: 'error', code: 'state_used' });
    // …a new one can, and unticked once more it still says what is missing.
    const again = await connectFlow(t, editor.token, appId, P, { mode: 'add_scopes', scopes: [WRITE] }, { grant: [], account });
    expect(again).toMatchObject({ outcome: 'connected', notGranted: WRITE });
    expect((await detail(appId)).notGranted.map((s) => s.scope)).toEqual([WRITE]);
    const granted = await connectFlow(t, editor.token, appId, P, { mode: 'add_scopes', scopes: [WRITE] }, { account });
    expect(granted.notGranted).toBeUndefined();
    expect((await detail(appId)).notGranted).toEqual([]);
  });

  it('everything granted, or a connection from before asked scopes were kept: nothing is reported missing', async () => {
    const appId = await newApp();
    const flow = await connectFlow(t, editor.token, appId, P, { operations: ['events.list', 'events.insert'] });
    expect(flow).toMatchObject({ outcome: 'connected' });
    expect(flow.notGranted).toBeUndefined();
    expect((await detail(appId)).notGranted).toEqual([]);

    const other = await newApp();
    await connectPartially(other);
    const repo = t.app.get(DataSource).getRepository(Connection);
    await repo.update({ appId: other, provider: P }, { requestedScopes: null });
    const d = await detail(other);
    expect(d.notGranted).toEqual([]);
    expect(d.unavailableOperations).toEqual([]);
  });
});
