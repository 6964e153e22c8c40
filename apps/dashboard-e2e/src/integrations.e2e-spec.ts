import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { parse } from 'yaml';
import { ApiClient, uniqueEmail } from './support/api-client';
import { seriousA11yViolations } from './support/axe';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { E2eEnv, readEnv, SPECS_DIR } from './support/e2e-env';

interface Connection {
  provider: string;
  status: string;
  account: { id: string; label: string };
  grantedScopes: Array<{ scope: string; description: string }>;
}

interface Provider {
  id: string;
  name: string;
  configured: boolean;
  scopes: Array<{ scope: string; description: string }>;
  operations: Array<{ id: string; scopes: string[] }>;
  examplePrompts: Array<{ prompt: string; operations: string[]; permissions: Array<{ scope: string; description: string }> }>;
}

/** The spec's example value of an operation's query parameter: what a person would type into the panel's form. */
function specExample(provider: string, operationId: string, param: string): string {
  interface Schema {
    example?: unknown;
    $ref?: string;
  }
  const doc = parse(readFileSync(join(SPECS_DIR, provider, 'openapi.yaml'), 'utf8')) as {
    paths: Record<string, Record<string, { operationId?: string; parameters?: Array<{ name: string; schema?: Schema }> }>>;
    components?: { schemas?: Record<string, Schema> };
  };
  const resolve = (schema: Schema | undefined): Schema | undefined =>
    schema?.$ref ? doc.components?.schemas?.[schema.$ref.split('/').pop() ?? ''] : schema;
  for (const item of Object.values(doc.paths)) {
    for (const op of Object.values(item)) {
      if (op?.operationId !== operationId) continue;
      const example = resolve(op.parameters?.find((p) => p.name === param)?.schema)?.example;
      if (typeof example === 'string') return example;
    }
  }
  throw new Error(`no example for ${provider} ${operationId} ${param}`);
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
  await context?.close();
});

async function withPage(run: (page: Page) => Promise<void>): Promise<void> {
  const page = await newPage(context);
  try {
    await run(page);
  } finally {
    await page.close();
  }
}

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

/** An owner with a fresh app, signed in through the API too (for arranging and checking server state). */
async function ownerWithApp(name: string): Promise<{ email: string; owner: ApiClient; appId: string }> {
  const email = await createUser('owner', 'Ina Integrator');
  const owner = await ApiClient.login(env.baseUrl, email, PASSWORD);
  const app = await owner.request<{ id: string }>('POST', '/api/apps', { name });
  return { email, owner, appId: app.id };
}

/** The sandbox's consent page in the popup: pick an account and approve. Returns once the popup has closed. */
async function approveInPopup(popup: Page, account: number, shot?: string): Promise<void> {
  await popup.waitForLoadState('domcontentloaded');
  await popup.locator('[data-testid="approve"]').waitFor();
  await popup.locator(`[data-testid="account-${account}"]`).check();
  if (shot) await screenshot(popup, shot);
  const closed = popup.waitForEvent('close', { timeout: 20_000 });
  await popup.locator('[data-testid="approve"]').click();
  await closed;
}

/** Connects a tool without a browser: the sandbox approves headlessly, the API's callback does the rest. */
async function connectHeadless(client: ApiClient, appId: string, provider: string, operations: string[]): Promise<void> {
  const auth = await client.request<{ authorizationUrl: string }>('POST', `/api/apps/${appId}/connections/${provider}/authorize`, {
    operations,
    // Completed by fetch, not by the browser that asked (which would hold the binding cookie): a shareable link.
    shareable: true,
  });
  const consent = await fetch(`${auth.authorizationUrl}&sandbox_auto=approve&sandbox_account=1`, { redirect: 'manual' });
  const callback = consent.headers.get('location');
  expect(callback).toContain('/api/oauth/callback');
  const done = await fetch(callback ?? '', { redirect: 'manual' });
  expect(done.headers.get('location')).toContain('outcome=connected');
}

describe('integrations in a browser (API + provider sandbox)', () => {
  it('browses, connects Slack in a popup, views access, switches account and disconnects', async () => {
    const { owner, email, appId } = await ownerWithApp('Support desk');
    const slack = await admin.request<Provider>('GET', '/api/providers/slack');
    const prompt = slack.examplePrompts[0];

    await withPage(async (page) => {
      await signIn(page, email, PASSWORD);
      await page.goto(`${env.baseUrl}/apps/${appId}/integrations`);
      await page.waitForURL(/\/integrations\/browse$/);
      await page.locator('li[data-provider="slack"]').waitFor();
      await capture(page, '20-integrations-browse');

      // Search narrows the catalog.
      await page.getByLabel('Search tools and prompts').fill('slack');
      await page.waitForFunction(() => document.querySelectorAll('ul.catalog > li').length === 1);
      expect(await page.locator('ul.catalog > li').getAttribute('data-provider')).toBe('slack');

      // "Use" puts the prompt into the chat box (editable); the review step below is the tool's connect view.
      await page.getByRole('button', { name: `Use: ${prompt.prompt}` }).click();
      await page.waitForURL(/\/chat\?/);
      expect(await page.getByLabel('Message').inputValue()).toBe(prompt.prompt);
      await page.goto(`${env.baseUrl}/apps/${appId}/integrations/connect/slack?operations=${prompt.operations.join(',')}`);
      await page.getByRole('heading', { name: 'Action required' }).waitFor();
      await page.getByRole('heading', { name: 'Required permissions' }).waitFor();
      const listed = await page.getByTestId('required-permissions').locator('li > span').allTextContents();
      expect(listed.map((t) => t.trim()).sort()).toEqual(prompt.permissions.map((p) => p.description).sort());
      await capture(page, '21-connect-slack');

      // A marker on window proves the result arrives without a reload.
      await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
      const [popup] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Connect to Slack' }).click()]);
      await popup.locator('[data-testid="scopes"]').waitFor();
      const scopesText = (await popup.locator('[data-testid="scopes"]').textContent()) ?? '';
      for (const p of prompt.permissions) expect(scopesText).toContain(p.description);
      await approveInPopup(popup, 1, '22-sandbox-consent-popup');

      await page.getByTestId('connect-success').waitFor();
      await page.getByTestId('setup-notes').waitFor();
      expect(await page.getByTestId('setup-notes').textContent()).toContain('/invite');
      expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
      await capture(page, '23-connect-slack-success');

      const [connection] = await owner.request<Connection[]>('GET', `/api/apps/${appId}/connections`);
      expect(connection).toMatchObject({ provider: 'slack', status: 'active' });
      expect(connection.account.label).toBeTruthy();

      await page.getByRole('link', { name: 'Go to My integrations' }).click();
      await page.waitForURL(/\/integrations\/mine$/);
      const row = page.locator('li[data-provider="slack"]');
      await row.getByTestId('account-label').filter({ hasText: connection.account.label }).waitFor();
      expect(await row.getByTestId('connection-status').textContent()).toContain('Active');
      expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
      await capture(page, '24-my-integrations');
      // Phones: the list still fits without sideways scrolling.
      await page.setViewportSize({ width: 390, height: 844 });
      await capture(page, '24b-my-integrations-mobile');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.setViewportSize({ width: 1280, height: 800 });

      await page.getByRole('button', { name: 'View access of Slack' }).click();
      const dialog = page.getByRole('dialog');
      const granted = await dialog.getByTestId('granted-permissions').locator('li > span').allTextContents();
      expect(granted.map((t) => t.trim()).sort()).toEqual(connection.grantedScopes.map((g) => g.description).sort());
      await capture(page, '25-view-access');
      await dialog.getByRole('button', { name: 'Close' }).click();
      await dialog.waitFor({ state: 'detached' });

      // Keyboard: the actions menu opens with Enter, focuses its first item and gives focus back on Escape.
      const moreActions = page.getByRole('button', { name: 'More actions for Slack' });
      await moreActions.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('menuitem', { name: 'Switch account' }).waitFor();
      await page.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Switch account');
      await page.keyboard.press('Escape');
      await page.getByRole('menu').waitFor({ state: 'detached' });
      expect(await moreActions.evaluate((el) => el === document.activeElement)).toBe(true);

      // Switch account: a second consent as another sandbox account replaces the account.
      await moreActions.click();
      await capture(page, '26-more-actions');
      const [switchPopup] = await Promise.all([context.waitForEvent('page'), page.getByRole('menuitem', { name: 'Switch account' }).click()]);
      await approveInPopup(switchPopup, 2);
      await page.getByTestId('integration-outcome').filter({ hasText: 'now uses' }).waitFor();
      const [switched] = await owner.request<Connection[]>('GET', `/api/apps/${appId}/connections`);
      expect(switched.account.id).not.toBe(connection.account.id);
      expect(switched.account.label).not.toBe(connection.account.label);
      await row.getByTestId('account-label').filter({ hasText: switched.account.label }).waitFor();

      // Disconnect asks first, then the row goes away and so does the server's connection.
      await page.getByRole('button', { name: 'More actions for Slack' }).click();
      await page.getByRole('menuitem', { name: 'Disconnect' }).click();
      const confirm = page.getByRole('dialog');
      await confirm.getByText('will stop using').waitFor();
      await capture(page, '27-disconnect-confirm');
      await confirm.getByRole('button', { name: 'Disconnect' }).click();
      await row.waitFor({ state: 'detached' });
      await page.getByTestId('integrations-empty').waitFor();
      expect(await owner.request<Connection[]>('GET', `/api/apps/${appId}/connections`)).toEqual([]);
    });
  });

  it('says so in plain words when the consent is cancelled, and changes nothing', async () => {
    const { owner, email, appId } = await ownerWithApp('Cancelled');
    await withPage(async (page) => {
      await signIn(page, email, PASSWORD);
      await page.goto(`${env.baseUrl}/apps/${appId}/integrations/connect/notion`);
      const [popup] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Connect to Notion' }).click()]);
      await popup.locator('[data-testid="cancel"]').waitFor();
      const closed = popup.waitForEvent('close');
      await popup.locator('[data-testid="cancel"]').click();
      await closed;
      const error = page.getByTestId('connect-error');
      await error.waitFor();
      expect(await error.textContent()).toContain('not approved');
      expect(await owner.request<Connection[]>('GET', `/api/apps/${appId}/connections`)).toEqual([]);

      // Skip leaves the tool unconnected and says how to come back.
      await page.getByRole('button', { name: 'Skip' }).click();
      await page.getByTestId('connect-skipped').waitFor();
    });
  });

  it('connects TikTok and shows its profile stats panel with data from the provider', async () => {
    const { owner, email, appId } = await ownerWithApp('Creator dashboard');
    const tiktok = await admin.request<Provider>('GET', '/api/providers/tiktok');
    const statsPrompt = tiktok.examplePrompts.find((e) => e.operations.length === 1 && e.operations[0] === 'user.info');
    expect(statsPrompt).toBeDefined();

    await withPage(async (page) => {
      await signIn(page, email, PASSWORD);
      await page.goto(`${env.baseUrl}/apps/${appId}/integrations/browse`);
      await page.locator('li[data-provider="tiktok"]').waitFor();
      await page.goto(`${env.baseUrl}/apps/${appId}/integrations/connect/tiktok?operations=user.info`);
      const [popup] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Connect to TikTok' }).click()]);
      await approveInPopup(popup, 1);
      await page.getByTestId('connect-success').waitFor();

      await page.getByRole('link', { name: 'Manage the TikTok connection' }).click();
      await page.waitForURL(/\/integrations\/connections\/tiktok$/);
      // The operation requires `fields`, which nothing in the catalog tells the dashboard: it asks for it.
      const stats = page.locator('article[data-operation="user.info"]');
      await stats.getByTestId('panel-input').waitFor();
      await capture(page, '28-tiktok-panel-needs-input');
      await stats.getByLabel('fields').fill(specExample('tiktok', 'user.info', 'fields'));
      await stats.getByRole('button', { name: 'Show' }).click();
      await stats.getByText('Follower count').waitFor();
      // Values come from the provider (the sandbox) for the connected account, not the empty-value dash.
      const [tiktokConnection] = await owner.request<Connection[]>('GET', `/api/apps/${appId}/connections`);
      const field = (label: string) => stats.locator('.pb-field', { hasText: label }).locator('dd').first();
      expect((await field('Open id').textContent())?.trim()).toBe(tiktokConnection.account.id);
      expect((await field('Display name').textContent())?.trim()).toMatch(/\w/);

      // The prompt asked only for profile stats: the video list asks to approve just the missing permission.
      const videos = page.locator('article[data-operation="video.list"]');
      await videos.getByTestId('missing-permissions').waitFor();
      const videoScopes = tiktok.operations.find((o) => o.id === 'video.list')?.scopes ?? [];
      const describe = new Map(tiktok.scopes.map((s) => [s.scope, s.description]));
      for (const scope of videoScopes) await videos.getByText(describe.get(scope) ?? scope).waitFor();
      await capture(page, '29-tiktok-connection-panels');

      // A first attempt refused at the provider spends its consent; approving again must start afresh, no reload.
      const [refused] = await Promise.all([
        context.waitForEvent('page'),
        videos.getByRole('button', { name: 'Approve additional permissions' }).click(),
      ]);
      await refused.locator('[data-testid="cancel"]').waitFor();
      const refusedClosed = refused.waitForEvent('close');
      await refused.locator('[data-testid="cancel"]').click();
      await refusedClosed;
      await page.locator('p.error-banner[role="alert"]').waitFor();
      const [more] = await Promise.all([
        context.waitForEvent('page'),
        videos.getByRole('button', { name: 'Approve additional permissions' }).click(),
      ]);
      await approveInPopup(more, 1);
      await page.getByText('additional TikTok permissions were approved').waitFor();
      // With the permission granted the view gets past the scope check (it then asks for its `fields`).
      await videos.getByTestId('panel-input').waitFor({ timeout: 20_000 });
      await videos.getByLabel('fields').fill(specExample('tiktok', 'video.list', 'fields'));
      await videos.getByRole('button', { name: 'Show' }).click();
      await videos.locator('table').first().waitFor({ timeout: 20_000 });
      await capture(page, '29b-tiktok-after-more-permissions');
    });
  });

  it('shows a clear banner when a connection stops working, and Reconnect brings it back', async () => {
    const { owner, email, appId } = await ownerWithApp('Sales board');
    await connectHeadless(owner, appId, 'hubspot', ['pipelines.getAll']);
    // The person revokes the app at HubSpot: the next call fails, the refresh is refused → needs reconnect.
    const grants = (await (await fetch(`${env.sandboxUrl}/_sandbox/grants`)).json()) as Array<{ id: string; group: string; revoked: boolean }>;
    const hubspotGrants = grants.filter((g) => g.group === 'hubspot' && !g.revoked);
    expect(hubspotGrants.length).toBeGreaterThan(0);
    for (const g of hubspotGrants) {
      const res = await fetch(`${env.sandboxUrl}/_sandbox/grants/revoke`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ grantId: g.id }),
      });
      expect(res.ok).toBe(true);
    }
    await expect(owner.request('POST', `/api/apps/${appId}/connections/hubspot/operations/pipelines.getAll`, { input: {} })).rejects.toThrow(
      /needs_reconnect|409/,
    );
    const [broken] = await owner.request<Connection[]>('GET', `/api/apps/${appId}/connections`);
    expect(broken.status).toBe('needs_reconnect');

    await withPage(async (page) => {
      await signIn(page, email, PASSWORD);
      await page.goto(`${env.baseUrl}/apps/${appId}/integrations/mine`);
      const banner = page.locator('li[data-provider="hubspot"]').getByTestId('needs-reconnect');
      await banner.waitFor();
      expect(await banner.textContent()).toContain('needs to be reconnected');
      // The reason is said in words, not as the provider's error code.
      expect(await banner.textContent()).not.toContain('invalid_grant');
      await capture(page, '35-needs-reconnect');
      const [popup] = await Promise.all([context.waitForEvent('page'), banner.getByRole('button', { name: 'Reconnect' }).click()]);
      await approveInPopup(popup, 1);
      await page.getByTestId('integration-outcome').filter({ hasText: 'reconnected' }).waitFor();
      await banner.waitFor({ state: 'detached' });
      const [fixed] = await owner.request<Connection[]>('GET', `/api/apps/${appId}/connections`);
      expect(fixed.status).toBe('active');
    });
  });

  it('shows a viewer everything read-only: no Use, Connect, Disconnect or More actions', async () => {
    const { owner, appId } = await ownerWithApp('Read only');
    const viewerEmail = await createUser('viewer', 'Vic Viewer');
    await owner.request('POST', `/api/apps/${appId}/members`, { email: viewerEmail, role: 'viewer' });
    await connectHeadless(owner, appId, 'slack', ['chat.postMessage']);

    await withPage(async (page) => {
      await signIn(page, viewerEmail, PASSWORD);
      await page.goto(`${env.baseUrl}/apps/${appId}/integrations/browse`);
      await page.locator('li[data-provider="slack"]').waitFor();
      expect(await page.getByRole('button', { name: /^Use/ }).count()).toBe(0);
      expect(await page.getByRole('link', { name: /^Connect/ }).count()).toBe(0);
      await capture(page, '30-browse-viewer');

      await page.getByRole('tab', { name: /My integrations/ }).click();
      await page.waitForURL(/\/mine$/);
      await page.locator('li[data-provider="slack"]').waitFor();
      expect(await page.getByRole('button', { name: /More actions/ }).count()).toBe(0);
      expect(await page.getByRole('button', { name: /Reconnect|Disconnect/ }).count()).toBe(0);
      await page.getByRole('button', { name: 'View access of Slack' }).waitFor();
      await capture(page, '31-my-integrations-viewer');

      await page.goto(`${env.baseUrl}/apps/${appId}/integrations/connect/tiktok`);
      await page.getByRole('heading', { name: 'Required permissions' }).waitFor();
      expect(await page.getByRole('button', { name: /Connect to/ }).count()).toBe(0);
      await page.getByText('Only owners and editors of this app can connect tools.').waitFor();

      await page.goto(`${env.baseUrl}/apps/${appId}/integrations/connections/slack`);
      // Viewers read: the read-only operations behind the panels run for them too, with no way to change anything.
      await page.locator('article.panel').first().waitFor();
      expect(await page.getByRole('button', { name: /Disconnect|Approve/ }).count()).toBe(0);
      await capture(page, '32-connection-viewer');
    });
  });

  it('tells a builder when a tool is not configured, and lets the admin save its credentials in Settings → Providers', async () => {
    const { email, appId } = await ownerWithApp('Social');
    await withPage(async (page) => {
      await signIn(page, email, PASSWORD);
      await page.goto(`${env.baseUrl}/apps/${appId}/integrations/connect/linkedin`);
      await page.getByTestId('not-configured').waitFor();
      expect(await page.getByRole('button', { name: 'Connect to LinkedIn' }).count()).toBe(0);
      // Not an admin: no link to a settings page they cannot open.
      expect(await page.getByRole('link', { name: /Settings/ }).count()).toBe(0);
    });

    await withPage(async (page) => {
      await signIn(page, env.adminEmail, env.adminPassword);
      await page.getByRole('link', { name: 'Settings' }).click();
      await page.waitForURL(/\/settings\/providers$/);
      const group = page.locator('li[data-group="linkedin"]');
      await group.getByTestId('configured-state').filter({ hasText: 'Not configured' }).waitFor();
      // The Google tools share one client, so they are one group.
      expect(await page.locator('li[data-group="google"]').count()).toBe(1);
      await capture(page, '33-settings-providers');

      await group.getByLabel('Client ID').fill('e2e-linkedin');
      await group.getByLabel('Client secret').fill('secret-e2e-linkedin');
      await group.getByRole('button', { name: 'Save credentials' }).click();
      await group
        .getByTestId('configured-state')
        .filter({ hasText: /^\s*Configured\s*$/ })
        .waitFor();
      const linkedin = await admin.request<Provider>('GET', '/api/providers/linkedin');
      expect(linkedin.configured).toBe(true);
      await capture(page, '34-settings-providers-saved');
    });
  });
});
