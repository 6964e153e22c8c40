/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ConnectionCardPanel, PanelConnectionCardComponent, type ProviderCardSpec } from '@patchbay/panel-kit';

/** Google Calendar as its spec describes it, with every scope it declares. */
const PROVIDER: ProviderCardSpec = {
  name: 'Google Calendar',
  description: 'Put bookings and meetings on a Google calendar, keep them in step when they move or are cancelled, and show when you are free.',
  scopes: [
    { scope: 'openid', description: 'Confirm which Google account you signed in with' },
    { scope: 'email', description: 'See your Google account email address' },
    {
      scope: 'https://www.googleapis.com/auth/calendar.events',
      description: 'See, add, change and delete events on all your calendars',
    },
    {
      scope: 'https://www.googleapis.com/auth/calendar.events.owned',
      description: 'See, add, change and delete events on calendars you own',
    },
    {
      scope: 'https://www.googleapis.com/auth/calendar.events.readonly',
      description: 'See the events on all your calendars',
    },
    {
      scope: 'https://www.googleapis.com/auth/calendar.readonly',
      description: 'See your calendars and their events',
    },
    {
      scope: 'https://www.googleapis.com/auth/calendar.freebusy',
      description: 'See when you are free or busy (no event details)',
    },
    {
      scope: 'https://www.googleapis.com/auth/calendar.events.freebusy',
      description: 'See when you are free or busy on your calendars (no event details)',
    },
    {
      scope: 'https://www.googleapis.com/auth/calendar',
      description: 'Full control of all your calendars',
    },
  ],
};

/**
 * Connection card of Google Calendar, rendered by the panel kit.
 * Inputs and outputs (from `ConnectionCardPanel`): `connection` (or `null`), `loading`, `error`; `connect`, `disconnect`.
 */
@Component({
  selector: 'pb-google-calendar-connection-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelConnectionCardComponent],
  template: `<pb-panel-connection-card [provider]="provider" [connection]="connection()" [loading]="loading()" [error]="error()" (connect)="connect.emit()" (disconnect)="disconnect.emit()" />`,
})
export class GoogleCalendarConnectionCardComponent extends ConnectionCardPanel {
  protected readonly provider = PROVIDER;
}
