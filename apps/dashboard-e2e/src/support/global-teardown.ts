import { rmSync } from 'node:fs';
import { killGroup, pidsWithArg } from './api-server';
import { E2E_STATE_KEY, E2eState } from './e2e-state';

/** Ends the API, the sandbox and any chromium left over from a crashed test file, then removes the temp dirs. */
export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>)[E2E_STATE_KEY] as E2eState | undefined;
  if (!state) return;
  // Chromium processes are recognised by the unique profile dir on their command line.
  for (const pid of pidsWithArg(state.userDataDir)) {
    if (pid !== process.pid) await killGroup(pid, 1_000);
  }
  if (state.apiPid) await killGroup(state.apiPid);
  if (state.sandboxPid) await killGroup(state.sandboxPid);
  rmSync(state.workDir, { recursive: true, force: true });
}
