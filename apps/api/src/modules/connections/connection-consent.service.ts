import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createPkcePair, OAuthError, type TokenSet } from '@patchbay/connector-runtime';
import type { ProviderModel } from '@patchbay/spec';
import { randomUUID } from 'node:crypto';
import { DataSource, QueryFailedError } from 'typeorm';
import { TtlCache } from '../../platform/cache/ttl-cache';
import { AppConfig } from '../../platform/config/app-config';
import { TokenCipher } from '../../platform/crypto/token-cipher';
import { AuditService } from '../audit/audit.service';
import { User } from '../identity/entities/user.entity';
import type { UserPrincipal } from '../identity/principal';
import { CatalogService } from '../providers/catalog.service';
import { BIND_ON_OPEN, SHARED_LINK_TTL_MS } from './browser-binding';
import { ConnectionsException, type CallbackFailure } from './connections.exception';
import { CredentialConnectorException } from './credential-connector.exception';
import { AuthorizeDto, AuthorizeView } from './dtos/connection.dto';
import { Connection } from './entities/connection.entity';
import type { ConnectMode, OAuthState } from './entities/oauth-state.entity';
import { grantGaps, wordList } from './grant-gaps';
import { ConnectionStore } from './connection-store.service';
import { GrantRevoker, type GrantToRevoke } from './grant-revoker';
import { OAuthClients } from './oauth-clients';
import { nonceFor, OAuthStateService, STATE_TTL_MS } from './oauth-state.service';

/** A duplicate key (PostgreSQL 23505, SQLite SQLITE_CONSTRAINT_UNIQUE). */
function isUniqueViolation(err: unknown): boolean {
  if (!(err instanceof QueryFailedError)) return false;
  const d = err.driverError as { code?: string } | undefined;
  return d?.code === '23505' || d?.code === 'SQLITE_CONSTRAINT_UNIQUE' || /UNIQUE constraint failed/.test(err.message);
}

/** Where the dashboard learns how a consent ended (it posts the result to the window that opened the popup). */
export interface CallbackOutcome {
  outcome: 'connected' | 'denied' | 'error';
  appId?: string;
  provider?: string;
  mode?: ConnectMode;
  code?: CallbackFailure;
  message?: string;
  /** Connected, but the provider granted fewer scopes than this consent asked for: those scopes, space-separated. */
  notGranted?: string;
  /** The operations that will not run without them, space-separated ids (the message says it in words). */
  unavailable?: string;
}

/**
 * The consent part of connections: starting a consent (authorize, links handed out, consent URLs for missing scopes)
 * and applying its outcome (connected, denied, refused browser). The callback's code exchange is in
 * oauth-callback-exchange.ts; stored rows are read and removed through {@link ConnectionStore}.
 */
@Injectable()
export class ConnectionConsent {
  private readonly logger = new Logger('Connections');
  /** Pending add-scopes consent URLs by app, provider, user and missing scopes (see consentUrlForMissing). */
  private readonly consentUrls = new TtlCache<string, string>(60_000);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: CatalogService,
    private readonly clients: OAuthClients,
    private readonly states: OAuthStateService,
    private readonly cipher: TokenCipher,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly store: ConnectionStore,
    private readonly revoker: GrantRevoker,
  ) {
    store.onDropped((appId, providerId) => this.consentUrls.deleteWhere((k) => k.startsWith(`${appId}|${providerId}|`)));
    // A consent URL is single use: once its state is spent (by any outcome), the next refusal gets a new one.
    states.onConsumed((row) => this.consentUrls.deleteWhere((k) => k.startsWith(`${row.appId}|${row.provider}|`)));
  }

  /**
   * The consent URL for scopes an operation was refused for (mode add_scopes). Refusals repeat — a function in a loop,
   * a panel polling — so the same pending consent is handed out for a minute instead of a new state row and audit
   * record per refused call; it is dropped as soon as its state is used or the connection changes in this process.
   */
  async consentUrlForMissing(caller: UserPrincipal, appId: string, provider: ProviderModel, missing: readonly string[]): Promise<string> {
    const key = `${appId}|${provider.id}|${caller.user.id}|${[...missing].sort().join(' ')}`;
    const url = await this.consentUrls.getOrLoad(key, async () =>
      this.handOut(caller, appId, provider, { scopes: [...missing], mode: 'add_scopes' }),
    );
    return url as string;
  }

  /**
   * A consent link this server hands out itself (a chat card, an insufficient_scope answer): the browser that opens it
   * never called authorize, so the flow is bound to whichever browser opens the link first — through
   * `GET /api/oauth/start`, which sets the binding cookie and redirects to the provider. The provider URL travels
   * encrypted in the link (it holds the state); used directly, its callback is refused.
   */
  async handOut(caller: UserPrincipal, appId: string, provider: ProviderModel, dto: AuthorizeDto): Promise<string> {
    const view = await this.authorize(caller, appId, provider, dto, BIND_ON_OPEN);
    return `${this.config.publicUrl}/api/oauth/start?link=${encodeURIComponent(this.cipher.encrypt(view.authorizationUrl))}`;
  }

  /** The provider URL inside a link from {@link handOut}; undefined when it is not one of ours. */
  openedLink(link: string): string | undefined {
    try {
      const url = this.cipher.decrypt(link);
      return /^https?:\/\//.test(url) ? url : undefined;
    } catch {
      return undefined;
    }
  }

  /** The scopes the given scopes/operations need, validated against the spec (least privilege per operation). */
  scopesFor(provider: ProviderModel, scopes: readonly string[] = [], operations: readonly string[] = []): string[] {
    const known = new Set([...provider.scopes.map((s) => s.scope), ...provider.oauth.defaultScopes]);
    const unknown = scopes.filter((s) => !known.has(s));
    if (unknown.length) throw ConnectionsException.unknownScopes(unknown);
    const ops = new Map(provider.operations.map((o) => [o.id, o]));
    const unknownOps = operations.filter((o) => !ops.has(o));
    if (unknownOps.length) throw ConnectionsException.unknownOperations(unknownOps);
    return [...new Set([...scopes, ...operations.flatMap((o) => ops.get(o)?.requiredScopes ?? [])])];
  }

  /**
   * Starts a consent. `bindingHash`: the flow is bound to the browser holding that cookie (the authorize route sets
   * it). Without one the consent URL works in any browser: a link asked for with `shareable` (a colleague's consent;
   * five minutes, audited as such), or a URL this server hands out itself (chat cards, insufficient_scope answers),
   * which the browser opening it never called authorize for.
   */
  async authorize(caller: UserPrincipal, appId: string, provider: ProviderModel, dto: AuthorizeDto, bindingHash?: string): Promise<AuthorizeView> {
    // A credential connector has no consent (the controller, chat cards and insufficient_scope links all land here).
    if (provider.authType === 'credential') throw CredentialConnectorException.isCredential(provider);
    const mode: ConnectMode = dto.mode ?? 'connect';
    const wanted = this.scopesFor(provider, dto.scopes, dto.operations);
    const existing = await this.store.find(appId, provider.id);
    let ask: string[];
    if (mode === 'connect') {
      if (existing) throw ConnectionsException.exists(provider.name);
      ask = wanted;
    } else {
      if (!existing) throw ConnectionsException.notFound(provider.name);
      if (mode === 'add_scopes') {
        const missing = wanted.filter((s) => !existing.grantedScopes.includes(s));
        if (missing.length === 0) throw ConnectionsException.nothingToAdd();
        // Providers with incremental consent keep the earlier grant when asked only for the new scopes; the
        // others would issue a token with just the new ones, so they are asked for the whole set again.
        const incremental = Object.keys(provider.oauth.incrementalParams).length > 0;
        ask = incremental ? missing : [...new Set([...existing.grantedScopes, ...missing])];
      } else {
        // Switch and reconnect keep what the app already relies on.
        ask = [...new Set([...existing.grantedScopes, ...wanted])];
      }
    }
    const shareable = !bindingHash && dto.shareable === true;
    const client = await this.clients.for(provider);
    const pkce = client.config.pkce === 'unsupported' ? undefined : createPkcePair(client.config.pkceEncoding);
    const redirectUri = this.catalog.redirectUri;
    const state = await this.states.create({
      appId,
      userId: caller.user.id,
      provider: provider.id,
      mode,
      requestedScopes: ask,
      pkceVerifier: pkce?.verifier,
      redirectUri,
      bindingHash,
      ttlMs: shareable ? SHARED_LINK_TTL_MS : STATE_TTL_MS,
    });
    const authorizationUrl = client.authorizationUrl({
      redirectUri,
      scopes: ask,
      state,
      codeChallenge: pkce?.challenge,
      incremental: mode === 'add_scopes',
      // OpenID: the id_token must echo this flow's nonce (checked in complete()).
      extraParams: client.scopesToRequest(ask).includes('openid') ? { nonce: nonceFor(state) } : undefined,
    });
    await this.audit.record({
      appId,
      actor: caller,
      action: shareable ? 'connection.consent_link_shared' : 'connection.consent_started',
      target: provider.id,
      metadata: { mode, binding: bindingHash === BIND_ON_OPEN ? 'first_opener' : bindingHash ? 'browser' : shareable ? 'shared_link' : 'handed_out' },
    });
    return {
      authorizationUrl,
      state,
      mode,
      shareable: !bindingHash,
      requestedScopes: this.catalog.describe(provider.id, client.scopesToRequest(ask)),
      expiresAt: new Date(Date.now() + (shareable ? SHARED_LINK_TTL_MS : STATE_TTL_MS)).toISOString(),
    };
  }

  /** The callback came from a browser without the flow's binding cookie: refused (the state is spent), recorded. */
  async browserMismatch(state: OAuthState): Promise<void> {
    await this.audit.record({
      appId: state.appId,
      actor: 'system',
      action: 'connection.consent_browser_mismatch',
      target: state.provider,
      metadata: { mode: state.mode, userId: state.userId },
    });
  }

  /** The consent was denied or cancelled: nothing changes but the audit trail. */
  async denied(state: OAuthState, providerError: string): Promise<CallbackOutcome> {
    await this.audit.record({
      appId: state.appId,
      actor: 'system',
      action: 'connection.consent_denied',
      target: state.provider,
      metadata: { mode: state.mode, error: providerError.slice(0, 100), userId: state.userId },
    });
    return { outcome: 'denied', appId: state.appId, provider: state.provider, mode: state.mode };
  }

  /** Applies a successful code exchange according to the flow's mode. */
  async complete(state: OAuthState, tokens: TokenSet, raw: Record<string, unknown>, nonce?: string): Promise<CallbackOutcome> {
    const provider = this.catalog.get(state.provider);
    const base = { appId: state.appId, provider: provider.id, mode: state.mode };
    const client = await this.clients.for(provider);
    // Providers may grant fewer scopes than asked: keep what came back; when they do not say, what was asked.
    const returned = tokens.grantedScopes ?? state.requestedScopes;
    let account;
    try {
      account = await client.identity(tokens, raw, { nonce, grantedScopes: tokens.grantedScopes ?? client.scopesToRequest(state.requestedScopes) });
    } catch (err) {
      this.logger.warn(`Identity call for ${provider.id} failed: ${err instanceof Error ? err.message : String(err)}`);
      await this.revokeQuietly(provider, tokens);
      const hint = err instanceof OAuthError ? err.details.hint : undefined;
      return {
        ...base,
        outcome: 'error',
        code: 'identity_failed',
        message: `${provider.name} did not say which account was connected${hint ? `: ${hint}` : ''}`,
      };
    }
    const actor = { kind: 'user' as const, user: { id: state.userId } as User, sessionId: '' };
    // The grant this flow made, or the one it replaced: whichever Patchbay does not keep is revoked after the answer.
    let replaced: GrantToRevoke | undefined;
    const newGrant = (reason: GrantToRevoke['reason']): GrantToRevoke => ({
      appId: state.appId,
      provider,
      account: account.label.slice(0, 255),
      reason,
      tokens: { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken },
    });

    const applied = this.dataSource.transaction(async (m): Promise<CallbackOutcome> => {
      const repo = m.getRepository(Connection);
      const existing = await repo.findOne({ where: { appId: state.appId, provider: provider.id } });
      const now = new Date();
      const tokenFields = {
        accessTokenEnc: this.cipher.encrypt(tokens.accessToken),
        refreshTokenEnc: tokens.refreshToken ? this.cipher.encrypt(tokens.refreshToken) : null,
        expiresAt: tokens.expiresAt ?? null,
        metadata: tokens.metadata,
        status: 'active' as const,
        lastError: null,
        lastRefreshedAt: null,
      };
      if (state.mode === 'connect' || !existing) {
        if (state.mode !== 'connect' && !existing)
          return { ...base, outcome: 'error', code: 'connection_missing', message: 'The connection was removed meanwhile' };
        if (existing) {
          // Another connect flow of this app finished first (authorize refuses "connect" on a connected provider):
          // the first one stays, this flow's grant is given back, and the user is told instead of both saying so.
          replaced = newGrant('concurrent_connect');
          return {
            ...base,
            outcome: 'error',
            code: 'connection_exists',
            message: `${provider.name} was connected meanwhile (another sign-in finished first); nothing was changed`,
          };
        }
        await repo.insert(
          Object.assign(new Connection(), {
            id: randomUUID(),
            appId: state.appId,
            provider: provider.id,
            accountId: account.id,
            accountLabel: account.label.slice(0, 255),
            grantedScopes: returned,
            requestedScopes: [...state.requestedScopes],
            connectedBy: state.userId,
            connectedAt: now,
            version: 1,
            ...tokenFields,
          }),
        );
        const partial = this.partialGrant(provider, state.requestedScopes, returned);
        await this.audit.record(
          {
            appId: state.appId,
            actor,
            action: 'connection.connected',
            target: provider.id,
            metadata: { account: account.label, ...(partial.notGranted ? { notGranted: partial.notGranted } : {}) },
          },
          m,
        );
        return { ...base, outcome: 'connected', ...partial };
      }
      const sameAccount = existing.accountId === account.id;
      if ((state.mode === 'add_scopes' || state.mode === 'reconnect') && !sameAccount) {
        await this.audit.record(
          {
            appId: state.appId,
            actor,
            action: 'connection.account_mismatch',
            target: provider.id,
            metadata: { mode: state.mode, expected: existing.accountLabel, got: account.label },
          },
          m,
        );
        return {
          ...base,
          outcome: 'error',
          code: 'account_mismatch',
          message: `You signed in as ${account.label}, but this connection belongs to ${existing.accountLabel}. Nothing was changed; use "Switch account" to change accounts.`,
        };
      }
      const incremental = state.mode === 'add_scopes' && Object.keys(provider.oauth.incrementalParams).length > 0;
      const granted = incremental ? [...new Set([...existing.grantedScopes, ...returned])] : returned;
      const keepsOldRefresh = !tokenFields.refreshTokenEnc && sameAccount && !!existing.refreshTokenEnc;
      await repo.update(
        { id: existing.id },
        {
          ...tokenFields,
          // A provider that re-issues no refresh token on a repeat consent keeps the one we have for this account.
          refreshTokenEnc: tokenFields.refreshTokenEnc ?? (sameAccount ? existing.refreshTokenEnc : null),
          accountId: account.id,
          accountLabel: account.label.slice(0, 255),
          grantedScopes: granted,
          // What was asked accumulates (a consent that asks again for a scope not granted before still counts it).
          requestedScopes: [...new Set([...(existing.requestedScopes ?? existing.grantedScopes), ...state.requestedScopes])],
          ...(state.mode === 'switch' ? { connectedBy: state.userId, connectedAt: now } : {}),
          version: existing.version + 1,
        },
      );
      const action =
        state.mode === 'switch' ? 'connection.switched' : state.mode === 'reconnect' ? 'connection.reconnected' : 'connection.scopes_added';
      const partial = this.partialGrant(provider, state.requestedScopes, granted);
      await this.audit.record(
        {
          appId: state.appId,
          actor,
          action,
          target: provider.id,
          metadata: {
            account: account.label,
            ...(state.mode === 'switch' ? { previous: existing.accountLabel } : {}),
            ...(partial.notGranted ? { notGranted: partial.notGranted } : {}),
          },
        },
        m,
      );
      // The replaced grant, unless its refresh token lives on in this connection (a provider that issued none now).
      if (!keepsOldRefresh) replaced = this.store.storedGrant(existing, state.mode as 'reconnect' | 'switch' | 'add_scopes');
      return { ...base, outcome: 'connected', ...partial };
    });
    const result = await applied.catch((err: unknown): CallbackOutcome => {
      // PostgreSQL: two concurrent connects both saw no row; the unique (app, provider) index lets one insert win.
      if (state.mode !== 'connect' || !isUniqueViolation(err)) throw err;
      replaced = newGrant('concurrent_connect');
      return {
        ...base,
        outcome: 'error',
        code: 'connection_exists',
        message: `${provider.name} was connected meanwhile (another sign-in finished first); nothing was changed`,
      };
    });
    this.store.forget(state.appId, provider.id);
    if (result.code === 'account_mismatch') replaced = newGrant('account_mismatch');
    if (replaced) this.revoker.schedule(replaced);
    return result;
  }

  /**
   * What a consent that connected did not get: the scopes it asked for that the provider left out (per-scope consent),
   * in words, with the operations that will not run without them. Empty when everything asked for was granted.
   */
  private partialGrant(
    provider: ProviderModel,
    asked: readonly string[],
    granted: readonly string[],
  ): Pick<CallbackOutcome, 'notGranted' | 'unavailable' | 'message'> {
    const gaps = grantGaps(provider, asked, granted);
    if (!gaps.notGranted.length) return {};
    const words = this.catalog.describe(provider.id, gaps.notGranted).map((s) => s.description);
    const ops = gaps.unavailable.map((o) => o.summary || o.id);
    return {
      notGranted: gaps.notGranted.join(' '),
      unavailable: gaps.unavailable.map((o) => o.id).join(' '),
      message:
        `${provider.name} is connected, but not every permission was granted. Not granted: ${wordList(words)}.` +
        (ops.length ? ` Until it is, these will not work: ${wordList(ops)}.` : ''),
    };
  }

  dashboardUrl(o: CallbackOutcome): string {
    const u = new URL(`${this.config.publicUrl}/oauth/complete`);
    for (const [k, v] of Object.entries(o)) if (v !== undefined) u.searchParams.set(k, String(v));
    return u.toString();
  }

  private async revokeQuietly(provider: ProviderModel, tokens: { accessToken?: string; refreshToken?: string }): Promise<void> {
    try {
      await (await this.clients.for(provider)).revoke(tokens);
    } catch {
      // Best effort: a token we do not keep is harmless once dropped.
    }
  }
}
