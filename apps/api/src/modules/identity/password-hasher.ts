import { Injectable, OnModuleInit } from '@nestjs/common';
import * as argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import { AppConfig } from '../../platform/config/app-config';
import { IdentityException } from './identity.exception';

/**
 * At most `concurrency` argon2 computations at once and at most `maxWaiting` waiting for one; anything beyond is
 * refused at once. argon2 runs on libuv's small thread pool (4 threads, shared with file and DNS work): unbounded,
 * a burst of logins queues there for tens of seconds and every other request that needs a thread waits behind it.
 */
export class HashingSlots {
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  /** Moving average of one computation, to tell a refused caller when a slot is likely free. */
  private averageMs = 100;

  constructor(
    private readonly concurrency: number,
    private readonly maxWaiting: number,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running < this.concurrency) this.running++;
    else if (this.waiting.length < this.maxWaiting) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else throw IdentityException.serverBusy(this.retryAfterSeconds());
    const started = Date.now();
    try {
      return await work();
    } finally {
      this.averageMs = this.averageMs * 0.8 + (Date.now() - started) * 0.2;
      // Hand the slot straight to the next waiter (running stays the same), or free it.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }

  /** Roughly when the wait list will have drained: whole seconds, at least 1. */
  private retryAfterSeconds(): number {
    return Math.max(1, Math.ceil(((this.waiting.length + this.running) / this.concurrency) * (this.averageMs / 1000)));
  }
}

/** argon2id with the configured cost (strong by default; tests lower it through the environment). */
@Injectable()
export class PasswordHasher implements OnModuleInit {
  private dummyHash = '';
  private readonly slots: HashingSlots;

  constructor(private readonly config: AppConfig) {
    this.slots = new HashingSlots(config.passwordHashConcurrency, config.passwordHashQueue);
  }

  async onModuleInit(): Promise<void> {
    // Verified against when the email is unknown, so both failure paths cost one argon2 verification.
    this.dummyHash = await this.hash(randomBytes(24).toString('base64url'));
  }

  /** @throws IdentityException `server_busy` when every hashing slot and the wait list are taken */
  hash(password: string): Promise<string> {
    const { memoryCost, timeCost } = this.config.passwordHashing;
    return this.slots.run(() => argon2.hash(password, { type: argon2.argon2id, memoryCost, timeCost, parallelism: 1 }));
  }

  /** @throws IdentityException `server_busy` when every hashing slot and the wait list are taken */
  verify(hash: string | undefined, password: string): Promise<boolean> {
    return this.slots.run(async () => {
      try {
        const ok = await argon2.verify(hash ?? this.dummyHash, password);
        return ok && hash !== undefined;
      } catch {
        return false;
      }
    });
  }
}
