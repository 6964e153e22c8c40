import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiClient } from './api-client';
import { freePort, killGroup, startApi, startSandbox, waitForHealth, waitForSandbox } from './api-server';
import { ARTIFACTS_DIR, CHROMIUM, DASHBOARD_DIR, publishEnv } from './e2e-env';
import { E2E_STATE_KEY, E2eState } from './e2e-state';

/**
 * Providers whose OAuth client the setup configures (the sandbox accepts any client id whose secret is
 * `secret-<clientId>`). One per auth group is enough; the rest stay unconfigured so the "not set up" state
 * can be seen too.
 */
export const CONFIGURED_PROVIDERS = ['slack', 'tiktok', 'notion', 'hubspot', 'google-calendar'] as const;

/**
 * Starts the provider sandbox and the already-built API (which serves the built dashboard) on a free port with a fresh SQLite
 * data dir and a known first admin. Builds nothing: the Nx target's dependsOn did that.
 */
export default async function globalSetup(): Promise<void> {
  if (!existsSync(join(DASHBOARD_DIR, 'index.html'))) {
    throw new Error(`${DASHBOARD_DIR}/index.html is missing: build first (npx nx e2e dashboard-e2e builds it)`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: apt-get update && apt-get install -y chromium`);
  }
  mkdirSync(ARTIFACTS_DIR, { recursive: true });

  const workDir = mkdtempSync(join(tmpdir(), 'patchbay-e2e-'));
  const dataDir = join(workDir, 'data');
  const userDataDir = join(workDir, 'chromium-profile');
  mkdirSync(dataDir);
  mkdirSync(userDataDir);

  const sandboxPort = await freePort();
  const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
  const sandboxLog = join(ARTIFACTS_DIR, 'sandbox.log');
  const sandbox = startSandbox(sandboxPort, sandboxLog);
  try {
    await waitForSandbox(sandbox, sandboxUrl, sandboxLog);
  } catch (err) {
    if (sandbox.pid) await killGroup(sandbox.pid);
    throw err;
  }
  sandbox.unref();

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const adminEmail = 'admin@e2e.patchbay.test';
  // Generated per run: nothing secret-looking is committed, and a leaked value is useless afterwards.
  const adminPassword = `e2e-${Math.random().toString(36).slice(2)}-Pw`;
  const logFile = join(ARTIFACTS_DIR, 'api.log');

  const child = startApi({ port, dataDir, dashboardDir: DASHBOARD_DIR, adminEmail, adminPassword, logFile, sandboxUrl });
  const state: E2eState = { apiPid: child.pid ?? 0, sandboxPid: sandbox.pid ?? 0, workDir, userDataDir };
  (globalThis as Record<string, unknown>)[E2E_STATE_KEY] = state;
  try {
    await waitForHealth(child, baseUrl, logFile);
    // Through the API, as an admin would on Settings → Providers.
    const admin = await ApiClient.login(baseUrl, adminEmail, adminPassword);
    for (const provider of CONFIGURED_PROVIDERS) {
      const clientId = `e2e-${provider}`;
      await admin.request('PUT', `/api/providers/${provider}/credentials`, { clientId, clientSecret: `secret-${clientId}` });
    }
  } catch (err) {
    // Jest skips globalTeardown when globalSetup throws, so clean up here.
    if (child.pid) await killGroup(child.pid);
    if (sandbox.pid) await killGroup(sandbox.pid);
    throw err;
  }
  // Without this the open stdout/stderr pipes would keep Jest waiting; the group is killed in teardown.
  child.unref();
  publishEnv({ baseUrl, adminEmail, adminPassword, userDataDir, sandboxUrl });
}
