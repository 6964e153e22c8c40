/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ConnectionCardPanel, PanelConnectionCardComponent, type ProviderCardSpec } from '@patchbay/panel-kit';

/** LinkedIn as its spec describes it, with every scope it declares. */
const PROVIDER: ProviderCardSpec = {
  name: 'LinkedIn',
  description: 'Publish posts to your LinkedIn feed from your app and show your LinkedIn name and photo.',
  scopes: [
    { scope: 'openid', description: 'Confirm who you are on LinkedIn' },
    { scope: 'profile', description: 'See your name and profile photo' },
    { scope: 'email', description: 'See the primary email address of your LinkedIn account' },
    {
      scope: 'w_member_social',
      description: 'Create, change and delete posts, comments and reactions as you',
    },
  ],
};

/**
 * Connection card of LinkedIn, rendered by the panel kit.
 * Inputs and outputs (from `ConnectionCardPanel`): `connection` (or `null`), `loading`, `error`; `connect`, `disconnect`.
 */
@Component({
  selector: 'pb-linkedin-connection-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelConnectionCardComponent],
  template: `<pb-panel-connection-card [provider]="provider" [connection]="connection()" [loading]="loading()" [error]="error()" (connect)="connect.emit()" (disconnect)="disconnect.emit()" />`,
})
export class LinkedinConnectionCardComponent extends ConnectionCardPanel {
  protected readonly provider = PROVIDER;
}
