import { ApiClient, type TestUser } from './support/api-client';
import { callback, configureAllProviders, connectFlow, consentAt, openLink } from './support/connect-flow';
import { SPECS_DIR, startSandbox, type SandboxProcess } from './support/sandbox-process';
import { startTestApp, type TestApp } from './support/test-app';

// A refused call (insufficient_scope) hands out a consent URL for just the missing permissions. Refusals repeat (a
// function in a loop, a panel polling), so the pending consent is reused instead of a state row and an audit record
// per refused call — and replaced as soon as it has been used.
let t: TestApp;
let sandbox: SandboxProcess;
let api: ApiClient;
let editor: TestUser;
let other: TestUser;
let appId: string;
let admin: string;

beforeAll(async () => {
  sandbox = await startSandbox();
  t = await startTestApp({ env: { PATCHBAY_SANDBOX_URL: sandbox.url, PATCHBAY_SPECS_DIR: SPECS_DIR } });
  api = new ApiClient(t);
  admin = await api.adminToken();
  editor = await api.createUser(admin, 'editor');
  other = await api.createUser(admin, 'other');
  appId = await api.createApp(admin);
  await api.addMember(admin, appId, editor.email, 'editor');
  await api.addMember(admin, appId, other.email, 'editor');
  await configureAllProviders(t, admin, sandbox);
  const flow = await connectFlow(t, editor.token, appId, 'slack', { operations: ['conversations.list'] }, { account: 1 });
  expect(flow.outcome).toBe('connected');
}, 120_000);

afterAll(async () => {
  await t?.close();
  await sandbox?.stop();
});

const post = (token: string) =>
  t
    .http()
    .post(`/api/apps/${appId}/connections/slack/operations/chat.postMessage`)
    .set('Authorization', `Bearer ${token}`)
    .send({ input: { body: { channel: 'C1', text: 'hi' } } });

async function consentsStarted(): Promise<number> {
  const res = await t.http().get(`/api/apps/${appId}/audit`).set('Authorization', `Bearer ${admin}`).expect(200);
  return (res.body as Array<{ action: string }>).filter((e) => e.action === 'connection.consent_started').length;
}

describe('consent URLs of refused calls', () => {
  it('hands out one pending consent per user and missing scopes, and a new one once it is used', async () => {
    const before = await consentsStarted();
    const refusals = await Promise.all([post(editor.token), post(editor.token), post(editor.token)]);
    const urls = new Set(refusals.map((r) => r.body.error.authorizeUrl as string));
    for (const r of refusals) expect(r.body.error).toMatchObject({ code: 'insufficient_scope', missingScopes: ['chat:write'] });
    expect(urls.size).toBe(1);
    expect((await post(editor.token)).body.error.authorizeUrl).toBe([...urls][0]);
    expect(await consentsStarted()).toBe(before + 1);

    // Another editor gets their own consent (the state is bound to the user who started it).
    const theirs = (await post(other.token)).body.error.authorizeUrl as string;
    expect(theirs).not.toBe([...urls][0]);

    // Used (here: denied at the provider): the next refusal starts a fresh consent.
    const denied = await callback(t, await consentAt(await openLink(t, [...urls][0]), { action: 'deny' }));
    expect(denied.outcome).toBe('denied');
    const next = (await post(editor.token)).body.error.authorizeUrl as string;
    expect(next).not.toBe([...urls][0]);

    // Granted: the call now runs, and nothing is refused any more.
    const granted = await callback(t, await consentAt(await openLink(t, next), { account: 1 }));
    expect(granted.outcome).toBe('connected');
    const ok = await post(editor.token).expect(200);
    expect(ok.body.data.ok).toBe(true);
  });
});
