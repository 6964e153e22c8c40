import type { ProviderModel } from '@patchbay/spec';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { TokenCipher } from '../../platform/crypto/token-cipher';
import type { ApiException } from '../../platform/errors/api-exception';
import type { Metrics } from '../../platform/metrics/metrics';
import type { AuditService } from '../audit/audit.service';
import type { ConnectionStore } from './connection-store.service';
import { ConnectionTokensService, type LiveToken } from './connection-tokens.service';
import { Connection } from './entities/connection.entity';
import type { OAuthClients } from './oauth-clients';
import { catalog, provider } from './testing/acme-provider';

const cipher = new TokenCipher(randomBytes(32));

function conn(fields: Partial<Connection> = {}): Connection {
  return Object.assign(new Connection(), {
    id: 'c1',
    appId: 'app1',
    provider: 'acme',
    accessTokenEnc: cipher.encrypt('at-1'),
    refreshTokenEnc: cipher.encrypt('rt-1'),
    expiresAt: null,
    connectedAt: new Date(),
    lastRefreshedAt: null,
    grantedScopes: ['read'],
    metadata: { region: 'eu' },
    status: 'active',
    lastError: null,
    version: 4,
    ...fields,
  });
}

/** Tokens over a real cipher; the row-locked refresh itself is covered by refresh-race.api-spec.ts. */
function setup() {
  const forgotten: string[] = [];
  const store = { forget: (appId: string, providerId: string) => forgotten.push(`${appId}:${providerId}`) } as unknown as ConnectionStore;
  const tokens = new ConnectionTokensService({} as DataSource, cipher, {} as OAuthClients, catalog, {} as AuditService, {} as Metrics, store);
  const refreshedFrom: number[] = [];
  jest.spyOn(tokens, 'refresh').mockImplementation(async (_id: string, seen: number): Promise<LiveToken> => {
    refreshedFrom.push(seen);
    return { accessToken: `at-${seen + 1}`, version: seen + 1, expiresAt: null, issuedAt: new Date() };
  });
  return { tokens, forgotten, refreshedFrom };
}

describe('ConnectionTokensService.handle', () => {
  it('hands the runtime the stored token, and after a refusal refreshes from the version it last used', async () => {
    const { tokens, forgotten, refreshedFrom } = setup();
    const handle = tokens.handle(conn(), provider);
    expect(handle.grantedScopes).toEqual(['read']);
    expect(handle.metadata).toEqual({ region: 'eu' });
    expect(handle.credential).toBeUndefined();
    expect(await handle.accessToken()).toBe('at-1');
    expect(await handle.refreshAfterRejection('at-stale')).toBe('at-5');
    // A second refusal in the same call refreshes from the token the first refresh gave, not the row's.
    expect(await handle.refreshAfterRejection('at-stale')).toBe('at-6');
    expect(refreshedFrom).toEqual([4, 5]);
    expect(forgotten).toEqual(['app1:acme', 'app1:acme']);
  });

  it('an expiring token with a refresh token is refreshed before the call; a connection needing reconnect is refused', async () => {
    const { tokens, refreshedFrom } = setup();
    const expiring = conn({ expiresAt: new Date(Date.now() + 1_000), connectedAt: new Date(Date.now() - 3_600_000) });
    expect(await tokens.handle(expiring, provider).accessToken()).toBe('at-5');
    expect(refreshedFrom).toEqual([4]);
    const dead = conn({ status: 'needs_reconnect', lastError: 'invalid_grant' });
    const err = (await tokens
      .handle(dead, provider)
      .accessToken()
      .catch((e: unknown) => e)) as ApiException;
    expect([err.getStatus(), err.code]).toEqual([409, 'needs_reconnect']);
  });

  it('a credential connector gets its stored secret, parsed', async () => {
    const { tokens } = setup();
    const credentialProvider = { ...provider, authType: 'credential' } as ProviderModel;
    const row = conn({ accessTokenEnc: cipher.encrypt(JSON.stringify({ apiKey: 'k-123' })), refreshTokenEnc: null });
    expect(await tokens.handle(row, credentialProvider).credential?.()).toEqual({ apiKey: 'k-123' });
  });
});
