import { GoogleCalendarClient } from '@patchbay/connectors/google-calendar';
import { GoogleDocsClient } from '@patchbay/connectors/google-docs';
import { GoogleDriveClient } from '@patchbay/connectors/google-drive';
import { GoogleSheetsClient } from '@patchbay/connectors/google-sheets';
import { GoogleSlidesClient } from '@patchbay/connectors/google-slides';
import { HubspotClient } from '@patchbay/connectors/hubspot';
import { LinkedinClient } from '@patchbay/connectors/linkedin';
import { NotionClient } from '@patchbay/connectors/notion';
import { SalesforceClient } from '@patchbay/connectors/salesforce';
import { SlackClient } from '@patchbay/connectors/slack';
import { TiktokClient } from '@patchbay/connectors/tiktok';
import { loadCatalogSync } from '@patchbay/spec';
import { ApiClient, type TestUser } from './support/api-client';
import { configureAllProviders, connectFlow } from './support/connect-flow';
import { httpExecutor, OperationCallError } from './support/operation-call';
import { SPECS_DIR, startSandbox, type SandboxProcess } from './support/sandbox-process';
import { startTestApp, type TestApp } from './support/test-app';

// The generated typed clients (`@patchbay/connectors/<id>`) driven through the HTTP endpoint by an executor, the
// way an app's backend would use them: inputs and outputs are the generated types, checked by the spec tsconfig
// (`tsc -p apps/api/tsconfig.spec.json`). One read and one write per provider at least.
const catalog = loadCatalogSync(SPECS_DIR);

let t: TestApp;
let sandbox: SandboxProcess;
let editor: TestUser;
let appId: string;
let exec: ReturnType<typeof httpExecutor>;

beforeAll(async () => {
  sandbox = await startSandbox();
  t = await startTestApp({ env: { PATCHBAY_SANDBOX_URL: sandbox.url, PATCHBAY_SPECS_DIR: SPECS_DIR } });
  const api = new ApiClient(t);
  const admin = await api.adminToken();
  editor = await api.createUser(admin, 'editor');
  appId = await api.createApp(admin);
  await api.addMember(admin, appId, editor.email, 'editor');
  await configureAllProviders(t, admin, sandbox);
  for (const p of catalog.providers) {
    const flow = await connectFlow(t, editor.token, appId, p.id, { operations: p.operations.map((o) => o.id) }, { account: 1 });
    expect(flow.outcome).toBe('connected');
  }
  exec = httpExecutor(t, editor.token, appId);
}, 180_000);

afterAll(async () => {
  await t?.close();
  await sandbox?.stop();
});

beforeEach(() => {
  exec.calls.length = 0;
});

it('Google Calendar: insert (write) then list (read) finds the event', async () => {
  const cal = new GoogleCalendarClient(exec);
  const ev = await cal.eventsInsert({
    calendarId: 'primary',
    body: { summary: 'Typed', start: { dateTime: '2026-12-02T09:00:00Z' }, end: { dateTime: '2026-12-02T09:30:00Z' } },
  });
  expect(ev.summary).toBe('Typed');
  const list = await cal.eventsList({ calendarId: 'primary', maxResults: 250 });
  expect((list.items ?? []).map((e) => e.id)).toContain(ev.id);
  expect(exec.calls).toEqual(['google-calendar:events.insert', 'google-calendar:events.list']);
});

it('Google Drive: create a folder (write) and list files (read)', async () => {
  const drive = new GoogleDriveClient(exec);
  const folder = await drive.filesCreateFolder({ body: { name: 'Typed folder', mimeType: 'application/vnd.google-apps.folder' } });
  expect(folder.name).toBe('Typed folder');
  const up = await drive.filesCreate({ uploadType: 'multipart', body: { metadata: { name: 'typed.txt' }, media: 'hello' } });
  expect(typeof up.id).toBe('string');
  const files = await drive.filesList({ pageSize: 10 });
  expect((files.files ?? []).length).toBeGreaterThan(0);
});

it('Google Docs: create (write) and get (read)', async () => {
  const docs = new GoogleDocsClient(exec);
  const doc = await docs.documentsCreate({ body: { title: 'Typed doc' } });
  const id = doc.documentId ?? '';
  await docs.documentsBatchUpdate({ documentId: id, body: { requests: [{ insertText: { location: { index: 1 }, text: 'typed' } }] } });
  const got = await docs.documentsGet({ documentId: id });
  expect(got).toMatchObject({ documentId: id, title: 'Typed doc' });
});

it('Google Sheets: create and values.update (writes), values.append', async () => {
  const sheets = new GoogleSheetsClient(exec);
  const s = await sheets.spreadsheetsCreate({ body: { properties: { title: 'Typed sheet' } } });
  expect(s.properties?.title).toBe('Typed sheet');
  const id = s.spreadsheetId ?? '';
  const upd = await sheets.spreadsheetsValuesUpdate({
    spreadsheetId: id,
    range: 'A1:B1',
    valueInputOption: 'RAW',
    body: { majorDimension: 'ROWS', values: [['a', 'b']] },
  });
  expect(upd.updatedRows).toBeGreaterThan(0);
  const app = await sheets.spreadsheetsValuesAppend({
    spreadsheetId: id,
    range: 'A1:B1',
    valueInputOption: 'USER_ENTERED',
    body: { majorDimension: 'ROWS', values: [['c', 'd']] },
  });
  expect(app.spreadsheetId).toBe(id);
});

it('Google Slides: create (write) and get (read)', async () => {
  const slides = new GoogleSlidesClient(exec);
  const deck = await slides.presentationsCreate({ body: { title: 'Typed deck' } });
  const got = await slides.presentationsGet({ presentationId: deck.presentationId ?? '' });
  expect(got.title).toBe('Typed deck');
});

it('Slack: conversations.list (read) then chat.postMessage (write) to a listed channel', async () => {
  const slack = new SlackClient(exec);
  const list = await slack.conversationsList({ limit: 10 });
  const channel = (list.channels ?? [])[0];
  expect(channel?.id).toBeDefined();
  const posted = await slack.chatPostMessage({ body: { channel: channel?.id ?? '', text: 'typed hello' } });
  expect(posted.ok).toBe(true);
  expect(posted.channel).toBe(channel?.id);
  const who = await slack.authTest();
  expect(who.ok).toBe(true);
});

it('Notion: search (read) then create a page (write) in a found database', async () => {
  const notion = new NotionClient(exec);
  const found = await notion.search({ body: { query: 'Onboarding' } });
  const parent = found.results.map((r) => (r as { parent?: { database_id?: string } }).parent?.database_id).find((x) => typeof x === 'string');
  expect(parent).toBeDefined();
  const page = await notion.pagesCreate({
    body: { parent: { database_id: parent ?? '' }, properties: { Name: { title: [{ text: { content: 'Typed page' } }] } } },
  });
  expect(page.object).toBe('page');
});

it('Salesforce: create a Lead (write) and find it by SOQL (read)', async () => {
  const sf = new SalesforceClient(exec);
  const lead = await sf.sobjectsLeadCreate({ body: { LastName: 'Typed', Company: 'Typed Inc' } });
  expect(lead.success).toBe(true);
  const q = await sf.query({ q: 'SELECT Id, LastName FROM Lead' });
  expect(q.records.map((r) => r['Id'])).toContain(lead.id);
});

it('HubSpot: create a contact (write) and read it back (read)', async () => {
  const hs = new HubspotClient(exec);
  const c = await hs.contactsCreate({ body: { properties: { email: 'typed@example.com', firstname: 'Typed' } } });
  const got = await hs.contactsGetById({ contactId: c.id, properties: ['email'] });
  expect(got.properties['email']).toBe('typed@example.com');
  const pipes = await hs.pipelinesGetAll();
  expect(pipes.results.length).toBeGreaterThan(0);
});

it('LinkedIn: userinfo (read) and posts.create (write)', async () => {
  const li = new LinkedinClient(exec);
  const me = await li.userinfo();
  expect(typeof me.sub).toBe('string');
  await li.postsCreate({
    body: {
      author: `urn:li:person:${me.sub}`,
      commentary: 'typed post',
      visibility: 'PUBLIC',
      distribution: { feedDistribution: 'MAIN_FEED', targetEntities: [], thirdPartyDistributionChannels: [] },
      lifecycleState: 'PUBLISHED',
      isReshareDisabledByAuthor: false,
    },
  });
  expect(exec.calls).toEqual(['linkedin:userinfo', 'linkedin:posts.create']);
});

it('TikTok: user.info and video.list (reads), video.query by listed ids (POST read)', async () => {
  const tt = new TiktokClient(exec);
  const info = await tt.userInfo({ fields: 'open_id,display_name,follower_count' });
  expect(typeof info.data?.user?.open_id).toBe('string');
  const list = await tt.videoList({ fields: 'id,title', body: { max_count: 3 } });
  const ids = (list.data?.videos ?? []).map((v) => v.id ?? '');
  expect(ids).toHaveLength(3);
  const q = await tt.videoQuery({ fields: 'id,title', body: { filters: { video_ids: ids } } });
  expect((q.data?.videos ?? []).length).toBeGreaterThan(0);
});

it('surfaces endpoint errors to the typed caller (invalid input never reaches the provider)', async () => {
  const slack = new SlackClient(exec);
  // A cast past the generated type on purpose: the runtime still validates what a JS caller could send.
  const err = await slack.chatPostMessage({ body: {} as { channel: string } }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(OperationCallError);
  expect((err as OperationCallError).httpStatus).toBe(400);
  expect((err as OperationCallError).body.error.code).toBe('invalid_input');
});
