import { BrowserContext, chromium, Page } from 'playwright-core';
import { join } from 'node:path';
import { ARTIFACTS_DIR, CHROMIUM } from './e2e-env';

/** Flags that work with Debian's chromium on these machines (docs: TOOLCHAIN.md, pitfall 10). */
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * One chromium per test file on the fresh profile dir made by the global setup. Playwright only accepts a
 * profile dir through launchPersistentContext; isolation between users still holds because the dashboard
 * keeps its token in sessionStorage, which is per page: every new page starts signed out.
 */
export function launchBrowser(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 800 },
    // axe-core is injected as a script; a strict Content-Security-Policy from the API must not block it.
    bypassCSP: true,
  });
}

/** Opens a new page that fails fast instead of waiting the default 30 s on a missing element. */
export async function newPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** Saves a full-page screenshot under artifacts/e2e/ (kept by CI, ignored by git). */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), fullPage: true, animations: 'disabled' });
}
