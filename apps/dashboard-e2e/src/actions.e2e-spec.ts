import type { BrowserContext, Locator, Page } from 'playwright-core';
import { ApiClient, uniqueEmail } from './support/api-client';
import { launchBrowser } from './support/browser';
import { readEnv, type E2eEnv } from './support/e2e-env';
import { approveInPopup, capture, connectHeadless, ownerWithApp, PASSWORD, signIn, withPage } from './support/flows';

/**
 * Issue #19 "Nothing can be written": a connection's page lists the tool's write operations as forms generated from
 * their request schemas (panel kit). Posting to Slack reaches the provider (the sandbox counts it); a missing required
 * value is said in the form and nothing is called; a destructive action asks first; an operation the connection lacks
 * a permission for offers the approve-more consent; a viewer sees the forms disabled. Real API, provider sandbox.
 */

let env: E2eEnv;
let context: BrowserContext;
let admin: ApiClient;

beforeAll(async () => {
  env = readEnv();
  admin = await ApiClient.login(env.baseUrl, env.adminEmail, env.adminPassword);
  context = await launchBrowser(env.userDataDir);
});

afterAll(async () => {
  await context?.close();
});

/** Requests the dashboard sends to run one operation. */
function countOperationCalls(page: Page, operationId: string): { count: () => number } {
  let n = 0;
  page.on('request', (req) => {
    if (req.method() === 'POST' && req.url().endsWith(`/operations/${operationId}`)) n++;
  });
  return { count: () => n };
}

/** Calls of one operation the provider sandbox has received so far. */
async function sandboxCalls(key: string): Promise<number> {
  const counters = (await (await fetch(`${env.sandboxUrl}/_sandbox/counters`)).json()) as { operations: Record<string, number> };
  return counters.operations[key] ?? 0;
}

/** Opens the form of one action (its disclosure) and returns it. */
async function openAction(page: Page, operationId: string): Promise<Locator> {
  const action = page.locator(`details[data-operation="${operationId}"]`);
  await action.waitFor({ timeout: 30_000 });
  if ((await action.getAttribute('open')) === null) await action.locator(':scope > summary').click();
  return action;
}

describe('connection actions', () => {
  it('post a Slack message from the generated form, after saying a missing required value without calling', async () => {
    const { email, owner, appId } = await ownerWithApp(env, admin, 'Actions board');
    // Only chat:write: opening a DM (im:write) is not granted.
    await connectHeadless(owner, appId, 'slack', ['chat.postMessage']);

    await withPage(context, async (page) => {
      const calls = countOperationCalls(page, 'chat.postMessage');
      await signIn(page, env, email);
      await page.goto(`${env.baseUrl}/apps/${appId}/integrations/connections/slack`);
      await page.getByRole('heading', { name: 'Actions', exact: true }).waitFor();

      const post = await openAction(page, 'chat.postMessage');
      // Required first, in words; the optional ones are folded under "More options".
      const channel = post.getByRole('textbox', { name: 'Channel', exact: true });
      await channel.waitFor();
      const more = post.locator('details.pb-more');
      expect(await more.locator('summary').textContent()).toContain('More options');
      expect(await more.getAttribute('open')).toBeNull();

      // The channel is required: the form says so and nothing is sent.
      await more.locator('summary').click();
      // Booleans are switches, with the schema's default.
      expect(await more.getByRole('switch', { name: 'Reply broadcast' }).isChecked()).toBe(false);
      expect(await more.getByRole('switch', { name: 'Mrkdwn' }).isChecked()).toBe(true);
      const message = `Ticket #4821 escalated ${Date.now()}`;
      await post.getByRole('textbox', { name: 'Text', exact: true }).fill(message);
      await post.getByRole('button', { name: 'Post a message to a channel' }).click();
      await post.getByRole('alert').filter({ hasText: 'Enter Channel.' }).waitFor();
      expect(await channel.getAttribute('aria-invalid')).toBe('true');
      expect(calls.count()).toBe(0);
      await capture(page, 'actions-01-required-missing');

      // Filled in: one call, the provider receives it, the answer is shown as a panel.
      const before = await sandboxCalls('slack:chat.postMessage');
      await channel.fill('C0123SUPPORT');
      await post.getByRole('button', { name: 'Post a message to a channel' }).click();
      await post.getByRole('status').filter({ hasText: 'Done.' }).waitFor({ timeout: 20_000 });
      expect(calls.count()).toBe(1);
      expect(await sandboxCalls('slack:chat.postMessage')).toBe(before + 1);
      const result = post.locator('pb-panel-data-view');
      await result.waitFor();
      // The sandbox answers with the message it stored, as Slack does.
      expect(await result.textContent()).toContain('C0123SUPPORT');
      expect(await result.textContent()).toContain(message);
      // The form keeps what was typed.
      expect(await post.getByRole('textbox', { name: 'Text', exact: true }).inputValue()).toBe(message);
      await capture(page, 'actions-02-message-posted');

      // A refusal of the provider comes in words inside the form, which stays.
      // (Slack answers with HTTP 200 and {ok: false, error}.)
      const armed = await fetch(`${env.sandboxUrl}/_sandbox/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ provider: 'slack', operationId: 'chat.postMessage', kind: '5xx', status: 200, code: 'channel_not_found' }),
      });
      expect(armed.status).toBe(201);
      await post.getByRole('button', { name: 'Post a message to a channel' }).click();
      const refusal = post.locator('[data-testid="action-error"]');
      await refusal.waitFor({ timeout: 20_000 });
      expect(await refusal.textContent()).toMatch(/Slack/);
      expect(await channel.inputValue()).toBe('C0123SUPPORT');
      await fetch(`${env.sandboxUrl}/_sandbox/faults`, { method: 'DELETE' });

      // Opening a DM needs im:write, which was not granted: say so and offer the consent, not a form that would fail.
      const open = await openAction(page, 'conversations.open');
      const missing = open.getByTestId('action-missing-permissions');
      await missing.waitFor();
      expect(await missing.textContent()).toContain('Start direct messages with people');
      await open.getByRole('button', { name: 'Approve additional permissions' }).waitFor();
      expect(await open.locator('pb-panel-action-form').count()).toBe(0);
      await capture(page, 'actions-03-missing-permission');

      // Approved in the provider's consent popup: the form replaces the notice.
      const [popup] = await Promise.all([context.waitForEvent('page'), open.getByRole('button', { name: 'Approve additional permissions' }).click()]);
      await approveInPopup(popup, 1);
      await page.getByRole('status').filter({ hasText: 'The additional Slack permissions were approved.' }).waitFor({ timeout: 20_000 });
      await open.locator('pb-panel-action-form').waitFor();
      expect(await open.getByTestId('action-missing-permissions').count()).toBe(0);
    });
  });

  it('picks the Slack channel by name (listed by conversations.list) and the post goes to its id', async () => {
    const { email, owner, appId } = await ownerWithApp(env, admin, 'Actions picker');
    await connectHeadless(owner, appId, 'slack', ['chat.postMessage', 'conversations.list']);
    // What the sandbox workspace has: the picker must show these names and send these ids.
    const listed = await owner.request<{ data: { channels: Array<{ id: string; name: string }> } }>(
      'POST',
      `/api/apps/${appId}/connections/slack/operations/conversations.list`,
      { input: {} },
    );
    const channels = listed.data.channels.filter((c) => c.id && c.name);
    expect(channels.length).toBeGreaterThan(1);
    const target = channels[channels.length - 1];

    await withPage(context, async (page) => {
      await signIn(page, env, email);
      await page.goto(`${env.baseUrl}/apps/${appId}/integrations/connections/slack`);
      await page.getByRole('heading', { name: 'Actions', exact: true }).waitFor();
      const post = await openAction(page, 'chat.postMessage');
      const picker = post.getByRole('combobox', { name: 'Choose Channel from the list' });
      await picker.waitFor({ timeout: 20_000 });
      const options = (await picker.locator('option').allTextContents()).map((t) => t.trim());
      for (const c of channels) expect(options).toContain(c.name);
      expect(options).not.toContain(target.id);

      await picker.selectOption({ label: target.name });
      const channel = post.getByRole('textbox', { name: 'Channel', exact: true });
      expect(await channel.inputValue()).toBe(target.id);
      const message = `Picked by name ${Date.now()}`;
      await post.locator('details.pb-more > summary').click();
      await post.getByRole('textbox', { name: 'Text', exact: true }).fill(message);
      const before = await sandboxCalls('slack:chat.postMessage');
      await capture(page, 'actions-04-channel-picked');
      await post.getByRole('button', { name: 'Post a message to a channel' }).click();
      await post.getByRole('status').filter({ hasText: 'Done.' }).waitFor({ timeout: 20_000 });
      expect(await sandboxCalls('slack:chat.postMessage')).toBe(before + 1);
      // The sandbox answers with the message it stored: posted to the picked channel's id.
      const result = (await post.locator('pb-panel-data-view').textContent()) ?? '';
      expect(result).toContain(target.id);
      expect(result).toContain(message);
    });
  });

  it('keeps the channel a text box, with a short note, when the channels cannot be listed', async () => {
    const { email, owner, appId } = await ownerWithApp(env, admin, 'Actions picker refused');
    // chat:write only: listing channels (channels:read) is refused.
    await connectHeadless(owner, appId, 'slack', ['chat.postMessage']);
    await withPage(context, async (page) => {
      await signIn(page, env, email);
      await page.goto(`${env.baseUrl}/apps/${appId}/integrations/connections/slack`);
      const post = await openAction(page, 'chat.postMessage');
      const note = post.getByTestId('choice-picker-note');
      await note.waitFor({ timeout: 20_000 });
      expect(await note.textContent()).toContain('type the value');
      expect(await post.getByRole('combobox', { name: 'Choose Channel from the list' }).count()).toBe(0);
      await post.getByRole('textbox', { name: 'Channel', exact: true }).fill('C0123SUPPORT');
      expect(await post.getByRole('textbox', { name: 'Channel', exact: true }).inputValue()).toBe('C0123SUPPORT');
    });
  });

  it('asks for confirmation before a destructive action, and deletes only once confirmed', async () => {
    const { email, owner, appId } = await ownerWithApp(env, admin, 'Actions delete');
    await connectHeadless(owner, appId, 'google-calendar', ['events.list', 'events.insert', 'events.delete']);
    const created = await owner.request<{ data: { id: string } }>('POST', `/api/apps/${appId}/connections/google-calendar/operations/events.insert`, {
      input: {
        calendarId: 'primary',
        body: { summary: `Cancelled booking ${Date.now()}`, start: { dateTime: '2026-12-11T09:00:00Z' }, end: { dateTime: '2026-12-11T10:00:00Z' } },
      },
    });
    const eventId = created.data.id;
    const listIds = async (): Promise<string[]> => {
      const ids: string[] = [];
      let pageToken: string | undefined;
      do {
        const page = await owner.request<{ data: { items: Array<{ id: string }>; nextPageToken?: string } }>(
          'POST',
          `/api/apps/${appId}/connections/google-calendar/operations/events.list`,
          { input: { calendarId: 'primary', ...(pageToken ? { pageToken } : {}) } },
        );
        ids.push(...page.data.items.map((i) => i.id));
        pageToken = page.data.nextPageToken;
      } while (pageToken);
      return ids;
    };
    expect(await listIds()).toContain(eventId);

    await withPage(context, async (page) => {
      const calls = countOperationCalls(page, 'events.delete');
      await signIn(page, env, email);
      await page.goto(`${env.baseUrl}/apps/${appId}/integrations/connections/google-calendar`);
      const del = await openAction(page, 'events.delete');
      await del.getByRole('textbox', { name: 'Calendar id', exact: true }).fill('primary');
      await del.getByRole('textbox', { name: 'Event id', exact: true }).fill(eventId);
      await del.getByRole('button', { name: 'Delete an event' }).click();

      const confirm = del.getByRole('alertdialog');
      await confirm.waitFor();
      expect(await confirm.textContent()).toContain('This cannot be undone.');
      expect(calls.count()).toBe(0);
      await capture(page, 'actions-04-confirm-delete');

      // Cancelled: nothing happens.
      await confirm.getByRole('button', { name: 'Cancel' }).click();
      await confirm.waitFor({ state: 'detached' });
      expect(calls.count()).toBe(0);

      // Confirmed: deleted.
      await del.getByRole('button', { name: 'Delete an event' }).click();
      await del.getByRole('alertdialog').getByRole('button', { name: 'Yes, delete an event' }).click();
      await del.getByRole('status').filter({ hasText: 'Done.' }).waitFor({ timeout: 20_000 });
      expect(calls.count()).toBe(1);
    });
    expect(await listIds()).not.toContain(eventId);
  });

  it('shows a viewer the forms disabled, with the reason', async () => {
    const { owner, appId } = await ownerWithApp(env, admin, 'Actions read only');
    const viewerEmail = uniqueEmail('viewer');
    await admin.request('POST', '/api/users', { email: viewerEmail, name: 'Vic Viewer', password: PASSWORD });
    await owner.request('POST', `/api/apps/${appId}/members`, { email: viewerEmail, role: 'viewer' });
    await connectHeadless(owner, appId, 'slack', ['chat.postMessage']);

    await withPage(context, async (page) => {
      const calls = countOperationCalls(page, 'chat.postMessage');
      await signIn(page, env, viewerEmail);
      await page.goto(`${env.baseUrl}/apps/${appId}/integrations/connections/slack`);
      const post = await openAction(page, 'chat.postMessage');
      const reason = post.getByTestId('action-disabled-reason');
      await reason.waitFor();
      expect(await reason.textContent()).toContain('only its owners and editors can change things in Slack');
      expect(await post.getByRole('textbox', { name: 'Channel', exact: true }).isDisabled()).toBe(true);
      const submit = post.getByRole('button', { name: 'Post a message to a channel' });
      expect(await submit.isDisabled()).toBe(true);
      await submit.click({ force: true });
      expect(calls.count()).toBe(0);
      await capture(page, 'actions-05-viewer-disabled');
    });
  });
});
