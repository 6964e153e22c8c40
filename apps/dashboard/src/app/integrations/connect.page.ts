import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { CredentialFieldsComponent } from '../custom-integrations/credential-fields.component';
import { CredentialConnectorsApi, credentialConnectorForm, credentialKind, credentialWords, storeCredentialBody } from './credential-connector';
import { apiErrorCode, describeApiError } from '../core/api-error';
import { ConnectMode, Permission } from '../core/integrations.models';
import { IntegrationsApi } from '../core/integrations-api.service';
import { describeOAuthResult, OAuthPopup } from '../core/oauth-popup.service';
import { Session } from '../core/session';
import { AppContext } from '../apps/app-context';
import { defaultOperations, IntegrationsStore, permissionsFor } from './integrations-store';
import { consentWords, noteParts } from './consent-words';
import { GrantStatusComponent } from './grant-status.component';
import { ProviderAvatarComponent } from './provider-avatar.component';

type Step = 'review' | 'waiting' | 'connected' | 'skipped';

/**
 * The review step before a consent: what the app wants to do (Action required), the permissions that needs
 * in plain words, and Connect (popup) or Skip. After connecting it shows the tool's setup notes.
 */
@Component({
  selector: 'app-connect-page',
  imports: [RouterLink, MatButtonModule, ReactiveFormsModule, ProviderAvatarComponent, GrantStatusComponent, CredentialFieldsComponent],
  templateUrl: './connect.page.html',
  styleUrl: './connect.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConnectPage {
  private readonly api = inject(IntegrationsApi);
  private readonly popup = inject(OAuthPopup);
  private readonly context = inject(AppContext);
  protected readonly store = inject(IntegrationsStore);
  protected readonly session = inject(Session);

  /** Route parameter `:providerId`. */
  readonly providerId = input.required<string>();
  /** Query parameter: comma-separated operation ids the request needs (from an example prompt). */
  readonly operations = input<string | undefined>(undefined);
  /** Query parameter: the example prompt that brought the user here. */
  readonly prompt = input<string | undefined>(undefined);

  protected readonly noteParts = noteParts;
  protected readonly step = signal<Step>('review');
  /** The consent that finished on this page (its success words differ for a first connection and for more permissions). */
  protected readonly done = signal<ConnectMode | null>(null);
  protected readonly error = signal<string | null>(null);

  protected readonly provider = computed(() => this.store.provider(this.providerId()));
  protected readonly connection = computed(() => this.store.connectionsByProvider().get(this.providerId()));

  private readonly fb = inject(FormBuilder);
  private readonly credentials = inject(CredentialConnectorsApi);
  /** Set for a tool connected with a stored API key, access token or user + password (no consent popup). */
  protected readonly kind = computed(() => {
    const p = this.provider();
    return p ? credentialKind(p) : undefined;
  });
  protected readonly credentialWords = credentialWords;
  /** The credential form of a credential connector (one per tool shown). */
  protected readonly credentialGroup = computed(() => {
    const p = this.provider();
    return p && this.kind() ? credentialConnectorForm(this.fb, p) : null;
  });

  private readonly operationIds = computed(() => {
    const p = this.provider();
    const given = (this.operations() ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    return given.length || !p ? given : defaultOperations(p);
  });

  protected readonly required = computed<Permission[]>(() => {
    const p = this.provider();
    return p ? permissionsFor(p, this.operationIds()) : [];
  });

  /** Permissions the request needs that an existing connection lacks (then the consent adds just those). */
  protected readonly missing = computed<Permission[]>(() => {
    const c = this.connection();
    if (!c) return this.required();
    const granted = new Set(c.grantedScopes.map((g) => g.scope));
    return this.required().filter((r) => !granted.has(r.scope));
  });

  protected readonly mode = computed<ConnectMode | null>(() => {
    if (!this.connection()) return 'connect';
    return this.missing().length ? 'add_scopes' : null;
  });

  /** What the page is about: a first connection, more permissions for an existing one, or the connection itself. */
  protected readonly heading = computed(() => {
    const p = this.provider();
    if (!p) return 'Connect a tool';
    const mode = this.done() ?? this.mode();
    if (mode === 'add_scopes') return `Approve additional permissions for ${p.name}`;
    if (mode === 'connect') return `Connect ${p.name}`;
    return p.name;
  });

  /** The button's words: what the consent will ask for. */
  protected readonly words = computed(() => {
    const p = this.provider();
    return consentWords(this.mode() ?? 'connect', p?.name ?? '', this.missing().length);
  });

  constructor() {
    const title = inject(Title);
    effect(() => title.setTitle(`${this.heading()} · Patchbay`));
  }

  protected async connect(): Promise<void> {
    const p = this.provider();
    const app = this.context.app();
    const mode = this.mode();
    if (!p || !app || !mode) return;
    this.error.set(null);
    this.step.set('waiting');
    try {
      const auth = await this.api.authorize(app.id, p.id, { operations: this.operationIds(), mode });
      const result = await this.popup.open(auth.authorizationUrl);
      await this.store.refreshConnections();
      // A popup that finished on another origin (PATCHBAY_PUBLIC_URL differs from this page's) cannot tell us;
      // the connection list still can.
      if (result.outcome === 'closed' && mode === 'connect' && this.connection()) {
        this.done.set(mode);
        this.step.set('connected');
        return;
      }
      const problem = describeOAuthResult(result, p.name);
      if (problem) {
        this.error.set(problem);
        this.step.set('review');
        return;
      }
      this.done.set(mode);
      this.step.set('connected');
    } catch (err) {
      const code = apiErrorCode(err);
      this.error.set(
        code === 'provider_not_configured'
          ? `${p.name} is not set up yet: an instance admin must add its OAuth client under Settings → Providers.`
          : describeApiError(err),
      );
      this.step.set('review');
    }
  }

  /** Credential connectors: stores the secret (encrypted by the server, never shown again) instead of a consent. */
  protected async saveCredential(): Promise<void> {
    const p = this.provider();
    const app = this.context.app();
    const kind = this.kind();
    const group = this.credentialGroup();
    if (!p || !app || !kind || !group) return;
    if (group.invalid) {
      group.markAllAsTouched();
      return;
    }
    this.error.set(null);
    this.step.set('waiting');
    try {
      await this.credentials.store(app.id, p.id, storeCredentialBody(kind, group));
      group.reset();
      await this.store.refreshConnections();
      this.done.set('connect');
      this.step.set('connected');
    } catch (err) {
      this.error.set(describeApiError(err));
      this.step.set('review');
    }
  }

  protected skip(): void {
    this.error.set(null);
    this.step.set('skipped');
  }
}
