import { computed, inject, Injectable, signal } from '@angular/core';
import { describeApiError } from '../core/api-error';
import { Connection, Provider } from '../core/integrations.models';
import { IntegrationsApi } from '../core/integrations-api.service';
import { Session } from '../core/session';
import { AppContext } from '../apps/app-context';

/**
 * The catalog and this app's connections, shared by the Integrations tabs and views. Provided by the
 * Integrations page, so it lives as long as one app's Integrations area is open.
 */
@Injectable()
export class IntegrationsStore {
  private readonly api = inject(IntegrationsApi);
  private readonly context = inject(AppContext);
  private readonly session = inject(Session);

  readonly providers = signal<Provider[]>([]);
  readonly connections = signal<Connection[]>([]);
  readonly loading = signal(false);
  readonly error = signal<string | null>(null);
  private loadedFor: string | null = null;

  /** Editors and owners connect and disconnect; instance admins act as owners in every app (the API agrees). */
  readonly canEdit = computed(() => {
    const role = this.context.app()?.role;
    return role === 'owner' || role === 'editor' || (role === null && this.session.isAdmin());
  });

  readonly connectionsByProvider = computed(() => new Map(this.connections().map((c) => [c.provider, c])));

  provider(id: string): Provider | undefined {
    return this.providers().find((p) => p.id === id);
  }

  /** Loads catalog and connections once per app; `force` reloads both. */
  async ensureLoaded(force = false): Promise<void> {
    const app = this.context.app();
    if (!app || (!force && this.loadedFor === app.id)) return;
    this.loadedFor = app.id;
    this.loading.set(true);
    this.error.set(null);
    try {
      const [providers, connections] = await Promise.all([this.api.providers(), this.api.connections(app.id)]);
      this.providers.set(providers);
      this.connections.set(connections);
    } catch (err) {
      this.loadedFor = null;
      this.error.set(describeApiError(err));
    } finally {
      this.loading.set(false);
    }
  }

  /** Re-reads the connection list (after a consent, a switch or a disconnect). */
  async refreshConnections(): Promise<void> {
    const app = this.context.app();
    if (!app) return;
    try {
      this.connections.set(await this.api.connections(app.id));
    } catch (err) {
      this.error.set(describeApiError(err));
    }
  }
}

/** Initials for a tool without a logo: "Google Calendar" → "GC", "Slack" → "S". */
export function initialsOf(name: string): string {
  const words = name.split(/[\s\-_]+/).filter(Boolean);
  return words
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');
}

/** A stable hue per tool, so each avatar keeps its colour between visits. */
export function hueOf(id: string): number {
  let hash = 0;
  for (const ch of id) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return hash % 360;
}

/** Operations (ids) whose least-privilege scopes a consent should ask for, and those permissions in words. */
export function permissionsFor(provider: Provider, operationIds: readonly string[]): { scope: string; description: string }[] {
  const text = new Map(provider.scopes.map((s) => [s.scope, s.description]));
  const scopes = new Set(provider.operations.filter((o) => operationIds.includes(o.id)).flatMap((o) => o.scopes));
  return [...scopes].map((scope) => ({ scope, description: text.get(scope) ?? scope }));
}

/** Without a prompt, connecting asks for what the read-only views (panels) need. */
export function defaultOperations(provider: Provider): string[] {
  return provider.operations.filter((o) => o.readOnly).map((o) => o.id);
}

/**
 * Why a connection needs reconnecting, in words. The API keeps the provider's reason, which is often a bare
 * OAuth code (`invalid_grant`); a person needs to know what happened and what to do instead.
 */
export function reconnectReason(providerName: string, lastError: string | null | undefined): string {
  const reason = (lastError ?? '').trim();
  if (!reason || /^[a-z0-9_.:-]+$/i.test(reason)) {
    return `Its access was revoked or has expired at ${providerName}, so this app cannot use it until someone reconnects.`;
  }
  return reason;
}
