import { DatePipe, JsonPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { describeApiError } from '../core/api-error';
import { describeOAuthResult, describePartialGrant, OAuthPopup } from '../core/oauth-popup.service';
import { Session } from '../core/session';
import { AppContext } from '../apps/app-context';
import { ChatQuestion } from '../chat/chat.models';
import { ChatApi } from '../chat/chat-api.service';
import { questionOf } from '../chat/chat-helpers';
import { CodeEditorComponent } from './code-editor.component';
import { FunctionDetail, FunctionRun, FunctionVersion, RunFilters, TypeProblem } from './functions.models';
import { FunctionsApi } from './functions-api.service';
import {
  diffLines,
  durationWords,
  filterRuns,
  functionTriggerWords,
  isPaused,
  logLine,
  nextRunOf,
  parseRunInput,
  RUN_STATUSES,
  RUN_TRIGGER_KINDS,
  runConsentUrl,
  runErrorWords,
  runFiltersFrom,
  runStatusWords,
  runTriggerKind,
  runTriggerWords,
  sortRuns,
  typeProblemsOf,
  untilWords,
} from './functions-helpers';

/** How long Run now waits for a queued or running run to finish before leaving it to the history. */
const RUN_WAIT_MS = 20_000;
const RUN_POLL_MS = 500;

/**
 * One function: its trigger in words (next run of a schedule, Pause / Resume), its code in an editor (type errors
 * inline after a refused save), edit by prompt through the chat, versions with their diffs and Restore, Run now with
 * a JSON input, and the run history (filtered by status and trigger) with logs.
 */
@Component({
  selector: 'app-function-page',
  imports: [DatePipe, JsonPipe, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, CodeEditorComponent],
  templateUrl: './function.page.html',
  styleUrl: './function.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FunctionPage {
  private readonly api = inject(FunctionsApi);
  private readonly chat = inject(ChatApi);
  private readonly session = inject(Session);
  private readonly context = inject(AppContext);
  private readonly popup = inject(OAuthPopup);

  /** Route parameter `:functionId`. */
  readonly functionId = input.required<string>();

  protected readonly fn = signal<FunctionDetail | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);

  /** What the editor shows from the server, and a counter that forces it in (restore, edit by prompt). */
  protected readonly serverCode = signal('');
  protected readonly revision = signal(0);
  protected readonly draft = signal('');
  protected readonly problems = signal<TypeProblem[]>([]);
  protected readonly saving = signal(false);
  protected readonly saveNote = signal<string | null>(null);
  protected readonly dirty = computed(() => this.draft() !== this.serverCode());

  protected readonly prompt = signal('');
  protected readonly asking = signal(false);
  protected readonly reply = signal<string | null>(null);
  protected readonly question = signal<ChatQuestion | null>(null);

  protected readonly versions = signal<FunctionVersion[]>([]);
  protected readonly restoring = signal<number | null>(null);

  protected readonly runInput = signal('{}');
  protected readonly runInputError = signal<string | null>(null);
  protected readonly running = signal(false);
  protected readonly runs = signal<FunctionRun[]>([]);
  protected readonly openRun = signal<string | null>(null);
  protected readonly filters = signal<RunFilters>({ status: '', trigger: '' });
  protected readonly runsLoading = signal(false);
  /** The runs that pass the filters (the server filters too; see filterRuns). */
  protected readonly visibleRuns = computed(() => filterRuns(this.runs(), this.filters()));
  protected readonly filtered = computed(() => !!(this.filters().status || this.filters().trigger));
  protected readonly runsSummary = computed(() => {
    const n = this.visibleRuns().length;
    if (n === 0) return this.filtered() ? 'No runs match these filters.' : 'No runs yet.';
    const count = n === 1 ? '1 run' : `${n} runs`;
    return this.filtered() ? `${count} ${n === 1 ? 'matches' : 'match'} these filters, newest first.` : `${count}, newest first.`;
  });

  protected readonly toggling = signal(false);
  protected readonly enabledNote = signal<string | null>(null);
  protected readonly paused = computed(() => {
    const fn = this.fn();
    return fn ? isPaused(fn) : false;
  });
  protected readonly triggerText = computed(() => {
    const fn = this.fn();
    return fn ? functionTriggerWords(fn) : '';
  });
  protected readonly nextRun = computed(() => {
    const fn = this.fn();
    return fn ? nextRunOf(fn) : null;
  });

  protected readonly canEdit = computed(() => {
    const role = this.context.app()?.role;
    return role === 'owner' || role === 'editor' || (role === null && this.session.isAdmin());
  });
  protected readonly latestVersion = computed(() => Math.max(0, ...this.versions().map((v) => v.number)));

  protected readonly runStatusWords = runStatusWords;
  protected readonly runTriggerKind = runTriggerKind;
  protected readonly runTriggerWords = runTriggerWords;
  protected readonly durationWords = durationWords;
  protected readonly untilWords = untilWords;
  protected readonly statuses = RUN_STATUSES;
  protected readonly triggerKinds = RUN_TRIGGER_KINDS;
  protected readonly runErrorWords = runErrorWords;
  protected readonly runConsentUrl = runConsentUrl;
  protected readonly consentNote = signal<string | null>(null);
  protected readonly diffLines = diffLines;

  constructor() {
    effect(() => {
      const app = this.context.app();
      const id = this.functionId();
      if (app) untracked(() => void this.load(app.id, id));
    });
  }

  private get appId(): string {
    return this.context.app()?.id ?? '';
  }

  protected async load(appId: string, id: string): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const [fn, versions, runs] = await Promise.all([
        this.api.get(appId, id),
        this.api.versions(appId, id).catch(() => [] as FunctionVersion[]),
        this.api.runs(appId, id, this.filters()).catch(() => [] as FunctionRun[]),
      ]);
      this.showCode(fn);
      this.versions.set([...versions].sort((a, b) => b.number - a.number));
      this.runs.set(sortRuns(runs));
    } catch (err) {
      this.error.set(describeApiError(err));
    } finally {
      this.loading.set(false);
    }
  }

  /** Puts the server's code into the editor (replacing unsaved typing) and clears old problems. */
  private showCode(fn: FunctionDetail): void {
    this.fn.set(fn);
    this.serverCode.set(fn.code);
    this.draft.set(fn.code);
    this.revision.update((r) => r + 1);
    this.problems.set([]);
  }

  private async refreshVersions(): Promise<void> {
    try {
      const versions = await this.api.versions(this.appId, this.functionId());
      this.versions.set([...versions].sort((a, b) => b.number - a.number));
    } catch {
      // The list stays as it was; the code itself is what matters here.
    }
  }

  protected onCode(code: string): void {
    this.draft.set(code);
    this.saveNote.set(null);
  }

  protected async save(): Promise<void> {
    const current = this.fn();
    if (!current || this.saving()) return;
    this.saving.set(true);
    this.saveNote.set(null);
    this.error.set(null);
    const code = this.draft();
    try {
      const saved = await this.api.save(this.appId, this.functionId(), code);
      this.fn.set({ ...current, ...saved, code: saved.code ?? code });
      this.serverCode.set(saved.code ?? code);
      this.problems.set([]);
      this.saveNote.set('Saved. The code type-checks and is now the current version.');
      await this.refreshVersions();
    } catch (err) {
      const problems = typeProblemsOf(err);
      if (problems) {
        this.problems.set(problems);
        this.saveNote.set(null);
      } else {
        this.error.set(describeApiError(err));
      }
    } finally {
      this.saving.set(false);
    }
  }

  protected onPrompt(event: Event): void {
    this.prompt.set((event.target as HTMLTextAreaElement).value);
  }

  protected submitPrompt(event: Event): void {
    event.preventDefault();
    void this.ask(this.prompt());
  }

  /** Edit by prompt: the chat changes the function's syntax tree; the editor then shows the new code. */
  protected async ask(text: string): Promise<void> {
    const message = text.trim();
    if (!message || this.asking()) return;
    this.asking.set(true);
    this.reply.set(null);
    this.question.set(null);
    this.error.set(null);
    try {
      const answer = await this.chat.send(this.appId, message, this.functionId());
      this.reply.set(answer.reply);
      this.question.set(questionOf(answer));
      if (text === this.prompt()) this.prompt.set('');
      const fn = await this.api.get(this.appId, this.functionId());
      if (fn.code !== this.serverCode()) {
        this.showCode(fn);
        await this.refreshVersions();
      } else {
        this.fn.set(fn);
      }
    } catch (err) {
      this.error.set(describeApiError(err));
    } finally {
      this.asking.set(false);
    }
  }

  protected async restore(version: FunctionVersion): Promise<void> {
    this.restoring.set(version.number);
    this.error.set(null);
    try {
      await this.api.restore(this.appId, this.functionId(), version.number);
      this.showCode(await this.api.get(this.appId, this.functionId()));
      this.saveNote.set(`Version ${version.number} was restored as the current code.`);
      await this.refreshVersions();
    } catch (err) {
      this.error.set(describeApiError(err));
    } finally {
      this.restoring.set(null);
    }
  }

  protected onRunInput(event: Event): void {
    this.runInput.set((event.target as HTMLTextAreaElement).value);
    this.runInputError.set(null);
  }

  protected async runNow(event?: Event): Promise<void> {
    event?.preventDefault();
    const parsed = parseRunInput(this.runInput());
    if (!parsed.ok) {
      this.runInputError.set(parsed.message);
      return;
    }
    this.running.set(true);
    this.error.set(null);
    try {
      const started = await this.api.invoke(this.appId, this.functionId(), parsed.value);
      // A run that outlives the API's wait bound comes back as `{runId, status}`; it is read until it ends.
      let run: FunctionRun = { ...started, id: started.id ?? started.runId ?? '' };
      const until = Date.now() + RUN_WAIT_MS;
      while ((run.status === 'queued' || run.status === 'running') && Date.now() < until) {
        await new Promise((r) => setTimeout(r, RUN_POLL_MS));
        run = await this.api.run(this.appId, this.functionId(), run.id);
      }
      const runs = await this.api.runs(this.appId, this.functionId(), this.filters()).catch(() => [] as FunctionRun[]);
      // The answer of invoke/run carries the full record (logs, result); the list may carry less.
      const merged = runs.some((r) => r.id === run.id) ? runs.map((r) => (r.id === run.id ? { ...r, ...run } : r)) : [run, ...runs];
      this.runs.set(sortRuns(merged));
      this.openRun.set(run.id);
    } catch (err) {
      this.error.set(describeApiError(err));
    } finally {
      this.running.set(false);
    }
  }

  /** Pause (events and schedule ticks stop starting it) or resume; the server answers with the new next run. */
  protected async toggleEnabled(): Promise<void> {
    const current = this.fn();
    if (!current || this.toggling()) return;
    const enabled = isPaused(current);
    this.toggling.set(true);
    this.enabledNote.set(null);
    this.error.set(null);
    try {
      const saved = await this.api.setEnabled(this.appId, this.functionId(), enabled);
      // The editor keeps what it shows (and any unsaved typing): only the flag, trigger words and next run change.
      this.fn.set({ ...current, ...saved, code: current.code, enabled: saved.enabled ?? enabled });
      this.enabledNote.set(enabled ? 'Resumed: its trigger starts it again.' : 'Paused.');
    } catch (err) {
      this.error.set(describeApiError(err));
    } finally {
      this.toggling.set(false);
    }
  }

  protected onFilter(which: 'status' | 'trigger', event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    const now = this.filters();
    this.filters.set(which === 'status' ? runFiltersFrom(value, now.trigger) : runFiltersFrom(now.status, value));
    void this.refreshRuns();
  }

  /** Reads the run history again with the current filters (runs started by events and schedules arrive on their own). */
  protected async refreshRuns(): Promise<void> {
    const filters = this.filters();
    this.runsLoading.set(true);
    try {
      const runs = await this.api.runs(this.appId, this.functionId(), filters);
      // A slower answer for filters changed since must not overwrite the newer one.
      if (this.filters() === filters) this.runs.set(sortRuns(runs));
    } catch (err) {
      this.error.set(describeApiError(err));
    } finally {
      this.runsLoading.set(false);
    }
  }

  /** Opens a run's details, loading its logs when the list did not carry them. */
  protected async toggleRun(run: FunctionRun): Promise<void> {
    if (this.openRun() === run.id) {
      this.openRun.set(null);
      return;
    }
    this.openRun.set(run.id);
    if (run.logs === undefined) {
      try {
        const full = await this.api.run(this.appId, this.functionId(), run.id);
        this.runs.update((all) => all.map((r) => (r.id === run.id ? { ...r, ...full } : r)));
      } catch (err) {
        this.error.set(describeApiError(err));
      }
    }
  }

  /** A run failed for want of permissions: approve just those in the consent popup, then run again. */
  protected async approve(url: string): Promise<void> {
    this.consentNote.set(null);
    const result = await this.popup.open(url);
    // A partial grant (permissions left unticked at the provider) is said as such, not as approved.
    const problem = describeOAuthResult(result, 'the tool') ?? describePartialGrant(result, 'the tool');
    this.consentNote.set(problem ?? 'The permissions were approved. Run the function again.');
  }

  protected logsText(run: FunctionRun): string {
    return (run.logs ?? []).map(logLine).join('\n');
  }

  protected hasResult(run: FunctionRun): boolean {
    return run.result !== undefined && run.result !== null;
  }
}
