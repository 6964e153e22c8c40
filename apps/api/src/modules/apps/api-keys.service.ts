import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, IsNull, Repository } from 'typeorm';
import { API_KEY_PREFIX, generateOpaqueToken, sha256Hex } from '../../platform/crypto/opaque-token';
import { AuditService } from '../audit/audit.service';
import type { UserPrincipal } from '../identity/principal';
import { AppsException } from './apps.exception';
import { ApiKeyView, CreatedApiKeyView } from './dtos/api-key.dto';
import { AppApiKey } from './entities/app-api-key.entity';

/** How much of a key is kept in clear for display: `pbk_` and 8 more characters. */
export const API_KEY_DISPLAY_PREFIX_LENGTH = 12;

@Injectable()
export class ApiKeysService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(AppApiKey) private readonly keys: Repository<AppApiKey>,
    private readonly audit: AuditService,
  ) {}

  /** Active (not revoked) keys of the app, oldest first. */
  async list(appId: string): Promise<ApiKeyView[]> {
    const keys = await this.keys.find({ where: { appId, revokedAt: IsNull() }, order: { createdAt: 'ASC', id: 'ASC' } });
    return keys.map(ApiKeyView.of);
  }

  /** Issues a key. The clear key is returned here once and never stored. */
  async create(caller: UserPrincipal, appId: string, name: string): Promise<CreatedApiKeyView> {
    const key = generateOpaqueToken(API_KEY_PREFIX);
    const row = Object.assign(new AppApiKey(), {
      id: randomUUID(),
      appId,
      name,
      prefix: key.slice(0, API_KEY_DISPLAY_PREFIX_LENGTH),
      keyHash: sha256Hex(key),
      createdAt: new Date(),
      lastUsedAt: null,
      revokedAt: null,
      createdBy: caller.user.id,
    });
    await this.db.transaction(async (m) => {
      await m.getRepository(AppApiKey).insert(row);
      await this.audit.record(
        { appId, actor: caller, action: 'api_key.created', target: `api_key:${row.id}`, metadata: { name, prefix: row.prefix } },
        m,
      );
    });
    return { id: row.id, name: row.name, prefix: row.prefix, key, createdAt: row.createdAt.toISOString() };
  }

  /** Revokes a key (kept for the record, no longer accepted). */
  async revoke(caller: UserPrincipal, appId: string, keyId: string): Promise<void> {
    await this.db.transaction(async (m) => {
      const repo = m.getRepository(AppApiKey);
      const key = await repo.findOne({ where: { id: keyId, appId, revokedAt: IsNull() } });
      if (!key) throw AppsException.apiKeyNotFound();
      await repo.update({ id: keyId }, { revokedAt: new Date() });
      await this.audit.record(
        { appId, actor: caller, action: 'api_key.revoked', target: `api_key:${keyId}`, metadata: { name: key.name, prefix: key.prefix } },
        m,
      );
    });
  }
}
