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

/** A plan as the chat makes it for the seed request (the planner's contract, libs/planner). */
const SLACK_PLAN = {
  kind: 'plan',
  reply: '',
  providers: ['slack'],
  operations: [
    {
      provider: 'slack',
      operationId: 'chat.postMessage',
      params: { 'body.channel': '#support', 'body.text': 'A new ticket was created' },
      why: 'post a message',
      readOnly: false,
      requiredScopes: ['chat:write'],
    },
  ],
  trigger: { type: 'event', event: 'ticket.created', description: 'When the app sends ticket.created' },
  functionName: 'post-to-support',
};

async function waitForEditorText(page: Page, text: string): Promise<void> {
  await page.waitForFunction((t) => (document.querySelector('[data-testid="code-editor"] .cm-content')?.textContent ?? '').includes(t), text);
}

async function typeAtEnd(page: Page, text: string): Promise<void> {
  await page.locator('[data-testid="code-editor"] .cm-content').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
}

describe('functions in a browser (API + provider sandbox)', () => {
  it('lists a function, refuses a bad hand edit at its line, saves a good one as a version, restores, and runs it', async () => {
    const { owner, email, appId } = await ownerWithApp(env, admin, 'Functions by hand');
    await connectHeadless(owner, appId, 'slack', ['chat.postMessage']);
    const created = await owner.request<FunctionDetail>('POST', `/api/apps/${appId}/functions`, { plan: SLACK_PLAN });

    await withPage(context, async (page) => {
      await signIn(page, env, email);
      await page.goto(`${env.baseUrl}/apps/${appId}/overview`);
      await page.getByRole('tab', { name: 'Code' }).click();
      await page.waitForURL(/\/code\/functions$/);
      const row = page.locator(`li[data-function="${created.id}"]`);
      await row.waitFor();
      expect(await row.textContent()).toContain('ticket.created');
      expect(await row.getByTestId('last-run').textContent()).toContain('Never run');
      await row.getByRole('link', { name: created.name }).click();
      await page.waitForURL(new RegExp(`/code/functions/${created.id}$`));
      await waitForEditorText(page, '#support');
      expect((await editorLines(page)).join('\n')).toBe(created.code);

      // A type error: refused with the compiler's line, marked inline on that line; nothing stored.
      await typeAtEnd(page, 'const broken: number = "not a number";');
      const badLine = (await editorLines(page)).findIndex((l) => l.includes('const broken')) + 1;
      await page.getByRole('button', { name: 'Save' }).click();
      const problem = page.getByTestId('type-problem').first();
      await problem.waitFor();
      expect(await problem.getAttribute('data-line')).toBe(String(badLine));
      const marked = page.locator('[data-testid="code-editor"] .cm-line', { has: page.locator('.cm-lintRange-error') });
      await marked.first().waitFor();
      expect(await marked.first().textContent()).toContain('const broken');
      expect((await owner.request<FunctionDetail>('GET', `/api/apps/${appId}/functions/${created.id}`)).code).toBe(created.code);
      await capture(page, '55-function-hand-edit-type-error');

      // Undo the bad line, add a comment instead: it type-checks and becomes version 2 with its diff.
      await page.locator('[data-testid="code-editor"] .cm-content').click();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Shift+Home');
      await page.keyboard.type('// checked by hand');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByTestId('save-note').waitFor();
      expect(await page.getByTestId('type-problem').count()).toBe(0);
      const saved = await owner.request<FunctionDetail>('GET', `/api/apps/${appId}/functions/${created.id}`);
      expect(saved.code).toContain('// checked by hand');
      const v2 = page.locator('[data-testid="versions"] li[data-version="2"]');
      await v2.waitFor();
      await v2.locator('summary').click();
      expect(await v2.locator('.diff .add').allTextContents()).toContainEqual(expect.stringContaining('// checked by hand'));
      await capture(page, '56-function-versions');

      // Restore version 1: the editor shows the old code, which is now version 3.
      await page.getByRole('button', { name: 'Restore version 1' }).click();
      await page.locator('[data-testid="versions"] li[data-version="3"]').waitFor();
      await page.waitForFunction(
        () => !(document.querySelector('[data-testid="code-editor"] .cm-content')?.textContent ?? '').includes('checked by hand'),
      );
      expect((await editorLines(page)).join('\n')).toBe(created.code);

      // Run now: succeeded, with its logs.
      await page.getByLabel('Input (JSON)').fill('{"ticket": {"id": "T-1"}}');
      await page.getByRole('button', { name: 'Run now' }).click();
      const run = page.getByTestId('run').first();
      await run.waitFor({ timeout: 30_000 });
      expect(await run.getAttribute('data-status')).toBe('succeeded');
      expect(((await run.getByTestId('run-logs').textContent()) ?? '').trim()).not.toBe('');
      await capture(page, '57-function-run-history');
    });
  });

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
      await page.getByLabel('What should change?').fill('Use #product-updates instead');
      await page.getByRole('button', { name: 'Ask' }).click();
      await page.getByTestId('function-reply').waitFor({ timeout: 30_000 });
      await page.waitForFunction(() =>
        (document.querySelector('[data-testid="code-editor"] .cm-content')?.textContent ?? '').includes('#product-updates'),
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
