import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OAuthError, type ConnectionHandle, type CredentialSecret } from '@patchbay/connector-runtime';
import type { ProviderModel } from '@patchbay/spec';
import { DataSource, type EntityManager } from 'typeorm';
import { TokenCipher } from '../../platform/crypto/token-cipher';
import { Metrics } from '../../platform/metrics/metrics';
import { AuditService } from '../audit/audit.service';
import { CatalogService } from '../providers/catalog.service';
import { ConnectionStore } from './connection-store.service';
import { ConnectionsException } from './connections.exception';
import { Connection } from './entities/connection.entity';
import { OAuthClients } from './oauth-clients';

/** Refresh at most this long before the provider's expiry, so a token never dies mid-call. */
export const REFRESH_SKEW_MS = 60_000;
/** Attempts at the token endpoint for one refresh, and the longest wait between two (the caller is waiting). */
export const REFRESH_ATTEMPTS = 3;
export const REFRESH_RETRY_MAX_WAIT_MS = 2_000;
/** …and at most this share of the token's lifetime, so a token living less than the skew is not refreshed per call. */
export const REFRESH_LIFETIME_SHARE = 1 / 4;

/**
 * How long before expiry a token is refreshed: a minute, or a quarter of its lifetime when that is shorter (a 30 s
 * token is refreshed 7.5 s before it dies, once per lifetime, instead of on every call). An unknown lifetime (≤ 0)
 * leaves no margin: the token is refreshed once it has expired.
 */
export function refreshWindowMs(lifetimeMs: number): number {
  if (!Number.isFinite(lifetimeMs) || lifetimeMs <= 0) return 0;
  return Math.min(REFRESH_SKEW_MS, lifetimeMs * REFRESH_LIFETIME_SHARE);
}

/** Whether a token obtained at `issuedAt` and expiring at `expiresAt` is due for a refresh at `now`. */
export function refreshDue(issuedAt: Date, expiresAt: Date | null, now: number): boolean {
  if (expiresAt === null) return false;
  return expiresAt.getTime() - now < refreshWindowMs(expiresAt.getTime() - issuedAt.getTime());
}

export interface LiveToken {
  accessToken: string;
  version: number;
  expiresAt: Date | null;
  /** When this access token was obtained (its lifetime is expiresAt − issuedAt). */
  issuedAt: Date;
}

/**
 * Access tokens of connections: decrypt, refresh ahead of expiry, and refresh after a provider refused a token.
 * One refresh per connection at a time: in-process callers share one promise; across processes the refresh runs
 * in a transaction holding the connection's row lock (SELECT … FOR UPDATE on PostgreSQL; SQLite serialises
 * writers), and whoever gets the lock after a refresh sees the newer `version` and reuses its token.
 */
@Injectable()
export class ConnectionTokensService {
  private readonly logger = new Logger('ConnectionTokens');
  private readonly inflight = new Map<string, Promise<LiveToken>>();
  /** The newest token this process has seen per connection, so callers holding an older row skip the database. */
  private readonly latest = new Map<string, LiveToken>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: TokenCipher,
    private readonly clients: OAuthClients,
    private readonly catalog: CatalogService,
    private readonly audit: AuditService,
    private readonly metrics: Metrics,
    private readonly store: ConnectionStore,
  ) {}

  /**
   * What the operations runtime calls for this connection's tokens: the access token (refreshed ahead of expiry), a
   * refresh after the provider refused one (the cached row is dropped, here and on other replicas), and for
   * credential connectors the stored secret (JSON: API key / token / user + password; never refreshed).
   */
  handle(conn: Connection, provider: ProviderModel): ConnectionHandle {
    let version = conn.version;
    const handle: ConnectionHandle = {
      grantedScopes: conn.grantedScopes,
      metadata: conn.metadata,
      accessToken: async () => {
        const t = await this.accessToken(conn);
        version = t.version;
        return t.accessToken;
      },
      refreshAfterRejection: async () => {
        const t = await this.refresh(conn.id, version);
        version = t.version;
        this.store.forget(conn.appId, conn.provider);
        return t.accessToken;
      },
    };
    if (provider.authType === 'credential')
      handle.credential = async () => JSON.parse((await this.accessToken(conn)).accessToken) as CredentialSecret;
    return handle;
  }

  /** A usable token for this snapshot of the connection, refreshing first when it is about to expire. */
  async accessToken(conn: Connection): Promise<LiveToken> {
    if (conn.status !== 'active') throw ConnectionsException.needsReconnect(this.catalog.get(conn.provider).name, conn.lastError ?? undefined);
    const known = this.latest.get(conn.id);
    let current: LiveToken;
    if (known && known.version >= conn.version) current = known;
    else {
      // Decrypted once per token version, not once per call.
      current = this.stored(conn);
      this.latest.set(conn.id, current);
    }
    const expiring = refreshDue(current.issuedAt, current.expiresAt, Date.now());
    if (expiring && conn.refreshTokenEnc) return this.refresh(conn.id, current.version);
    return current;
  }

  /**
   * Refreshes unless someone already did since `seenVersion` (then returns their token). Concurrent callers in
   * this process share one attempt.
   */
  refresh(connectionId: string, seenVersion: number): Promise<LiveToken> {
    const running = this.inflight.get(connectionId);
    if (running) return running;
    const p = this.refreshLocked(connectionId, seenVersion)
      .then((t) => {
        const known = this.latest.get(connectionId);
        if (!known || known.version <= t.version) this.latest.set(connectionId, t);
        return t;
      })
      .finally(() => this.inflight.delete(connectionId));
    this.inflight.set(connectionId, p);
    return p;
  }

  private async refreshLocked(connectionId: string, seenVersion: number): Promise<LiveToken> {
    return this.dataSource.options.type === 'postgres'
      ? this.refreshWithRowLock(connectionId, seenVersion)
      : this.refreshOptimistic(connectionId, seenVersion);
  }

  /**
   * PostgreSQL (several API processes): the refresh runs inside a transaction holding the connection's row lock,
   * so another process waits, then sees the newer version and reuses the token instead of refreshing again.
   */
  private async refreshWithRowLock(connectionId: string, seenVersion: number): Promise<LiveToken> {
    let dead: { conn: Connection; reason: string } | undefined;
    const result = await this.dataSource.transaction(async (m: EntityManager): Promise<LiveToken | undefined> => {
      const conn = await m
        .getRepository(Connection)
        .createQueryBuilder('c')
        .setLock('pessimistic_write')
        .where('c.id = :id', { id: connectionId })
        .getOne();
      const reuse = this.reusable(conn, seenVersion);
      if (reuse) return reuse;
      const c = conn as Connection;
      const outcome = await this.callProvider(c);
      if ('dead' in outcome) {
        dead = { conn: c, reason: outcome.dead };
        await this.markNeedsReconnect(m, c, outcome.dead);
        return undefined;
      }
      await m.getRepository(Connection).update({ id: c.id }, outcome.fields);
      return outcome.token;
    });
    if (result) return result;
    throw this.deadError(connectionId, dead);
  }

  /**
   * SQLite (one process): TypeORM shares one SQLite connection between all requests, so no transaction may stay
   * open across the provider call. In-process single-flight already serialises refreshes; the write is guarded by
   * the version it started from.
   */
  private async refreshOptimistic(connectionId: string, seenVersion: number): Promise<LiveToken> {
    const repo = this.dataSource.getRepository(Connection);
    const conn = await repo.findOne({ where: { id: connectionId } });
    const reuse = this.reusable(conn, seenVersion);
    if (reuse) return reuse;
    const c = conn as Connection;
    const outcome = await this.callProvider(c);
    if ('dead' in outcome) {
      await this.dataSource.transaction((m) => this.markNeedsReconnect(m, c, outcome.dead));
      throw this.deadError(connectionId, { conn: c, reason: outcome.dead });
    }
    const res = await repo
      .createQueryBuilder()
      .update(Connection)
      .set(outcome.fields)
      .where('id = :id AND version = :v', { id: c.id, v: c.version })
      .execute();
    if (res.affected === 1) return outcome.token;
    // Changed meanwhile (a reconnect or switch): what is stored now wins.
    const now = await repo.findOne({ where: { id: connectionId } });
    const stored = this.reusable(now, -1);
    if (stored) return stored;
    throw this.deadError(connectionId, { conn: c, reason: 'connection_changed' });
  }

  /** The stored token when someone already refreshed past `seenVersion`; throws when the connection is unusable. */
  private reusable(conn: Connection | null, seenVersion: number): LiveToken | undefined {
    if (!conn) throw ConnectionsException.notFound('such');
    if (conn.status !== 'active') throw ConnectionsException.needsReconnect(this.catalog.get(conn.provider).name, conn.lastError ?? undefined);
    if (conn.version !== seenVersion) return this.stored(conn);
    return undefined;
  }

  /**
   * The stored token. Its issue time is the last refresh, else the connect; after a reconnect that overestimates the
   * lifetime until the first refresh (the window is then at most the minute it always was).
   */
  private stored(conn: Connection): LiveToken {
    return {
      accessToken: this.cipher.decrypt(conn.accessTokenEnc),
      version: conn.version,
      expiresAt: conn.expiresAt,
      issuedAt: conn.lastRefreshedAt ?? conn.connectedAt,
    };
  }

  /** One refresh at the provider; `dead` when the grant is gone (the connection then needs a reconnect). */
  private async callProvider(conn: Connection): Promise<{ dead: string } | { token: LiveToken; fields: Partial<Connection> }> {
    const provider = this.catalog.get(conn.provider);
    if (!conn.refreshTokenEnc || provider.oauth.refresh === 'none') return { dead: 'token_expired' };
    const client = await this.clients.for(provider);
    try {
      const { tokens } = await this.refreshWithRetry(provider.name, () => client.refresh(this.cipher.decrypt(conn.refreshTokenEnc as string)));
      this.metrics.refreshes.inc({ provider: provider.id, result: 'ok' });
      const version = conn.version + 1;
      const now = new Date();
      return {
        token: { accessToken: tokens.accessToken, version, expiresAt: tokens.expiresAt ?? null, issuedAt: now },
        // Rotating providers kill the old refresh token now: the new one is written together with the access token.
        fields: {
          accessTokenEnc: this.cipher.encrypt(tokens.accessToken),
          refreshTokenEnc: tokens.refreshToken ? this.cipher.encrypt(tokens.refreshToken) : conn.refreshTokenEnc,
          expiresAt: tokens.expiresAt ?? null,
          metadata: { ...conn.metadata, ...tokens.metadata },
          lastRefreshedAt: now,
          version,
        },
      };
    } catch (err) {
      const dead = err instanceof OAuthError && err.code === 'invalid_grant';
      this.metrics.refreshes.inc({ provider: provider.id, result: dead ? 'invalid_grant' : 'error' });
      if (dead) return { dead: (err as OAuthError).details.providerCode ?? 'invalid_grant' };
      throw err instanceof OAuthError ? this.refreshFailure(provider.name, err) : err;
    }
  }

  /**
   * Retries a refresh the token endpoint declined to handle — 429 or 503, with a Retry-After of at most
   * {@link REFRESH_RETRY_MAX_WAIT_MS} (or none: a short back-off) — within {@link REFRESH_ATTEMPTS} attempts. A 500 or a
   * dropped connection is not retried: the server may have rotated the refresh token before failing, and a second use
   * of the old one would make a reuse-detecting server revoke the whole grant.
   */
  private async refreshWithRetry<T>(name: string, refresh: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await refresh();
      } catch (err) {
        const status = err instanceof OAuthError ? err.details.status : undefined;
        const after = err instanceof OAuthError ? err.details.retryAfterSeconds : undefined;
        const waitMs = after !== undefined ? after * 1000 : 250 * 4 ** (attempt - 1);
        const declined = status === 429 || status === 503;
        if (!declined || attempt >= REFRESH_ATTEMPTS || waitMs > REFRESH_RETRY_MAX_WAIT_MS) throw err;
        this.logger.warn(`Token refresh at ${name} declined (HTTP ${status}); retrying in ${waitMs} ms`);
        await new Promise((r) => setTimeout(r, waitMs));
      }
    }
  }

  /**
   * A refresh that failed without the grant being gone: the connection stays active and the caller learns whether to
   * wait (429 with the provider's Retry-After, 503) or that the provider misbehaved (502).
   */
  private refreshFailure(name: string, err: OAuthError): ConnectionsException {
    const { status, retryAfterSeconds, providerCode } = err.details;
    this.logger.warn(`Token refresh at ${name} failed: ${err.code}${status ? ` HTTP ${status}` : ''}${providerCode ? ` (${providerCode})` : ''}`);
    if (status === 429) return ConnectionsException.providerRateLimited(name, retryAfterSeconds);
    if (status === 503) return ConnectionsException.providerUnavailable(name, 'the provider is unavailable', 503, retryAfterSeconds);
    if (err.code === 'network_error') return ConnectionsException.providerUnavailable(name, 'the provider could not be reached', 502);
    if (err.code === 'invalid_client') return ConnectionsException.providerUnavailable(name, "the provider refused Patchbay's OAuth client", 502);
    const why = status ? `the token endpoint answered HTTP ${status}${providerCode ? ` ${providerCode}` : ''}` : 'the answer was unreadable';
    return ConnectionsException.providerUnavailable(name, why, 502, retryAfterSeconds);
  }

  private deadError(connectionId: string, dead: { conn: Connection; reason: string } | undefined): ConnectionsException {
    const name = dead ? this.catalog.get(dead.conn.provider).name : 'The connection';
    this.logger.warn(`Connection ${connectionId} needs reconnect (${dead?.reason ?? 'unknown'})`);
    return ConnectionsException.needsReconnect(name, dead?.reason);
  }

  /** Forget what this process knows about a connection (it was replaced, switched or deleted). */
  forget(connectionId: string): void {
    this.latest.delete(connectionId);
  }

  private async markNeedsReconnect(m: EntityManager, conn: Connection, reason: string): Promise<void> {
    await m
      .getRepository(Connection)
      .update({ id: conn.id }, { status: 'needs_reconnect', lastError: reason.slice(0, 255), version: conn.version + 1 });
    await this.audit.record(
      { appId: conn.appId, actor: 'system', action: 'connection.needs_reconnect', target: conn.provider, metadata: { reason: reason.slice(0, 100) } },
      m,
    );
  }
}
