import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { In, IsNull, MoreThan, Repository } from 'typeorm';
import { AccessCache } from '../../platform/cache/session-membership-cache';
import { AppConfig } from '../../platform/config/app-config';
import { SESSION_TOKEN_PREFIX, generateOpaqueToken, sha256Hex } from '../../platform/crypto/opaque-token';
import { Session } from './entities/session.entity';
import type { User } from './entities/user.entity';
import type { UserPrincipal } from './principal';

export interface IssuedSession {
  readonly token: string;
  readonly expiresAt: Date;
}

/** Opaque bearer sessions: the token goes to the client, its sha256 to the database. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    private readonly config: AppConfig,
    private readonly cache: AccessCache,
  ) {}

  async issue(user: User): Promise<IssuedSession> {
    const token = generateOpaqueToken(SESSION_TOKEN_PREFIX);
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.config.sessionTtlSeconds * 1000);
    await this.sessions.insert({ id: randomUUID(), userId: user.id, tokenHash: sha256Hex(token), createdAt: now, expiresAt, revokedAt: null });
    return { token, expiresAt };
  }

  /** The user behind a live (unexpired, unrevoked) session token, or null. */
  async authenticate(token: string): Promise<UserPrincipal | null> {
    const tokenHash = sha256Hex(token);
    const live = (await this.cache.sessions.getOrLoad(tokenHash, async () => {
      const session = await this.sessions.findOne({
        where: { tokenHash, revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
        relations: { user: true },
      });
      // A disabled user's sessions are revoked when it is disabled; this refuses any that slipped through a race.
      if (!session?.user || session.user.disabledAt) return undefined;
      return { principal: { kind: 'user', user: session.user, sessionId: session.id } satisfies UserPrincipal, expiresAt: session.expiresAt };
    })) as { principal: UserPrincipal; expiresAt: Date } | undefined;
    if (!live || live.expiresAt.getTime() <= Date.now()) return null;
    return live.principal;
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
    this.cache.invalidateSession(sessionId);
  }

  /**
   * Ends every live session of a user (disabled, password set or reset), but `exceptSessionId` — the session that
   * changed its own password keeps working. Effective at once on every replica (the cache entries are dropped).
   */
  async revokeAllFor(userId: string, exceptSessionId?: string): Promise<void> {
    const live = await this.liveSessionIds(userId);
    const ids = live.filter((id) => id !== exceptSessionId);
    if (ids.length === 0) return;
    await this.sessions.update({ id: In(ids), revokedAt: IsNull() }, { revokedAt: new Date() });
    for (const id of ids) this.cache.invalidateSession(id);
  }

  /** Drops the cached principals of a user's sessions (without ending them), so a role change applies at once. */
  async refreshUser(userId: string): Promise<void> {
    for (const id of await this.liveSessionIds(userId)) this.cache.invalidateSession(id);
  }

  /** Drops the cached principals of these sessions (after their user is deleted). */
  forget(sessionIds: readonly string[]): void {
    for (const id of sessionIds) this.cache.invalidateSession(id);
  }

  async liveSessionIds(userId: string): Promise<string[]> {
    const rows = await this.sessions.find({ select: { id: true }, where: { userId, revokedAt: IsNull(), expiresAt: MoreThan(new Date()) } });
    return rows.map((r) => r.id);
  }
}
