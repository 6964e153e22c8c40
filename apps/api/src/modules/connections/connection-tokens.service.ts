import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OAuthError } from '@patchbay/connector-runtime';
import { DataSource, type EntityManager } from 'typeorm';
import { TokenCipher } from '../../platform/crypto/token-cipher';
import { AuditService } from '../audit/audit.service';
import { CatalogService } from '../providers/catalog.service';
import { ConnectionsException } from './connections.exception';
import { Connection } from './entities/connection.entity';
import { OAuthClients } from './oauth-clients';

/** Refresh this long before the provider's expiry, so a token never dies mid-call. */
export const REFRESH_SKEW_MS = 60_000;

export interface LiveToken {
  accessToken: string;
  version: number;
  expiresAt: Date | null;
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
  ) {}

  /** A usable token for this snapshot of the connection, refreshing first when it is about to expire. */
  async accessToken(conn: Connection): Promise<LiveToken> {
    if (conn.status !== 'active') throw ConnectionsException.needsReconnect(this.catalog.get(conn.provider).name, conn.lastError ?? undefined);
    const known = this.latest.get(conn.id);
    const current: LiveToken =
      known && known.version >= conn.version
        ? known
        : { accessToken: this.cipher.decrypt(conn.accessTokenEnc), version: conn.version, expiresAt: conn.expiresAt };
    const expiring = current.expiresAt !== null && current.expiresAt.getTime() - Date.now() < REFRESH_SKEW_MS;
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
    let deadGrant: { conn: Connection; reason: string } | undefined;
    const result = await this.dataSource.transaction(async (m: EntityManager): Promise<LiveToken | undefined> => {
      const qb = m.getRepository(Connection).createQueryBuilder('c').where('c.id = :id', { id: connectionId });
      if (this.dataSource.options.type === 'postgres') qb.setLock('pessimistic_write');
      const conn = await qb.getOne();
      if (!conn) throw ConnectionsException.notFound('such');
      const provider = this.catalog.get(conn.provider);
      if (conn.status !== 'active') throw ConnectionsException.needsReconnect(provider.name, conn.lastError ?? undefined);
      if (conn.version !== seenVersion) {
        // Another caller (maybe another process) refreshed while we waited for the lock.
        return { accessToken: this.cipher.decrypt(conn.accessTokenEnc), version: conn.version, expiresAt: conn.expiresAt };
      }
      if (!conn.refreshTokenEnc || provider.oauth.refresh === 'none') {
        deadGrant = { conn, reason: 'no_refresh_token' };
        await this.markNeedsReconnect(m, conn, 'token_expired');
        return undefined;
      }
      const client = await this.clients.for(provider);
      try {
        const { tokens } = await client.refresh(this.cipher.decrypt(conn.refreshTokenEnc));
        const version = conn.version + 1;
        // Rotating providers kill the old refresh token now: the new one is saved in the same write as the
        // access token, inside the lock, or the grant would be lost.
        await m.getRepository(Connection).update(
          { id: conn.id },
          {
            accessTokenEnc: this.cipher.encrypt(tokens.accessToken),
            refreshTokenEnc: tokens.refreshToken ? this.cipher.encrypt(tokens.refreshToken) : conn.refreshTokenEnc,
            expiresAt: tokens.expiresAt ?? null,
            metadata: { ...conn.metadata, ...tokens.metadata },
            lastRefreshedAt: new Date(),
            version,
          },
        );
        return { accessToken: tokens.accessToken, version, expiresAt: tokens.expiresAt ?? null };
      } catch (err) {
        if (err instanceof OAuthError && err.code === 'invalid_grant') {
          deadGrant = { conn, reason: err.details.providerCode ?? 'invalid_grant' };
          await this.markNeedsReconnect(m, conn, deadGrant.reason);
          return undefined;
        }
        throw err;
      }
    });
    if (result) return result;
    const name = deadGrant ? this.catalog.get(deadGrant.conn.provider).name : 'The connection';
    this.logger.warn(`Connection ${connectionId} needs reconnect (${deadGrant?.reason})`);
    throw ConnectionsException.needsReconnect(name, deadGrant?.reason);
  }

  /** Forget what this process knows about a connection (it was replaced, switched or deleted). */
  forget(connectionId: string): void {
    this.latest.delete(connectionId);
  }

  private async markNeedsReconnect(m: EntityManager, conn: Connection, reason: string): Promise<void> {
    await m.getRepository(Connection).update({ id: conn.id }, { status: 'needs_reconnect', lastError: reason.slice(0, 255), version: conn.version + 1 });
    await this.audit.record(
      { appId: conn.appId, actor: 'system', action: 'connection.needs_reconnect', target: conn.provider, metadata: { reason: reason.slice(0, 100) } },
      m,
    );
  }
}
