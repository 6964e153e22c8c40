/** Key under which the global setup leaves what the global teardown must clean up (same process, same global). */
export const E2E_STATE_KEY = '__patchbayE2eState';

export interface E2eState {
  apiPid: number;
  sandboxPid: number;
  /** Temp dir holding the SQLite data dir and the chromium profile; removed at the end. */
  workDir: string;
  userDataDir: string;
}
