import type { BrowserContext, Page } from 'playwright-core';
import { ApiClient } from './support/api-client';
import { launchBrowser } from './support/browser';
import { E2eEnv, readEnv } from './support/e2e-env';
import { capture, connectHeadless, ownerWithApp, SEED_REQUEST, sendChat, signIn, withPage } from './support/flows';

interface FunctionDetail {
  id: string;
  name: string;
  code: string;
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

/** The editor's text, line by line (CodeMirror renders one `.cm-line` per line; short documents are all in the DOM). */
async function editorLines(page: Page): Promise<string[]> {
  return page.locator('[data-testid="code-editor"] .cm-line').allTextContents();
}

describe('functions in a browser (API + provider sandbox)', () => {
  it('shows the function a chat request made, edits it by prompt, refuses a bad hand edit at its line, and runs it', async () => {
    const { owner, email, appId } = await ownerWithApp(env, admin, 'Support functions');
    // Slack connected up front, so Run now can reach the sandbox.
    await connectHeadless(owner, appId, 'slack', ['chat.postMessage']);

    await withPage(context, async (page) => {
      await signIn(page, env, email);
      await page.goto(`${env.baseUrl}/apps/${appId}/chat`);
      await sendChat(page, SEED_REQUEST);

      // The chat's answer links to its function.
      const link = page.getByTestId('function-link').last();
      await link.waitFor();
      await link.click();
      await page.waitForURL(/\/code\/functions\/[^/]+$/);
      const functionId = page.url().split('/').pop() ?? '';
      await page.locator('[data-testid="code-editor"] .cm-content').waitFor();
      await page.waitForFunction(() => (document.querySelector('[data-testid="code-editor"] .cm-content')?.textContent ?? '').includes('#support'));
      const stored = await owner.request<FunctionDetail>('GET', `/api/apps/${appId}/functions/${functionId}`);
      expect((await editorLines(page)).join('\n')).toBe(stored.code);
      await capture(page, '50-function-generated');

      // The list shows it with its trigger.
      await page.getByRole('link', { name: '← Functions' }).click();
      await page.waitForURL(/\/code\/functions$/);
      const row = page.locator(`li[data-function="${functionId}"]`);
      await row.waitFor();
      expect(await row.getByTestId('last-run').textContent()).toContain('Never run');
      await capture(page, '51-functions-list');
      await row.getByRole('link').click();
      await page.waitForURL(/\/code\/functions\/[^/]+$/);
      await page.locator('[data-testid="code-editor"] .cm-content').waitFor();

      // Edit by prompt: the chat changes the code and the editor shows the change.
      await page.getByLabel('What should change?').fill('Post to #product-updates instead of #support');
      await page.getByRole('button', { name: 'Ask' }).click();
      await page.getByTestId('function-reply').waitFor({ timeout: 30_000 });
      await page.waitForFunction(
        () => (document.querySelector('[data-testid="code-editor"] .cm-content')?.textContent ?? '').includes('#product-updates'),
      );
      const edited = await owner.request<FunctionDetail>('GET', `/api/apps/${appId}/functions/${functionId}`);
      expect(edited.code).toContain('#product-updates');
      expect((await editorLines(page)).join('\n')).toBe(edited.code);
      // The change is a version with a diff.
      await page.locator('[data-testid="versions"] li').nth(1).waitFor();
      await capture(page, '52-function-edited-by-prompt');

      // A hand edit with a type error: refused, shown at its line, the stored code unchanged.
      const linesBefore = (await editorLines(page)).length;
      await page.locator('[data-testid="code-editor"] .cm-content').click();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('const broken: number = "not a number";');
      await page.keyboard.press('Escape');
      const lines = await editorLines(page);
      const badLine = lines.findIndex((l) => l.includes('const broken')) + 1;
      expect(badLine).toBeGreaterThan(linesBefore);
      await page.getByRole('button', { name: 'Save' }).click();
      const problem = page.getByTestId('type-problem').first();
      await problem.waitFor();
      expect(await problem.getAttribute('data-line')).toBe(String(badLine));
      expect(await problem.textContent()).toContain(`Line ${badLine}`);
      // Inline: the error range sits on that line of the editor.
      const marked = page.locator('[data-testid="code-editor"] .cm-line', { has: page.locator('.cm-lintRange-error') });
      await marked.first().waitFor();
      expect(await marked.first().textContent()).toContain('const broken');
      expect((await owner.request<FunctionDetail>('GET', `/api/apps/${appId}/functions/${functionId}`)).code).toBe(edited.code);
      await capture(page, '53-function-type-error');

      // Run now with an input: the run history shows it succeeded, with its logs.
      await page.getByLabel('Input (JSON)').fill('{"ticket": {"id": "T-1001", "subject": "Printer on fire"}}');
      await page.getByRole('button', { name: 'Run now' }).click();
      const run = page.getByTestId('run').first();
      await run.waitFor({ timeout: 30_000 });
      await page.waitForFunction(() => document.querySelector('[data-testid="run"]')?.getAttribute('data-status') === 'succeeded', undefined, {
        timeout: 30_000,
      });
      expect(await run.locator('.status').textContent()).toContain('Succeeded');
      const logs = run.getByTestId('run-logs');
      await logs.waitFor();
      expect(((await logs.textContent()) ?? '').trim().length).toBeGreaterThan(0);
      await capture(page, '54-function-run');

      // The list shows the last run.
      await page.getByRole('link', { name: '← Functions' }).click();
      await page.locator(`li[data-function="${functionId}"]`).getByTestId('last-run').filter({ hasText: 'Succeeded' }).waitFor();
    });
  });
});
