import type { BrowserContext } from 'playwright-core';
import { ApiClient } from './support/api-client';
import { launchBrowser } from './support/browser';
import { E2eEnv, readEnv } from './support/e2e-env';
import { capture, ownerWithApp, signIn, withPage } from './support/flows';

/** The catalog's tools and whether simple-icons (as pinned) still has their logo (#19). */
const TOOLS: Array<[id: string, name: string, logo: boolean]> = [
  ['google-calendar', 'Google Calendar', true],
  ['google-drive', 'Google Drive', true],
  ['google-docs', 'Google Docs', true],
  ['google-sheets', 'Google Sheets', true],
  ['google-slides', 'Google Slides', true],
  ['slack', 'Slack', false],
  ['notion', 'Notion', true],
  ['salesforce', 'Salesforce', false],
  ['hubspot', 'HubSpot', true],
  ['linkedin', 'LinkedIn', false],
  ['tiktok', 'TikTok', true],
];

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

describe('tool logos on Browse', () => {
  it('shows each tool with its logo (an image named after it) or initials no other tool has', async () => {
    const { email, appId } = await ownerWithApp(env, admin, 'Logo check');
    await withPage(context, async (page) => {
      await signIn(page, env, email);
      await page.goto(`${env.baseUrl}/apps/${appId}/integrations/browse`);
      for (const [id] of TOOLS) await page.locator(`li[data-provider="${id}"]`).waitFor();

      const initials: string[] = [];
      for (const [id, name, logo] of TOOLS) {
        const avatar = page.locator(`li[data-provider="${id}"] app-provider-avatar`);
        if (logo) {
          const img = avatar.getByRole('img', { name, exact: true });
          expect({ id, src: (await img.getAttribute('src'))?.slice(0, 26) }).toEqual({ id, src: 'data:image/svg+xml;base64,' });
          // The SVG really loaded and drew something (a broken image has no natural size).
          expect(await img.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0)).toBe(true);
        } else {
          const disc = avatar.getByRole('img', { name, exact: true });
          expect(await disc.evaluate((el) => el.tagName)).toBe('SPAN');
          initials.push(((await disc.textContent()) ?? '').trim());
        }
      }
      expect(initials).toEqual(['Sl', 'Sa', 'LI']);
      expect(new Set(initials).size).toBe(initials.length);
      await capture(page, '90-browse-logos');
    });
  });
});
