import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationCancel, NavigationEnd, NavigationError, Router, RouterOutlet } from '@angular/router';

/**
 * The root. Until the first navigation settles (the session check runs in the route guards, and a new tab may wait for
 * an open one to hand over its session) it shows a quiet loading frame instead of a blank white page.
 */
@Component({
  imports: [RouterOutlet],
  selector: 'app-root',
  template: `
    @if (!ready()) {
      <div class="boot" role="status" aria-live="polite" data-testid="app-loading">
        <span class="boot-brand">Patchbay</span>
        <span class="boot-text">Loading…</span>
      </div>
    }
    <router-outlet />
  `,
  styles: `
    .boot {
      display: flex;
      align-items: center;
      gap: 16px;
      min-height: 64px;
      padding: 8px 16px;
      background: var(--mat-sys-surface-container);
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .boot-brand {
      font: var(--mat-sys-title-large);
    }
    .boot-text {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  protected readonly ready = signal(false);

  constructor() {
    inject(Router)
      .events.pipe(takeUntilDestroyed())
      .subscribe((e) => {
        if (e instanceof NavigationEnd || e instanceof NavigationCancel || e instanceof NavigationError) this.ready.set(true);
      });
  }
}
