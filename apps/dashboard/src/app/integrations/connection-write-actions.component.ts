import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { loadProviderPanels } from '@patchbay/panels-registry';
import { missingScopes, PanelActionFormComponent, type ActionSpec, type ChoicesLoader } from '@patchbay/panel-kit';
import { apiErrorCode, describeApiError } from '../core/api-error';
import { Connection, InsufficientScopeDetails, Permission, Provider } from '../core/integrations.models';
import { IntegrationsApi } from '../core/integrations-api.service';
import { AppContext } from '../apps/app-context';
import { ActionOutcome, ConnectionActions } from './connection-actions';
import { IntegrationsStore } from './integrations-store';

/** What the last call of one action came to. */
interface ActionRun {
  busy: boolean;
  error: string | null;
  result: unknown;
  /** Permissions the API said were missing when it refused (beyond what the connection's scopes tell). */
  refusedFor: Permission[];
}

const IDLE: ActionRun = { busy: false, error: null, result: undefined, refusedFor: [] };

/** `invalid_input` problems in words (`{path, message}` objects or strings). */
function problemsText(details: unknown): string {
  if (!Array.isArray(details)) return '';
  return details
    .map((p: unknown) => {
      if (typeof p === 'string') return p;
      if (typeof p === 'object' && p !== null) {
        const o = p as Record<string, unknown>;
        return [o['path'], o['message']].filter((x) => typeof x === 'string' && x).join(' ');
      }
      return '';
    })
    .filter(Boolean)
    .join('; ');
}

function errorBody(err: unknown): Record<string, unknown> {
  const body = (err as { error?: unknown })?.error;
  if (typeof body === 'object' && body && 'error' in body) return (body as { error: Record<string, unknown> }).error;
  return {};
}

/**
 * The "Actions" area of a connection: one form per write operation of the tool (generated from its spec, rendered by
 * the panel kit), run through the operations endpoint. An action the connection lacks a permission for says which and
 * offers the approve-more consent instead of a form that would fail; viewers see the forms disabled, with the reason.
 */
@Component({
  selector: 'app-connection-write-actions',
  imports: [MatButtonModule, PanelActionFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
    .section-title {
      margin-bottom: 12px;
      font: var(--mat-sys-title-medium);
    }
    .write-actions {
      margin-top: 1.5rem;
    }
    .action {
      border: 1px solid #e0e0e0;
      border-radius: 8px;
      margin: 0 0 0.75rem;
      background: #fff;
    }
    .action > summary {
      cursor: pointer;
      padding: 0.75rem 1rem;
      font-weight: 600;
    }
    .action > summary .muted {
      font-weight: 400;
    }
    .action-body {
      padding: 0 1rem 1rem;
    }
    .missing {
      border-left: 4px solid #b26a00;
      padding: 0.5rem 0.75rem;
      background: #fff8e1;
    }
    .missing ul {
      margin: 0.25rem 0 0.5rem;
    }
    .muted {
      color: #555;
    }
    .notice.ok {
      color: #1b5e20;
    }
    .error-banner {
      color: #b00020;
    }
  `,
  template: `
    <section class="write-actions" aria-labelledby="write-actions-title">
      <h3 id="write-actions-title" class="section-title">Actions</h3>
      @if (loading()) {
        <p class="muted" role="status">Loading actions…</p>
      } @else if (actions().length === 0) {
        <p class="muted">{{ provider().name }} has nothing to do from here: its spec declares no write operations.</p>
      } @else {
        <p class="muted">Change things in {{ provider().name }} as {{ connection().account.label }}.</p>
      }
      @if (outcome(); as o) {
        <p [class]="o.ok ? 'notice ok' : 'error-banner'" [attr.role]="o.ok ? 'status' : 'alert'">{{ o.message }}</p>
      }
      @for (action of actions(); track action.operationId) {
        @let missing = missingOf(action);
        @let run = runOf(action.operationId);
        <details class="action" [attr.data-operation]="action.operationId">
          <summary>
            {{ action.title }}
            @if (missing.length) {
              <span class="muted"> — needs more permissions</span>
            }
          </summary>
          <div class="action-body">
            @if (missing.length) {
              <div class="missing" data-testid="action-missing-permissions">
                <p><strong>Approve additional permissions</strong> to do this. {{ provider().name }} has not allowed this app to:</p>
                <ul>
                  @for (perm of missing; track perm.scope) {
                    <li>{{ perm.description }}</li>
                  }
                </ul>
                @if (store.canEdit()) {
                  <button mat-flat-button type="button" (click)="approve(action)" [disabled]="busy()">Approve additional permissions</button>
                } @else {
                  <p class="muted">Ask an owner or editor of this app to approve them.</p>
                }
              </div>
            } @else {
              <pb-panel-action-form
                [action]="action"
                [disabledReason]="disabledReason()"
                [busy]="run.busy"
                [error]="run.error"
                [result]="run.result"
                [choicesLoader]="loadChoices"
                (submitAction)="submit(action, $event)"
              />
            }
          </div>
        </details>
      }
    </section>
  `,
})
export class ConnectionWriteActionsComponent {
  private readonly api = inject(IntegrationsApi);
  private readonly context = inject(AppContext);
  private readonly connectionActions = inject(ConnectionActions);
  protected readonly store = inject(IntegrationsStore);

  readonly provider = input.required<Provider>();
  readonly connection = input.required<Connection>();

  protected readonly actions = signal<ActionSpec[]>([]);
  protected readonly loading = signal(false);
  protected readonly runs = signal<Record<string, ActionRun>>({});
  protected readonly outcome = signal<ActionOutcome | null>(null);
  protected readonly busy = signal(false);

  /** Why the person cannot submit: viewers only read (the API refuses their writes too), and a broken connection. */
  protected readonly disabledReason = computed<string | null>(() => {
    const name = this.provider().name;
    if (!this.store.canEdit()) {
      const role = this.context.app()?.role;
      return `You are ${role === 'viewer' ? 'a viewer' : 'not an owner or editor'} of this app: only its owners and editors can change things in ${name}.`;
    }
    if (this.connection().status !== 'active') return `${name} needs to be reconnected before anything can be changed in it.`;
    return null;
  });

  /** A picker's list (Slack channels by name…): the read operation it names, through the operations endpoint. */
  protected readonly loadChoices: ChoicesLoader = (operationId, input) => {
    const app = this.context.app();
    if (!app) return Promise.reject(new Error('No app selected'));
    // Fields listing the same thing (Slack's two channel fields) share one call; a failed one is tried again next time.
    const c = this.connection();
    const key = JSON.stringify([app.id, this.provider().id, c.account.id, [...this.granted()].sort(), operationId, input]);
    let pending = this.choiceCalls.get(key);
    if (!pending) {
      pending = this.api.runOperation(app.id, this.provider().id, operationId, input).then(
        (r) => r.data,
        (err) => {
          this.choiceCalls.delete(key);
          throw new Error(describeApiError(err));
        },
      );
      this.choiceCalls.set(key, pending);
    }
    return pending;
  };
  private readonly choiceCalls = new Map<string, Promise<unknown>>();

  private readonly granted = computed(() => new Set(this.connection().grantedScopes.map((g) => g.scope)));

  constructor() {
    effect(() => {
      const id = this.provider().id;
      untracked(() => void this.load(id));
    });
  }

  private loadedFor = '';

  private async load(providerId: string): Promise<void> {
    if (this.loadedFor === providerId) return;
    this.loadedFor = providerId;
    this.loading.set(true);
    try {
      const loaded = await loadProviderPanels(providerId);
      if (this.loadedFor === providerId) this.actions.set(Object.values(loaded?.actions ?? {}));
    } finally {
      this.loading.set(false);
    }
  }

  /** The permissions the connection lacks for an action (from its scopes, or what the API last refused for). */
  protected missingOf(action: ActionSpec): Permission[] {
    const granted = this.granted();
    const lacking = missingScopes(action, granted);
    const refused = this.runOf(action.operationId).refusedFor.filter((p) => !granted.has(p.scope));
    const all = [...lacking.map((scope) => ({ scope, description: this.describe(scope) })), ...refused];
    return all.filter((p, i) => all.findIndex((q) => q.scope === p.scope) === i);
  }

  private describe(scope: string): string {
    return this.provider().scopes.find((s) => s.scope === scope)?.description || scope;
  }

  protected runOf(operationId: string): ActionRun {
    return this.runs()[operationId] ?? IDLE;
  }

  private setRun(operationId: string, patch: Partial<ActionRun>): void {
    this.runs.update((all) => ({ ...all, [operationId]: { ...(all[operationId] ?? IDLE), ...patch } }));
  }

  protected async submit(action: ActionSpec, input: Record<string, unknown>): Promise<void> {
    const app = this.context.app();
    if (!app || this.disabledReason()) return;
    this.setRun(action.operationId, { busy: true, error: null, result: undefined });
    try {
      const result = await this.api.runOperation(app.id, this.provider().id, action.operationId, input);
      this.setRun(action.operationId, { busy: false, result: result.data ?? null });
    } catch (err) {
      const code = apiErrorCode(err);
      const body = errorBody(err);
      if (code === 'insufficient_scope') {
        const details = body as Partial<InsufficientScopeDetails>;
        const refusedFor = details.missingPermissions?.length
          ? details.missingPermissions
          : (details.missingScopes ?? []).map((m) => (typeof m === 'string' ? { scope: m, description: this.describe(m) } : m));
        this.setRun(action.operationId, { busy: false, refusedFor });
        return;
      }
      if (code === 'needs_reconnect') await this.store.refreshConnections();
      const problems = code === 'invalid_input' ? problemsText(body['problems']) : '';
      this.setRun(action.operationId, { busy: false, error: problems ? `${describeApiError(err)} ${problems}` : describeApiError(err) });
    }
  }

  protected async approve(action: ActionSpec): Promise<void> {
    this.outcome.set(null);
    this.busy.set(true);
    try {
      // A fresh consent for exactly what this action lacks (the single-use link of an earlier refusal may be spent).
      this.outcome.set(
        await this.connectionActions.approveMore(
          this.connection(),
          this.missingOf(action).map((m) => m.scope),
        ),
      );
      this.setRun(action.operationId, { refusedFor: [] });
    } finally {
      this.busy.set(false);
    }
  }
}
