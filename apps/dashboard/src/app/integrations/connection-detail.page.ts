import { DatePipe, NgComponentOutlet } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, Type, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { loadProviderPanels } from '@patchbay/panels-registry';
import { PanelChoicePickerComponent, type ChoicesLoader, type PanelInput } from '@patchbay/panel-kit';
import { apiErrorCode, describeApiError } from '../core/api-error';
import { Connection, InsufficientScopeDetails, Permission, Provider } from '../core/integrations.models';
import { IntegrationsApi } from '../core/integrations-api.service';
import { AppContext } from '../apps/app-context';
import { ActionOutcome, ConnectionActions } from './connection-actions';
import { ConnectionWriteActionsComponent } from './connection-write-actions.component';
import { IntegrationsStore, reconnectReason } from './integrations-store';
import { GrantStatusComponent } from './grant-status.component';
import { ProviderAvatarComponent } from './provider-avatar.component';
import { credentialKind, credentialWords } from './credential-connector';

/** One generated data view and what the operations endpoint answered for it. */
export interface PanelView {
  operationId: string;
  title: string;
  component: Type<unknown>;
  state: 'loading' | 'ready' | 'error' | 'missing_permissions' | 'needs_input';
  data: unknown;
  error: string | null;
  missing: Permission[];
  authorizeUrl: string;
  problems: string[];
  /** Inputs the person can give (required ones, and those the spec prefills); kept across lookups. */
  params: PanelInput[];
  /** What the person typed for `params` (starting with the spec's values). */
  values: Record<string, string>;
  /** Required inputs left empty at the last "Show": the operation was not called. */
  invalid: string[];
  /** The operation needs a request body: it is not called from here. */
  needsBody: boolean;
}

/** `calendarId` → `Calendar id`, for inputs only an error answer named. */
export function inputLabel(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_\-.:]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words[0].toUpperCase() + words.slice(1) : name;
}

/** The required inputs of a view that are still empty. */
export function emptyRequired(params: readonly PanelInput[], values: Record<string, string>): string[] {
  return params.filter((p) => p.required && !(values[p.key] ?? '').trim()).map((p) => p.key);
}

/** The permissions an insufficient_scope answer lacks, in words whichever shape the API used. */
export function missingPermissionsOf(details: Partial<InsufficientScopeDetails>): Permission[] {
  if (details.missingPermissions?.length) return details.missingPermissions;
  return (details.missingScopes ?? []).map((m) => (typeof m === 'string' ? { scope: m, description: m } : m));
}

/**
 * Top-level parameters an `invalid_input` answer says are required (`{path: 'fields', message: 'is required'}`).
 * Null when anything else is wrong (a request body, a nested field): such views need more than a few values.
 */
export function requiredParamsOf(problems: unknown): string[] | null {
  if (!Array.isArray(problems) || problems.length === 0) return null;
  const names: string[] = [];
  for (const p of problems) {
    if (typeof p !== 'object' || p === null) return null;
    const { path, message } = p as { path?: unknown; message?: unknown };
    if (typeof path !== 'string' || message !== 'is required' || path.includes('.') || path === 'body') return null;
    names.push(path);
  }
  return names;
}

/** `invalid_input` problems as text (the runtime lists them as strings or `{path, message}` objects). */
export function problemsOf(details: unknown): string[] {
  if (!Array.isArray(details)) return [];
  return details.map((p: unknown) => {
    if (typeof p === 'string') return p;
    if (typeof p === 'object' && p !== null) {
      const o = p as Record<string, unknown>;
      return [o['path'], o['message']].filter((x) => typeof x === 'string' && x).join(': ') || JSON.stringify(p);
    }
    return String(p);
  });
}

function errorBody(err: unknown): Record<string, unknown> {
  if (err instanceof HttpErrorResponse && typeof err.error === 'object' && err.error && 'error' in err.error) {
    return (err.error as { error: Record<string, unknown> }).error;
  }
  return {};
}

/**
 * One connection: account, status, actions, and the provider's generated panels, each fed by its read
 * operation through the operations endpoint (loading, empty, error and missing-permission states), then the forms of
 * its write operations (`ConnectionWriteActionsComponent`).
 */
@Component({
  selector: 'app-connection-detail-page',
  imports: [
    DatePipe,
    RouterLink,
    NgComponentOutlet,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ProviderAvatarComponent,
    GrantStatusComponent,
    ConnectionWriteActionsComponent,
    PanelChoicePickerComponent,
  ],
  templateUrl: './connection-detail.page.html',
  styleUrl: './connection-detail.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConnectionDetailPage {
  private readonly api = inject(IntegrationsApi);
  private readonly context = inject(AppContext);
  protected readonly store = inject(IntegrationsStore);
  protected readonly actions = inject(ConnectionActions);

  /** Route parameter `:providerId`. */
  readonly providerId = input.required<string>();

  protected readonly provider = computed<Provider | undefined>(() => this.store.provider(this.providerId()));
  protected readonly connection = computed<Connection | undefined>(() => this.store.connectionsByProvider().get(this.providerId()));
  protected readonly reconnectReason = reconnectReason;
  /** A credential connector (API key, token, user + password): its credential is replaced on the connect page. */
  protected readonly credentialKind = computed(() => {
    const p = this.provider();
    return p ? credentialKind(p) : undefined;
  });
  protected readonly credentialWords = credentialWords;
  protected readonly panels = signal<PanelView[]>([]);
  protected readonly panelsLoading = signal(false);
  protected readonly outcome = signal<ActionOutcome | null>(null);
  protected readonly busy = signal(false);

  protected readonly ready = computed(() => this.panels().filter((p) => !p.needsBody && (p.state !== 'needs_input' || p.params.length > 0)));
  protected readonly needInput = computed(() => this.panels().filter((p) => p.needsBody || (p.state === 'needs_input' && p.params.length === 0)));

  constructor() {
    // Panels load once the connection is known, and again for another provider or after a new consent.
    effect(() => {
      const id = this.providerId();
      const connection = this.connection();
      const canEdit = this.store.canEdit();
      untracked(() => void this.loadPanels(id, connection, canEdit));
    });
  }

  private loadedKey = '';

  private async loadPanels(providerId: string, connection: Connection | undefined, canEdit: boolean): Promise<void> {
    const app = this.context.app();
    // Reload only when something the data depends on changed (account, scopes, status).
    const key = connection
      ? `${providerId}|${connection.account.id}|${connection.status}|${connection.grantedScopes.map((s) => s.scope).join(',')}|${canEdit}`
      : '';
    if (!app || !connection || key === this.loadedKey) {
      if (!connection) this.panels.set([]);
      return;
    }
    this.loadedKey = key;
    this.panelsLoading.set(true);
    const loaded = await loadProviderPanels(providerId);
    this.panelsLoading.set(false);
    if (!loaded) {
      this.panels.set([]);
      return;
    }
    // Values someone typed stay when the views reload after a new consent.
    const typed = new Map(this.panels().map((p) => [p.operationId, p.values]));
    const views: PanelView[] = Object.values(loaded.panels).map((p) => {
      const params = [...(p.inputs ?? [])];
      const prefilled = Object.fromEntries(params.filter((i) => i.value !== undefined).map((i) => [i.key, i.value as string]));
      const values = { ...prefilled, ...(typed.get(p.operationId) ?? {}) };
      // Never call an operation whose required input is empty (or that needs a body): ask first.
      const waiting = p.needsBody === true || emptyRequired(params, values).length > 0;
      return {
        operationId: p.operationId,
        title: p.title,
        component: p.component,
        state: waiting ? 'needs_input' : 'loading',
        data: undefined,
        error: null,
        missing: [],
        authorizeUrl: '',
        problems: [],
        params,
        values,
        invalid: [],
        needsBody: p.needsBody === true,
      } satisfies PanelView;
    });
    this.panels.set(views);
    // One after another: a 2-core server and the provider's rate limits prefer that to a burst.
    for (const view of views) {
      if (this.loadedKey !== key) return;
      if (view.state !== 'loading') continue;
      this.update(view.operationId, await this.fetch(app.id, providerId, view));
    }
  }

  private async fetch(appId: string, providerId: string, view: PanelView): Promise<Partial<PanelView>> {
    try {
      // Start with no input; what the operation requires and we cannot infer, the person supplies.
      const input = Object.fromEntries(Object.entries(view.values).filter(([, v]) => v.trim() !== ''));
      const result = await this.api.runOperation(appId, providerId, view.operationId, input);
      return { state: 'ready', data: result.data, error: null };
    } catch (err) {
      const code = apiErrorCode(err);
      const body = errorBody(err);
      if (code === 'insufficient_scope') {
        const details = body as Partial<InsufficientScopeDetails>;
        const missing = missingPermissionsOf(details);
        // No retry for a stale answer: the API drops its connection cache when a consent completes
        // (connections-lifecycle.api-spec: "a call right after approving the missing permissions goes through").
        return { state: 'missing_permissions', missing, authorizeUrl: details.authorizeUrl ?? '' };
      }
      if (code === 'invalid_input') {
        // Inputs the answer names that the form does not have yet join it, in words.
        const known = new Set(view.params.map((p) => p.key));
        const named = (requiredParamsOf(body['problems']) ?? []).filter((n) => !known.has(n));
        const params = [...view.params, ...named.map((n) => ({ key: n, label: inputLabel(n), required: true }))];
        return { state: 'needs_input', problems: problemsOf(body['problems']), params, error: null };
      }
      if (code === 'needs_reconnect') {
        await this.store.refreshConnections();
        return { state: 'error', error: 'This connection needs to be reconnected before its data can be shown.' };
      }
      // The provider's own refusal (a wrong id, a bad field list…) comes in its words ("Notion refused the call: …").
      return { state: 'error', data: undefined, error: describeApiError(err) };
    }
  }

  private update(operationId: string, patch: Partial<PanelView>): void {
    this.panels.update((all) => all.map((p) => (p.operationId === operationId ? { ...p, ...patch } : p)));
  }

  protected inputsOf(view: PanelView): Record<string, unknown> {
    return { data: view.data, loading: view.state === 'loading', error: view.error };
  }

  protected async approve(view: PanelView): Promise<void> {
    const connection = this.connection();
    if (!connection || !view.authorizeUrl) return;
    this.outcome.set(null);
    this.busy.set(true);
    try {
      // The consent URL that came with the refusal is single-use: after a failed or refused attempt its state is spent,
      // so every click asks the API for a fresh consent for exactly the missing permissions.
      this.outcome.set(
        await this.actions.approveMore(
          connection,
          view.missing.map((m) => m.scope),
        ),
      );
    } finally {
      this.busy.set(false);
    }
  }

  protected async reconnect(): Promise<void> {
    const connection = this.connection();
    if (!connection) return;
    this.outcome.set(null);
    this.busy.set(true);
    try {
      this.outcome.set(await this.actions.consent(connection, 'reconnect'));
    } finally {
      this.busy.set(false);
    }
  }

  protected setValue(view: PanelView, name: string, event: Event): void {
    this.setText(view, name, (event.target as HTMLInputElement).value);
  }

  /** A panel input's picker (Notion databases by title…): the read operation it names, through the operations endpoint. */
  protected readonly loadChoices: ChoicesLoader = async (operationId, input) => {
    const app = this.context.app();
    if (!app) throw new Error('No app selected');
    try {
      return (await this.api.runOperation(app.id, this.providerId(), operationId, input)).data;
    } catch (err) {
      throw new Error(describeApiError(err));
    }
  };

  protected pickerId(view: PanelView, key: string): string {
    return `picker-${view.operationId}-${key}`.replace(/[^A-Za-z0-9_-]/g, '_');
  }

  protected setText(view: PanelView, name: string, value: string): void {
    const current = this.panels().find((p) => p.operationId === view.operationId) ?? view;
    this.update(view.operationId, {
      values: { ...current.values, [name]: value },
      invalid: value.trim() ? current.invalid.filter((k) => k !== name) : current.invalid,
    });
  }

  protected labelOf(view: PanelView, key: string): string {
    return view.params.find((p) => p.key === key)?.label ?? inputLabel(key);
  }

  protected isInvalid(view: PanelView, key: string): boolean {
    return view.invalid.includes(key);
  }

  protected show(view: PanelView, event: Event): void {
    event.preventDefault();
    const current = this.panels().find((p) => p.operationId === view.operationId) ?? view;
    const empty = emptyRequired(current.params, current.values);
    this.update(view.operationId, { invalid: empty });
    // Required inputs empty: say which, and do not call the operation.
    if (empty.length) return;
    this.retry(current);
  }

  protected retry(view: PanelView): void {
    const app = this.context.app();
    if (!app) return;
    this.update(view.operationId, { state: 'loading', error: null });
    const current = this.panels().find((p) => p.operationId === view.operationId) ?? view;
    void this.fetch(app.id, this.providerId(), current).then((patch) => this.update(view.operationId, patch));
  }
}
