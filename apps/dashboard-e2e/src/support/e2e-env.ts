import { join, resolve } from 'node:path';

/** Repository root (this file lives in apps/dashboard-e2e/src/support). */
export const REPO_ROOT = resolve(__dirname, '../../../..');
export const API_MAIN = join(REPO_ROOT, 'dist/apps/api/main.js');
export const SANDBOX_MAIN = join(REPO_ROOT, 'dist/apps/sandbox/main.js');
export const SPECS_DIR = join(REPO_ROOT, 'specs');
export const DASHBOARD_DIR = join(REPO_ROOT, 'dist/apps/dashboard/browser');
export const ARTIFACTS_DIR = join(REPO_ROOT, 'artifacts/e2e');
export const CHROMIUM = process.env['PATCHBAY_E2E_CHROMIUM'] ?? '/usr/bin/chromium';

/** Values the global setup hands to the test files through the environment (the only channel Jest offers). */
export interface E2eEnv {
  baseUrl: string;
  adminEmail: string;
  adminPassword: string;
  userDataDir: string;
  /** The provider sandbox every provider URL is rewritten to. */
  sandboxUrl: string;
}

const KEYS = {
  baseUrl: 'PATCHBAY_E2E_BASE_URL',
  adminEmail: 'PATCHBAY_E2E_ADMIN_EMAIL',
  adminPassword: 'PATCHBAY_E2E_ADMIN_PASSWORD',
  userDataDir: 'PATCHBAY_E2E_USER_DATA_DIR',
  sandboxUrl: 'PATCHBAY_E2E_SANDBOX_URL',
} as const satisfies Record<keyof E2eEnv, string>;

export function publishEnv(env: E2eEnv): void {
  for (const key of Object.keys(KEYS) as (keyof E2eEnv)[]) process.env[KEYS[key]] = env[key];
}

export function readEnv(): E2eEnv {
  const read = (key: keyof E2eEnv): string => {
    const value = process.env[KEYS[key]];
    if (!value) throw new Error(`${KEYS[key]} is not set: run the browser tests with \`npx nx e2e dashboard-e2e\``);
    return value;
  };
  return {
    baseUrl: read('baseUrl'),
    adminEmail: read('adminEmail'),
    adminPassword: read('adminPassword'),
    userDataDir: read('userDataDir'),
    sandboxUrl: read('sandboxUrl'),
  };
}
