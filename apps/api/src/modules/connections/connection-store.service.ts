import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { OAuthError } from '@patchbay/connector-runtime';
import type { ProviderModel } from '@patchbay/spec';
import { DataSource, In, Repository } from 'typeorm';
import { TtlCache } from '../../platform/cache/ttl-cache';
import { CacheBus } from '../../platform/cache/cache-bus';
import { TokenCipher, TokenCipherError } from '../../platform/crypto/token-cipher';
import { AuditService } from '../audit/audit.service';
import { User } from '../identity/entities/user.entity';
import type { UserPrincipal } from '../identity/principal';
import { CatalogService } from '../providers/catalog.service';
import { ConnectionsException } from './connections.exception';
import { ConnectionView } from './dtos/connection.dto';
import { Connection } from './entities/connection.entity';
import { grantGaps } from './grant-gaps';
import { GrantRevoker, type GrantToRevoke } from './grant-revoker';
import { OAuthClients } from './oauth-clients';

/**
 * The stored part of connections: reading rows (with a short cache for the operation hot path), views for the API,
 * disconnecting, the grants of a deleted app, and re-encryption. Consents (connection-consent.service.ts) write rows;
 * tokens (connection-tokens.service.ts) refresh them.
 */
@Injectable()
export class ConnectionStore {
  /** Connection rows for the operation hot path; every change made here drops the entry at once. */
  private readonly rows = new TtlCache<string, Connection>(2_000);
  /** Told when a connection's cached state is dropped here or on another replica (the consent URL cache listens). */
  private readonly dropListeners: ((appId: string, providerId: string) => void)[] = [];

  constructor(
    @InjectRepository(Connection) private readonly repo: Repository<Connection>,
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: CatalogService,
    private readonly clients: OAuthClients,
    private readonly cipher: TokenCipher,
    private readonly audit: AuditService,
    private readonly bus: CacheBus,
    private readonly revoker: GrantRevoker,
  ) {
    bus.on((e) => {
      if (e.kind === 'connection') this.dropCached(e.appId, e.provider);
    });
  }

  find(appId: string, provider: string): Promise<Connection | null> {
    return this.repo.findOne({ where: { appId, provider } });
  }

  async require(appId: string, provider: ProviderModel): Promise<Connection> {
    const c = await this.find(appId, provider.id);
    if (!c) throw ConnectionsException.notFound(provider.name);
    return c;
  }

  /** Like {@link require}, from a two-second cache (refreshes and 401s re-read the row under its lock anyway). */
  async requireCached(appId: string, provider: ProviderModel): Promise<Connection> {
    const key = `${appId}:${provider.id}`;
    const row = await this.rows.getOrLoad(key, () => this.require(appId, provider));
    return row as Connection;
  }

  /** After the connection changed: this process's caches at once, other replicas through the cache bus. */
  forget(appId: string, providerId: string): void {
    this.dropCached(appId, providerId);
    this.bus.publish({ kind: 'connection', appId, provider: providerId });
  }

  /** Calls `fn` whenever a connection's cached state is dropped (here or, through the bus, on another replica). */
  onDropped(fn: (appId: string, providerId: string) => void): void {
    this.dropListeners.push(fn);
  }

  private dropCached(appId: string, providerId: string): void {
    this.rows.deleteWhere((k) => k === `${appId}:${providerId}`);
    for (const fn of this.dropListeners) fn(appId, providerId);
  }

  async list(appId: string): Promise<ConnectionView[]> {
    const rows = await this.repo.find({ where: { appId }, order: { provider: 'ASC' } });
    const ids = [...new Set(rows.map((r) => r.connectedBy).filter((x): x is string => !!x))];
    const users = ids.length ? await this.users.find({ where: { id: In(ids) } }) : [];
    const emails = new Map(users.map((u) => [u.id, u.email]));
    return rows.filter((r) => this.catalog.find(r.provider)).map((r) => this.view(r, r.connectedBy ? emails.get(r.connectedBy) : undefined));
  }

  async get(appId: string, provider: ProviderModel): Promise<ConnectionView> {
    const c = await this.require(appId, provider);
    const user = c.connectedBy ? await this.users.findOne({ where: { id: c.connectedBy } }) : null;
    return this.view(c, user?.email);
  }

  view(c: Connection, email?: string | null): ConnectionView {
    const p = this.catalog.get(c.provider);
    const gaps = grantGaps(p, c.requestedScopes, c.grantedScopes);
    return ConnectionView.of(c, p.name, this.catalog.describe(p.id, c.grantedScopes), email, {
      notGranted: this.catalog.describe(p.id, gaps.notGranted),
      unavailableOperations: gaps.unavailable.map((o) => ({ id: o.id, summary: o.summary || o.id })),
    });
  }

  /**
   * Revokes at the provider where the spec says how (a failure is recorded, not fatal), then deletes the tokens.
   * Tokens that cannot be decrypted (a wrong or lost encryption key, a damaged row) cannot be revoked: they are only
   * deleted when the caller confirms with `force` — otherwise 409 tokens_unreadable, and nothing changes.
   */
  async disconnect(caller: UserPrincipal, appId: string, provider: ProviderModel, force = false): Promise<void> {
    const c = await this.require(appId, provider);
    const stored = this.storedGrant(c, 'reconnect');
    if (stored.unusable && !force) throw ConnectionsException.tokensUnreadable(provider.name, stored.unusable);
    let revoked: 'revoked' | 'not_supported' | 'failed' | 'impossible' = 'not_supported';
    let revokeError: string | undefined;
    if (stored.unusable) {
      revoked = 'impossible';
      revokeError = stored.unusable;
    } else if (provider.authType === 'credential') {
      // A stored API key / token / password: nothing to revoke here (the vendor's console does that); it is deleted.
      revoked = 'not_supported';
    } else {
      try {
        const client = await this.clients.for(provider);
        revoked = (await client.revoke(stored.tokens)) ? 'revoked' : 'not_supported';
      } catch (err) {
        revoked = 'failed';
        revokeError = err instanceof OAuthError ? err.code : 'error';
      }
    }
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(Connection).delete({ id: c.id });
      await this.audit.record(
        {
          appId,
          actor: caller,
          action: 'connection.disconnected',
          target: provider.id,
          metadata: { account: c.accountLabel, revocation: revoked, ...(revokeError ? { revokeError } : {}), ...(force ? { forced: true } : {}) },
        },
        m,
      );
    });
    this.forget(appId, provider.id);
  }

  /**
   * Before an app is deleted (its connections go with it, a foreign-key cascade): reads the grants it holds and
   * returns what to call once the deletion committed, which revokes them in the background (audited per grant).
   * Nothing is revoked when the deletion fails.
   */
  async grantsOfDeletedApp(appId: string): Promise<() => void> {
    const grants = (await this.repo.find({ where: { appId } }))
      .filter((c) => this.catalog.find(c.provider)?.authType === 'oauth2')
      .map((c) => this.storedGrant(c, 'app_deleted'));
    return () => {
      for (const g of grants) {
        this.forget(appId, g.provider.id);
        this.revoker.schedule(g);
      }
    };
  }

  /** Re-encrypts every stored token under the current key; returns how many rows changed. */
  async reencryptAll(): Promise<number> {
    let changed = 0;
    for (const c of await this.repo.find()) {
      const fields = ['accessTokenEnc', 'refreshTokenEnc'] as const;
      if (fields.every((f) => !c[f] || this.cipher.isCurrent(c[f] as string))) continue;
      await this.repo.update(
        { id: c.id },
        {
          accessTokenEnc: this.cipher.reencrypt(c.accessTokenEnc),
          refreshTokenEnc: c.refreshTokenEnc ? this.cipher.reencrypt(c.refreshTokenEnc) : null,
        },
      );
      changed++;
    }
    return changed;
  }

  /** A connection's stored tokens as a grant to give back; unreadable ones (a wrong key) are flagged, not guessed. */
  storedGrant(c: Connection, reason: GrantToRevoke['reason']): GrantToRevoke {
    const grant: GrantToRevoke = { appId: c.appId, provider: this.catalog.get(c.provider), account: c.accountLabel, reason, tokens: {} };
    try {
      grant.tokens = {
        accessToken: this.cipher.decrypt(c.accessTokenEnc),
        refreshToken: c.refreshTokenEnc ? this.cipher.decrypt(c.refreshTokenEnc) : undefined,
      };
    } catch (err) {
      grant.unusable = err instanceof TokenCipherError ? err.code : 'undecryptable';
    }
    return grant;
  }
}
