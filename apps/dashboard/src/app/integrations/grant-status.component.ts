import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Connection, Permission } from '../core/integrations.models';
import { ActionOutcome, ConnectionActions } from './connection-actions';
import { IntegrationsStore } from './integrations-store';

/** An operation named by the API (`ConnectionView.unavailableOperations`). */
export interface OperationBrief {
  id: string;
  summary: string;
}

/**
 * What the API says a connection asked for and did not get (`ConnectionView.notGranted` / `unavailableOperations`).
 * Declared here until the generated API types catch up; absent on an API without them, which counts as nothing missing.
 */
export type ConnectionGrant = Connection & { notGranted?: Permission[]; unavailableOperations?: OperationBrief[] };

/**
 * A connection the provider granted fewer permissions than asked for (Google lets people untick them): which ones, in
 * words, which operations will not work without them, and a button that asks again for just those (a fresh
 * incremental consent every click, so a refused or closed attempt can be retried at once).
 */
@Component({
  selector: 'app-grant-status',
  imports: [MatButtonModule],
  template: `
    @if (missing().length) {
      <section class="grant-status" aria-labelledby="grant-status-title" data-testid="grant-status">
        <h4 id="grant-status-title">Not every permission was granted</h4>
        <p>{{ providerName() }} was asked for these permissions but did not allow them:</p>
        <ul data-testid="not-granted">
          @for (perm of missing(); track perm.scope) {
            <li>{{ perm.description }}</li>
          }
        </ul>
        @if (operations().length) {
          <p>Until they are approved, these will not work:</p>
          <ul data-testid="unavailable-operations">
            @for (op of operations(); track op.id) {
              <li>{{ op.summary }}</li>
            }
          </ul>
        }
        @if (store.canEdit()) {
          <button mat-flat-button type="button" (click)="askAgain()" [disabled]="busy()">Approve additional permissions</button>
        }
      </section>
    }
    @if (outcome(); as o) {
      <p [class]="o.ok ? 'notice ok' : 'notice failed'" [attr.role]="o.ok ? 'status' : 'alert'" data-testid="grant-outcome">
        {{ o.message }}
      </p>
    }
  `,
  styles: `
    .grant-status {
      margin: 0 0 16px;
      padding: 12px 16px;
      border-radius: 8px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    h4 {
      margin: 0 0 4px;
      font: var(--mat-sys-title-small);
    }
    p {
      margin: 4px 0;
    }
    ul {
      margin: 4px 0 8px;
      padding-left: 20px;
    }
    .notice {
      margin: 0 0 16px;
      padding: 12px 16px;
      border-radius: 8px;
    }
    .notice.ok {
      background: #d7f5dd;
      color: #0b5323;
    }
    .notice.failed {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GrantStatusComponent {
  protected readonly store = inject(IntegrationsStore);
  private readonly actions = inject(ConnectionActions);

  readonly connection = input.required<ConnectionGrant>();
  readonly providerName = input.required<string>();

  protected readonly missing = computed(() => this.connection().notGranted ?? []);
  protected readonly operations = computed(() => this.connection().unavailableOperations ?? []);
  protected readonly busy = signal(false);
  protected readonly outcome = signal<ActionOutcome | null>(null);

  /** Asks the provider again for exactly the permissions it did not grant. */
  protected async askAgain(): Promise<void> {
    const connection = this.connection();
    this.outcome.set(null);
    this.busy.set(true);
    try {
      this.outcome.set(
        await this.actions.approveMore(
          connection,
          this.missing().map((m) => m.scope),
        ),
      );
    } finally {
      this.busy.set(false);
    }
  }
}
