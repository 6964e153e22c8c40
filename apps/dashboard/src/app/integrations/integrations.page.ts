import { ChangeDetectionStrategy, Component, effect, inject, untracked } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { AppContext } from '../apps/app-context';
import { ConnectionActions } from './connection-actions';
import { IntegrationsStore } from './integrations-store';

/** Integrations area of an app: Browse | My integrations, and the connect and connection views below them. */
@Component({
  selector: 'app-integrations-page',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, MatTabsModule, MatButtonModule, MatProgressBarModule],
  providers: [IntegrationsStore, ConnectionActions],
  template: `
    <h2 class="visually-hidden">Integrations</h2>
    <nav mat-tab-nav-bar [tabPanel]="panel" mat-stretch-tabs="false" aria-label="Integrations" class="sub-tabs">
      <a mat-tab-link routerLink="browse" routerLinkActive #browse="routerLinkActive" [active]="browse.isActive">Browse</a>
      <a mat-tab-link routerLink="mine" routerLinkActive #mine="routerLinkActive" [active]="mine.isActive"
        >My integrations ({{ store.connections().length }})</a
      >
    </nav>
    <mat-tab-nav-panel #panel>
      @if (store.loading()) {
        <mat-progress-bar mode="indeterminate" aria-label="Loading integrations" />
      }
      @if (store.error(); as message) {
        <div class="error-banner" role="alert">
          {{ message }}
          <button mat-button type="button" (click)="store.ensureLoaded(true)">Try again</button>
        </div>
      }
      <div class="content"><router-outlet /></div>
    </mat-tab-nav-panel>
  `,
  styles: `
    .content {
      padding-top: 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IntegrationsPage {
  protected readonly store = inject(IntegrationsStore);
  private readonly context = inject(AppContext);

  constructor() {
    effect(() => {
      if (this.context.app()) untracked(() => void this.store.ensureLoaded());
    });
  }
}
