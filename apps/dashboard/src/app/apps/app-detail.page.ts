import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { describeApiError } from '../core/api-error';
import { AppsApi } from '../core/apps-api.service';
import { AppContext } from './app-context';

@Component({
  selector: 'app-app-detail-page',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, MatTabsModule, MatButtonModule, MatProgressBarModule],
  providers: [AppContext],
  templateUrl: './app-detail.page.html',
  styleUrl: './app-detail.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AppDetailPage {
  private readonly api = inject(AppsApi);
  protected readonly context = inject(AppContext);

  /** Route parameter `:appId`. */
  readonly appId = input.required<string>();

  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);

  protected readonly tabs = [
    { path: 'overview', label: 'Overview' },
    { path: 'chat', label: 'Chat' },
    { path: 'integrations', label: 'Integrations' },
    { path: 'code', label: 'Code' },
    { path: 'members', label: 'Members' },
    { path: 'custom-integrations', label: 'Custom APIs' },
    { path: 'api-keys', label: 'API keys' },
    { path: 'audit', label: 'Audit' },
  ] as const;

  constructor() {
    // Reload whenever the route points at another app (the component is reused between app ids).
    effect(() => {
      void this.load(this.appId());
    });
  }

  protected async load(appId: string): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    this.context.set(null);
    try {
      this.context.set(await this.api.get(appId));
    } catch (err) {
      this.error.set(describeApiError(err));
    } finally {
      this.loading.set(false);
    }
  }
}
