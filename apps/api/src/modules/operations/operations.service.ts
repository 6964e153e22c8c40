import { Injectable } from '@nestjs/common';
import { ConnectorError, OperationRunner, resolveServerUrl } from '@patchbay/connector-runtime';
import type { OperationModel, ProviderModel } from '@patchbay/spec';
import { CatalogService } from '../providers/catalog.service';
import { ConnectionTokensService } from '../connections/connection-tokens.service';
import { ConnectionsException } from '../connections/connections.exception';
import { ConnectionConsent } from '../connections/connection-consent.service';
import { ConnectionStore } from '../connections/connection-store.service';
import type { Connection } from '../connections/entities/connection.entity';
import type { Principal, UserPrincipal } from '../identity/principal';
import { AppConfig } from '../../platform/config/app-config';
import { Metrics } from '../../platform/metrics/metrics';
import { OutboundHttp } from '../../platform/http/outbound/outbound-http';
import { CommonException } from '../../platform/errors/common.exception';
import { roleAtLeast, type AppRoleName } from '../apps/entities/app-member.entity';
import { AuditWriter, type CallOrigin } from '../audit/audit-writer';
import { OperationException } from './operations.exception';

export interface OperationCallResult {
  status: number;
  data: unknown;
}

/** A call's result with the provider's JSON bytes when `data` was parsed from them (the fast lane passes them on as is). */
export interface OperationCallOutcome extends OperationCallResult {
  raw?: Buffer;
}

/**
 * Runs provider operations for an app's connection: scope guard first (refused before any provider call, with a
 * consent URL for just the missing permissions), then the runtime with a handle whose tokens come from the
 * connection (refresh ahead of expiry, single refresh across processes).
 */
@Injectable()
export class OperationsService {
  private readonly runner: OperationRunner;

  constructor(
    private readonly catalog: CatalogService,
    private readonly connections: ConnectionStore,
    private readonly consent: ConnectionConsent,
    private readonly tokens: ConnectionTokensService,
    private readonly audit: AuditWriter,
    config: AppConfig,
    private readonly metrics: Metrics,
    outbound: OutboundHttp,
  ) {
    this.runner = new OperationRunner({
      rewriteUrl: (u) => this.catalog.url(u),
      // The one outbound client: the destination policy (spec and token-response URLs included) and the byte cap.
      outbound: outbound.client,
      timeoutMs: config.providerTimeoutMs,
      retry: { deadlineMs: config.providerDeadlineMs },
    });
  }

  /** Runs the operation; the result also carries the provider's JSON bytes (the fast lane passes them on unparsed). */
  async run(
    caller: Principal,
    appId: string,
    provider: ProviderModel,
    operationId: string,
    input: unknown,
    nextPageUrl?: string,
    role: AppRoleName = 'editor',
    origin?: CallOrigin,
  ): Promise<OperationCallOutcome> {
    const started = Date.now();
    let status: number | string = 'error';
    try {
      const conn = await this.connection(appId, provider);
      if (conn.status !== 'active') throw ConnectionsException.needsReconnect(provider.name, conn.lastError ?? undefined);
      const op = this.runner.operation(provider, operationId);
      const scope = this.runner.scopeProblem(op, conn.grantedScopes);
      const canChange = roleAtLeast(role, 'editor');
      if (!canChange && !op.readOnly)
        throw CommonException.forbidden('Viewers can run read-only operations only; this one changes data at the provider');
      if (scope) throw await this.insufficientScope(caller, appId, provider, scope.requiredScopes, scope.missingScopes, canChange);
      const handle = this.tokens.handle(conn, provider);
      const result =
        nextPageUrl === undefined
          ? await this.runner.run(provider, operationId, input ?? {}, handle)
          : await this.runner.getUrl(provider, op, this.checkedNextPageUrl(provider, op, conn.metadata, nextPageUrl), handle);
      status = result.status;
      return { status: result.status, data: result.data, raw: result.raw };
    } catch (err) {
      if (err instanceof ConnectorError) {
        status = err.code;
        throw err.code === 'unknown_operation' ? ConnectionsException.unknownOperations([operationId]) : OperationException.fromConnectorError(err);
      }
      status = (err as { code?: string }).code ?? 'error';
      if ((err as { code?: string }).code === 'needs_reconnect') this.connections.forget(appId, provider.id);
      throw err;
    } finally {
      this.metrics.providerCalls.inc({ provider: provider.id, outcome: String(status) });
      this.audit.addCall({
        appId,
        actor: caller,
        provider: provider.id,
        operationId,
        status,
        durationMs: Date.now() - started,
        at: new Date(started),
        origin,
      });
    }
  }

  /**
   * A next-page URL must belong to the operation's API host: the runtime sends the connection's token with it, so an
   * absolute URL elsewhere would hand the token to another host. Relative URLs resolve against that host.
   */
  private checkedNextPageUrl(provider: ProviderModel, op: OperationModel, metadata: Record<string, string>, url: string): string {
    const refuse = (message: string) =>
      new ConnectorError('invalid_input', `nextPageUrl ${message}`, { problems: [{ path: 'nextPageUrl', message }] });
    if (op.pagination.style !== 'next_url') throw refuse(`is not used by ${op.id} (its pagination is ${op.pagination.style})`);
    if (url.startsWith('/')) {
      if (url.startsWith('//')) throw refuse('must be a path or a URL on the API host');
      return url;
    }
    let target: URL;
    let api: URL;
    try {
      target = new URL(url);
      api = new URL(resolveServerUrl(provider, op, metadata));
    } catch {
      throw refuse('must be a path or a URL on the API host');
    }
    if (target.origin !== api.origin) throw refuse('must be on the API host of the operation');
    return target.toString();
  }

  private connection(appId: string, provider: ProviderModel): Promise<Connection> {
    return this.connections.requireCached(appId, provider);
  }

  private async insufficientScope(
    caller: Principal,
    appId: string,
    provider: ProviderModel,
    required: string[],
    missing: string[],
    canConnect: boolean,
  ): Promise<ConnectionsException> {
    let authorizeUrl = '';
    // Only someone who may change the connection gets a consent URL (a viewer must ask an editor).
    if (caller.kind === 'user' && canConnect) {
      try {
        authorizeUrl = await this.consent.consentUrlForMissing(caller as UserPrincipal, appId, provider, missing);
      } catch {
        // No consent URL when the flow cannot start (e.g. the OAuth client was removed); the codes still tell.
      }
    }
    return ConnectionsException.insufficientScope(required, this.catalog.describe(provider.id, missing), authorizeUrl);
  }
}
