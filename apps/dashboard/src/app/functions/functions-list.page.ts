import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { describeApiError } from '../core/api-error';
import { AppContext } from '../apps/app-context';
import { FunctionSummary } from './functions.models';
import { FunctionsApi } from './functions-api.service';
import { functionTriggerWords, isPaused, nextRunOf, runStatusWords } from './functions-helpers';

/** Code → Functions: every backend function of the app, with its trigger in words, a Paused badge and its last run. */
@Component({
  selector: 'app-functions-list-page',
  imports: [DatePipe, RouterLink, MatButtonModule, MatProgressBarModule],
  template: `
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" aria-label="Loading functions" />
    }
    @if (error(); as message) {
      <div class="error-banner" role="alert">
        {{ message }}
        <button mat-button type="button" (click)="reload()">Try again</button>
      </div>
    }
    @if (!loading() && !error() && functions().length === 0) {
      <p class="muted" data-testid="functions-empty">
        No functions yet. Describe what the app should do in <a [routerLink]="['/apps', context.app()?.id, 'chat']">Chat</a> and a function is created
        from the plan.
      </p>
    }
    @if (functions().length) {
      <ul class="functions" aria-label="Functions">
        @for (f of functions(); track f.id) {
          <li [attr.data-function]="f.id" data-testid="function-row">
            <span class="name-cell">
              <a class="name" [routerLink]="[f.id]">{{ f.name }}</a>
              @if (isPaused(f)) {
                <span class="badge paused" data-testid="paused-badge">Paused</span>
              }
            </span>
            <span class="trigger" data-testid="function-trigger">
              {{ functionTriggerWords(f) }}
              @if (nextRunOf(f); as next) {
                <span class="next" data-testid="next-run">· next {{ next | date: 'EEE d MMM, HH:mm' }}</span>
              }
            </span>
            <span class="last-run" data-testid="last-run">
              @if (f.lastRun; as run) {
                Last run: {{ runStatusWords(run.status) }}
                @if (run.startedAt || run.createdAt) {
                  · {{ run.startedAt || run.createdAt | date: 'medium' }}
                }
              } @else {
                Never run
              }
            </span>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .functions {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .functions li {
      display: grid;
      grid-template-columns: minmax(180px, 1.2fr) 2fr 1.2fr;
      gap: 4px 16px;
      align-items: baseline;
      padding: 12px 0;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    @media (max-width: 640px) {
      .functions li {
        grid-template-columns: 1fr;
      }
    }
    .name-cell {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 4px 8px;
    }
    .badge.paused {
      padding: 0 8px;
      border-radius: 999px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
      font: var(--mat-sys-label-medium);
    }
    .next {
      color: var(--mat-sys-on-surface-variant);
    }
    .name {
      color: var(--mat-sys-primary);
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .last-run {
      color: var(--mat-sys-on-surface-variant);
    }
    a {
      color: var(--mat-sys-primary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FunctionsListPage {
  private readonly api = inject(FunctionsApi);
  protected readonly context = inject(AppContext);

  protected readonly functions = signal<FunctionSummary[]>([]);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly functionTriggerWords = functionTriggerWords;
  protected readonly isPaused = isPaused;
  protected readonly nextRunOf = nextRunOf;
  protected readonly runStatusWords = runStatusWords;

  constructor() {
    effect(() => {
      const app = this.context.app();
      if (app) untracked(() => void this.load(app.id));
    });
  }

  protected reload(): void {
    const app = this.context.app();
    if (app) void this.load(app.id);
  }

  private async load(appId: string): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      this.functions.set(await this.api.list(appId));
    } catch (err) {
      this.error.set(describeApiError(err));
    } finally {
      this.loading.set(false);
    }
  }
}
