import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { Connection } from '../src/modules/connections/entities/connection.entity';
import { ApiClient, auth, type TestUser } from './support/api-client';
import { configureAllProviders, connectFlow } from './support/connect-flow';
import { SPECS_DIR, startSandbox, type SandboxProcess } from './support/sandbox-process';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Provider calls go through the server's one outbound client. Connected through the sandbox, then restarted without
 * it (as in production, where provider URLs are used as they are): a URL that a token response (Salesforce's
 * `instance_url`) points at an internal address is refused before any request leaves, so the connection's token never
 * reaches that address.
 */
let t: TestApp;
let sandbox: SandboxProcess;
let editor: TestUser;
let appId: string;
let internal: Server;
let internalHits = 0;

beforeAll(async () => {
  internal = createServer((_req, res) => {
    internalHits++;
    res.setHeader('content-type', 'application/json');
    res.end('{"totalSize":0,"done":true,"records":[]}');
  });
  await new Promise<void>((resolve) => internal.listen(0, '127.0.0.1', resolve));
  sandbox = await startSandbox();
  t = await startTestApp({ env: { PATCHBAY_SANDBOX_URL: sandbox.url, PATCHBAY_SPECS_DIR: SPECS_DIR } });
  const api = new ApiClient(t);
  const admin = await api.adminToken();
  editor = await api.createUser(admin, 'editor');
  appId = await api.createApp(admin);
  await api.addMember(admin, appId, editor.email, 'editor');
  await configureAllProviders(t, admin, sandbox);
  expect((await connectFlow(t, editor.token, appId, 'salesforce', { operations: ['query'] }, { account: 1 })).outcome).toBe('connected');
}, 120_000);

afterAll(async () => {
  await t?.close();
  await sandbox?.stop();
  await new Promise<void>((resolve) => internal?.close(() => resolve()));
});

const query = () =>
  t
    .http()
    .post(`/api/apps/${appId}/connections/salesforce/operations/query`)
    .set(...auth(editor.token))
    .send({ input: { q: 'SELECT Id FROM Lead' } });

it('reaches the provider through the sandbox rule', async () => {
  expect((await query()).status).toBe(200);
});

describe('without the sandbox', () => {
  beforeAll(async () => {
    await t.close({ keepDb: true });
    t = await startTestApp({ db: t.db, env: { PATCHBAY_SANDBOX_URL: undefined, PATCHBAY_SPECS_DIR: SPECS_DIR } });
  }, 60_000);

  it.each([
    ['a loopback address', () => `http://127.0.0.1:${(internal.address() as AddressInfo).port}`],
    ['the cloud metadata address', () => 'http://169.254.169.254'],
    ['an odd spelling of loopback', () => `http://0x7f000001:${(internal.address() as AddressInfo).port}`],
  ])('refuses an instance URL pointing at %s, sending nothing there', async (_name, url) => {
    const repo = t.app.get(DataSource).getRepository(Connection);
    const row = await repo.findOneByOrFail({ appId, provider: 'salesforce' });
    await repo.update({ id: row.id }, { metadata: { ...row.metadata, instance_url: url() } });
    // The connection row is cached for ~2 s in this process.
    await new Promise((r) => setTimeout(r, 2_100));
    const before = internalHits;
    const res = await query();
    expect({ status: res.status, code: res.body?.error?.code }).toEqual({ status: 502, code: 'destination_not_allowed' });
    expect(internalHits).toBe(before);
  });
});
