import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { sha256Hex } from '../../platform/crypto/opaque-token';
import { AppApiKey } from '../apps/entities/app-api-key.entity';
import { User } from './entities/user.entity';
import type { ApiKeyPrincipal } from './principal';

// Writing lastUsedAt on every call would turn every read into a write; a minute of precision is plenty.
const LAST_USED_RESOLUTION_MS = 60_000;

/** Resolves `pbk_…` app API keys for the bearer strategy. Issuing and revoking keys lives in the apps module. */
@Injectable()
export class ApiKeyAuthenticator {
  constructor(@InjectRepository(AppApiKey) private readonly keys: Repository<AppApiKey>) {}

  async authenticate(key: string): Promise<ApiKeyPrincipal | null> {
    // A key whose creator is disabled is refused (keys made before issue 19 have no creator and are not affected).
    const row = await this.keys
      .createQueryBuilder('k')
      .leftJoin(User, 'creator', 'creator.id = k.createdBy')
      .where('k.keyHash = :hash', { hash: sha256Hex(key) })
      .andWhere('k.revokedAt IS NULL')
      .andWhere('creator.disabledAt IS NULL')
      .getOne();
    if (!row) return null;
    const now = new Date();
    if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await this.keys.update({ id: row.id }, { lastUsedAt: now });
    }
    return { kind: 'api_key', apiKeyId: row.id, appId: row.appId };
  }
}
