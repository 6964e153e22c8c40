import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { App, AppRole } from '../core/api.models';
import { Session } from '../core/session';
import { AppContext } from '../apps/app-context';
import { FunctionPage } from './function.page';

const BASE = '/api/apps/app-1/functions/fn-1';
const CODE = "import { defineFunction } from '@patchbay/functions-sdk';\nexport default defineFunction({ name: 'x' });\n";
const FN = {
  id: 'fn-1',
  name: 'post-to-support',
  trigger: { type: 'event', event: 'ticket.created', description: 'When ticket.created' },
  version: 1,
  code: CODE,
};
const V1 = { number: 1, source: 'plan', code: CODE, diff: '--- a\n+++ b\n@@ -0,0 +1 @@\n+x\n', createdAt: '2026-01-01T00:00:00Z' };

function app(role: AppRole): App {
  return { id: 'app-1', name: 'Helpdesk', description: null, createdAt: '2026-01-01T00:00:00Z', role };
}

async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }
}

// jsdom has no layout: CodeMirror measures text ranges, which only need to exist here.
beforeAll(() => {
  const empty = { length: 0, item: () => null, [Symbol.iterator]: [][Symbol.iterator] } as unknown as DOMRectList;
  Range.prototype.getClientRects ??= () => empty;
  Range.prototype.getBoundingClientRect ??= () => new DOMRect();
});

describe('FunctionPage', () => {
  let backend: HttpTestingController;

  async function render(role: AppRole = 'editor', fn: object = FN, runs: object[] = []): Promise<ComponentFixture<FunctionPage>> {
    TestBed.configureTestingModule({
      imports: [FunctionPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), AppContext],
    });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(Session).start('tok', { id: 'u1', email: 'ada@example.test', name: 'Ada', role: 'user', disabled: false });
    TestBed.inject(AppContext).set(app(role));
    const fixture = TestBed.createComponent(FunctionPage);
    fixture.componentRef.setInput('functionId', 'fn-1');
    await fixture.whenStable();
    backend.expectOne(BASE).flush(fn);
    backend.expectOne(`${BASE}/versions`).flush([V1]);
    backend.expectOne(`${BASE}/runs`).flush(runs);
    await settle(fixture);
    return fixture;
  }

  function editorText(el: HTMLElement): string {
    return Array.from(el.querySelectorAll('[data-testid="code-editor"] .cm-line'))
      .map((l) => l.textContent)
      .join('\n');
  }

  function button(el: HTMLElement, name: string): HTMLButtonElement {
    const b = Array.from(el.querySelectorAll('button')).find((x) => x.textContent?.trim() === name);
    if (!b) throw new Error(`no button "${name}"`);
    return b;
  }

  afterEach(() => backend.verify());

  it('shows the code in the editor, the trigger in words and the versions', async () => {
    const el: HTMLElement = (await render()).nativeElement;
    expect(el.querySelector('[data-testid="function-name"]')?.textContent).toBe('post-to-support');
    // An older server without triggerText: the page says the trigger itself.
    expect(el.querySelector('[data-testid="function-trigger"]')?.textContent).toBe('When the app sends ticket.created');
    expect(el.querySelector('[data-testid="next-run"]')).toBeNull();
    expect(el.querySelector('[data-testid="paused-badge"]')).toBeNull();
    expect(editorText(el)).toBe(CODE);
    expect(el.querySelector('[data-testid="versions"]')?.textContent).toContain('Version 1');
    expect(el.querySelector('.cm-content')?.getAttribute('aria-label')).toBe('Function code');
  });

  it('edits by prompt: posts the message with the function id and shows the new code', async () => {
    const fixture = await render();
    const el: HTMLElement = fixture.nativeElement;
    const box = el.querySelector<HTMLTextAreaElement>('[data-testid="function-prompt"]');
    if (!box) throw new Error('prompt box missing');
    box.value = 'Post to #product-updates instead';
    box.dispatchEvent(new Event('input'));
    box.closest('form')?.dispatchEvent(new Event('submit'));
    const post = backend.expectOne({ method: 'POST', url: '/api/apps/app-1/chat' });
    expect(post.request.body).toEqual({ message: 'Post to #product-updates instead', functionId: 'fn-1' });
    post.flush({ reply: 'Changed the channel.', plan: null, actionRequired: [] });
    await settle(fixture);
    const changed = CODE.replace("'x'", "'#product-updates'");
    backend.expectOne(BASE).flush({ ...FN, code: changed, version: 2 });
    await settle(fixture);
    backend.expectOne(`${BASE}/versions`).flush([V1, { ...V1, number: 2, code: changed }]);
    await settle(fixture);
    expect(el.querySelector('[data-testid="function-reply"]')?.textContent).toBe('Changed the channel.');
    expect(editorText(el)).toBe(changed);
    expect(el.querySelectorAll('[data-testid="versions"] > li')).toHaveLength(2);
    // The older version can be restored, the current one not.
    expect(el.querySelector('button[aria-label="Restore version 1"]')).not.toBeNull();
    expect(el.querySelector('button[aria-label="Restore version 2"]')).toBeNull();
  });

  it('after a refused save lists the problems and marks them in the editor at their line', async () => {
    const fixture = await render();
    const el: HTMLElement = fixture.nativeElement;
    const component = fixture.componentInstance as unknown as { onCode(code: string): void };
    component.onCode(`${CODE}const broken: number = "x";`);
    await settle(fixture);
    button(el, 'Save').click();
    const put = backend.expectOne({ method: 'PUT', url: BASE });
    expect(put.request.body).toEqual({ code: `${CODE}const broken: number = "x";` });
    put.flush(
      {
        error: {
          code: 'type_error',
          message: 'no',
          problems: [{ line: 2, column: 16, message: "Type 'string' is not assignable to type 'number'." }],
        },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    const problem = el.querySelector('[data-testid="type-problem"]');
    expect(problem?.getAttribute('data-line')).toBe('2');
    expect(problem?.textContent).toContain("Line 2, column 16: Type 'string' is not assignable to type 'number'.");
    // The editor still holds the server code here (onCode only changed the draft); the mark sits on line 2.
    const marked = el.querySelector('.cm-lintRange-error');
    expect(marked).not.toBeNull();
    expect(marked?.closest('.cm-line')).toBe(el.querySelectorAll('.cm-line')[1]);
  });

  it('runs now with the JSON input and shows the run with its logs', async () => {
    const fixture = await render();
    const el: HTMLElement = fixture.nativeElement;
    const input = el.querySelector<HTMLTextAreaElement>('[data-testid="run-input"]');
    if (!input) throw new Error('input missing');
    input.value = '{"ticket": {"id": 7}}';
    input.dispatchEvent(new Event('input'));
    input.closest('form')?.dispatchEvent(new Event('submit'));
    const invoke = backend.expectOne({ method: 'POST', url: `${BASE}/invoke` });
    expect(invoke.request.body).toEqual({ input: { ticket: { id: 7 } } });
    const run = {
      id: 'r1',
      status: 'succeeded',
      createdAt: '2026-01-01T00:00:00Z',
      logs: [{ t: 1, level: 'info', message: 'started r1' }],
      calls: [],
      result: { ok: true },
    };
    invoke.flush(run);
    await settle(fixture);
    backend.expectOne(`${BASE}/runs`).flush([{ ...run, logs: undefined }]);
    await settle(fixture);
    const row = el.querySelector('[data-testid="run"]');
    expect(row?.getAttribute('data-status')).toBe('succeeded');
    expect(row?.querySelector('[data-testid="run-logs"]')?.textContent).toBe('started r1');
  });

  it('refuses an input that is not JSON without calling the API', async () => {
    const fixture = await render();
    const el: HTMLElement = fixture.nativeElement;
    const input = el.querySelector<HTMLTextAreaElement>('[data-testid="run-input"]');
    if (!input) throw new Error('input missing');
    input.value = '{nope';
    input.dispatchEvent(new Event('input'));
    input.closest('form')?.dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect(el.textContent).toContain('The input is not valid JSON');
  });

  it("shows a schedule's words and next run, pauses (badge, no next run, no Run now) and resumes", async () => {
    const schedule = {
      ...FN,
      trigger: { type: 'schedule', cron: '0 18 * * *', timezone: 'Europe/Paris' },
      triggerText: 'Every day at 18:00 (Europe/Paris)',
      enabled: true,
      nextRunAt: '2026-12-03T17:00:00.000Z',
    };
    const fixture = await render('editor', schedule);
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('[data-testid="function-trigger"]')?.textContent).toBe('Every day at 18:00 (Europe/Paris)');
    expect(el.querySelector('[data-testid="next-run"] time')?.getAttribute('datetime')).toBe('2026-12-03T17:00:00.000Z');

    button(el, 'Pause').click();
    const pause = backend.expectOne({ method: 'PUT', url: BASE });
    expect(pause.request.body).toEqual({ enabled: false });
    pause.flush({ ...schedule, enabled: false, nextRunAt: null });
    await settle(fixture);
    expect(el.querySelector('[data-testid="paused-badge"]')?.textContent).toBe('Paused');
    expect(el.querySelector('[data-testid="enabled-note"]')?.textContent).toBe('Paused.');
    expect(el.querySelector('[data-testid="next-run"]')).toBeNull();
    expect(button(el, 'Run now').disabled).toBe(true);
    // The editor still shows the code (the pause did not replace it).
    expect(editorText(el)).toBe(CODE);

    button(el, 'Resume').click();
    const resume = backend.expectOne({ method: 'PUT', url: BASE });
    expect(resume.request.body).toEqual({ enabled: true });
    resume.flush(schedule);
    await settle(fixture);
    expect(el.querySelector('[data-testid="paused-badge"]')).toBeNull();
    expect(el.querySelector('[data-testid="next-run"]')).not.toBeNull();
    expect(button(el, 'Run now').disabled).toBe(false);
    expect(el.querySelector('[data-testid="enabled-note"]')?.textContent).toBe('Resumed: its trigger starts it again.');
  });

  it('filters the run history by status and trigger, on the server and in the list', async () => {
    const run = (id: string, status: string, kind: string, durationMs: number | null) => ({
      id,
      status,
      trigger: { kind, actor: 'system', actorId: null },
      createdAt: '2026-01-01T00:00:00Z',
      durationMs,
      logs: [],
    });
    const all = [
      run('r1', 'succeeded', 'event', 12),
      run('r2', 'failed', 'event', 1500),
      run('r3', 'succeeded', 'invoke', 8),
      run('r4', 'queued', 'schedule', null),
    ];
    const fixture = await render('viewer', FN, all);
    const el: HTMLElement = fixture.nativeElement;
    const shown = (): string[] => Array.from(el.querySelectorAll('[data-testid="run"]')).map((r) => r.getAttribute('data-run') ?? '');
    expect(shown()).toEqual(['r1', 'r2', 'r3', 'r4']);
    const first = el.querySelector('[data-testid="run"]');
    expect(first?.getAttribute('data-trigger')).toBe('event');
    expect(first?.querySelector('[data-testid="run-trigger"]')?.textContent).toBe('Event');
    expect(first?.querySelector('[data-testid="run-duration"]')?.textContent).toContain('12 ms');
    expect(el.querySelector('[data-run="r4"] [data-testid="run-duration"]')).toBeNull();

    const choose = (testId: string, value: string): void => {
      const select = el.querySelector<HTMLSelectElement>(`[data-testid="${testId}"]`);
      if (!select) throw new Error(`no ${testId}`);
      select.value = value;
      select.dispatchEvent(new Event('change'));
    };
    choose('filter-status', 'succeeded');
    // An older server ignores the query and answers every run: the list still shows only matching ones.
    backend.expectOne(`${BASE}/runs?status=succeeded`).flush(all);
    await settle(fixture);
    expect(shown()).toEqual(['r1', 'r3']);

    choose('filter-trigger', 'event');
    backend.expectOne(`${BASE}/runs?status=succeeded&trigger=event`).flush([all[0]]);
    await settle(fixture);
    expect(shown()).toEqual(['r1']);
    expect(el.querySelector('[data-testid="runs-summary"]')?.textContent).toBe('1 run matches these filters, newest first.');

    choose('filter-status', 'running');
    backend.expectOne(`${BASE}/runs?status=running&trigger=event`).flush([]);
    await settle(fixture);
    expect(shown()).toEqual([]);
    expect(el.querySelector('[data-testid="runs-summary"]')?.textContent).toBe('No runs match these filters.');
    // A viewer filters but does not pause.
    expect(el.querySelector('[data-testid="toggle-enabled"]')).toBeNull();
  });
});
