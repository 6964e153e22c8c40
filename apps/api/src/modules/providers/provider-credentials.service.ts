import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import type { ClientCredentials } from '@patchbay/connector-runtime';
import type { ProviderModel } from '@patchbay/spec';
import { TokenCipher } from '../../platform/crypto/token-cipher';
import { AuditService } from '../audit/audit.service';
import type { UserPrincipal } from '../identity/principal';
import { ProviderCredential } from './entities/provider-credential.entity';
import { ProvidersException } from './providers.exception';

/**
 * OAuth client credentials per auth group, encrypted at rest. Kept in memory after the first read: they change
 * only through this service, and every API process re-reads them on change within `CACHE_MS`.
 */
@Injectable()
export class ProviderCredentialsService {
  private cache = new Map<string, { value: ClientCredentials | null; at: number }>();
  private static readonly CACHE_MS = 5_000;

  constructor(
    @InjectRepository(ProviderCredential) private readonly repo: Repository<ProviderCredential>,
    private readonly cipher: TokenCipher,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
  ) {}

  async configuredGroups(): Promise<Set<string>> {
    const rows = await this.repo.find({ select: { authGroup: true } });
    return new Set(rows.map((r) => r.authGroup));
  }

  async find(provider: ProviderModel): Promise<ClientCredentials | null> {
    const group = provider.oauth.group;
    const hit = this.cache.get(group);
    if (hit && Date.now() - hit.at < ProviderCredentialsService.CACHE_MS) return hit.value;
    const row = await this.repo.findOne({ where: { authGroup: group } });
    const value = row ? { clientId: row.clientId, clientSecret: this.cipher.decrypt(row.clientSecretEnc) } : null;
    this.cache.set(group, { value, at: Date.now() });
    return value;
  }

  /** The credentials, or 409 `provider_not_configured`. */
  async require(provider: ProviderModel): Promise<ClientCredentials> {
    const c = await this.find(provider);
    if (!c) throw ProvidersException.notConfigured(provider.name);
    return c;
  }

  async set(caller: UserPrincipal, provider: ProviderModel, clientId: string, clientSecret: string): Promise<void> {
    const group = provider.oauth.group;
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(ProviderCredential).save(
        Object.assign(new ProviderCredential(), {
          authGroup: group,
          clientId,
          clientSecretEnc: this.cipher.encrypt(clientSecret),
          updatedAt: new Date(),
          updatedBy: caller.user.id,
        }),
      );
      await this.audit.record(
        { appId: null, actor: caller, action: 'provider.credentials_set', target: group, metadata: { provider: provider.id } },
        m,
      );
    });
    this.cache.delete(group);
  }

  async remove(caller: UserPrincipal, provider: ProviderModel): Promise<void> {
    const group = provider.oauth.group;
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(ProviderCredential).delete({ authGroup: group });
      await this.audit.record(
        { appId: null, actor: caller, action: 'provider.credentials_removed', target: group, metadata: { provider: provider.id } },
        m,
      );
    });
    this.cache.delete(group);
  }

  /** Re-encrypts every stored client secret under the current key; returns how many rows changed. */
  async reencryptAll(): Promise<number> {
    let changed = 0;
    for (const row of await this.repo.find()) {
      if (this.cipher.isCurrent(row.clientSecretEnc)) continue;
      await this.repo.update({ authGroup: row.authGroup }, { clientSecretEnc: this.cipher.reencrypt(row.clientSecretEnc) });
      changed++;
    }
    this.cache.clear();
    return changed;
  }
}
