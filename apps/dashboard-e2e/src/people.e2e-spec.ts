import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { ApiClient, uniqueEmail } from './support/api-client';
import { launchBrowser, newPage } from './support/browser';
import { E2eEnv, readEnv } from './support/e2e-env';
import { capture as captureNow } from './support/flows';

/**
 * Issue 19 (people), as an admin and an invited person meet it: the admin invites someone to an app and copies the
 * link; the invitee opens it in a browser of their own, sets a name and password and lands signed in on the app; the
 * admin disables them and their next request is refused. axe on the members, accept and users pages.
 */
let env: E2eEnv;
let context: BrowserContext;
let admin: ApiClient;
let inviteeDir: string;
let inviteeContext: BrowserContext | undefined;

beforeAll(async () => {
  env = readEnv();
  admin = await ApiClient.login(env.baseUrl, env.adminEmail, env.adminPassword);
  context = await launchBrowser(env.userDataDir);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.baseUrl });
  inviteeDir = mkdtempSync(join(tmpdir(), 'patchbay-e2e-invitee-'));
});

afterAll(async () => {
  await inviteeContext?.close();
  await context?.close();
  if (inviteeDir) rmSync(inviteeDir, { recursive: true, force: true });
});

/** Screenshot and axe once animations (a dialog or a snack bar fading in) are over: axe reads painted contrast. */
async function capture(page: Page, name: string): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
  );
  await captureNow(page, name);
}

async function signInAsAdmin(page: Page): Promise<void> {
  await page.goto(`${env.baseUrl}/login`);
  await page.getByLabel('Email').fill(env.adminEmail);
  await page.getByLabel('Password').fill(env.adminPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/apps$/);
}

describe('people: invite, accept, disable', () => {
  it('an admin invites someone to an app; they accept in a fresh browser, land signed in, and are refused once disabled', async () => {
    const app = await admin.request<{ id: string; name: string }>('POST', '/api/apps', { name: 'People desk' });
    const email = uniqueEmail('invitee');
    const page = await newPage(context);
    try {
      await signInAsAdmin(page);
      await page.goto(`${env.baseUrl}/apps/${app.id}/members`);
      await page.getByRole('heading', { name: 'Invite someone' }).waitFor();
      await capture(page, 'people-members');

      await page.getByLabel('Email to invite').fill(email);
      await page.getByRole('button', { name: 'Create invitation' }).click();
      const linkInput = page.locator('[data-testid="invite-link"]');
      await linkInput.waitFor();
      const link = await linkInput.inputValue();
      expect(link).toMatch(new RegExp(`^${env.baseUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/invite/pbi_[A-Za-z0-9_-]{43}$`));
      await page.getByRole('button', { name: 'Copy link' }).click();
      await page.getByRole('button', { name: 'Copied' }).waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
      // Pending, without its link.
      await page.locator(`[data-testid="invitations-table"] tr[data-email="${email}"]`).waitFor();
      await capture(page, 'people-members-invited');

      // The invitee: a browser of their own (another profile), nobody signed in.
      inviteeContext = await launchBrowser(inviteeDir);
      const invitee = await newPage(inviteeContext);
      await invitee.goto(link);
      await invitee.locator('[data-testid="invitation-summary"]').waitFor();
      expect(await invitee.locator('[data-testid="invitation-summary"]').textContent()).toContain('People desk');
      await capture(invitee, 'people-accept');
      await invitee.getByLabel('Your name').fill('Ivy Invitee');
      await invitee.getByLabel('Choose a password').fill('ivy-Passw0rd-e2e');
      await invitee.getByRole('button', { name: 'Create account' }).click();
      await invitee.waitForURL(new RegExp(`/apps/${app.id}`));
      await invitee.locator('[data-testid="signed-in-user"]').waitFor();
      expect(await invitee.locator('[data-testid="signed-in-user"]').textContent()).toContain('Ivy Invitee');
      await capture(invitee, 'people-accepted-app');

      // The link worked once.
      const again = await fetch(`${env.baseUrl}/api/invitations/${link.split('/invite/')[1]}`);
      expect(again.status).toBe(410);

      // The admin disables them on the Users page.
      await page.goto(`${env.baseUrl}/users`);
      const row = page.locator(`[data-testid="users-table"] tr[data-email="${email}"]`);
      await row.waitFor();
      await capture(page, 'people-users');
      await page.getByRole('button', { name: `Disable ${email}` }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Disable user' }).click();
      await row.locator('[data-testid="user-status"]', { hasText: 'Disabled' }).waitFor();

      // Their next request is refused: the app reloads, its session check fails and they are at the sign-in page.
      const token = await invitee.evaluate(() => sessionStorage.getItem('patchbay.token'));
      expect((await fetch(`${env.baseUrl}/api/me`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(401);
      await invitee.reload();
      await invitee.getByRole('button', { name: 'Sign in' }).waitFor();
      expect(new URL(invitee.url()).pathname).toBe('/login');
      // Signing in again is refused too.
      await invitee.getByLabel('Email').fill(email);
      await invitee.getByLabel('Password').fill('ivy-Passw0rd-e2e');
      await invitee.getByRole('button', { name: 'Sign in' }).click();
      await invitee.locator('[data-testid="login-error"]').waitFor();
      await invitee.close();
    } finally {
      await page.close();
    }
  });

  it('the account page changes the password of whoever is signed in', async () => {
    const email = uniqueEmail('changer');
    await admin.request('POST', '/api/users', { email, name: 'Cher Changer', password: 'old-Passw0rd-e2e' });
    const page = await newPage(context);
    try {
      await page.goto(`${env.baseUrl}/login`);
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill('old-Passw0rd-e2e');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(/\/apps$/);
      await page.getByRole('link', { name: 'Account' }).click();
      await page.getByLabel('Current password').fill('old-Passw0rd-e2e');
      await page.getByLabel('New password').fill('new-Passw0rd-e2e');
      await page.getByRole('button', { name: 'Change password' }).click();
      await page.getByText('Password changed').waitFor();
      await capture(page, 'people-account');
      await ApiClient.login(env.baseUrl, email, 'new-Passw0rd-e2e');
    } finally {
      await page.close();
    }
  });
});
