import { readFileSync } from 'node:fs';
import { createServer, IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import { ApiClient } from './support/api-client';
import { launchBrowser } from './support/browser';
import { E2eEnv, readEnv } from './support/e2e-env';
import { capture as captureNow, ownerWithApp, signIn, withPage } from './support/flows';

/**
 * The app pages that used to exist only in Swagger: Custom APIs (custom integrations), API keys and Audit. A real
 * HTTP server on loopback plays the custom integration's API, so "Test a request" goes dashboard → Patchbay API →
 * this server and back, with the credential added by Patchbay and never shown in the page.
 */

interface SeenRequest {
  method: string;
  url: string;
  key: string | undefined;
}

interface ApiKeyRow {
  id: string;
  name: string;
  prefix: string;
}

const FIRST_KEY = `first-${Math.random().toString(36).slice(2)}-secret`;
const SECOND_KEY = `second-${Math.random().toString(36).slice(2)}-secret`;

let env: E2eEnv;
let context: BrowserContext;
let admin: ApiClient;
let server: Server;
let serverUrl: string;
const seen: SeenRequest[] = [];

/** The fake API: answers JSON, and says whether the key header carried the credential it expects now. */
function startFakeApi(): Promise<void> {
  server = createServer((req: IncomingMessage, res) => {
    const key = req.headers['x-test-key'];
    const entry: SeenRequest = { method: req.method ?? '', url: req.url ?? '', key: typeof key === 'string' ? key : undefined };
    seen.push(entry);
    res.writeHead(entry.key ? 200 : 401, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ service: 'fake-billing', method: entry.method, url: entry.url, authenticated: !!entry.key }));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve();
    }),
  );
}

beforeAll(async () => {
  env = readEnv();
  admin = await ApiClient.login(env.baseUrl, env.adminEmail, env.adminPassword);
  await startFakeApi();
  context = await launchBrowser(env.userDataDir);
});

afterAll(async () => {
  await context?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

/**
 * Screenshot and axe once finite animations are over: axe measures contrast on what is painted, and a dialog or hint
 * still fading in reads as low contrast.
 */
async function capture(page: Page, name: string): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
  );
  await captureNow(page, name);
}

async function pickOption(page: Page, combobox: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: combobox }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  // The next select opens only once this panel has gone.
  await page.getByRole('listbox').waitFor({ state: 'detached' });
}

async function expectNoSecretOnPage(page: Page, ...secrets: string[]): Promise<void> {
  const html = await page.content();
  for (const secret of secrets) expect(html.includes(secret)).toBe(false);
}

describe('custom integrations, API keys and the audit trail', () => {
  it('creates and tests a custom integration, creates and revokes an API key, then filters and exports the audit trail', async () => {
    const { email, owner, appId } = await ownerWithApp(env, admin, 'Billing sync');

    await withPage(context, async (page) => {
      await signIn(page, env, email);

      // --- Custom APIs -------------------------------------------------------------------------------------------
      await page.goto(`${env.baseUrl}/apps/${appId}/overview`);
      await page.getByRole('tab', { name: 'Custom APIs' }).click();
      await page.waitForURL(/\/custom-integrations$/);
      await page.getByTestId('custom-integrations-empty').waitFor();
      await capture(page, 'admin-01-custom-integrations-empty');

      await page.getByRole('button', { name: 'Add a custom integration' }).click();
      const form = page.getByTestId('create-integration-form');
      // Submitting empty shows what is missing, in words.
      await form.getByRole('button', { name: 'Add integration' }).click();
      await form.getByText('Enter a name, e.g. Billing API.').waitFor();
      await form.getByText('Enter the API key.').waitFor();

      await form.getByLabel('Name', { exact: true }).fill('Fake billing');
      await form.getByLabel('Base URL', { exact: true }).fill(`${serverUrl}/v1`);
      await form.getByLabel('Header name', { exact: true }).fill('X-Test-Key');
      await form.getByLabel('API key', { exact: true }).fill(FIRST_KEY);
      expect(await form.getByLabel('API key', { exact: true }).getAttribute('type')).toBe('password');
      await capture(page, 'admin-02-custom-integration-form');
      await form.getByRole('button', { name: 'Add integration' }).click();

      const item = page.locator('li.integration[data-name="Fake billing"]');
      const refused = page.getByTestId('create-integration-error');
      await item.or(refused).first().waitFor();
      // A loopback base URL needs PATCHBAY_OUTBOUND_ALLOW on the API the global setup starts; say so if it is refused.
      expect(await refused.count()).toBe(0);
      expect(await item.textContent()).toContain('API key in the X-Test-Key header');
      // Written once, never shown again: not in the page, not in what the API lists.
      await expectNoSecretOnPage(page, FIRST_KEY);
      const listed = await owner.request<unknown[]>('GET', `/api/apps/${appId}/integrations`);
      expect(JSON.stringify(listed)).not.toContain(FIRST_KEY);

      await item.getByRole('button', { name: 'Test a request to Fake billing' }).click();
      await item.getByLabel('Path', { exact: true }).fill('/invoices?status=open');
      await item.getByRole('button', { name: 'Send' }).click();
      await item.getByTestId('test-status').waitFor();
      expect(await item.getByTestId('test-status').textContent()).toContain('HTTP 200');
      const body = JSON.parse((await item.getByTestId('test-body').textContent()) ?? '{}') as Record<string, unknown>;
      expect(body).toEqual({ service: 'fake-billing', method: 'GET', url: '/v1/invoices?status=open', authenticated: true });
      // The fake API really got the credential, added by Patchbay under the base URL's path.
      expect(seen.at(-1)).toEqual({ method: 'GET', url: '/v1/invoices?status=open', key: FIRST_KEY });
      await expectNoSecretOnPage(page, FIRST_KEY);
      await capture(page, 'admin-03-custom-integration-tested');

      // Rotate: the dialog shows the current settings, never the secret; the next request carries the new key.
      await item.getByRole('button', { name: 'Rotate the credential of Fake billing' }).click();
      const dialog = page.getByRole('dialog');
      expect(await dialog.getByLabel('Header name', { exact: true }).inputValue()).toBe('X-Test-Key');
      expect(await dialog.getByLabel('API key', { exact: true }).inputValue()).toBe('');
      await dialog.getByLabel('API key', { exact: true }).fill(SECOND_KEY);
      await capture(page, 'admin-04-rotate-credential');
      await dialog.getByRole('button', { name: 'Save new credential' }).click();
      await page.getByText('New credential saved for Fake billing').waitFor();
      await dialog.waitFor({ state: 'detached' });
      // The test panel stays open; the answer given with the old credential is gone.
      expect(await item.getByTestId('test-result').count()).toBe(0);
      await item.getByLabel('Path', { exact: true }).fill('/status');
      await item.getByRole('button', { name: 'Send' }).click();
      await item.getByTestId('test-status').waitFor();
      expect(seen.at(-1)).toEqual({ method: 'GET', url: '/v1/status', key: SECOND_KEY });
      await expectNoSecretOnPage(page, FIRST_KEY, SECOND_KEY);

      // A path that leaves the base URL is refused by the API, and the page says so in words.
      await item.getByLabel('Path', { exact: true }).fill('/../other');
      await item.getByRole('button', { name: 'Send' }).click();
      await item.getByTestId('test-error').waitFor();
      expect(await item.getByTestId('test-error').textContent()).toContain("leaves the integration's base URL");

      // --- API keys ----------------------------------------------------------------------------------------------
      await page.getByRole('tab', { name: 'API keys' }).click();
      await page.waitForURL(/\/api-keys$/);
      await page.getByTestId('api-keys-empty').waitFor();
      await page.getByLabel('Key name', { exact: true }).fill('ci pipeline');
      await page.getByRole('button', { name: 'Create key' }).click();
      const reveal = page.getByTestId('new-key');
      await reveal.waitFor();
      expect(await reveal.textContent()).toContain("you won't see it again");
      const key = (await page.getByTestId('new-key-value').textContent())?.trim() ?? '';
      expect(key).toMatch(/^pbk_/);
      const keys = await owner.request<ApiKeyRow[]>('GET', `/api/apps/${appId}/api-keys`);
      expect(keys.map((k) => k.name)).toEqual(['ci pipeline']);
      expect(key.startsWith(keys[0].prefix)).toBe(true);
      await page.locator('tr[data-name="ci pipeline"]').waitFor();
      await capture(page, 'admin-05-api-key-created');

      await page.getByRole('button', { name: 'I have stored it — hide the key' }).click();
      await reveal.waitFor({ state: 'detached' });
      await page.reload();
      await page.locator('tr[data-name="ci pipeline"]').waitFor();
      // Shown once: after hiding (and after a reload) only the prefix is left.
      await expectNoSecretOnPage(page, key);
      expect(await page.locator('tr[data-name="ci pipeline"]').textContent()).toContain(`${keys[0].prefix}…`);

      await page.getByRole('button', { name: 'Revoke ci pipeline' }).click();
      const confirm = page.getByRole('dialog');
      await confirm.getByText('Revoke ci pipeline?').waitFor();
      await capture(page, 'admin-06-revoke-api-key');
      await confirm.getByRole('button', { name: 'Revoke key' }).click();
      await page.getByTestId('api-keys-empty').waitFor();
      expect(await owner.request<ApiKeyRow[]>('GET', `/api/apps/${appId}/api-keys`)).toEqual([]);

      // --- Delete the integration (with confirmation) ----------------------------------------------------------------
      await page.getByRole('tab', { name: 'Custom APIs' }).click();
      await page.getByRole('button', { name: 'Delete Fake billing' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Delete integration' }).click();
      await page.getByTestId('custom-integrations-empty').waitFor();
      expect(await owner.request<unknown[]>('GET', `/api/apps/${appId}/integrations`)).toEqual([]);

      // --- Audit trail ---------------------------------------------------------------------------------------------
      await page.getByRole('tab', { name: 'Audit' }).click();
      await page.waitForURL(/\/audit$/);
      // Calls are written by a background writer within about a second: refresh until the three test calls are in.
      const deadline = Date.now() + 15_000;
      let calls = 0;
      while (calls < 3 && Date.now() < deadline) {
        await page.getByRole('button', { name: 'Refresh' }).click();
        await page.getByTestId('audit-count').waitFor();
        calls = await page.locator('tr[data-action="operation.called"]').count();
        if (calls < 3) await page.waitForTimeout(500);
      }
      expect(calls).toBe(3);
      await capture(page, 'admin-07-audit-trail');

      await pickOption(page, 'Action', 'api_key.revoked');
      await page.getByText(/^\s*1 of \d+ events match\./).waitFor();
      expect(await page.locator('tr[data-action]').count()).toBe(1);
      expect(await page.locator('tr[data-action]').textContent()).toContain('ci pipeline');

      await pickOption(page, 'Action', 'Any action');
      await pickOption(page, 'Provider', 'Fake billing (custom)');
      // The integration's own lifecycle and the three calls made through it, newest first.
      await page.getByText(/^\s*6 of \d+ events match\./).waitFor();
      const actions = await page.locator('tr[data-action]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action')));
      expect(actions).toEqual([
        'integration.deleted',
        'operation.called',
        'operation.called',
        'integration.updated',
        'operation.called',
        'integration.created',
      ]);
      await capture(page, 'admin-08-audit-filtered');

      const download = page.waitForEvent('download');
      await page.getByTestId('export-csv').click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^audit-billing-sync-\d{4}-\d{2}-\d{2}\.csv$/);
      const csv = readFileSync((await file.path()) ?? '', 'utf8').replace(/^\uFEFF/, '');
      const lines = csv.trimEnd().split('\r\n');
      expect(lines[0]).toBe('time,actor,actor_type,actor_id,action,provider,target,details');
      expect(lines).toHaveLength(7);
      expect(lines.filter((line) => line.includes(',operation.called,'))).toHaveLength(3);
      for (const line of lines.slice(1)) {
        expect(line).toContain(`,${email},user,`);
        expect(line).toMatch(/,(integration\.\w+|operation\.called),Fake billing \(custom\),/);
      }
      expect(csv).not.toContain(FIRST_KEY);
      expect(csv).not.toContain(SECOND_KEY);

      // A time range in the future matches nothing, and there is nothing to export.
      await page.getByLabel('From', { exact: true }).fill('2999-01-01T00:00');
      await page.getByText(/^\s*0 of \d+ events match\./).waitFor();
      expect(await page.getByTestId('export-csv').isDisabled()).toBe(true);
      await page.getByRole('button', { name: 'Clear filters' }).click();
      await page.locator('tr[data-action="app.created"]').waitFor();
    });
  });
});
