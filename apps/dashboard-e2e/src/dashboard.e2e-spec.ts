import type { BrowserContext, Page } from 'playwright-core';
import { ApiClient, uniqueEmail } from './support/api-client';
import { seriousA11yViolations } from './support/axe';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { E2eEnv, readEnv } from './support/e2e-env';

interface Member {
  userId: string;
  email: string;
  role: string;
}

const PASSWORD = 'e2e-member-Passw0rd';

let env: E2eEnv;
let context: BrowserContext;
let admin: ApiClient;

beforeAll(async () => {
  env = readEnv();
  admin = await ApiClient.login(env.baseUrl, env.adminEmail, env.adminPassword);
  context = await launchBrowser(env.userDataDir);
});

afterAll(async () => {
  // Closing here is the normal path; the global teardown also kills a chromium left behind by a crash.
  await context?.close();
});

/** Every test gets its own page: the token lives in sessionStorage, so a new page is a signed-out visitor. */
async function withPage(run: (page: Page) => Promise<void>): Promise<void> {
  const page = await newPage(context);
  try {
    await run(page);
  } finally {
    await page.close();
  }
}

/** Screenshot for the artifacts and an axe check that fails the test on serious or critical problems. */
async function capture(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  expect({ page: name, violations: await seriousA11yViolations(page) }).toEqual({ page: name, violations: [] });
}

async function createUser(label: string, name: string): Promise<string> {
  const email = uniqueEmail(label);
  await admin.request('POST', '/api/users', { email, name, password: PASSWORD });
  return email;
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${env.baseUrl}/`);
  await page.waitForURL('**/login**');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/apps$/);
}

/** The role a member row shows: the select's value for owners, plain text for everyone else. */
async function roleInRow(page: Page, email: string): Promise<string> {
  const cell = page.locator(`tr[data-email="${email}"] [data-testid="member-role"]`);
  return ((await cell.textContent()) ?? '').trim();
}

async function waitForRole(page: Page, email: string, role: string): Promise<void> {
  await page.locator(`tr[data-email="${email}"] [data-testid="member-role"]`).filter({ hasText: role }).waitFor();
}

describe('dashboard in a browser', () => {
  it('serves the dashboard for deep links so reloads and OAuth redirects land in the app', async () => {
    const res = await fetch(`${env.baseUrl}/apps/some-app/members`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<app-root');
  });

  it('shows a plain-words error for a wrong password and stays on the login page', async () => {
    await withPage(async (page) => {
      await page.goto(`${env.baseUrl}/`);
      await page.waitForURL('**/login**');
      await capture(page, '01-login');

      await page.getByLabel('Email').fill(env.adminEmail);
      await page.getByLabel('Password').fill('not-the-password');
      await page.getByRole('button', { name: 'Sign in' }).click();

      const error = page.getByTestId('login-error');
      await error.waitFor();
      expect(await error.textContent()).toContain('email and password do not match');
      expect(await error.getAttribute('role')).toBe('alert');
      expect(new URL(page.url()).pathname).toBe('/login');
      await capture(page, '02-login-wrong-password');
    });
  });

  it('lets an owner create an app, add a member with a role, change the role and remove them', async () => {
    const ownerEmail = await createUser('owner', 'Olive Owner');
    const memberEmail = await createUser('member', 'Mia Member');

    await withPage(async (page) => {
      await signIn(page, ownerEmail, PASSWORD);
      expect(await page.getByTestId('signed-in-user').textContent()).toContain('Olive Owner');
      // A brand-new user belongs to no app yet: the empty state explains what to do.
      await page.getByTestId('apps-empty').waitFor();
      await capture(page, '03-apps-empty');

      await page.getByRole('button', { name: 'Create your first app' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Name').fill('Helpdesk');
      await dialog.getByLabel('Description (optional)').fill('Routes support tickets to Slack');
      await capture(page, '04-create-app-dialog');
      await dialog.getByRole('button', { name: 'Create', exact: true }).click();

      await page.waitForURL(/\/apps\/[^/]+\/overview$/);
      await page.getByRole('heading', { level: 1, name: 'Helpdesk' }).waitFor();
      expect(await page.getByTestId('my-role').textContent()).toContain('owner');
      await capture(page, '05-app-overview');
      const appId = new URL(page.url()).pathname.split('/')[2];

      await page.getByRole('tab', { name: 'Members' }).click();
      await page.waitForURL(/\/members$/);
      await waitForRole(page, ownerEmail, 'owner');

      const form = page.getByTestId('add-member-form');
      await form.getByLabel('Email').fill(memberEmail);
      await form.getByRole('combobox', { name: 'Role' }).click();
      await page.getByRole('option', { name: 'viewer' }).click();
      await form.getByRole('button', { name: 'Add member' }).click();
      await waitForRole(page, memberEmail, 'viewer');
      expect(await roleInRow(page, memberEmail)).toBe('viewer');

      // Change the role from the row's select and check the server agrees, not just the screen.
      await page.getByRole('combobox', { name: `Role of ${memberEmail}` }).click();
      await page.getByRole('option', { name: 'editor' }).click();
      await page.getByText(`${memberEmail} is now editor`).waitFor();
      await waitForRole(page, memberEmail, 'editor');
      const members = await admin.request<Member[]>('GET', `/api/apps/${appId}/members`);
      expect(members.find((m) => m.email === memberEmail)?.role).toBe('editor');
      await capture(page, '06-app-members-owner');

      // Adding the same person twice is refused, and the page says why in plain words.
      await form.getByLabel('Email').fill(memberEmail);
      await form.getByRole('button', { name: 'Add member' }).click();
      await page.getByTestId('add-member-error').waitFor();
      expect(await page.getByTestId('add-member-error').textContent()).toContain('already a member');

      await page.getByRole('button', { name: `Remove ${memberEmail}` }).click();
      const confirm = page.getByRole('dialog');
      await confirm.getByText('will lose access to Helpdesk').waitFor();
      await capture(page, '07-remove-member-confirm');
      await confirm.getByRole('button', { name: 'Remove member' }).click();
      await page.locator(`tr[data-email="${memberEmail}"]`).waitFor({ state: 'detached' });
      const after = await admin.request<Member[]>('GET', `/api/apps/${appId}/members`);
      expect(after.map((m) => m.email)).toEqual([ownerEmail]);

      // Phones: the same page must still fit and stay usable.
      await page.setViewportSize({ width: 390, height: 844 });
      await page.getByRole('button', { name: 'Add member' }).waitFor();
      await capture(page, '11-app-members-owner-mobile');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.setViewportSize({ width: 1280, height: 800 });

      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL('**/login**');
      // Signing out revokes the token on the server, not just in the tab.
      expect(await page.evaluate(() => sessionStorage.getItem('patchbay.token'))).toBeNull();
    });
  });

  it('shows a viewer the app read-only, with no controls to add, change or remove anyone', async () => {
    const ownerEmail = await createUser('owner', 'Otto Owner');
    const viewerEmail = await createUser('viewer', 'Vera Viewer');
    const owner = await ApiClient.login(env.baseUrl, ownerEmail, PASSWORD);
    const app = await owner.request<{ id: string }>('POST', '/api/apps', { name: 'Sales sync', description: 'CRM bridge' });
    await owner.request('POST', `/api/apps/${app.id}/members`, { email: viewerEmail, role: 'viewer' });

    await withPage(async (page) => {
      await signIn(page, viewerEmail, PASSWORD);
      // Only instance admins get the Users page.
      expect(await page.getByRole('link', { name: 'Users' }).count()).toBe(0);
      await page.getByRole('link', { name: 'Sales sync' }).waitFor();
      await capture(page, '08-apps-list-viewer');

      await page.getByRole('link', { name: 'Sales sync' }).click();
      await page.waitForURL(/\/overview$/);
      expect(await page.getByTestId('my-role').textContent()).toContain('viewer');
      expect(await page.getByRole('button', { name: /delete/i }).count()).toBe(0);
      expect(await page.getByRole('button', { name: /save/i }).count()).toBe(0);

      await page.getByRole('tab', { name: 'Members' }).click();
      await page.waitForURL(/\/members$/);
      await waitForRole(page, viewerEmail, 'viewer');
      expect(await roleInRow(page, ownerEmail)).toBe('owner');
      expect(await page.getByTestId('add-member-form').count()).toBe(0);
      expect(await page.getByRole('button', { name: /add|remove/i }).count()).toBe(0);
      expect(await page.getByRole('combobox').count()).toBe(0);
      await capture(page, '09-app-members-viewer');

      // When the token stops working (revoked elsewhere), the next API call lands on the login page,
      // and signing in again returns to where the user was going.
      const token = await page.evaluate(() => sessionStorage.getItem('patchbay.token'));
      await new ApiClient(env.baseUrl, token ?? undefined).request('POST', '/api/auth/logout');
      await page.getByRole('link', { name: 'All apps' }).click();
      await page.waitForURL(/\/login\?returnUrl=%2Fapps$/);
      await page.getByLabel('Email').fill(viewerEmail);
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(/\/apps$/);
      await page.getByRole('link', { name: 'Sales sync' }).waitFor();
    });
  });

  it('lets the instance admin create a user on the Users page', async () => {
    const email = uniqueEmail('new-user');
    await withPage(async (page) => {
      // Keyboard only: Tab into the form, type, submit with Enter.
      await page.goto(`${env.baseUrl}/`);
      await page.waitForURL('**/login**');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('email');
      await page.keyboard.type(env.adminEmail);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('password');
      await page.keyboard.type(env.adminPassword);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/apps$/);

      // The first Tab on a signed-in page reaches the skip link, which is then visible.
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Skip to main content' });
      expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
      expect((await skip.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);

      await page.getByRole('link', { name: 'Users' }).click();
      await page.waitForURL(/\/users$/);

      const form = page.getByTestId('create-user-form');
      await form.getByLabel('Email').fill(email);
      await form.getByLabel('Name (optional)').fill('Nina New');
      await form.getByLabel('Password').fill(PASSWORD);
      await form.getByRole('button', { name: 'Create user' }).click();
      await page.getByTestId('users-table').getByText(email).waitFor();
      await capture(page, '10-users-admin');

      // The new account works: it can sign in through the API.
      const created = await ApiClient.login(env.baseUrl, email, PASSWORD);
      const me = await created.request<{ email: string; role: string }>('GET', '/api/me');
      expect(me).toMatchObject({ email, role: 'user' });
    });
  });
});
