/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ConnectionCardPanel, PanelConnectionCardComponent, type ProviderCardSpec } from '@patchbay/panel-kit';

/** HubSpot as its spec describes it, with every scope it declares. */
const PROVIDER: ProviderCardSpec = {
  name: 'HubSpot',
  description: 'Keep HubSpot in step with your app - add and update contacts, move deals along, and show pipelines and contact lists.',
  scopes: [
    {
      scope: 'oauth',
      description: 'Connect the app to your HubSpot account and see basic account details',
    },
    { scope: 'crm.objects.contacts.read', description: 'See your contacts and their details' },
    { scope: 'crm.objects.contacts.write', description: 'Create and change contacts' },
    { scope: 'crm.objects.deals.read', description: 'See your deals and deal pipelines' },
    {
      scope: 'crm.objects.deals.write',
      description: 'Create and change deals (such as their amount or stage)',
    },
    {
      scope: 'crm.schemas.deals.read',
      description: 'See how deals are set up (properties and pipelines), without the deals themselves',
    },
    { scope: 'crm.lists.read', description: 'See your contact lists and who is in them' },
  ],
};

/**
 * Connection card of HubSpot, rendered by the panel kit.
 * Inputs and outputs (from `ConnectionCardPanel`): `connection` (or `null`), `loading`, `error`; `connect`, `disconnect`.
 */
@Component({
  selector: 'pb-hubspot-connection-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelConnectionCardComponent],
  template: `<pb-panel-connection-card [provider]="provider" [connection]="connection()" [loading]="loading()" [error]="error()" (connect)="connect.emit()" (disconnect)="disconnect.emit()" />`,
})
export class HubspotConnectionCardComponent extends ConnectionCardPanel {
  protected readonly provider = PROVIDER;
}
