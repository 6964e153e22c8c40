import type { BrowserContext } from 'playwright-core';
import { ApiClient } from './support/api-client';
import { launchBrowser } from './support/browser';
import { E2eEnv, readEnv } from './support/e2e-env';
import { approveInPopup, capture, ownerWithApp, SEED_REQUEST, sendChat, signIn, withPage } from './support/flows';

interface Connection {
  provider: string;
  status: string;
  grantedScopes: Array<{ scope: string; description: string }>;
}

interface ChatAnswer {
  reply: string;
  plan: { connectors: Array<{ id: string; status: string }>; trigger: { type: string; event?: string } };
  actionRequired: Array<{ provider: string; permissions: Array<{ scope: string; description: string }>; connectUrl?: string }>;
}

interface Provider {
  examplePrompts: Array<{ prompt: string }>;
}

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

describe('chat in a browser (API + provider sandbox)', () => {
  it('plans the seed request, asks for Slack in an Action required card, and connects it in the consent popup', async () => {
    const { owner, email, appId } = await ownerWithApp(env, admin, 'Support chat');

    await withPage(context, async (page) => {
      await signIn(page, env, email);
      await page.goto(`${env.baseUrl}/apps/${appId}/overview`);
      await page.getByRole('tab', { name: 'Chat' }).click();
      await page.waitForURL(/\/chat$/);
      await sendChat(page, SEED_REQUEST);

      // The plan in words: the tool, its step with the channel, and the trigger.
      const plan = page.getByTestId('plan-card').last();
      await plan.waitFor();
      expect(await plan.locator('li[data-provider="slack"]').getByTestId('tool-status').textContent()).toContain('Not connected');
      expect(await plan.getByTestId('plan-operations').textContent()).toContain('#support');
      expect((await plan.getByTestId('plan-trigger').textContent())?.trim()).toBeTruthy();

      // The card lists the permissions the plan needs, in the words the API gave.
      const card = page.locator('[data-testid="action-card"][data-provider="slack"]').last();
      await card.getByRole('heading', { name: 'Action required' }).waitFor();
      await card.getByRole('heading', { name: 'Required permissions' }).waitFor();
      const listed = (await card.getByTestId('required-permissions').locator('li > span').allTextContents()).map((t) => t.trim());
      expect(listed.length).toBeGreaterThan(0);
      expect(listed.every((t) => t.length > 0)).toBe(true);
      await capture(page, '40-chat-action-required');

      await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
      const [popup] = await Promise.all([context.waitForEvent('page'), card.getByRole('button', { name: 'Connect to Slack' }).click()]);
      await popup.locator('[data-testid="scopes"]').waitFor();
      const scopesText = (await popup.locator('[data-testid="scopes"]').textContent()) ?? '';
      for (const description of listed) expect(scopesText).toContain(description);
      await approveInPopup(popup, 1, '41-chat-consent-popup');

      await card.getByTestId('action-connected').waitFor();
      expect(await card.getByTestId('action-connected').textContent()).toContain('Slack is connected');
      await page.waitForFunction(() =>
        Array.from(document.querySelectorAll('[data-testid="plan-card"] li[data-provider="slack"] [data-testid="tool-status"]')).some(
          (el) => el.textContent?.trim() === 'Connected',
        ),
      );
      expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
      await capture(page, '42-chat-connected');

      const connections = await owner.request<Connection[]>('GET', `/api/apps/${appId}/connections`);
      expect(connections.map((c) => [c.provider, c.status])).toEqual([['slack', 'active']]);

      // A reload shows the stored thread, and the card stays connected.
      await page.reload();
      await page.locator('[data-testid="action-card"][data-provider="slack"]').last().getByTestId('action-connected').waitFor();
    });
  });

  it('Skip dismisses the card and connects nothing; Browse → Use puts a prompt into the chat box, editable', async () => {
    const { owner, email, appId } = await ownerWithApp(env, admin, 'Skipped chat');
    const slack = await admin.request<Provider>('GET', '/api/providers/slack');
    const example = slack.examplePrompts[0].prompt;

    await withPage(context, async (page) => {
      await signIn(page, env, email);
      await page.goto(`${env.baseUrl}/apps/${appId}/chat`);
      await sendChat(page, SEED_REQUEST);
      const card = page.locator('[data-testid="action-card"][data-provider="slack"]').last();
      await card.getByRole('button', { name: 'Skip' }).click();
      await card.getByTestId('action-skipped').waitFor();
      expect(await card.getByRole('button', { name: 'Connect to Slack' }).count()).toBe(0);
      expect(await owner.request<Connection[]>('GET', `/api/apps/${appId}/connections`)).toEqual([]);
      await capture(page, '43-chat-skipped');

      // The API agrees: the same request still needs Slack.
      const again = await owner.request<ChatAnswer>('POST', `/api/apps/${appId}/chat`, { message: SEED_REQUEST });
      expect(again.plan.connectors.find((c) => c.id === 'slack')?.status).toBe('not_connected');
      expect(again.actionRequired.map((a) => a.provider)).toContain('slack');

      // Browse → Use: the example prompt lands in the chat box, where it can be changed before sending.
      await page.goto(`${env.baseUrl}/apps/${appId}/integrations/browse`);
      await page.getByRole('button', { name: `Use: ${example}` }).click();
      await page.waitForURL(/\/chat\?/);
      const box = page.getByLabel('Message');
      expect(await box.inputValue()).toBe(example);
      await box.fill(`${example} every morning`);
      expect(await box.inputValue()).toBe(`${example} every morning`);

      // Clicking the prompt itself does the same.
      await page.goto(`${env.baseUrl}/apps/${appId}/integrations/browse`);
      await page.locator('li[data-provider="slack"]').getByRole('button', { name: example, exact: true }).click();
      await page.waitForURL(/\/chat\?/);
      expect(await page.getByLabel('Message').inputValue()).toBe(example);
    });
  });
});
