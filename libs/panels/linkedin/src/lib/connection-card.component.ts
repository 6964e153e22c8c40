/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { PANEL_STYLES, type PanelConnection } from './panel-support';

/** Every scope LinkedIn declares, with its description from the spec. */
const SCOPES: ReadonlyArray<{ scope: string; description: string }> = [
  { scope: 'openid', description: 'Confirm who you are on LinkedIn' },
  { scope: 'profile', description: 'See your name and profile photo' },
  { scope: 'email', description: 'See the primary email address of your LinkedIn account' },
  {
    scope: 'w_member_social',
    description: 'Create, change and delete posts, comments and reactions as you',
  },
];

/**
 * Connection card of LinkedIn: who is connected, with which scopes, and connect/disconnect actions.
 * Inputs: the connection (or `null` when not connected), loading and error states.
 */
@Component({
  selector: 'pb-linkedin-connection-card',
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
export class LinkedinConnectionCardComponent {
  /** The app's connection to LinkedIn, or `null` when there is none. */
  readonly connection = input<PanelConnection | null>(null);
  /** Whether the connection is being loaded or changed. */
  readonly loading = input(false);
  /** Message of the last failed action, if any. */
  readonly error = input<string | null>(null);
  /** Emitted when the user asks to connect. */
  readonly connect = output<void>();
  /** Emitted when the user asks to disconnect. */
  readonly disconnect = output<void>();

  protected readonly name = 'LinkedIn';
  protected readonly description = 'Publish posts to your LinkedIn feed from your app and show your LinkedIn name and photo.';
  protected readonly granted = computed(() =>
    (this.connection()?.grantedScopes ?? []).map((g) => {
      const scope = typeof g === 'string' ? g : g.scope;
      const known = typeof g === 'string' ? undefined : g.description;
      return { scope, description: known ?? SCOPES.find((s) => s.scope === scope)?.description ?? '' };
    }),
  );
}
