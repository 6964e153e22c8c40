/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { PANEL_STYLES, type PanelConnection } from './panel-support';

/** Every scope HubSpot declares, with its description from the spec. */
const SCOPES: ReadonlyArray<{ scope: string; description: string }> = [
  {
    scope: 'oauth',
    description: 'Connect the app to your HubSpot account and see basic account details',
  },
  { scope: 'crm.objects.contacts.read', description: 'See your contacts and their details' },
  { scope: 'crm.objects.contacts.write', description: 'Create and change contacts' },
  { scope: 'crm.objects.deals.read', description: 'See your deals and deal pipelines' },
  {
    scope: 'crm.objects.deals.write',
    description: 'Create and change deals (such as their amount or stage)',
  },
  {
    scope: 'crm.schemas.deals.read',
    description: 'See how deals are set up (properties and pipelines), without the deals themselves',
  },
  { scope: 'crm.lists.read', description: 'See your contact lists and who is in them' },
];

/**
 * Connection card of HubSpot: who is connected, with which scopes, and connect/disconnect actions.
 * Inputs: the connection (or `null` when not connected), loading and error states.
 */
@Component({
  selector: 'pb-hubspot-connection-card',
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
export class HubspotConnectionCardComponent {
  /** The app's connection to HubSpot, or `null` when there is none. */
  readonly connection = input<PanelConnection | null>(null);
  /** Whether the connection is being loaded or changed. */
  readonly loading = input(false);
  /** Message of the last failed action, if any. */
  readonly error = input<string | null>(null);
  /** Emitted when the user asks to connect. */
  readonly connect = output<void>();
  /** Emitted when the user asks to disconnect. */
  readonly disconnect = output<void>();

  protected readonly name = 'HubSpot';
  protected readonly description = 'Keep HubSpot in step with your app - add and update contacts, move deals along, and show pipelines and contact lists.';
  protected readonly granted = computed(() =>
    (this.connection()?.grantedScopes ?? []).map((g) => {
      const scope = typeof g === 'string' ? g : g.scope;
      const known = typeof g === 'string' ? undefined : g.description;
      return { scope, description: known ?? SCOPES.find((s) => s.scope === scope)?.description ?? '' };
    }),
  );
}
