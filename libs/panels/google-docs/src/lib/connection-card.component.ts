/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { PANEL_STYLES, type PanelConnection } from './panel-support';

/** Every scope Google Docs declares, with its description from the spec. */
const SCOPES: ReadonlyArray<{ scope: string; description: string }> = [
  { scope: 'openid', description: 'Confirm which Google account you signed in with' },
  { scope: 'email', description: 'See your Google account email address' },
  {
    scope: 'https://www.googleapis.com/auth/drive.file',
    description: 'See, create and change only the Drive files (including Docs) this app creates or that you open with it',
  },
  {
    scope: 'https://www.googleapis.com/auth/documents.readonly',
    description: 'See all your Google Docs documents',
  },
  {
    scope: 'https://www.googleapis.com/auth/documents',
    description: 'See, edit, create and delete all your Google Docs documents',
  },
  {
    scope: 'https://www.googleapis.com/auth/drive.readonly',
    description: 'See and download all your Google Drive files',
  },
  {
    scope: 'https://www.googleapis.com/auth/drive',
    description: 'See, edit, create and delete all of your Google Drive files',
  },
];

/**
 * Connection card of Google Docs: who is connected, with which scopes, and connect/disconnect actions.
 * Inputs: the connection (or `null` when not connected), loading and error states.
 */
@Component({
  selector: 'pb-google-docs-connection-card',
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
export class GoogleDocsConnectionCardComponent {
  /** The app's connection to Google Docs, or `null` when there is none. */
  readonly connection = input<PanelConnection | null>(null);
  /** Whether the connection is being loaded or changed. */
  readonly loading = input(false);
  /** Message of the last failed action, if any. */
  readonly error = input<string | null>(null);
  /** Emitted when the user asks to connect. */
  readonly connect = output<void>();
  /** Emitted when the user asks to disconnect. */
  readonly disconnect = output<void>();

  protected readonly name = 'Google Docs';
  protected readonly description = 'Write reports, summaries and notes from your app into Google Docs, and read documents back.';
  protected readonly granted = computed(() =>
    (this.connection()?.grantedScopes ?? []).map((g) => {
      const scope = typeof g === 'string' ? g : g.scope;
      const known = typeof g === 'string' ? undefined : g.description;
      return { scope, description: known ?? SCOPES.find((s) => s.scope === scope)?.description ?? '' };
    }),
  );
}
