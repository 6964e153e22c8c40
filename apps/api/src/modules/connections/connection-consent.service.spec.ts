import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../platform/config/app-config';
import { TokenCipher } from '../../platform/crypto/token-cipher';
import { ApiException } from '../../platform/errors/api-exception';
import type { AuditService } from '../audit/audit.service';
import type { User } from '../identity/entities/user.entity';
import type { UserPrincipal } from '../identity/principal';
import { ConnectionConsent } from './connection-consent.service';
import type { ConnectionStore } from './connection-store.service';
import { Connection } from './entities/connection.entity';
import type { OAuthState } from './entities/oauth-state.entity';
import type { GrantRevoker } from './grant-revoker';
import type { OAuthClients } from './oauth-clients';
import type { OAuthStateService } from './oauth-state.service';
import { catalog, provider } from './testing/acme-provider';

const caller: UserPrincipal = { kind: 'user', sessionId: 's1', user: { id: 'u1' } as User };

/** Consent over a real cipher, with the store and state service reduced to what consent reads and listens to. */
function setup(existing: Connection | null = null) {
  let dropped: (appId: string, providerId: string) => void = () => undefined;
  let consumed: (row: OAuthState) => void = () => undefined;
  const store = {
    find: async () => existing,
    onDropped: (fn: typeof dropped) => (dropped = fn),
  } as unknown as ConnectionStore;
  const states = { onConsumed: (fn: typeof consumed) => (consumed = fn) } as unknown as OAuthStateService;
  const cipher = new TokenCipher(randomBytes(32));
  const consent = new ConnectionConsent(
    {} as DataSource,
    catalog,
    {} as OAuthClients,
    states,
    cipher,
    {} as AuditService,
    { publicUrl: 'https://patchbay.test' } as AppConfig,
    store,
    {} as GrantRevoker,
  );
  return { consent, cipher, drop: (a: string, p: string) => dropped(a, p), consume: (row: Partial<OAuthState>) => consumed(row as OAuthState) };
}

async function errorOf(p: Promise<unknown> | (() => unknown)): Promise<ApiException> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (err) {
    return err as ApiException;
  }
  throw new Error('expected a refusal');
}

describe('ConnectionConsent', () => {
  it('scopesFor: scopes plus what the operations need, each once; unknown scopes and operations are refused', async () => {
    const { consent } = setup();
    expect(consent.scopesFor(provider, ['openid'], ['listFiles', 'uploadFile'])).toEqual(['openid', 'read', 'write']);
    expect(consent.scopesFor(provider, [], ['ping'])).toEqual([]);
    const badScope = await errorOf(() => consent.scopesFor(provider, ['admin']));
    expect([badScope.getStatus(), badScope.code]).toEqual([400, 'unknown_scope']);
    expect(badScope.message).toContain('admin');
    const badOp = await errorOf(() => consent.scopesFor(provider, [], ['deleteEverything']));
    expect([badOp.getStatus(), badOp.code]).toEqual([400, 'unknown_operation']);
  });

  it('authorize: adding scopes the connection already has is refused before any provider call', async () => {
    const existing = Object.assign(new Connection(), { appId: 'app1', provider: 'acme', grantedScopes: ['read', 'write'] });
    const { consent } = setup(existing);
    const err = await errorOf(consent.authorize(caller, 'app1', provider, { mode: 'add_scopes', operations: ['uploadFile'] }));
    expect([err.getStatus(), err.code]).toEqual([409, 'nothing_to_add']);
    const connected = await errorOf(consent.authorize(caller, 'app1', provider, { mode: 'connect', scopes: ['read'] }));
    expect(connected.getStatus()).toBe(409);
  });

  it('openedLink: only links this server encrypted, holding an http(s) URL', () => {
    const { consent, cipher } = setup();
    const url = 'https://acme.test/authorize?state=abc';
    expect(consent.openedLink(cipher.encrypt(url))).toBe(url);
    expect(consent.openedLink(cipher.encrypt('javascript:alert(1)'))).toBeUndefined();
    expect(consent.openedLink(url)).toBeUndefined();
    expect(consent.openedLink(new TokenCipher(randomBytes(32)).encrypt(url))).toBeUndefined();
  });

  it('dashboardUrl: the outcome as query parameters, without the unset ones', () => {
    const { consent } = setup();
    const u = new URL(consent.dashboardUrl({ outcome: 'connected', appId: 'app1', provider: 'acme', notGranted: 'write files', code: undefined }));
    expect(u.origin + u.pathname).toBe('https://patchbay.test/oauth/complete');
    expect(Object.fromEntries(u.searchParams)).toEqual({ outcome: 'connected', appId: 'app1', provider: 'acme', notGranted: 'write files' });
  });

  it('consentUrlForMissing: one pending consent per app, provider, user and scope set, until its state is spent or the connection changes', async () => {
    const { consent, drop, consume } = setup();
    let n = 0;
    const handOut = jest.spyOn(consent, 'handOut').mockImplementation(async () => `https://patchbay.test/api/oauth/start?link=${++n}`);
    const first = await consent.consentUrlForMissing(caller, 'app1', provider, ['write', 'read']);
    expect(await consent.consentUrlForMissing(caller, 'app1', provider, ['read', 'write'])).toBe(first);
    expect(handOut).toHaveBeenCalledWith(caller, 'app1', provider, { scopes: ['write', 'read'], mode: 'add_scopes' });
    const otherUser = { ...caller, user: { id: 'u2' } as User };
    expect(await consent.consentUrlForMissing(otherUser, 'app1', provider, ['read', 'write'])).not.toBe(first);

    drop('app2', 'acme');
    expect(await consent.consentUrlForMissing(caller, 'app1', provider, ['read', 'write'])).toBe(first);
    drop('app1', 'acme');
    const second = await consent.consentUrlForMissing(caller, 'app1', provider, ['read', 'write']);
    expect(second).not.toBe(first);
    consume({ appId: 'app1', provider: 'acme' });
    expect(await consent.consentUrlForMissing(caller, 'app1', provider, ['read', 'write'])).not.toBe(second);
    expect(handOut).toHaveBeenCalledTimes(4);
  });
});
