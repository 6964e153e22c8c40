/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { PANEL_STYLES, type PanelConnection } from './panel-support';

/** Every scope Salesforce declares, with its description from the spec. */
const SCOPES: ReadonlyArray<{ scope: string; description: string }> = [
  {
    scope: 'api',
    description: 'Read and change the Salesforce records you can access (leads, contacts, cases, opportunities…)',
  },
  { scope: 'refresh_token', description: 'Keep working when you are not signed in (offline access)' },
  { scope: 'openid', description: 'Confirm which Salesforce user you signed in as' },
  { scope: 'id', description: 'See your basic Salesforce user profile' },
  { scope: 'profile', description: 'See your Salesforce profile details' },
  { scope: 'email', description: 'See your email address' },
];

/**
 * Connection card of Salesforce: who is connected, with which scopes, and connect/disconnect actions.
 * Inputs: the connection (or `null` when not connected), loading and error states.
 */
@Component({
  selector: 'pb-salesforce-connection-card',
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
export class SalesforceConnectionCardComponent {
  /** The app's connection to Salesforce, or `null` when there is none. */
  readonly connection = input<PanelConnection | null>(null);
  /** Whether the connection is being loaded or changed. */
  readonly loading = input(false);
  /** Message of the last failed action, if any. */
  readonly error = input<string | null>(null);
  /** Emitted when the user asks to connect. */
  readonly connect = output<void>();
  /** Emitted when the user asks to disconnect. */
  readonly disconnect = output<void>();

  protected readonly name = 'Salesforce';
  protected readonly description = 'Send leads, contacts and support cases from your app into Salesforce, update them, and pull records such as open opportunities and tasks.';
  protected readonly granted = computed(() =>
    (this.connection()?.grantedScopes ?? []).map((g) => {
      const scope = typeof g === 'string' ? g : g.scope;
      const known = typeof g === 'string' ? undefined : g.description;
      return { scope, description: known ?? SCOPES.find((s) => s.scope === scope)?.description ?? '' };
    }),
  );
}
