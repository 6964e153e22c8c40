import { mkdirSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { loadCatalogSync } from '@patchbay/spec';
import { createSandbox, type Sandbox } from './sandbox-server';
import { getPath } from './path-utils';
import { authorizeUrl, http, makePkce, tokenCall, toSandbox } from '../test-support/sandbox-client';

/**
 * Real browser on the consent page: pick an account, untick a scope (a provider with partial grants),
 * approve, and check the code's token carries exactly the granted subset.
 */
jest.setTimeout(60_000);

const REPO = join(__dirname, '../../../..');
const catalog = loadCatalogSync(join(REPO, 'specs'));
const partial = catalog.providers.find((p) => p.oauth.partialGrant && p.scopes.length >= 2);
const REDIRECT = 'http://127.0.0.1:9/consent-callback';
let sandbox: Sandbox;
let context: BrowserContext;
let userDataDir: string;

beforeAll(async () => {
  sandbox = createSandbox({ catalog });
  await sandbox.listen(0);
  userDataDir = mkdtempSync(join(tmpdir(), 'sandbox-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

afterAll(async () => {
  await context?.close();
  await sandbox?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

(partial ? it : it.skip)('unticks a scope, approves as account 2 and gets a code for exactly the granted subset', async () => {
  const p = partial as NonNullable<typeof partial>;
  const o = p.oauth;
  const base = sandbox.url();
  const extra = p.scopes
    .map((s) => s.scope)
    .filter((s) => !o.defaultScopes.includes(s))
    .slice(0, 2);
  const requested = [...o.defaultScopes, ...extra];
  const dropped = extra[1];
  const pkce = o.pkce !== 'unsupported' ? makePkce(o.pkceEncoding) : undefined;
  const url = authorizeUrl(base, p, { clientId: 'browser-client', redirectUri: REDIRECT, scopes: requested, pkce, state: 'browser-state' }).replace(
    /&sandbox_auto=approve/,
    '',
  );

  const page = await context.newPage();
  let callback: string | undefined;
  await page.route(`${REDIRECT}**`, async (route) => {
    callback = route.request().url();
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<p>callback received</p>' });
  });
  await page.goto(url);
  await expectCount(page.locator('input[name="sandbox_account"]'), 3);
  for (const s of requested) await expectCount(page.locator(`[data-scope="${s}"]`), 1);
  await expectCount(page.getByText(p.scopes.find((s) => s.scope === dropped)?.description as string), 1);
  await page.check('[data-testid="account-2"]');
  await page.uncheck(`[data-scope="${dropped}"]`);
  mkdirSync(join(REPO, 'artifacts/sandbox'), { recursive: true });
  await page.screenshot({ path: join(REPO, 'artifacts/sandbox/consent.png'), fullPage: true });
  await page.click('[data-testid="approve"]');
  await page.waitForURL(`${REDIRECT}**`);
  expect(existsSync(join(REPO, 'artifacts/sandbox/consent.png'))).toBe(true);

  const cb = new URL(callback as string).searchParams;
  expect(cb.get('state')).toBe('browser-state');
  const params: Record<string, string> = {
    grant_type: 'authorization_code',
    code: cb.get('code') as string,
    redirect_uri: REDIRECT,
    ...o.tokenParams,
  };
  if (pkce) params['code_verifier'] = pkce.verifier;
  const token = await tokenCall(base, p, params, { clientId: 'browser-client', clientSecret: 'secret-browser-client' });
  expect(token.status).toBe(200);
  const granted = String(getPath(token.json, o.tokenResponse.scope)).split(o.tokenResponse.scopeSeparator || o.scopeSeparator);
  expect(granted.sort()).toEqual(requested.filter((s) => s !== dropped).sort());

  // The chosen account (2) is the one the token belongs to.
  const grants = (await http(`${base}/_sandbox/grants`)).json as Array<{ account: { index: number }; clientId: string }>;
  expect(grants.find((g) => g.clientId === 'browser-client')?.account.index).toBe(2);
  if (p.identity.source === 'request' && p.identity.request) {
    const me = await http(toSandbox(base, p.identity.request.url), {
      method: p.identity.request.method,
      headers: { authorization: `Bearer ${getPath(token.json, o.tokenResponse.accessToken)}` },
    });
    expect(me.status).toBe(200);
  }
});

(partial ? it : it.skip)('Cancel in the browser redirects with access_denied', async () => {
  const p = partial as NonNullable<typeof partial>;
  const pkce = p.oauth.pkce !== 'unsupported' ? makePkce(p.oauth.pkceEncoding) : undefined;
  const url = authorizeUrl(sandbox.url(), p, {
    clientId: 'browser-client',
    redirectUri: REDIRECT,
    scopes: p.oauth.defaultScopes.length ? p.oauth.defaultScopes : [p.scopes[0].scope],
    pkce,
    state: 'cancel-state',
  }).replace(/&sandbox_auto=approve/, '');
  const page = await context.newPage();
  await page.route(`${REDIRECT}**`, (route) => route.fulfill({ status: 200, body: 'cancelled' }));
  await page.goto(url);
  await page.click('[data-testid="cancel"]');
  await page.waitForURL(`${REDIRECT}**`);
  const cb = new URL(page.url()).searchParams;
  expect(cb.get('error')).toBe('access_denied');
  expect(cb.get('state')).toBe('cancel-state');
});

/** Waits (up to 5 s) for a locator to match n elements; only playwright-core is installed, not @playwright/test. */
async function expectCount(locator: { count(): Promise<number> }, n: number): Promise<void> {
  const deadline = Date.now() + 5000;
  let count = await locator.count();
  while (count !== n && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    count = await locator.count();
  }
  expect(count).toBe(n);
}
