/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ConnectionCardPanel, PanelConnectionCardComponent, type ProviderCardSpec } from '@patchbay/panel-kit';

/** Slack as its spec describes it, with every scope it declares. */
const PROVIDER: ProviderCardSpec = {
  name: 'Slack',
  description: 'Let your app post messages to Slack channels and people, list channels, and find teammates by email, as its own bot.',
  scopes: [
    { scope: 'chat:write', description: 'Send messages as the app in channels it has been added to' },
    {
      scope: 'chat:write.public',
      description: 'Send messages as the app in any public channel, even ones it has not joined',
    },
    { scope: 'channels:read', description: 'See the names and basic details of public channels' },
    {
      scope: 'groups:read',
      description: 'See the names and basic details of private channels the app has been added to',
    },
    { scope: 'im:read', description: 'See basic details of direct messages with the app' },
    { scope: 'mpim:read', description: 'See basic details of group direct messages the app is in' },
    { scope: 'im:write', description: 'Start direct messages with people' },
    { scope: 'users:read', description: 'See the people in your workspace' },
    { scope: 'users:read.email', description: 'See the email addresses of people in your workspace' },
  ],
};

/**
 * Connection card of Slack, rendered by the panel kit.
 * Inputs and outputs (from `ConnectionCardPanel`): `connection` (or `null`), `loading`, `error`; `connect`, `disconnect`.
 */
@Component({
  selector: 'pb-slack-connection-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelConnectionCardComponent],
  template: `<pb-panel-connection-card [provider]="provider" [connection]="connection()" [loading]="loading()" [error]="error()" (connect)="connect.emit()" (disconnect)="disconnect.emit()" />`,
})
export class SlackConnectionCardComponent extends ConnectionCardPanel {
  protected readonly provider = PROVIDER;
}
