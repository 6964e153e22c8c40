import { randomUUID } from 'node:crypto';
import { OperationRunner, type ConnectionHandle } from '@patchbay/connector-runtime';
import { loadCatalogSync, rewriteUrl } from '@patchbay/spec';
import { DataSource } from 'typeorm';
import { Connection } from '../src/modules/connections/entities/connection.entity';
import { ApiClient, auth, type TestUser } from './support/api-client';
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

    const patched = await op('google-calendar', 'events.patch', {
      calendarId: 'primary',
      eventId: created.id,
      body: { summary: 'Patchbay design review (moved)' },
    });
    expect(patched).toMatchObject({ id: created.id, summary: 'Patchbay design review (moved)', start: { dateTime: '2026-12-01T10:00:00Z' } });

    const busy = await op('google-calendar', 'freebusy.query', {
      body: { timeMin: '2026-12-01T00:00:00Z', timeMax: '2026-12-02T00:00:00Z', items: [{ id: 'primary' }] },
    });
    expect(busy).toMatchObject({ timeMin: '2026-12-01T00:00:00Z', timeMax: '2026-12-02T00:00:00Z' });

    await op('google-calendar', 'events.delete', { calendarId: 'primary', eventId: created.id });
    const after = await op('google-calendar', 'events.list', { calendarId: 'primary', maxResults: 250 });
    expect((after.items as Json[]).map((e) => e.id)).not.toContain(created.id);
    const gone = await runOperation(t, editor.token, appId, 'google-calendar', 'events.patch', {
      calendarId: 'primary',
      eventId: created.id,
      body: { summary: 'x' },
    });
    expect(gone.httpStatus).toBe(422);
    expect(gone.body.error).toMatchObject({ code: 'provider_error', providerStatus: 404 });
  });
});

describe('Google Drive', () => {
  it('creates a folder, uploads a file with a multipart body, and lists both', async () => {
    await connectAll('google-drive');
    const folder = await op('google-drive', 'files.createFolder', {
      body: { name: 'Patchbay reports', mimeType: 'application/vnd.google-apps.folder' },
    });
    expect(folder).toMatchObject({ name: 'Patchbay reports', mimeType: 'application/vnd.google-apps.folder' });
    expect(typeof folder.id).toBe('string');

    // The spec names the file part `media` (the runtime also takes `content`); `contentType` is the part's type.
    const file = await op('google-drive', 'files.create', {
      uploadType: 'multipart',
      body: { metadata: { name: 'report.csv', parents: [folder.id], mimeType: 'text/csv' }, media: 'a,b\n1,2\n', contentType: 'text/csv' },
    });
    expect(typeof file.id).toBe('string');
    expect(file.id).not.toBe(folder.id);

    // Walk every page (pageToken in, nextPageToken out) through the endpoint.
    const files: Json[] = [];
    let pageToken: string | undefined;
    for (let i = 0; i < 20; i++) {
      const page = await op('google-drive', 'files.list', { pageSize: 10, ...(pageToken ? { pageToken } : {}) });
      files.push(...(page.files as Json[]));
      pageToken = page.nextPageToken;
      if (!pageToken) break;
    }
    expect(pageToken).toBeUndefined();
    expect(files.length).toBeGreaterThan(10);
    expect(new Set(files.map((f) => f.id)).size).toBe(files.length);
    expect(files.find((f) => f.id === folder.id)).toMatchObject({ name: 'Patchbay reports' });
  });
});

describe('Google Docs', () => {
  it('creates a document, sends a batchUpdate insertText to it and reads it back', async () => {
    await connectAll('google-docs');
    const doc = await op('google-docs', 'documents.create', { body: { title: 'Meeting notes' } });
    expect(doc).toMatchObject({ title: 'Meeting notes' });
    expect(typeof doc.documentId).toBe('string');
    const upd = await op('google-docs', 'documents.batchUpdate', {
      documentId: doc.documentId,
      body: { requests: [{ insertText: { location: { index: 1 }, text: 'Hello from Patchbay' } }] },
    });
    expect(Array.isArray(upd.replies)).toBe(true);
    const got = await op('google-docs', 'documents.get', { documentId: doc.documentId });
    expect(got).toMatchObject({ documentId: doc.documentId, title: 'Meeting notes' });
  });
});

describe('Google Sheets', () => {
  it('creates a spreadsheet, updates and appends values', async () => {
    await connectAll('google-sheets');
    const sheet = await op('google-sheets', 'spreadsheets.create', { body: { properties: { title: 'Q4 pipeline' } } });
    expect(sheet).toMatchObject({ properties: { title: 'Q4 pipeline' } });
    const id = sheet.spreadsheetId as string;
    const upd = await op('google-sheets', 'spreadsheets.values.update', {
      spreadsheetId: id,
      range: 'Sheet1!A1:B2',
      valueInputOption: 'RAW',
      body: {
        values: [
          ['name', 'amount'],
          ['Acme', '100'],
        ],
      },
    });
    expect(upd.updatedRows).toBe(2);
    const app = await op('google-sheets', 'spreadsheets.values.append', {
      spreadsheetId: id,
      range: 'Sheet1!A1:B1',
      valueInputOption: 'RAW',
      body: { values: [['Globex', '250']] },
    });
    expect(app).toMatchObject({ spreadsheetId: id });
    expect(typeof app.updates.updatedRange).toBe('string');
    // values.get reaches the provider (what it answers is a sandbox gap, below).
    const before = (await sandboxCounters(sandbox)).operations['google-sheets:spreadsheets.values.get'] ?? 0;
    const got = await runOperation(t, editor.token, appId, 'google-sheets', 'spreadsheets.values.get', { spreadsheetId: id, range: 'Sheet1!A1:B3' });
    ran.get('google-sheets')?.add('spreadsheets.values.get');
    expect(got.body.error ?? got.body.data).toBeDefined();
    expect((await sandboxCounters(sandbox)).operations['google-sheets:spreadsheets.values.get']).toBe(before + 1);
  });
});

describe('Google Slides', () => {
  it('creates a presentation, adds a slide with text and reads the deck', async () => {
    await connectAll('google-slides');
    const deck = await op('google-slides', 'presentations.create', { body: { title: 'Launch plan' } });
    expect(deck).toMatchObject({ title: 'Launch plan' });
    const id = deck.presentationId as string;
    const upd = await op('google-slides', 'presentations.batchUpdate', { presentationId: id, body: { requests: SLIDE_REQUESTS } });
    expect(Array.isArray(upd.replies)).toBe(true);
    const got = await op('google-slides', 'presentations.get', { presentationId: id });
    expect(got).toMatchObject({ presentationId: id, title: 'Launch plan' });
    expect((got.slides as Json[]).length).toBeGreaterThan(0);
  });
});

const SLIDE_REQUESTS = [
  { createSlide: { objectId: 'slide_intro', slideLayoutReference: { predefinedLayout: 'TITLE_AND_BODY' } } },
  { createShape: { objectId: 'box_intro', shapeType: 'TEXT_BOX', elementProperties: { pageObjectId: 'slide_intro' } } },
  { insertText: { objectId: 'box_intro', insertionIndex: 0, text: 'Ship it' } },
];

describe('Slack', () => {
  it('lists channels, posts to a listed channel, looks a user up, opens a DM and tests auth', async () => {
    await connectAll('slack');
    const list = await op('slack', 'conversations.list', { types: 'public_channel,private_channel', limit: 100 });
    expect(list.ok).toBe(true);
    const channel = (list.channels as Json[])[0];
    expect(typeof channel.id).toBe('string');

    const posted = await op('slack', 'chat.postMessage', { body: { channel: channel.id, text: 'Deploy finished :rocket:' } });
    expect(posted).toMatchObject({ ok: true, channel: channel.id });
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
    expect(typeof who.user_id).toBe('string');
  });

  it("maps Slack's ok:false on HTTP 200 to provider_error", async () => {
    const r = await runOperation(t, editor.token, appId, 'slack', 'chat.postMessage', { body: { channel: 'C_DOES_NOT_EXIST', text: 'x' } });
    if (r.httpStatus === 200)
      expect(r.body.data.ok).toBe(true); // the sandbox posts anywhere: nothing to map
    else expect(r.body.error).toMatchObject({ code: 'provider_error' });
  });
});

describe('Notion', () => {
  it('searches, queries the database a result lives in, creates a page there, appends blocks, lists them and retrieves the page', async () => {
    await connectAll('notion');
    const found = await op('notion', 'search', { body: { query: 'Onboarding' } });
    expect(found.object).toBe('list');
    const withDb = (found.results as Json[]).find((r) => typeof r.parent?.database_id === 'string');
    expect(withDb).toBeDefined();
    const dbId = withDb.parent.database_id as string;

    const rows = await op('notion', 'databases.query', { database_id: dbId, body: { page_size: 5 } });
    expect(rows.object).toBe('list');
    expect((rows.results as Json[]).length).toBeGreaterThan(0);

    const page = await op('notion', 'pages.create', {
      body: { parent: { database_id: dbId }, properties: { Name: { title: [{ text: { content: 'Onboarding checklist' } }] } } },
    });
    expect(page.object).toBe('page');
    expect(typeof page.id).toBe('string');
    const appended = await op('notion', 'blocks.children.append', {
      block_id: page.id,
      body: {
        children: [{ object: 'block', type: 'paragraph', paragraph: { rich_text: [{ type: 'text', text: { content: 'Step one: say hello' } }] } }],
      },
    });
    expect(appended.object).toBe('list');
    const blockIds = (appended.results as Json[]).map((b) => b.id);
    expect(blockIds).toHaveLength(1);
    const children = await op('notion', 'blocks.children.list', { block_id: page.id, page_size: 100 });
    const listed = (children.results as Json[]).find((b) => b.id === blockIds[0]);
    expect(listed).toMatchObject({ type: 'paragraph', paragraph: { rich_text: [{ text: { content: 'Step one: say hello' } }] } });

    const retrieved = await op('notion', 'pages.retrieve', { page_id: page.id });
    expect(retrieved).toMatchObject({
      object: 'page',
      id: page.id,
      parent: { database_id: dbId },
      properties: { Name: { title: [{ text: { content: 'Onboarding checklist' } }] } },
    });
    // A well-formed page id the workspace never issued: Notion's 404 comes back mapped, with its code.
    const missing = await runOperation(t, editor.token, appId, 'notion', 'pages.retrieve', { page_id: randomUUID() });
    expect(missing.httpStatus).toBe(422);
    expect(missing.body.error).toMatchObject({ code: 'provider_error', providerStatus: 404, providerCode: 'object_not_found' });
  });
});

describe('Salesforce', () => {
  it('creates a Lead, a Contact and a Case, updates records, and finds the Lead by SOQL', async () => {
    await connectAll('salesforce');
    const lead = await op('salesforce', 'sobjects.Lead.create', { body: { LastName: 'Hopper', Company: 'Navy Labs', Email: 'grace@example.com' } });
    expect(lead).toMatchObject({ success: true, errors: [] });
    const contact = await op('salesforce', 'sobjects.Contact.create', { body: { LastName: 'Lovelace', Email: 'ada@example.com' } });
    expect(contact.success).toBe(true);
    const kase = await op('salesforce', 'sobjects.Case.create', { body: { Subject: 'Printer on fire', Status: 'New' } });
    expect(kase.success).toBe(true);
    expect(new Set([lead.id, contact.id, kase.id]).size).toBe(3);

    // Updates answer 204 with no body and change only the fields sent: SOQL on the created record reads the changed
    // fields back next to the ones the create set.
    for (const [o, sobject, id, kept, changes] of [
      ['sobjects.Lead.update', 'Lead', lead.id, { LastName: 'Hopper', Email: 'grace@example.com' }, { Company: 'Navy Research Labs' }],
      ['sobjects.Contact.update', 'Contact', contact.id, { LastName: 'Lovelace', Email: 'ada@example.com' }, { Title: 'Analyst' }],
      ['sobjects.Case.update', 'Case', kase.id, { Subject: 'Printer on fire' }, { Status: 'Escalated' }],
    ] as const) {
      const r = await runOperation(t, editor.token, appId, 'salesforce', o, { id, body: changes });
      ran.get('salesforce')?.add(o);
      expect(r.httpStatus).toBe(200);
      expect(r.body.status).toBe(204);
      expect(r.body.data ?? undefined).toBeUndefined();
      const fields = ['Id', ...Object.keys(kept), ...Object.keys(changes)].join(', ');
      const read = await op('salesforce', 'query', { q: `SELECT ${fields} FROM ${sobject} WHERE Id = '${id}'` });
      expect((read.records as Json[]).find((x) => x.Id === id)).toMatchObject({ Id: id, ...kept, ...changes });
    }

    const q = await op('salesforce', 'query', { q: "SELECT Id, LastName, Company FROM Lead WHERE LastName = 'Hopper'" });
    const hit = (q.records as Json[]).find((r) => r.Id === lead.id);
    expect(hit).toMatchObject({ Id: lead.id, LastName: 'Hopper', Company: 'Navy Research Labs' });

    // A well-formed Lead id the org does not have: Salesforce's 404 NOT_FOUND comes back mapped with its code.
    const missing = await runOperation(t, editor.token, appId, 'salesforce', 'sobjects.Lead.update', {
      id: '00Q000000000000AAA',
      body: { Company: 'x' },
    });
    expect(missing.httpStatus).toBe(422);
    expect(missing.body.error).toMatchObject({ code: 'provider_error', providerStatus: 404, providerCode: 'NOT_FOUND', attempts: 1 });
  });

  it('pages a SOQL result through nextRecordsUrl with the runtime (relative URL on the instance host)', async () => {
    const created: string[] = [];
    for (let i = 0; i < 12; i++)
      created.push((await op('salesforce', 'sobjects.Lead.create', { body: { LastName: `Bulk ${i}`, Company: 'Paging Inc' } })).id);
    const first = await op('salesforce', 'query', { q: 'SELECT Id FROM Lead' });
    expect(first.done).toBe(false);
    expect(first.nextRecordsUrl).toMatch(/^\/services\/data\//);
    const pages = await walkSalesforce('SELECT Id FROM Lead');
    expect(pages[0].records.map((r: Json) => r.Id)).toEqual(first.records.map((r: Json) => r.Id));
    const all = pages.flatMap((p) => (p.records as Json[]).map((r) => r.Id));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[pages.length - 1].done).toBe(true);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(expect.arrayContaining(created));
  });
});

/**
 * Walks a SOQL result with the runtime's pagination helper (`pages`, style next_url from the spec): the helper GETs
 * the relative nextRecordsUrl on the connection's instance host. The token is minted for the same sandbox account,
 * the instance URL is the one the connection stored.
 */
async function walkSalesforce(q: string): Promise<Json[]> {
  const provider = catalog.providers.find((p) => p.id === 'salesforce');
  if (!provider) throw new Error('salesforce missing');
  const conn = await t.app.get(DataSource).getRepository(Connection).findOneByOrFail({ appId, provider: 'salesforce' });
  const minted = (await sandbox.control('/tokens', { body: { provider: 'salesforce', account: 1, scopes: ['api'] } })).json as {
    accessToken: string;
  };
  const handle: ConnectionHandle = {
    grantedScopes: ['api'],
    metadata: conn.metadata,
    accessToken: async () => minted.accessToken,
    refreshAfterRejection: async () => {
      throw new Error('no refresh expected');
    },
  };
  const runner = new OperationRunner({ rewriteUrl: (u) => rewriteUrl(u, sandbox.url) });
  const pages: Json[] = [];
  for await (const page of runner.pages<Json>(provider, 'query', { q }, handle, 20)) pages.push(page);
  return pages;
}

describe('Salesforce next page over HTTP', () => {
  async function nextPage(nextPageUrl: string): Promise<{ httpStatus: number; body: Json }> {
    const res = await t
      .http()
      .post(`/api/apps/${appId}/connections/salesforce/operations/query`)
      .set(...auth(editor.token))
      .send({ nextPageUrl });
    return { httpStatus: res.status, body: res.body };
  }

  it('follows nextRecordsUrl through the endpoint until done, the same pages the runtime walks', async () => {
    const walked = await walkSalesforce('SELECT Id FROM Lead');
    const pages: Json[] = [await op('salesforce', 'query', { q: 'SELECT Id FROM Lead' })];
    while (!pages[pages.length - 1].done && pages.length < 20) {
      const r = await nextPage(pages[pages.length - 1].nextRecordsUrl);
      expect(r.httpStatus).toBe(200);
      pages.push(r.body.data);
    }
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.map((p) => p.records.map((x: Json) => x.Id))).toEqual(walked.map((p) => p.records.map((x: Json) => x.Id)));
  });

  it('refuses a next-page URL on another host, or for an operation without next_url pagination, before any call', async () => {
    const before = await sandboxCounters(sandbox);
    const elsewhere = await nextPage('https://attacker.example/services/data/v62.0/query/01g-2000');
    expect(elsewhere.httpStatus).toBe(400);
    expect(elsewhere.body.error).toMatchObject({
      code: 'invalid_input',
      problems: [{ path: 'nextPageUrl', message: 'must be on the API host of the operation' }],
    });
    const protocolRelative = await nextPage('//attacker.example/x');
    expect(protocolRelative.httpStatus).toBe(400);
    const res = await t
      .http()
      .post(`/api/apps/${appId}/connections/salesforce/operations/sobjects.Lead.create`)
      .set(...auth(editor.token))
      .send({ nextPageUrl: '/services/data/v62.0/query/x' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_input');
    const after = await sandboxCounters(sandbox);
    expect(after.operations).toEqual(before.operations);
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
    const got = await op('hubspot', 'contacts.getById', { contactId: created.id, properties: ['email', 'lastname'] });
    expect(got).toMatchObject({ id: created.id, properties: { email: 'lin@example.com', lastname: 'Nguyen' } });

    const pipelines = await op('hubspot', 'pipelines.getAll');
    expect((pipelines.results as Json[]).length).toBeGreaterThan(0);
    const stages = pipelines.results[0].stages as Json[];
    expect(stages.length).toBeGreaterThan(0);
    expect(typeof stages[0].id).toBe('string');

    const deals = await op('hubspot', 'deals.search', { body: { limit: 10 } });
    const deal = (deals.results as Json[])[0];
    expect(typeof deal.id).toBe('string');
    const dealUpd = await op('hubspot', 'deals.update', { dealId: deal.id, body: { properties: { dealstage: stages[0].id } } });
    expect(dealUpd).toMatchObject({ id: deal.id, properties: { dealstage: stages[0].id } });

    const lists = await op('hubspot', 'lists.search', { body: { count: 10 } });
    const list = (lists.lists as Json[])[0];
    expect(list.listId).toBeDefined();
    const one = await op('hubspot', 'lists.getById', { listId: list.listId });
    expect(typeof one.list.name).toBe('string');
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
  it('reads the user, pages through videos by cursor and queries them by id', async () => {
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
    expect((q.data.videos as Json[]).length).toBeGreaterThan(0);
  });
});

/**
 * What providers.md says the real APIs do and the sandbox does not emulate yet. `it.failing`: each passes while the
 * gap exists and fails once the sandbox is fixed — then turn it into a normal assertion.
 */
describe('sandbox gaps (reported, not ours to fix)', () => {
  it.failing('Docs: documents.get shows text inserted by batchUpdate (sandbox treats batchUpdate as a stateless rpc)', async () => {
    const doc = await op('google-docs', 'documents.create', { body: { title: 'Gap' } });
    const upd = await op('google-docs', 'documents.batchUpdate', {
      documentId: doc.documentId,
      body: { requests: [{ insertText: { location: { index: 1 }, text: 'Inserted words' } }] },
    });
    expect(upd.documentId).toBe(doc.documentId);
    expect(JSON.stringify((await op('google-docs', 'documents.get', { documentId: doc.documentId })).body)).toContain('Inserted words');
  });

  it.failing('Sheets: values.get reflects values.update + values.append (sandbox does not store values; {range} is read as an item id)', async () => {
    const sheet = await op('google-sheets', 'spreadsheets.create', { body: { properties: { title: 'Gap' } } });
    const id = sheet.spreadsheetId as string;
    await op('google-sheets', 'spreadsheets.values.update', {
      spreadsheetId: id,
      range: 'Sheet1!A1:B1',
      valueInputOption: 'RAW',
      body: { values: [['a', '1']] },
    });
    await op('google-sheets', 'spreadsheets.values.append', {
      spreadsheetId: id,
      range: 'Sheet1!A1:B1',
      valueInputOption: 'RAW',
      body: { values: [['b', '2']] },
    });
    const got = await op('google-sheets', 'spreadsheets.values.get', { spreadsheetId: id, range: 'Sheet1!A1:B2' });
    expect(got.values).toEqual([
      ['a', '1'],
      ['b', '2'],
    ]);
  });

  it.failing('Slides: presentations.get shows the slide and text created by batchUpdate', async () => {
    const deck = await op('google-slides', 'presentations.create', { body: { title: 'Gap' } });
    await op('google-slides', 'presentations.batchUpdate', { presentationId: deck.presentationId, body: { requests: SLIDE_REQUESTS } });
    const got = await op('google-slides', 'presentations.get', { presentationId: deck.presentationId });
    expect((got.slides as Json[]).map((s) => s.objectId)).toContain('slide_intro');
  });

  it.failing('Salesforce: SOQL records carry the queried sObject type (sandbox answers attributes.type Opportunity for Leads)', async () => {
    const q = await op('salesforce', 'query', { q: 'SELECT Id FROM Lead' });
    for (const r of q.records as Json[]) expect(r.attributes.type).toBe('Lead');
  });
});

/**
 * Former sandbox gaps, fixed generically in the sandbox from what the specs declare (id formats and patterns, total
 * fields, wrapped single-resource answers, multipart/related bodies). Each chains one answer into the next call.
 */
describe('sandbox fidelity (former gaps, emulated from the specs)', () => {
  it('Drive: the multipart upload stores the metadata sent (multipart/related parsed; first JSON part is the metadata)', async () => {
    const file = await op('google-drive', 'files.create', {
      uploadType: 'multipart',
      body: {
        metadata: { name: 'gap.txt', mimeType: 'text/plain', description: 'uploaded by the fidelity test', appProperties: { run: 'fidelity' } },
        media: 'x',
        contentType: 'text/plain',
      },
    });
    expect(file).toMatchObject({
      name: 'gap.txt',
      mimeType: 'text/plain',
      description: 'uploaded by the fidelity test',
      appProperties: { run: 'fidelity' },
    });
    expect(file).not.toHaveProperty('media');
    const other = await op('google-drive', 'files.create', {
      uploadType: 'multipart',
      body: { metadata: { name: 'second.csv', mimeType: 'text/csv' }, media: 'a,b', contentType: 'text/csv' },
    });
    expect(other).toMatchObject({ name: 'second.csv', mimeType: 'text/csv' });
    expect(other.id).not.toBe(file.id);
  });

  it('Notion: ids are UUIDs, so a created page id chains into blocks.children.append and blocks.children.list', async () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    const found = await op('notion', 'search', { body: { query: '' } });
    for (const r of found.results as Json[]) expect(r.id).toMatch(uuid);
    const page = await op('notion', 'pages.create', { body: { parent: { database_id: found.results[0].parent.database_id }, properties: {} } });
    expect(page.id).toMatch(uuid);
    const appended = await op('notion', 'blocks.children.append', {
      block_id: page.id,
      body: { children: [{ object: 'block', type: 'paragraph', paragraph: { rich_text: [{ type: 'text', text: { content: 'Chained by id' } }] } }] },
    });
    expect(appended.results[0].id).toMatch(uuid);
    const children = await op('notion', 'blocks.children.list', { block_id: page.id, page_size: 100 });
    expect((children.results as Json[]).map((b) => b.id)).toContain(appended.results[0].id);
  });

  it('Salesforce: record ids are 15/18 characters, so a created Lead id chains into sobjects.Lead.update', async () => {
    const lead = await op('salesforce', 'sobjects.Lead.create', { body: { LastName: 'Gap', Company: 'Gap' } });
    expect(lead.id).toMatch(/^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/);
    await op('salesforce', 'sobjects.Lead.update', { id: lead.id, body: { Company: 'Gap 2' } });
    const pages = await walkSalesforce('SELECT Id, Company FROM Lead');
    expect(pages.flatMap((p) => p.records as Json[]).find((r) => r.Id === lead.id)).toMatchObject({ Company: 'Gap 2' });
  });

  it('HubSpot: lists.getById answers the list that lists.search returned', async () => {
    const lists = await op('hubspot', 'lists.search', { body: { count: 10 } });
    for (const listed of (lists.lists as Json[]).slice(0, 3)) {
      const one = await op('hubspot', 'lists.getById', { listId: listed.listId });
      expect(one.list).toMatchObject({ listId: listed.listId, name: listed.name });
    }
  });

  it('Salesforce: totalSize is the size of the whole result, not of the page', async () => {
    const first = await op('salesforce', 'query', { q: 'SELECT Id FROM Lead' });
    const pages = await walkSalesforce('SELECT Id FROM Lead');
    expect(pages.length).toBeGreaterThan(1);
    expect(first.totalSize).toBe(pages.flatMap((p) => p.records).length);
    for (const p of pages) expect(p.totalSize).toBe(first.totalSize);
  });
});

describe('coverage', () => {
  it('ran every operation of every provider', async () => {
    for (const p of catalog.providers) expect([...(ran.get(p.id) ?? [])].sort()).toEqual(p.operations.map((o) => o.id).sort());
    const c = await sandboxCounters(sandbox);
    // Operations whose URL is also the provider's identity URL are answered (and counted) by the sandbox's identity route.
    const identityUrl = (p: (typeof catalog.providers)[number]) => p.identity.request?.url.split('?')[0];
    const notCounted = catalog.providers
      .flatMap((p) => p.operations.filter((o) => identityUrl(p) !== o.serverUrl.replace(/\/+$/, '') + o.path).map((o) => `${p.id}:${o.id}`))
      .filter((k) => !(c.operations[k] > 0));
    expect(notCounted).toEqual([]);
  });
});
