/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ConnectionCardPanel, PanelConnectionCardComponent, type ProviderCardSpec } from '@patchbay/panel-kit';

/** Google Slides as its spec describes it, with every scope it declares. */
const PROVIDER: ProviderCardSpec = {
  name: 'Google Slides',
  description: 'Build Google Slides decks from your app\'s data, such as a weekly KPI review, and read existing decks.',
  scopes: [
    { scope: 'openid', description: 'Confirm which Google account you signed in with' },
    { scope: 'email', description: 'See your Google account email address' },
    {
      scope: 'https://www.googleapis.com/auth/drive.file',
      description: 'See, create and change only the Drive files (including presentations) this app creates or that you open with it',
    },
    {
      scope: 'https://www.googleapis.com/auth/presentations.readonly',
      description: 'See all your Google Slides presentations',
    },
    {
      scope: 'https://www.googleapis.com/auth/presentations',
      description: 'See, edit, create and delete all your Google Slides presentations',
    },
    {
      scope: 'https://www.googleapis.com/auth/drive.readonly',
      description: 'See and download all your Google Drive files',
    },
    {
      scope: 'https://www.googleapis.com/auth/drive',
      description: 'See, edit, create and delete all of your Google Drive files',
    },
  ],
};

/**
 * Connection card of Google Slides, rendered by the panel kit.
 * Inputs and outputs (from `ConnectionCardPanel`): `connection` (or `null`), `loading`, `error`; `connect`, `disconnect`.
 */
@Component({
  selector: 'pb-google-slides-connection-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelConnectionCardComponent],
  template: `<pb-panel-connection-card [provider]="provider" [connection]="connection()" [loading]="loading()" [error]="error()" (connect)="connect.emit()" (disconnect)="disconnect.emit()" />`,
})
export class GoogleSlidesConnectionCardComponent extends ConnectionCardPanel {
  protected readonly provider = PROVIDER;
}
