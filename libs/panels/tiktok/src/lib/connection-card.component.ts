/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ConnectionCardPanel, PanelConnectionCardComponent, type ProviderCardSpec } from '@patchbay/panel-kit';

/** TikTok as its spec describes it, with every scope it declares. */
const PROVIDER: ProviderCardSpec = {
  name: 'TikTok',
  description: 'Show a TikTok creator\'s follower numbers and recent videos with their views and likes inside your app.',
  scopes: [
    { scope: 'user.info.basic', description: 'See your TikTok display name and profile picture' },
    {
      scope: 'user.info.profile',
      description: 'See your TikTok username, bio, profile link and whether you are verified',
    },
    { scope: 'user.info.stats', description: 'See your follower, following, like and video counts' },
    {
      scope: 'video.list',
      description: 'See your public TikTok videos and their view, like, comment and share counts',
    },
  ],
};

/**
 * Connection card of TikTok, rendered by the panel kit.
 * Inputs and outputs (from `ConnectionCardPanel`): `connection` (or `null`), `loading`, `error`; `connect`, `disconnect`.
 */
@Component({
  selector: 'pb-tiktok-connection-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelConnectionCardComponent],
  template: `<pb-panel-connection-card [provider]="provider" [connection]="connection()" [loading]="loading()" [error]="error()" (connect)="connect.emit()" (disconnect)="disconnect.emit()" />`,
})
export class TiktokConnectionCardComponent extends ConnectionCardPanel {
  protected readonly provider = PROVIDER;
}
