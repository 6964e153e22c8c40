import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { credentialProblem, describeKind, type CredentialSecret } from '@patchbay/connector-runtime';
import type { ProviderModel } from '@patchbay/spec';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TokenCipher } from '../../platform/crypto/token-cipher';
import { AuditService } from '../audit/audit.service';
import type { UserPrincipal } from '../identity/principal';
import { ConnectionStore } from './connection-store.service';
import { CredentialConnectorException } from './credential-connector.exception';
import type { StoreCredentialDto } from './dtos/credential.dto';
import { ConnectionView } from './dtos/connection.dto';
import { Connection } from './entities/connection.entity';

/**
 * Credential connectors (API key, bearer token, basic): the app's connection row holds the encrypted secret instead
 * of OAuth tokens (no refresh token, no expiry, no scopes). Storing replaces the previous secret; disconnecting is the
 * ordinary disconnect (nothing to revoke at the provider).
 */
@Injectable()
export class CredentialConnectionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: TokenCipher,
    private readonly audit: AuditService,
    private readonly connections: ConnectionStore,
  ) {}

  async store(caller: UserPrincipal, appId: string, provider: ProviderModel, dto: StoreCredentialDto): Promise<ConnectionView> {
    const auth = provider.authType === 'credential' ? provider.credential : undefined;
    if (!auth) throw CredentialConnectorException.notCredential(provider.name);
    const secret = this.secretOf(auth.kind, dto);
    const problem = credentialProblem(auth, secret);
    if (problem) throw CredentialConnectorException.badCredential(problem);
    const label = (dto.label ?? `${provider.name} ${describeKind(auth.kind)}`).slice(0, 255);
    const now = new Date();
    const fields = {
      status: 'active' as const,
      accountId: 'credential',
      accountLabel: label,
      grantedScopes: [] as string[],
      requestedScopes: [] as string[],
      accessTokenEnc: this.cipher.encrypt(JSON.stringify(secret)),
      refreshTokenEnc: null,
      expiresAt: null,
      metadata: {},
      lastRefreshedAt: null,
      lastError: null,
      connectedBy: caller.user.id,
      connectedAt: now,
    };
    await this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(Connection);
      const existing = await repo.findOne({ where: { appId, provider: provider.id } });
      if (existing) await repo.update({ id: existing.id }, { ...fields, version: existing.version + 1 });
      else await repo.insert(Object.assign(new Connection(), { id: randomUUID(), appId, provider: provider.id, version: 1, ...fields }));
      await this.audit.record(
        {
          appId,
          actor: caller,
          action: existing ? 'connection.credential_replaced' : 'connection.credential_stored',
          target: provider.id,
          metadata: { account: label, kind: auth.kind },
        },
        m,
      );
    });
    this.connections.forget(appId, provider.id);
    return this.connections.get(appId, provider);
  }

  private secretOf(kind: CredentialSecret['kind'], dto: StoreCredentialDto): CredentialSecret {
    const extra = (allowed: string[]) =>
      (['apiKey', 'token', 'username', 'password'] as const).filter((k) => !allowed.includes(k) && dto[k] !== undefined);
    const need = (fields: string[]) => {
      const stray = extra(fields);
      if (stray.length) throw CredentialConnectorException.badCredential(`this connector takes ${fields.join(' and ')}, not ${stray.join(', ')}`);
      const missing = fields.filter((f) => typeof dto[f as keyof StoreCredentialDto] !== 'string');
      if (missing.length) throw CredentialConnectorException.badCredential(`${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} required`);
    };
    if (kind === 'apiKey') {
      need(['apiKey']);
      return { kind, apiKey: dto.apiKey as string };
    }
    if (kind === 'bearer') {
      need(['token']);
      return { kind, token: dto.token as string };
    }
    need(['username', 'password']);
    return { kind, username: dto.username as string, password: dto.password as string };
  }
}
