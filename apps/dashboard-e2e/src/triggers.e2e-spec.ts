import type { BrowserContext, Page } from 'playwright-core';
import { ApiClient } from './support/api-client';
import { launchBrowser } from './support/browser';
import { E2eEnv, readEnv } from './support/e2e-env';
import { capture, ownerWithApp, settled, signIn, withPage } from './support/flows';

/** The fields of a function this test reads back from the API (issue #16: triggers). */
interface FunctionView {
  id: string;
  name: string;
  enabled: boolean;
  triggerText?: string;
  nextRunAt?: string | null;
}

interface RunView {
  id: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  trigger: { kind: string };
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

/** Runs every day at 18:00 Paris time; no connector, so nothing but the schedule decides whether it runs. */
const SCHEDULE_CODE = `import { defineFunction } from '@patchbay/functions-sdk';

export default defineFunction({
  name: 'evening-digest',
  trigger: { type: 'schedule', cron: '0 18 * * *', timezone: 'Europe/Paris' },
  run: async (ctx) => {
    ctx.log('digest for', ctx.event.scheduledAt);
    return { scheduledAt: ctx.event.scheduledAt };
  },
});
`;

/** Started by ticket.created; fails when the event asks it to, so the history holds both statuses. */
const EVENT_CODE = `import { defineFunction } from '@patchbay/functions-sdk';

export default defineFunction({
  name: 'ticket-triage',
  trigger: { type: 'event', event: 'ticket.created' },
  run: async (ctx) => {
    ctx.log('triaging', ctx.input['id']);
    if (ctx.input['fail'] === true) throw new Error('asked to fail');
    return { triaged: ctx.input['id'] ?? null };
  },
});
`;

/** Reads the run through the API until it has ended (event runs are queued, then carried out). */
async function finished(client: ApiClient, appId: string, functionId: string, runId: string): Promise<RunView> {
  const until = Date.now() + 45_000;
  for (;;) {
    const run = await client.request<RunView>('GET', `/api/apps/${appId}/functions/${functionId}/runs/${runId}`);
    if (run.status === 'succeeded' || run.status === 'failed') return run;
    if (Date.now() > until) throw new Error(`run ${runId} still ${run.status}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** Posts an event as the app would and returns the one run it started for this function, once ended. */
async function postEvent(client: ApiClient, appId: string, functionId: string, data: Record<string, unknown>): Promise<RunView> {
  const answer = await client.request<{ runs: string[] }>('POST', `/api/apps/${appId}/events`, { type: 'ticket.created', data });
  expect(answer.runs).toHaveLength(1);
  return finished(client, appId, functionId, answer.runs[0]);
}

/**
 * The ids of the runs the history shows (sorted), once they are the ones expected or the wait is over. A filter that
 * keeps the count (one run before, one after) must not pass on the rows drawn before its answer came.
 */
async function shownRuns(page: Page, expected: string[]): Promise<string[]> {
  const want = JSON.stringify([...expected].sort());
  const rows = page.locator('[data-testid="run"]');
  return settled(
    async () => (await rows.evaluateAll((all) => all.map((r) => r.getAttribute('data-run') ?? ''))).sort(),
    (ids) => JSON.stringify(ids) === want,
  );
}

describe('function triggers in a browser (API + embedded run queue)', () => {
  it('shows schedule and event triggers in words, pauses and resumes a schedule, and filters the run history', async () => {
    const { owner, email, appId } = await ownerWithApp(env, admin, 'Triggers');
    const fnUrl = `/api/apps/${appId}/functions`;
    const schedule = await owner.request<FunctionView>('POST', fnUrl, { code: SCHEDULE_CODE });
    const event = await owner.request<FunctionView>('POST', fnUrl, { code: EVENT_CODE });
    expect(schedule.enabled).toBe(true);
    const scheduleNow = await owner.request<FunctionView>('GET', `${fnUrl}/${schedule.id}`);
    expect(scheduleNow.nextRunAt).toEqual(expect.any(String));

    // Three runs of the event function: one invoked by hand, one event that succeeds, one that fails.
    // Invoke answers the finished run, or {runId} when it outlived the wait bound.
    const started = await owner.request<Partial<RunView> & { runId?: string }>('POST', `${fnUrl}/${event.id}/invoke`, { input: { id: 'T-0' } });
    const invoked = await finished(owner, appId, event.id, started.id ?? started.runId ?? '');
    expect(invoked).toMatchObject({ status: 'succeeded', trigger: { kind: 'invoke' } });
    const ok = await postEvent(owner, appId, event.id, { id: 'T-1' });
    expect(ok).toMatchObject({ status: 'succeeded', trigger: { kind: 'event' } });
    const bad = await postEvent(owner, appId, event.id, { id: 'T-2', fail: true });
    expect(bad).toMatchObject({ status: 'failed', trigger: { kind: 'event' } });

    await withPage(context, async (page) => {
      await signIn(page, env, email);
      await page.goto(`${env.baseUrl}/apps/${appId}/code/functions`);

      // The list: both triggers in words, the schedule's next run.
      const scheduleRow = page.locator(`li[data-function="${schedule.id}"]`);
      const eventRow = page.locator(`li[data-function="${event.id}"]`);
      await scheduleRow.waitFor();
      expect(await scheduleRow.getByTestId('function-trigger').textContent()).toContain('Every day at 18:00 (Europe/Paris)');
      await scheduleRow.getByTestId('next-run').waitFor();
      expect(await eventRow.getByTestId('function-trigger').textContent()).toContain('When the app sends ticket.created');
      expect(await page.getByTestId('paused-badge').count()).toBe(0);

      // The schedule: its words and its next run, the instant the server planned.
      await scheduleRow.getByRole('link', { name: 'evening-digest' }).click();
      await page.waitForURL(new RegExp(`/code/functions/${schedule.id}$`));
      const trigger = page.getByTestId('function-trigger');
      await trigger.waitFor();
      expect(await trigger.textContent()).toBe('Every day at 18:00 (Europe/Paris)');
      const next = page.getByTestId('next-run');
      await next.waitFor();
      expect(await next.locator('time').getAttribute('datetime')).toBe(scheduleNow.nextRunAt);
      await capture(page, '60-function-schedule-trigger');

      // Pause: the badge, no next run, Run now waits; the server agrees.
      await page.getByRole('button', { name: 'Pause' }).click();
      await page.getByTestId('paused-badge').waitFor();
      await next.waitFor({ state: 'detached' });
      expect(await page.getByRole('button', { name: 'Run now' }).isDisabled()).toBe(true);
      const paused = await owner.request<FunctionView>('GET', `${fnUrl}/${schedule.id}`);
      expect(paused).toMatchObject({ enabled: false, nextRunAt: null });
      await capture(page, '61-function-paused');

      // The list shows it paused, without a next run.
      await page.getByRole('link', { name: '← Functions' }).click();
      await page.waitForURL(/\/code\/functions$/);
      await scheduleRow.getByTestId('paused-badge').waitFor();
      expect(await scheduleRow.getByTestId('next-run').count()).toBe(0);
      expect(await eventRow.getByTestId('paused-badge').count()).toBe(0);
      await capture(page, '62-functions-list-paused');

      // Resume: the badge goes, the next run is back.
      await scheduleRow.getByRole('link', { name: 'evening-digest' }).click();
      await page.getByRole('button', { name: 'Resume' }).click();
      await page.getByTestId('next-run').waitFor();
      expect(await page.getByTestId('paused-badge').count()).toBe(0);
      const resumed = await owner.request<FunctionView>('GET', `${fnUrl}/${schedule.id}`);
      expect(resumed.enabled).toBe(true);
      expect(resumed.nextRunAt).toEqual(expect.any(String));

      // The event function: every run, then only events, then only succeeded events.
      await page.goto(`${env.baseUrl}/apps/${appId}/code/functions/${event.id}`);
      await page.getByTestId('function-trigger').filter({ hasText: 'When the app sends ticket.created' }).waitFor();
      expect(await page.getByTestId('next-run').count()).toBe(0);
      expect(await shownRuns(page, [invoked.id, ok.id, bad.id])).toEqual([invoked.id, ok.id, bad.id].sort());

      await page.getByRole('combobox', { name: 'Trigger' }).selectOption('event');
      expect(await shownRuns(page, [ok.id, bad.id])).toEqual([ok.id, bad.id].sort());
      await page.getByRole('combobox', { name: 'Status' }).selectOption('succeeded');
      expect(await shownRuns(page, [ok.id])).toEqual([ok.id]);
      const row = page.locator(`[data-testid="run"][data-run="${ok.id}"]`);
      expect(await row.getAttribute('data-trigger')).toBe('event');
      expect(await row.getByTestId('run-trigger').textContent()).toBe('Event');
      expect(await row.getByTestId('run-duration').textContent()).toMatch(/\d+(\.\d+)? (ms|s)/);
      expect(await page.getByTestId('runs-summary').textContent()).toBe('1 run matches these filters, newest first.');

      // Opening it shows its logs and result as before.
      await row.getByRole('button').first().click();
      const logs = row.getByTestId('run-logs');
      await logs.waitFor();
      expect(await logs.textContent()).toContain('T-1');
      expect(await row.textContent()).toContain('"triaged": "T-1"');
      await capture(page, '63-function-run-history-filtered');

      // The failed event is one filter away, with its error.
      await page.getByRole('combobox', { name: 'Status' }).selectOption('failed');
      expect(await shownRuns(page, [bad.id])).toEqual([bad.id]);
      const failed = page.locator(`[data-testid="run"][data-run="${bad.id}"]`);
      await failed.getByRole('button').first().click();
      expect(await failed.getByTestId('run-error').textContent()).toContain('asked to fail');
    });
  });
});
