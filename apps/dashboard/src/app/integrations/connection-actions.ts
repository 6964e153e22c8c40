import { inject, Injectable } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';
import { describeApiError } from '../core/api-error';
import { Connection, ConnectMode } from '../core/integrations.models';
import { IntegrationsApi } from '../core/integrations-api.service';
import { describeOAuthResult, describePartialGrant, OAuthPopup } from '../core/oauth-popup.service';
import { AppContext } from '../apps/app-context';
import { ConfirmDialog, ConfirmDialogData } from '../shared/confirm.dialog';
import { IntegrationsStore } from './integrations-store';
import { ViewAccessDialog } from './view-access.dialog';

/** What an action on a connection came to, in words for a status or alert line. */
export interface ActionOutcome {
  ok: boolean;
  message: string;
}

/** Switch, reconnect, approve more, disconnect and view access: shared by My integrations and the detail view. */
@Injectable()
export class ConnectionActions {
  private readonly api = inject(IntegrationsApi);
  private readonly popup = inject(OAuthPopup);
  private readonly dialog = inject(MatDialog);
  private readonly context = inject(AppContext);
  private readonly store = inject(IntegrationsStore);

  viewAccess(connection: Connection): void {
    this.dialog.open(ViewAccessDialog, { data: connection, width: '520px', maxWidth: '95vw' });
  }

  /** Starts a consent of the given mode in the popup; null when nothing happened worth saying. */
  async consent(connection: Connection, mode: ConnectMode): Promise<ActionOutcome> {
    const app = this.context.app();
    if (!app) return { ok: false, message: 'The app is not loaded yet.' };
    try {
      const auth = await this.api.authorize(app.id, connection.provider, { mode });
      return await this.finishConsent(connection, auth.authorizationUrl, mode);
    } catch (err) {
      return { ok: false, message: describeApiError(err) };
    }
  }

  /** A fresh consent for just these missing permissions (incremental authorization). */
  async approveMore(connection: Connection, scopes: string[]): Promise<ActionOutcome> {
    const app = this.context.app();
    if (!app) return { ok: false, message: 'The app is not loaded yet.' };
    try {
      const auth = await this.api.authorize(app.id, connection.provider, { mode: 'add_scopes', scopes });
      return await this.finishConsent(connection, auth.authorizationUrl, 'add_scopes');
    } catch (err) {
      return { ok: false, message: describeApiError(err) };
    }
  }

  /** Opens a consent URL the API already made (e.g. `authorizeUrl` of an insufficient_scope answer). */
  async finishConsent(connection: Connection, url: string, mode: ConnectMode): Promise<ActionOutcome> {
    const before = connection.account.label;
    const result = await this.popup.open(url);
    await this.store.refreshConnections();
    const problem = describeOAuthResult(result, connection.providerName);
    if (problem) return { ok: false, message: problem };
    // Connected, but the person left permissions unticked at the provider: say which (the API's words), not "approved".
    const partial = describePartialGrant(result, connection.providerName);
    if (partial) return { ok: false, message: partial };
    const now = this.store.connectionsByProvider().get(connection.provider);
    const label = now?.account.label ?? before;
    switch (mode) {
      case 'switch':
        return { ok: true, message: `${connection.providerName} now uses ${label}.` };
      case 'reconnect':
        return { ok: true, message: `${connection.providerName} is reconnected as ${label}.` };
      default:
        return { ok: true, message: `The additional ${connection.providerName} permissions were approved.` };
    }
  }

  /** Asks first; null when the person cancelled. */
  async disconnect(connection: Connection): Promise<ActionOutcome | null> {
    const app = this.context.app();
    if (!app) return null;
    const confirmed = await firstValueFrom(
      this.dialog
        .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
          data: {
            title: `Disconnect ${connection.providerName}?`,
            message: `${app.name} will stop using ${connection.account.label}, and anything in this app that relies on ${connection.providerName} stops working until someone connects it again.`,
            confirmLabel: 'Disconnect',
          },
        })
        .afterClosed(),
    );
    if (!confirmed) return null;
    try {
      await this.api.disconnect(app.id, connection.provider);
      await this.store.refreshConnections();
      return { ok: true, message: `${connection.providerName} was disconnected.` };
    } catch (err) {
      return { ok: false, message: describeApiError(err) };
    }
  }
}
