/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { PANEL_STYLES, type PanelConnection } from './panel-support';

/** Every scope Google Calendar declares, with its description from the spec. */
const SCOPES: ReadonlyArray<{ scope: string; description: string }> = [
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
];

/**
 * Connection card of Google Calendar: who is connected, with which scopes, and connect/disconnect actions.
 * Inputs: the connection (or `null` when not connected), loading and error states.
 */
@Component({
  selector: 'pb-google-calendar-connection-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: PANEL_STYLES,
  template: `
    <section class="pb-section pb-connection">
      <h3 class="pb-title">{{ name }}</h3>
      <p>{{ description }}</p>
      @if (loading()) {
        <p class="pb-state pb-loading" role="status">Loading…</p>
      } @else if (error()) {
        <p class="pb-state pb-error" role="alert">{{ error() }}</p>
      } @else if (connection(); as current) {
        <dl class="pb-fields">
          <div class="pb-field"><dt>Status</dt><dd>{{ current.status }}</dd></div>
          <div class="pb-field"><dt>Account</dt><dd>{{ current.account?.label || current.account?.id || '—' }}</dd></div>
          <div class="pb-field"><dt>Connected</dt><dd>{{ current.connectedAt || '—' }}</dd></div>
        </dl>
        @if (granted().length) {
          <p class="pb-subtitle">Granted permissions</p>
          <ul>
            @for (scope of granted(); track scope.scope) {
              <li><code>{{ scope.scope }}</code> {{ scope.description }}</li>
            }
          </ul>
        }
        <button type="button" (click)="disconnect.emit()">Disconnect</button>
      } @else {
        <p class="pb-state pb-empty">Not connected.</p>
        <button type="button" (click)="connect.emit()">Connect</button>
      }
    </section>
  `,
})
export class GoogleCalendarConnectionCardComponent {
  /** The app's connection to Google Calendar, or `null` when there is none. */
  readonly connection = input<PanelConnection | null>(null);
  /** Whether the connection is being loaded or changed. */
  readonly loading = input(false);
  /** Message of the last failed action, if any. */
  readonly error = input<string | null>(null);
  /** Emitted when the user asks to connect. */
  readonly connect = output<void>();
  /** Emitted when the user asks to disconnect. */
  readonly disconnect = output<void>();

  protected readonly name = 'Google Calendar';
  protected readonly description = 'Put bookings and meetings on a Google calendar, keep them in step when they move or are cancelled, and show when you are free.';
  protected readonly granted = computed(() =>
    (this.connection()?.grantedScopes ?? []).map((g) => {
      const scope = typeof g === 'string' ? g : g.scope;
      const known = typeof g === 'string' ? undefined : g.description;
      return { scope, description: known ?? SCOPES.find((s) => s.scope === scope)?.description ?? '' };
    }),
  );
}
