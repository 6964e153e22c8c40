import { Global, Injectable, Module, Optional } from '@nestjs/common';
import { CacheBus } from './cache-bus';
import { TtlCache } from './ttl-cache';

/**
 * Short-lived caches on the request hot path (who is this token, what is this user's role in this app), so a call
 * does not pay several database round trips before its real work. Changes made through this process invalidate at
 * once; other replicas hear of them through the {@link CacheBus} (REDIS_URL), or see them within the TTL without it.
 */
@Injectable()
export class AccessCache {
  static readonly SESSION_TTL_MS = 5_000;
  static readonly MEMBERSHIP_TTL_MS = 2_000;
  readonly sessions = new TtlCache<string, unknown>(AccessCache.SESSION_TTL_MS);
  readonly memberships = new TtlCache<string, unknown>(AccessCache.MEMBERSHIP_TTL_MS);

  constructor(@Optional() private readonly bus?: CacheBus) {
    bus?.on((e) => {
      if (e.kind === 'app') this.dropApp(e.appId);
      else if (e.kind === 'session') this.dropSession(e.sessionId);
    });
  }

  /** After any change to an app or its members. */
  invalidateApp(appId: string): void {
    this.dropApp(appId);
    this.bus?.publish({ kind: 'app', appId });
  }

  /** After a session ends (logout). */
  invalidateSession(sessionId: string): void {
    this.dropSession(sessionId);
    this.bus?.publish({ kind: 'session', sessionId });
  }

  private dropApp(appId: string): void {
    this.memberships.deleteWhere((k) => k.startsWith(`${appId}:`));
  }

  private dropSession(sessionId: string): void {
    this.sessions.deleteWhere((_k, v) => (v as { principal: { sessionId: string } }).principal.sessionId === sessionId);
  }
}

@Global()
@Module({ providers: [CacheBus, AccessCache], exports: [CacheBus, AccessCache] })
export class AccessCacheModule {}
