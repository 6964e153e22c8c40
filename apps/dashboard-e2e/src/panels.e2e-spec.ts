import type { BrowserContext, Locator, Page } from 'playwright-core';
import { ApiClient } from './support/api-client';
import { launchBrowser } from './support/browser';
import { readEnv, type E2eEnv } from './support/e2e-env';
import { capture, connectHeadless, ownerWithApp, settled, signIn, withPage } from './support/flows';

/**
 * Issue #19 "Panels are raw dumps": a connection's panels show what matters (titles, start and end, last edited) as
 * formatted tables that scroll inside their own box, and their forms ask before calling, keep their input and say
 * the provider's refusal in words. Against the real API and the provider sandbox.
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

const texts = async (cells: Locator): Promise<string[]> => (await cells.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());

/** Scroll sizes of a panel's table box and of the page. */
async function scrollSizes(box: Locator): Promise<{ box: number; boxClient: number; page: number; viewport: number }> {
  return box.evaluate((el) => ({
    box: el.scrollWidth,
    boxClient: el.clientWidth,
    page: document.documentElement.scrollWidth,
    viewport: document.documentElement.clientWidth,
  }));
}

/** Requests the dashboard sends to run one operation. */
function countOperationCalls(page: Page, operationId: string): { count: () => number } {
  let n = 0;
  page.on('request', (req) => {
    if (req.method() === 'POST' && req.url().endsWith(`/operations/${operationId}`)) n++;
  });
  return { count: () => n };
}

describe('connection panels', () => {
  it('show Google Calendar events and Notion pages as readable tables that scroll inside their own box', async () => {
    const { email, owner, appId } = await ownerWithApp(env, admin, 'Panels board');
    await connectHeadless(owner, appId, 'google-calendar', ['events.list', 'events.insert']);
    await connectHeadless(owner, appId, 'notion', ['search']);

    const eventTitle = `Panel review ${Date.now()}`;
    await owner.request('POST', `/api/apps/${appId}/connections/google-calendar/operations/events.insert`, {
      input: {
        calendarId: 'primary',
        body: {
          summary: eventTitle,
          location: 'Meeting room on the fourth floor, at the end of the corridor past the kitchen',
          description: 'Walk through the new panels with the team and collect what is still hard to read.',
          start: { dateTime: '2026-12-10T09:30:00Z' },
          end: { dateTime: '2026-12-10T10:15:00Z' },
        },
      },
    });

    await withPage(context, async (page) => {
      await signIn(page, env, email);
      await page.goto(`${env.baseUrl}/apps/${appId}/integrations/connections/google-calendar`);

      // The calendar comes prefilled from the spec: the events load without asking, and the form stays.
      const events = page.locator('article[data-operation="events.list"]');
      const table = events.locator('table').first();
      await table.waitFor({ timeout: 30_000 });
      expect(await events.getByLabel('Calendar id').inputValue()).toBe('primary');
      const headers = await texts(table.locator('thead th'));
      expect(headers.slice(0, 3)).toEqual(['Title', 'Start', 'End']);
      for (const noise of ['Kind', 'Id', 'Etag', 'Html link', 'I cal uid']) expect(headers).not.toContain(noise);

      // The sandbox calendar holds a dozen bookings besides ours: the list pages by 10, ours is on the second page.
      const listed = await owner.request<{ data: { items: unknown[] } }>(
        'POST',
        `/api/apps/${appId}/connections/google-calendar/operations/events.list`,
        { input: { calendarId: 'primary' } },
      );
      expect(listed.data.items.length).toBeGreaterThan(10);
      expect(await table.locator('tbody tr').count()).toBe(10);
      await events.getByRole('button', { name: 'Next page' }).click();
      const row = table.locator('tbody tr', { hasText: eventTitle });
      await row.waitFor();
      const cells = await texts(row.locator('td'));
      const start = cells[headers.indexOf('Start')];
      // A date in words, not the wire format.
      expect(start).toMatch(/2026/);
      expect(start).not.toContain('T09:30');
      expect(cells[headers.indexOf('End')]).toMatch(/2026/);
      expect(await row.locator('td').first().locator('a').getAttribute('href')).toMatch(/^https?:\/\//);
      await capture(page, 'panels-01-calendar-events');

      // Wide table, narrow window: the table's own box scrolls sideways, the page does not.
      await page.setViewportSize({ width: 600, height: 900 });
      const box = events.getByTestId('panel-table-scroll').first();
      await page.waitForFunction(() => document.documentElement.clientWidth <= 600);
      const narrow = await scrollSizes(box);
      expect(narrow.box).toBeGreaterThan(narrow.boxClient);
      expect(narrow.page).toBeLessThanOrEqual(narrow.viewport + 1);
      // The header stays in view while the rows scroll.
      expect(
        await table
          .locator('thead th')
          .first()
          .evaluate((th) => getComputedStyle(th).position),
      ).toBe('sticky');
      await capture(page, 'panels-02-calendar-events-narrow');
      await page.setViewportSize({ width: 1280, height: 800 });

      await page.goto(`${env.baseUrl}/apps/${appId}/integrations/connections/notion`);
      const search = page.locator('article[data-operation="search"]');
      const results = search.locator('table').first();
      await results.waitFor({ timeout: 30_000 });
      const searchHeaders = await texts(results.locator('thead th'));
      expect(searchHeaders.slice(0, 2)).toEqual(['Title', 'Last edited']);
      for (const noise of ['Object', 'Id', 'Properties']) expect(searchHeaders).not.toContain(noise);
      // Each row's title is the page's title property (whatever the database calls it), linking to the page.
      type NotionPage = { url: string; properties: Record<string, { type: string; title?: Array<{ plain_text: string }> }> };
      const searched = await owner.request<{ data: { results: NotionPage[] } }>('POST', `/api/apps/${appId}/connections/notion/operations/search`, {
        input: {},
      });
      const expected = searched.data.results.slice(0, 10).map((r) => ({
        title: Object.values(r.properties)
          .flatMap((prop) => (prop.type === 'title' ? (prop.title ?? []) : []))
          .map((t) => t.plain_text)
          .join(''),
        url: r.url,
      }));
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.every((e) => e.title.length > 0)).toBe(true);
      const firstCells = results.locator('tbody tr td:first-child');
      expect(await texts(firstCells)).toEqual(expected.map((e) => e.title));
      expect(await firstCells.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(expected.map((e) => e.url));
      const wide = await scrollSizes(search.getByTestId('panel-table-scroll').first());
      expect(wide.page).toBeLessThanOrEqual(wide.viewport + 1);
      await capture(page, 'panels-03-notion-search');
    });
  });

  it('ask for a required input before calling, keep it, and say the provider’s refusal in words inside the panel', async () => {
    const { email, owner, appId } = await ownerWithApp(env, admin, 'Panels forms');
    await connectHeadless(owner, appId, 'notion', ['search', 'pages.retrieve', 'pages.create']);
    // A page of our own, so the workspace has pages to look up (and an unknown id is refused, as Notion does).
    await owner.request('POST', `/api/apps/${appId}/connections/notion/operations/pages.create`, {
      input: {
        body: {
          parent: { page_id: '59833787-2cf9-4fdf-8782-e53db20768a5' },
          properties: { title: { title: [{ type: 'text', text: { content: 'Panel notes' } }] } },
        },
      },
    });

    await withPage(context, async (page) => {
      const calls = countOperationCalls(page, 'pages.retrieve');
      await signIn(page, env, email);
      await page.goto(`${env.baseUrl}/apps/${appId}/integrations/connections/notion`);
      await page.locator('article[data-operation="search"] table').first().waitFor({ timeout: 30_000 });

      // `page_id` is required and nothing fills it: the panel asks, in words, and does not call the operation.
      const retrieve = page.locator('article[data-operation="pages.retrieve"]');
      const field = retrieve.getByLabel('Page id');
      await field.waitFor();
      expect(await field.inputValue()).toBe('');
      await retrieve.getByRole('button', { name: 'Show' }).click();
      await retrieve.getByRole('alert').filter({ hasText: 'Enter Page id to show this.' }).waitFor();
      expect(calls.count()).toBe(0);
      await capture(page, 'panels-04-required-input');

      // A page that does not exist: the provider's refusal in words, inside the panel, with the form and value kept.
      const missing = '00000000-0000-4000-8000-000000000000';
      await field.fill(missing);
      await retrieve.getByRole('button', { name: 'Show' }).click();
      const refusal = retrieve.locator('.pb-error[role="alert"]');
      await refusal.waitFor({ timeout: 20_000 });
      expect(await refusal.textContent()).toMatch(/Notion .*not found/i);
      expect(calls.count()).toBe(1);
      expect(await retrieve.getByLabel('Page id').inputValue()).toBe(missing);
      await capture(page, 'panels-05-provider-refusal');
    });
  });

  it('offer the databases by title for a database id (search filtered to databases), and show the one picked', async () => {
    const { email, owner, appId } = await ownerWithApp(env, admin, 'Panels picker');
    await connectHeadless(owner, appId, 'notion', ['search', 'databases.query']);
    // What the picker lists: the same search the generated spec names (filtered to databases).
    type Listed = { id: string; properties?: Record<string, { title?: Array<{ plain_text?: string }> }> };
    const listed = await owner.request<{ data: { results: Listed[] } }>('POST', `/api/apps/${appId}/connections/notion/operations/search`, {
      input: { body: { filter: { property: 'object', value: 'database' } } },
    });
    const titled = listed.data.results
      .map((r) => ({
        id: r.id,
        title: Object.values(r.properties ?? {})
          .flatMap((p) => p.title ?? [])
          .map((t) => t.plain_text ?? '')
          .join(''),
      }))
      .filter((r) => r.title);
    expect(titled.length).toBeGreaterThan(1);
    const target = titled[titled.length - 1];
    // The sandbox's databases share one title: the picker tells them apart by id.
    const shared = titled.filter((o) => o.title === target.title).length > 1;
    const name = shared ? `${target.title} (${target.id})` : target.title;

    await withPage(context, async (page) => {
      const queried: string[] = [];
      page.on('request', (req) => {
        if (req.method() === 'POST' && req.url().endsWith('/operations/databases.query')) queried.push(req.postData() ?? '');
      });
      await signIn(page, env, email);
      await page.goto(`${env.baseUrl}/apps/${appId}/integrations/connections/notion`);
      const panel = page.locator('article[data-operation="databases.query"]');
      const picker = panel.getByRole('combobox', { name: 'Choose Database id from the list' });
      await picker.waitFor({ timeout: 30_000 });
      expect((await picker.locator('option').allTextContents()).map((t) => t.trim())).toContain(name);
      expect(queried).toEqual([]);
      await picker.selectOption({ label: name });
      const databaseId = panel.getByRole('textbox', { name: 'Database id' });
      expect(
        await settled(
          () => databaseId.inputValue(),
          (v) => v === target.id,
        ),
      ).toBe(target.id);
      await panel.getByRole('button', { name: 'Show' }).click();
      await panel.locator('table, .pb-empty, .pb-error').first().waitFor({ timeout: 20_000 });
      expect(queried).toHaveLength(1);
      expect(JSON.parse(queried[0]).input.database_id).toBe(target.id);
      await capture(page, 'panels-06-database-picked');
    });
  });
});
