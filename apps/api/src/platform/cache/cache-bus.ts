import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { AppConfig } from '../config/app-config';

/** What another replica must drop from its caches. */
export type CacheEvent =
  { kind: 'session'; sessionId: string } | { kind: 'app'; appId: string } | { kind: 'connection'; appId: string; provider: string };

/** The pub/sub channel of one installation (`<PATCHBAY_REDIS_PREFIX>:cache-invalidation`): another one sharing the Redis server hears nothing of it. */
export const cacheChannel = (redisPrefix: string): string => `${redisPrefix}:cache-invalidation`;
const CONNECT_TIMEOUT_MS = 5_000;

/**
 * Carries cache invalidations between replicas over Redis pub/sub (`REDIS_URL`). Each replica keeps short-lived
 * caches on the request hot path (sessions, memberships, connection rows); a logout, a removed member or a
 * disconnect made on one replica then reaches the others at once instead of after the caches' TTL. Without
 * `REDIS_URL` (one process, or replicas accepting the TTL) it only notifies this process's listeners. Redis being
 * down never fails a request: the TTLs still bound how stale a cache can be, and ioredis reconnects on its own.
 */
@Injectable()
export class CacheBus implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('CacheBus');
  private readonly origin = randomUUID();
  private readonly listeners: Array<(e: CacheEvent) => void> = [];
  private publisher: Redis | undefined;
  private subscriber: Redis | undefined;
  private readonly channel: string;

  constructor(private readonly config: AppConfig) {
    this.channel = cacheChannel(config.redisPrefix);
  }

  async onModuleInit(): Promise<void> {
    const url = this.config.redisUrl;
    if (!url) return;
    const options = { lazyConnect: true, connectTimeout: CONNECT_TIMEOUT_MS, maxRetriesPerRequest: 1, enableOfflineQueue: false };
    this.publisher = new Redis(url, { ...options, connectionName: 'patchbay-cache-pub' });
    this.subscriber = new Redis(url, { ...options, connectionName: 'patchbay-cache-sub', enableOfflineQueue: true });
    for (const client of [this.publisher, this.subscriber]) {
      // Once per outage (ioredis retries on its own and reports every failed attempt); never the URL (a password).
      let down = false;
      client.on('error', (err: Error) => {
        if (!down) this.logger.warn(`Redis (cache invalidation) unavailable: ${err.message}`);
        down = true;
      });
      client.on('ready', () => {
        if (down) this.logger.log('Redis (cache invalidation) reachable again');
        down = false;
      });
    }
    this.subscriber.on('message', (_channel: string, message: string) => this.receive(message));
    try {
      await Promise.all([this.publisher.connect(), this.subscriber.connect()]);
      await this.subscriber.subscribe(this.channel);
    } catch (err) {
      // Start anyway: ioredis keeps reconnecting (and resubscribes); until then the caches' TTLs apply.
      this.logger.warn(
        `Redis not reachable at start; cache invalidation across replicas waits for it: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.publisher, this.subscriber].map((c) => (c ? c.quit().catch(() => c.disconnect()) : undefined)));
  }

  /** Called for every event published by another replica. */
  on(listener: (e: CacheEvent) => void): void {
    this.listeners.push(listener);
  }

  /** Tells the other replicas (the caller has already applied the change to its own caches). */
  publish(event: CacheEvent): void {
    const pub = this.publisher;
    if (!pub || pub.status !== 'ready') return;
    pub.publish(this.channel, JSON.stringify({ origin: this.origin, event })).catch((err: unknown) => {
      this.logger.warn(`Could not publish a cache invalidation: ${err instanceof Error ? err.message : String(err)}`);
    });
  }

  private receive(message: string): void {
    let parsed: { origin?: unknown; event?: CacheEvent };
    try {
      parsed = JSON.parse(message) as { origin?: unknown; event?: CacheEvent };
    } catch {
      return;
    }
    if (parsed.origin === this.origin || !parsed.event || typeof parsed.event.kind !== 'string') return;
    for (const listener of this.listeners) listener(parsed.event);
  }
}
