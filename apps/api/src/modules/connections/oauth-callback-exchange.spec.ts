import { OAuthError, type OAuthClient } from '@patchbay/connector-runtime';
import type { ProviderModel } from '@patchbay/spec';
import type { OAuthState } from './entities/oauth-state.entity';
import { ExchangeFailed, OAuthCallbackExchange } from './oauth-callback-exchange';
import type { OAuthClients } from './oauth-clients';
import { StateRejected, type OAuthStateService } from './oauth-state.service';
import { provider } from './testing/acme-provider';

const row = { appId: 'app1', provider: 'acme', mode: 'connect', redirectUri: 'https://patchbay.test/api/oauth/callback' } as OAuthState;

/**
 * The exchange over a state service that knows one single-use state ("s1", bound to the cookie "pb=1") and a client
 * whose issuer check and token endpoint behave as told.
 */
function setup(opts: { issuer?: string; tokenError?: Error; stateProvider?: string; pkce?: string } = {}) {
  const spent = new Set<string>();
  const states = {
    consume: async (state: string | undefined, cookie?: string) => {
      if (state !== 's1') throw new StateRejected('state_invalid');
      const r = { ...row, provider: opts.stateProvider ?? row.provider } as OAuthState;
      if (spent.has(state)) throw new StateRejected('state_used', r);
      spent.add(state);
      if (cookie !== 'pb=1') throw new StateRejected('browser_mismatch', r);
      return { row: r, pkceVerifier: opts.pkce, nonce: 'n1' };
    },
  } as unknown as OAuthStateService;
  const exchanged: unknown[] = [];
  const client = {
    checkResponseIssuer: (iss: string | undefined) => {
      if (opts.issuer && iss !== opts.issuer) throw new OAuthError('issuer_mismatch' as never, 'wrong issuer');
    },
    exchangeCode: async (input: unknown) => {
      exchanged.push(input);
      if (opts.tokenError) throw opts.tokenError;
      return { tokens: { accessToken: 'at', grantedScopes: ['read'] }, raw: { access_token: 'at' } };
    },
  } as unknown as OAuthClient;
  const clients = { for: async (p: ProviderModel) => (p.id === 'acme' ? client : Promise.reject(new Error('no client'))) } as unknown as OAuthClients;
  return { exchange: new OAuthCallbackExchange(clients, states), exchanged };
}

async function failure(p: Promise<unknown>): Promise<ExchangeFailed> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ExchangeFailed);
  return err as ExchangeFailed;
}

describe('OAuthCallbackExchange', () => {
  it('exchanges the code with the verifier and redirect URI of the state, and the scopes the callback reported', async () => {
    const p = { ...provider, oauth: { ...provider.oauth, callbackScopesParam: 'scope' } } as ProviderModel;
    const { exchange, exchanged } = setup({ pkce: 'verifier-1', issuer: 'https://acme.test' });
    const result = await exchange.exchange(p, { code: 'c1', state: 's1', iss: 'https://acme.test', scope: 'read' }, 'pb=1');
    expect(result.state.row.appId).toBe('app1');
    expect(result.tokens.accessToken).toBe('at');
    expect(exchanged).toEqual([{ code: 'c1', redirectUri: row.redirectUri, codeVerifier: 'verifier-1', callbackScopes: 'read' }]);
  });

  it('a state is single use: the second callback with it is state_used, with the app to send the user back to', async () => {
    const { exchange } = setup();
    await exchange.exchange(provider, { code: 'c1', state: 's1' }, 'pb=1');
    const err = await failure(exchange.exchange(provider, { code: 'c1', state: 's1' }, 'pb=1'));
    expect([err.reason, err.state?.appId]).toEqual(['state_used', 'app1']);
  });

  it('refuses a missing code or state, an unknown state, and a state of another provider as state_invalid', async () => {
    const { exchange, exchanged } = setup({ stateProvider: 'other' });
    expect((await failure(exchange.exchange(provider, { state: 's1' }, 'pb=1'))).reason).toBe('state_invalid');
    expect((await failure(exchange.exchange(provider, { code: 'c1', state: ['s1'] }, 'pb=1'))).reason).toBe('state_invalid');
    expect((await failure(exchange.exchange(provider, { code: 'c1', state: 'nope' }, 'pb=1'))).reason).toBe('state_invalid');
    const other = await failure(exchange.exchange(provider, { code: 'c1', state: 's1' }, 'pb=1'));
    expect([other.reason, other.state]).toEqual(['state_invalid', undefined]);
    expect(exchanged).toEqual([]);
  });

  it('a callback from another browser is browser_mismatch, and the code is never exchanged', async () => {
    const { exchange, exchanged } = setup();
    const err = await failure(exchange.exchange(provider, { code: 'c1', state: 's1' }, 'pb=2'));
    expect([err.reason, err.state?.appId]).toEqual(['browser_mismatch', 'app1']);
    expect(exchanged).toEqual([]);
  });

  it('a wrong issuer or a refused exchange is token_exchange_failed, with the provider error code', async () => {
    const wrongIss = setup({ issuer: 'https://acme.test' });
    const iss = await failure(wrongIss.exchange.exchange(provider, { code: 'c1', state: 's1', iss: 'https://evil.test' }, 'pb=1'));
    expect([iss.reason, iss.state?.appId]).toEqual(['token_exchange_failed', 'app1']);
    expect(wrongIss.exchanged).toEqual([]);

    const refused = setup({ tokenError: new OAuthError('token_exchange_failed' as never, 'refused', { providerCode: 'invalid_grant' }) });
    const err = await failure(refused.exchange.exchange(provider, { code: 'c1', state: 's1' }, 'pb=1'));
    expect([err.reason, err.providerCode]).toEqual(['token_exchange_failed', 'invalid_grant']);
  });
});
