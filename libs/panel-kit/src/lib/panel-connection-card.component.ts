import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { PanelConnection, ProviderCardSpec } from './panel-spec';
import { PANEL_STYLES } from './panel-styles';

/**
 * A provider's connection card: who is connected, with which scopes (described from the spec when the connection
 * does not say), and connect/disconnect actions.
 */
@Component({
  selector: 'pb-panel-connection-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: PANEL_STYLES,
  template: `
    <section class="pb-section pb-connection">
      <h3 class="pb-title">{{ provider().name }}</h3>
      <p>{{ provider().description }}</p>
      @if (loading()) {
        <p class="pb-state pb-loading" role="status">Loading…</p>
      } @else if (error()) {
        <p class="pb-state pb-error" role="alert">{{ error() }}</p>
      } @else if (connection(); as current) {
        <dl class="pb-fields">
          <div class="pb-field">
            <dt>Status</dt>
            <dd>{{ current.status }}</dd>
          </div>
          <div class="pb-field">
            <dt>Account</dt>
            <dd>{{ current.account?.label || current.account?.id || '—' }}</dd>
          </div>
          <div class="pb-field">
            <dt>Connected</dt>
            <dd>{{ current.connectedAt || '—' }}</dd>
          </div>
        </dl>
        @if (granted().length) {
          <p class="pb-subtitle">Granted permissions</p>
          <ul>
            @for (scope of granted(); track scope.scope) {
              <li>
                <code>{{ scope.scope }}</code> {{ scope.description }}
              </li>
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
export class PanelConnectionCardComponent {
  /** The provider's name, description and declared scopes (generated from its spec). */
  readonly provider = input.required<ProviderCardSpec>();
  /** The app's connection to the provider, or `null` when there is none. */
  readonly connection = input<PanelConnection | null>(null);
  /** Whether the connection is being loaded or changed. */
  readonly loading = input(false);
  /** Message of the last failed action, if any. */
  readonly error = input<string | null>(null);
  /** Emitted when the user asks to connect. */
  readonly connect = output<void>();
  /** Emitted when the user asks to disconnect. */
  readonly disconnect = output<void>();

  protected readonly granted = computed(() => {
    const declared = this.provider().scopes;
    return (this.connection()?.grantedScopes ?? []).map((g) => {
      const scope = typeof g === 'string' ? g : g.scope;
      const known = typeof g === 'string' ? undefined : g.description;
      return { scope, description: known ?? declared.find((s) => s.scope === scope)?.description ?? '' };
    });
  });
}
