import { ExecutionContext, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import {
  InjectThrottlerStorage,
  ThrottlerGuard,
  type ThrottlerLimitDetail,
  type ThrottlerModuleOptions,
  type ThrottlerStorage,
  ThrottlerStorageService,
} from '@nestjs/throttler';
import type { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import type { Response } from 'express';
import { AppConfig } from '../../platform/config/app-config';
import { sha256Hex } from '../../platform/crypto/opaque-token';
import { IdentityException } from './identity.exception';

/**
 * Redis keys of the login limits start with `<PATCHBAY_REDIS_PREFIX>:login-limits:`: apart from everything else
 * sharing the server, and from another installation using it (which would otherwise share the lock of an email
 * and the count of an address).
 */
export const loginLimitsKeyPrefix = (redisPrefix: string): string => `${redisPrefix}:login-limits:`;
export const LOGIN_ADDRESS_THROTTLER = 'login-address';

/**
 * Login counters in Redis when REDIS_URL is set, so every replica sees the same counts (a limit per replica would
 * multiply by the number of replicas). Redis being down never fails a login: the counts fall back to this
 * process's memory (still limited, per replica) until it is back, like the cache bus.
 */
export class LoginLimitStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly logger = new Logger('LoginLimits');
  private readonly local = new ThrottlerStorageService();
  private readonly redis: ThrottlerStorageRedisService | undefined;
  private redisDown = false;

  constructor(redisUrl: string | undefined, redisPrefix = 'patchbay') {
    this.redis = redisUrl
      ? new ThrottlerStorageRedisService(redisUrl, {
          keyPrefix: loginLimitsKeyPrefix(redisPrefix),
          connectionName: 'patchbay-login-limits',
          connectTimeout: 5_000,
          maxRetriesPerRequest: 1,
          enableOfflineQueue: false,
        })
      : undefined;
    // ioredis reports every failed reconnect: say it once per outage (never the URL, which may hold a password).
    this.redis?.redis.on('error', (err: Error) => this.down(err));
    // Without an offline queue a command fails unless connected: the first logins wait for the first connection
    // attempt to end (connected, refused or timed out) instead of counting locally while Redis is merely starting up.
    const client = this.redis?.redis;
    this.firstConnection = client
      ? new Promise<void>((resolve) => {
          client.once('ready', () => resolve());
          client.once('error', () => resolve());
          client.once('end', () => resolve());
        })
      : Promise.resolve();
  }

  private readonly firstConnection: Promise<void>;

  async increment(key: string, ttl: number, limit: number, blockDuration: number, name: string): Promise<ThrottlerStorageRecord> {
    if (this.redis) {
      await this.firstConnection;
      try {
        const record = await this.redis.increment(key, ttl, limit, blockDuration, name);
        if (this.redisDown) this.logger.log('Redis (login limits) reachable again');
        this.redisDown = false;
        return record;
      } catch (err) {
        this.down(err);
      }
    }
    return this.local.increment(key, ttl, limit, blockDuration, name);
  }

  onApplicationShutdown(): void {
    this.redis?.onModuleDestroy();
    this.local.onApplicationShutdown();
  }

  private down(err: unknown): void {
    if (!this.redisDown) {
      this.logger.warn(`Redis (login limits) unavailable, counting in this process only: ${err instanceof Error ? err.message : String(err)}`);
    }
    this.redisDown = true;
  }
}

/** ThrottlerModule options: one throttler, login attempts per client address. */
export function loginThrottlerOptions(config: AppConfig): ThrottlerModuleOptions {
  return {
    storage: new LoginLimitStorage(config.redisUrl, config.redisPrefix),
    throttlers: [
      {
        name: LOGIN_ADDRESS_THROTTLER,
        ttl: config.loginAddressWindowSeconds * 1000,
        limit: config.loginAddressLimit,
        blockDuration: config.loginAddressWindowSeconds * 1000,
      },
    ],
  };
}

/**
 * Limits login attempts per client address (`req.ip`, which believes X-Forwarded-For only behind
 * PATCHBAY_TRUST_PROXY). Over the limit: 429 `too_many_requests` with Retry-After, before any password is hashed.
 */
@Injectable()
export class LoginAddressGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const retryAfter = Math.max(1, detail.timeToBlockExpire);
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(retryAfter));
    throw IdentityException.tooManyRequests(retryAfter);
  }
}

/**
 * Failed logins per email (known or not, so a lock reveals nothing about which accounts exist). Only failures
 * count: a user who signs in often is never locked, while guessing one account's password stops after
 * PATCHBAY_LOGIN_MAX_FAILURES tries per PATCHBAY_LOGIN_LOCK_SECONDS — from any number of addresses.
 *
 * Two counters of the throttler storage (shared through Redis like the address limit): the failures, and the lock.
 * A lock check must not count as a failure, so it is an increment of the separate lock key with an unreachable
 * limit (which only reports whether a failure set the block); reaching the failure limit sets the lock by an
 * increment with limit 0.
 */
@Injectable()
export class LoginAttempts {
  constructor(
    @InjectThrottlerStorage() private readonly storage: ThrottlerStorage,
    private readonly config: AppConfig,
  ) {}

  /** @throws IdentityException `too_many_requests` while the email is locked */
  async assertNotLocked(email: string): Promise<void> {
    const lock = await this.storage.increment(this.key('lock', email), this.lockMs, Number.MAX_SAFE_INTEGER, this.lockMs, 'login-lock');
    if (lock.isBlocked) throw IdentityException.tooManyRequests(Math.max(1, lock.timeToBlockExpire));
  }

  /** Counts a failed login; the one that reaches the limit locks the email. */
  async recordFailure(email: string): Promise<void> {
    const failures = await this.storage.increment(
      this.key('failures', email),
      this.lockMs,
      this.config.loginMaxFailures,
      this.lockMs,
      'login-failures',
    );
    if (failures.totalHits >= this.config.loginMaxFailures) {
      await this.storage.increment(this.key('lock', email), this.lockMs, 0, this.lockMs, 'login-lock');
    }
  }

  private get lockMs(): number {
    return this.config.loginLockSeconds * 1000;
  }

  /** Emails are hashed: keys in a shared Redis should not list who tried to sign in. */
  private key(kind: string, email: string): string {
    return `${kind}:${sha256Hex(email.trim().toLowerCase())}`;
  }
}
