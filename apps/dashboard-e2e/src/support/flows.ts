import type { BrowserContext, Page } from 'playwright-core';
import { ApiClient, uniqueEmail } from './api-client';
import { seriousA11yViolations } from './axe';
import { newPage, screenshot } from './browser';
import { E2eEnv } from './e2e-env';

/** Steps the chat and functions browser tests share (sign-in, arranging an app, the sandbox consent popup). */

export const PASSWORD = 'e2e-member-Passw0rd';

/** The seed's request that plans Slack (`../shared/seed/connectors-feature.txt`). */
export const SEED_REQUEST = 'Post a message to the #support channel when a new ticket is created';

export async function withPage(context: BrowserContext, run: (page: Page) => Promise<void>): Promise<void> {
  const page = await newPage(context);
  try {
    await run(page);
  } finally {
    await page.close();
  }
}

/**
 * Reads `read()` until `done` accepts what it gives or `timeoutMs` passes, and returns the last reading, for the test's
 * own expect to judge (and print). For page state that follows an action: the dashboard draws a change on its next
 * change detection, not within the click, and a locator's value/count/visibility reads do not wait for it.
 */
export async function settled<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

/** A screenshot under artifacts/e2e/ and no serious accessibility violations on the page. */
export async function capture(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  expect({ page: name, violations: await seriousA11yViolations(page) }).toEqual({ page: name, violations: [] });
}

export async function signIn(page: Page, env: E2eEnv, email: string): Promise<void> {
  await page.goto(`${env.baseUrl}/`);
  await page.waitForURL('**/login**');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/apps$/);
  // The router writes the address before its navigation ends; the page's heading is drawn after it has. A test that
  // acts before then can be undone by the end of that navigation (it closes the phone menu, for one).
  await page.getByRole('heading', { level: 1, name: 'Apps' }).waitFor();
}

/** A fresh owner with a fresh app, signed in through the API too (for arranging and checking server state). */
export async function ownerWithApp(env: E2eEnv, admin: ApiClient, name: string): Promise<{ email: string; owner: ApiClient; appId: string }> {
  const email = uniqueEmail('owner');
  await admin.request('POST', '/api/users', { email, name: 'Cora Chat', password: PASSWORD });
  const owner = await ApiClient.login(env.baseUrl, email, PASSWORD);
  const app = await owner.request<{ id: string }>('POST', '/api/apps', { name });
  return { email, owner, appId: app.id };
}

/** The sandbox's consent page in the popup: pick an account and approve. Returns once the popup has closed. */
export async function approveInPopup(popup: Page, account: number, shot?: string): Promise<void> {
  await popup.waitForLoadState('domcontentloaded');
  await popup.locator('[data-testid="approve"]').waitFor();
  await popup.locator(`[data-testid="account-${account}"]`).check();
  if (shot) await screenshot(popup, shot);
  const closed = popup.waitForEvent('close', { timeout: 20_000 });
  await popup.locator('[data-testid="approve"]').click();
  await closed;
}

/** Connects a tool without a browser: the sandbox approves headlessly, the API's callback does the rest. */
export async function connectHeadless(client: ApiClient, appId: string, provider: string, operations: string[]): Promise<void> {
  // shareable: the consent is completed by fetch, not by the browser that asked (which would hold the binding cookie).
  const auth = await client.request<{ authorizationUrl: string }>('POST', `/api/apps/${appId}/connections/${provider}/authorize`, {
    operations,
    shareable: true,
  });
  const consent = await fetch(`${auth.authorizationUrl}&sandbox_auto=approve&sandbox_account=1`, { redirect: 'manual' });
  const callback = consent.headers.get('location');
  expect(callback).toContain('/api/oauth/callback');
  const done = await fetch(callback ?? '', { redirect: 'manual' });
  expect(done.headers.get('location')).toContain('outcome=connected');
}

/** Types a request into the app's chat box and sends it; resolves once the answer is in the thread. */
export async function sendChat(page: Page, text: string): Promise<void> {
  const before = await page.locator('[data-testid="chat-message"][data-role="assistant"]').count();
  await page.getByLabel('Message').fill(text);
  await page.getByRole('button', { name: 'Send' }).click();
  await page.locator('[data-testid="chat-message"][data-role="assistant"]').nth(before).waitFor({ timeout: 30_000 });
}
