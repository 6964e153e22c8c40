import type { BrowserContext } from 'playwright-core';
import { ApiClient, uniqueEmail } from './support/api-client';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { E2eEnv, readEnv } from './support/e2e-env';
import { capture, PASSWORD, signIn } from './support/flows';

/**
 * The session as a person meets it across tabs and screens: a second tab stays signed in, signing out ends every tab,
 * a page saved for someone else is not where the next user lands, and the top bar stays one row on a phone.
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

async function newUser(name: string): Promise<string> {
  const email = uniqueEmail(name.split(' ')[0].toLowerCase());
  await admin.request('POST', '/api/users', { email, name, password: PASSWORD });
  return email;
}

describe('session across tabs', () => {
  it('a second tab stays signed in; signing out there ends the first tab too', async () => {
    const email = await newUser('Tabitha Tabs');
    const first = await newPage(context);
    const second = await newPage(context);
    try {
      await signIn(first, env, email);
      await second.goto(`${env.baseUrl}/apps`);
      await second.locator('[data-testid="signed-in-user"]').waitFor();
      expect(second.url()).toMatch(/\/apps$/);
      expect(await second.locator('[data-testid="signed-in-user"]').textContent()).toContain('Tabitha Tabs');
      await capture(second, 'session-second-tab');

      await second.getByRole('button', { name: 'Sign out' }).click();
      await second.waitForURL('**/login**');
      await first.waitForURL('**/login**');
      // The first tab's token is gone too: reloading does not bring the session back.
      await first.goto(`${env.baseUrl}/apps`);
      await first.waitForURL('**/login**');
    } finally {
      await first.close();
      await second.close();
    }
  });

  it('a return URL saved for one user is not where the next user lands', async () => {
    const [ada, bob] = [await newUser('Ada Away'), await newUser('Bob Next')];
    const page = await newPage(context);
    try {
      await signIn(page, env, ada);
      // Ada's session ends (revoked elsewhere); her next request is refused and the dashboard asks to sign in again,
      // remembering the page she was on.
      const token = await page.evaluate(() => sessionStorage.getItem('patchbay.token'));
      await fetch(`${env.baseUrl}/api/auth/logout`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
      await page.goto(`${env.baseUrl}/users`);
      await page.waitForURL('**/login**');
      await page.getByLabel('Email').fill(bob);
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(/\/apps$/);
    } finally {
      await page.close();
    }
  });
});

describe('on a phone', () => {
  it('keeps the top bar to one row and folds the navigation into a menu', async () => {
    const email = await newUser('Pia Phone');
    const page = await newPage(context);
    try {
      await page.setViewportSize({ width: 390, height: 844 });
      await signIn(page, env, email);
      const bar = page.locator('.top-bar');
      const height = (await bar.boundingBox())?.height ?? 0;
      expect(height).toBeGreaterThan(0);
      expect(height).toBeLessThanOrEqual(72);
      const toggle = page.getByRole('button', { name: 'Open menu' });
      expect(await page.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(false);
      await toggle.click();
      await page.getByRole('button', { name: 'Sign out' }).waitFor({ state: 'visible', timeout: 5_000 });
      expect(await page.getByRole('button', { name: 'Close menu' }).getAttribute('aria-expanded')).toBe('true');
      await capture(page, 'session-phone-menu');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Apps' }).click();
      await page.getByRole('button', { name: 'Open menu' }).waitFor();
      await screenshot(page, 'session-phone-closed');
    } finally {
      await page.close();
    }
  });
});
