import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { Connection, ConnectMode } from '../core/integrations.models';
import { ActionOutcome, ConnectionActions } from './connection-actions';
import { IntegrationsStore, reconnectReason } from './integrations-store';
import { ProviderAvatarComponent } from './provider-avatar.component';

/** My integrations tab: each connected tool, its account and status, and what can be done with it. */
@Component({
  selector: 'app-my-integrations-page',
  imports: [DatePipe, RouterLink, MatButtonModule, MatMenuModule, ProviderAvatarComponent],
  templateUrl: './my-integrations.page.html',
  styleUrl: './my-integrations.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyIntegrationsPage {
  protected readonly store = inject(IntegrationsStore);
  protected readonly actions = inject(ConnectionActions);

  protected readonly reconnectReason = reconnectReason;
  protected readonly outcome = signal<ActionOutcome | null>(null);
  /** Provider whose consent popup is open; its buttons wait meanwhile. */
  protected readonly busy = signal<string | null>(null);

  protected async consent(connection: Connection, mode: ConnectMode): Promise<void> {
    this.outcome.set(null);
    this.busy.set(connection.provider);
    try {
      this.outcome.set(await this.actions.consent(connection, mode));
    } finally {
      this.busy.set(null);
    }
  }

  protected async disconnect(connection: Connection): Promise<void> {
    this.outcome.set(null);
    const result = await this.actions.disconnect(connection);
    if (result) this.outcome.set(result);
  }
}
