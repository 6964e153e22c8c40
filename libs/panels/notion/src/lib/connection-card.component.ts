/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ConnectionCardPanel, PanelConnectionCardComponent, type ProviderCardSpec } from '@patchbay/panel-kit';

/** Notion as its spec describes it, with every scope it declares. */
const PROVIDER: ProviderCardSpec = {
  name: 'Notion',
  description: 'Read and write the Notion pages and databases you choose to share, such as project notes, client pages and onboarding checklists.',
  scopes: [
    {
      scope: 'notion.workspace',
      description: 'Read and write the pages and databases you share with the integration',
    },
  ],
};

/**
 * Connection card of Notion, rendered by the panel kit.
 * Inputs and outputs (from `ConnectionCardPanel`): `connection` (or `null`), `loading`, `error`; `connect`, `disconnect`.
 */
@Component({
  selector: 'pb-notion-connection-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelConnectionCardComponent],
  template: `<pb-panel-connection-card [provider]="provider" [connection]="connection()" [loading]="loading()" [error]="error()" (connect)="connect.emit()" (disconnect)="disconnect.emit()" />`,
})
export class NotionConnectionCardComponent extends ConnectionCardPanel {
  protected readonly provider = PROVIDER;
}
