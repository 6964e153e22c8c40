import { Injectable, OnModuleInit } from '@nestjs/common';
import * as argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import { AppConfig } from '../../platform/config/app-config';

/** argon2id with the configured cost (strong by default; tests lower it through the environment). */
@Injectable()
export class PasswordHasher implements OnModuleInit {
  private dummyHash = '';

  constructor(private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    // Verified against when the email is unknown, so both failure paths cost one argon2 verification.
    this.dummyHash = await this.hash(randomBytes(24).toString('base64url'));
  }

  hash(password: string): Promise<string> {
    const { memoryCost, timeCost } = this.config.passwordHashing;
    return argon2.hash(password, { type: argon2.argon2id, memoryCost, timeCost, parallelism: 1 });
  }

  async verify(hash: string | undefined, password: string): Promise<boolean> {
    try {
      const ok = await argon2.verify(hash ?? this.dummyHash, password);
      return ok && hash !== undefined;
    } catch {
      return false;
    }
  }
}
