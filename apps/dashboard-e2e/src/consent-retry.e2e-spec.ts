import type { BrowserContext, Page } from 'playwright-core';
import { ApiClient } from './support/api-client';
import { launchBrowser } from './support/browser';
import { readEnv, type E2eEnv } from './support/e2e-env';
import { approveInPopup, capture, ownerWithApp, signIn, withPage } from './support/flows';

/**
 * Issue #18. Google lets the person untick permissions on its consent page (the sandbox's checkboxes): the dashboard
 * then says which permissions were not granted and which operations will not work, on the connect outcome and the
 * connection's page, with a button that asks again for just those. A refused or closed attempt at that can be retried
 * at once, without a reload (each click is a fresh consent). Against the real API and the provider sandbox.
 */

interface ConnectionView {
  grantedScopes: Array<{ scope: string; description: string }>;
  notGranted: Array<{ scope: string; description: string }>;
  unavailableOperations: Array<{ id: string; summary: string }>;
}
interface ProviderView {
  name: string;
  scopes: Array<{ scope: string; description: string }>;
}

const P = 'google-calendar';
const WRITE = 'https://www.googleapis.com/auth/calendar.events';
const READ = 'https://www.googleapis.com/auth/calendar.events.readonly';

let env: E2eEnv;
let context: BrowserContext;
let admin: ApiClient;
let words: Map<string, string>;

beforeAll(async () => {
  env = readEnv();
  admin = await ApiClient.login(env.baseUrl, env.adminEmail, env.adminPassword);
  context = await launchBrowser(env.userDataDir);
  const provider = await admin.request<ProviderView>('GET', `/api/providers/${P}`);
  words = new Map(provider.scopes.map((s) => [s.scope, s.description]));
});

afterAll(async () => {
  await context?.close();
});

/** The sandbox's consent page: untick `scope`, approve as account 1; returns once the popup has closed. */
async function approveWithout(popup: Page, scope: string): Promise<void> {
  await popup.waitForLoadState('domcontentloaded');
  await popup.locator('[data-testid="approve"]').waitFor();
  await popup.locator(`input[data-scope="${scope}"]`).uncheck();
  const closed = popup.waitForEvent('close', { timeout: 20_000 });
  await popup.locator('[data-testid="approve"]').click();
  await closed;
}

/** Clicks the grant box's button and returns the consent popup it opened. */
async function askAgain(page: Page): Promise<Page> {
  const [popup] = await Promise.all([
    context.waitForEvent('page'),
    page.getByTestId('grant-status').getByRole('button', { name: 'Approve additional permissions' }).click(),
  ]);
  await popup.waitForLoadState('domcontentloaded');
  await popup.locator('[data-testid="approve"]').waitFor();
  return popup;
}

describe('partial grants and retried consent', () => {
  it('a partial grant is named on the connect outcome and the connection page; asking again survives a refusal and a closed popup', async () => {
    const { email, owner, appId } = await ownerWithApp(env, admin, 'Bookings');
    await withPage(context, async (page) => {
      await signIn(page, env, email);
      await page.goto(`${env.baseUrl}/apps/${appId}/integrations/connect/${P}?operations=events.list,events.insert`);
      const [popup] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: /^Connect to Google Calendar/ }).click()]);
      // (1) The person unticks "add, change and delete events" on Google's page.
      await approveWithout(popup, WRITE);
      await page.getByTestId('connect-success').waitFor();
      const status = page.getByTestId('grant-status');
      await status.waitFor();
      expect(await status.getByTestId('not-granted').textContent()).toContain(words.get(WRITE));
      const unavailable = (await status.getByTestId('unavailable-operations').locator('li').allTextContents()).map((t) => t.trim());
      expect(unavailable).toEqual(expect.arrayContaining(['Create an event', 'Update an event', 'Delete an event']));
      expect(unavailable).not.toContain('List events');
      await capture(page, 'consent-01-partial-grant-outcome');

      let view = await owner.request<ConnectionView>('GET', `/api/apps/${appId}/connections/${P}`);
      expect(view.notGranted.map((s) => s.scope)).toEqual([WRITE]);
      expect(view.grantedScopes.map((s) => s.scope)).toContain(READ);

      // The connection's page says the same, next to its data (events can still be listed).
      await page.goto(`${env.baseUrl}/apps/${appId}/integrations/connections/${P}`);
      await status.waitFor();
      expect(await status.getByTestId('not-granted').textContent()).toContain(words.get(WRITE));
      await page.locator('article[data-operation="events.list"] table').first().waitFor({ timeout: 30_000 });
      await capture(page, 'consent-02-connection-not-granted');

      // (2) Asking again asks for just the missing permission (plus sign-in), and Cancel says so.
      const refused = await askAgain(page);
      const asked = await refused.locator('[data-testid="scopes"] code').allTextContents();
      expect(asked.filter((s) => s.startsWith('https://'))).toEqual([WRITE]);
      const refusedClosed = refused.waitForEvent('close');
      await refused.locator('[data-testid="cancel"]').click();
      await refusedClosed;
      const outcome = page.getByTestId('grant-outcome');
      await outcome.filter({ hasText: 'not approved' }).waitFor();
      expect(await outcome.getAttribute('role')).toBe('alert');
      await capture(page, 'consent-03-ask-again-refused');

      // A popup closed before finishing: said too, and nothing changed.
      const abandoned = await askAgain(page);
      await abandoned.close();
      await outcome.filter({ hasText: 'was closed before it finished' }).waitFor();
      view = await owner.request<ConnectionView>('GET', `/api/apps/${appId}/connections/${P}`);
      expect(view.notGranted.map((s) => s.scope)).toEqual([WRITE]);

      // Again, no reload: a fresh consent (the refused one was spent), approved this time.
      const granted = await askAgain(page);
      await approveInPopup(granted, 1);
      await outcome.filter({ hasText: 'additional Google Calendar permissions were approved' }).waitFor();
      await status.waitFor({ state: 'detached' });
      view = await owner.request<ConnectionView>('GET', `/api/apps/${appId}/connections/${P}`);
      expect(view.notGranted).toEqual([]);
      expect(view.unavailableOperations).toEqual([]);
      expect(view.grantedScopes.map((s) => s.scope)).toEqual(expect.arrayContaining([READ, WRITE]));
      await capture(page, 'consent-04-ask-again-approved');
    });
  });
});
