import type { DataSource, Repository } from 'typeorm';
import type { CacheBus, CacheEvent } from '../../platform/cache/cache-bus';
import type { TokenCipher } from '../../platform/crypto/token-cipher';
import type { AuditService } from '../audit/audit.service';
import type { User } from '../identity/entities/user.entity';
import { ConnectionStore } from './connection-store.service';
import { ApiException } from '../../platform/errors/api-exception';
import { Connection } from './entities/connection.entity';
import type { GrantRevoker } from './grant-revoker';
import type { OAuthClients } from './oauth-clients';
import { catalog, provider } from './testing/acme-provider';

function row(fields: Partial<Connection>): Connection {
  return Object.assign(new Connection(), {
    id: 'c1',
    appId: 'app1',
    provider: 'acme',
    accountId: 'u1',
    accountLabel: 'ada@acme.test',
    grantedScopes: ['read'],
    requestedScopes: ['read'],
    connectedBy: null,
    connectedAt: new Date(0),
    lastRefreshedAt: null,
    expiresAt: null,
    lastError: null,
    status: 'active',
    version: 1,
    ...fields,
  });
}

/** The store over an in-memory table and an in-memory cache bus (what other replicas would publish). */
function setup() {
  const table = new Map<string, Connection>();
  let reads = 0;
  const repo = {
    findOne: async ({ where }: { where: { appId: string; provider: string } }) => {
      reads++;
      const c = table.get(`${where.appId}:${where.provider}`);
      return c ? Object.assign(new Connection(), c) : null;
    },
  } as unknown as Repository<Connection>;
  const listeners: ((e: CacheEvent) => void)[] = [];
  const published: CacheEvent[] = [];
  const bus = { on: (fn: (e: CacheEvent) => void) => listeners.push(fn), publish: (e: CacheEvent) => published.push(e) } as unknown as CacheBus;
  const store = new ConnectionStore(
    repo,
    {} as Repository<User>,
    {} as DataSource,
    catalog,
    {} as OAuthClients,
    {} as TokenCipher,
    {} as AuditService,
    bus,
    {} as GrantRevoker,
  );
  return { store, table, published, reads: () => reads, fromOtherReplica: (e: CacheEvent) => listeners.forEach((fn) => fn(e)) };
}

describe('ConnectionStore', () => {
  it('require: 404 connection_not_found when the app has no connection to the provider', async () => {
    const { store } = setup();
    const err = await store.require('app1', provider).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiException);
    expect((err as ApiException).getStatus()).toBe(404);
  });

  it('requireCached reads the row once; forget drops it at once and tells other replicas', async () => {
    const { store, table, published, reads } = setup();
    table.set('app1:acme', row({ version: 1 }));
    expect((await store.requireCached('app1', provider)).version).toBe(1);
    table.set('app1:acme', row({ version: 2 }));
    expect((await store.requireCached('app1', provider)).version).toBe(1);
    expect(reads()).toBe(1);
    const dropped: string[] = [];
    store.onDropped((appId, providerId) => dropped.push(`${appId}:${providerId}`));
    store.forget('app1', 'acme');
    expect((await store.requireCached('app1', provider)).version).toBe(2);
    expect(published).toEqual([{ kind: 'connection', appId: 'app1', provider: 'acme' }]);
    expect(dropped).toEqual(['app1:acme']);
  });

  it('a change announced by another replica drops the cached row; other apps keep theirs', async () => {
    const { store, table, fromOtherReplica, reads } = setup();
    table.set('app1:acme', row({ version: 1 }));
    table.set('app2:acme', row({ appId: 'app2', version: 1 }));
    await store.requireCached('app1', provider);
    await store.requireCached('app2', provider);
    table.set('app1:acme', row({ version: 3 }));
    table.set('app2:acme', row({ appId: 'app2', version: 3 }));
    fromOtherReplica({ kind: 'connection', appId: 'app1', provider: 'acme' });
    expect((await store.requireCached('app1', provider)).version).toBe(3);
    expect((await store.requireCached('app2', provider)).version).toBe(1);
    expect(reads()).toBe(3);
  });

  it('view: scopes asked for but not granted, in words, with the operations that cannot run without them', () => {
    const { store } = setup();
    const v = store.view(row({ requestedScopes: ['read', 'write'], grantedScopes: ['read'] }), 'ada@example.test');
    expect(v.grantedScopes).toEqual([{ scope: 'read', description: 'Read your files' }]);
    expect(v.notGranted).toEqual([{ scope: 'write', description: 'Change your files' }]);
    expect(v.unavailableOperations).toEqual([{ id: 'uploadFile', summary: 'Upload a file' }]);
    expect(v.connectedByEmail).toBe('ada@example.test');
    const full = store.view(row({ requestedScopes: ['read', 'write'], grantedScopes: ['write', 'read'] }));
    expect(full.notGranted).toEqual([]);
    expect(full.unavailableOperations).toEqual([]);
  });
});
