/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ConnectionCardPanel, PanelConnectionCardComponent, type ProviderCardSpec } from '@patchbay/panel-kit';

/** Salesforce as its spec describes it, with every scope it declares. */
const PROVIDER: ProviderCardSpec = {
  name: 'Salesforce',
  description: 'Send leads, contacts and support cases from your app into Salesforce, update them, and pull records such as open opportunities and tasks.',
  scopes: [
    {
      scope: 'api',
      description: 'Read and change the Salesforce records you can access (leads, contacts, cases, opportunities…)',
    },
    { scope: 'refresh_token', description: 'Keep working when you are not signed in (offline access)' },
    { scope: 'openid', description: 'Confirm which Salesforce user you signed in as' },
    { scope: 'id', description: 'See your basic Salesforce user profile' },
    { scope: 'profile', description: 'See your Salesforce profile details' },
    { scope: 'email', description: 'See your email address' },
  ],
};

/**
 * Connection card of Salesforce, rendered by the panel kit.
 * Inputs and outputs (from `ConnectionCardPanel`): `connection` (or `null`), `loading`, `error`; `connect`, `disconnect`.
 */
@Component({
  selector: 'pb-salesforce-connection-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelConnectionCardComponent],
  template: `<pb-panel-connection-card [provider]="provider" [connection]="connection()" [loading]="loading()" [error]="error()" (connect)="connect.emit()" (disconnect)="disconnect.emit()" />`,
})
export class SalesforceConnectionCardComponent extends ConnectionCardPanel {
  protected readonly provider = PROVIDER;
}
