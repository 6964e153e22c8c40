import { Injectable } from '@nestjs/common';
import { OAuthError, type TokenSet } from '@patchbay/connector-runtime';
import type { ProviderModel } from '@patchbay/spec';
import { OAuthClients } from './oauth-clients';
import { OAuthStateService, StateRejected, type ConsumedState } from './oauth-state.service';

/** What the callback learns from a successful code exchange. */
export interface ExchangeResult {
  state: ConsumedState;
  tokens: TokenSet;
  raw: Record<string, unknown>;
}

/** A failed callback, with the state row when it was valid (to send the user back to the right app). */
export class ExchangeFailed extends Error {
  constructor(
    readonly reason: StateRejected['reason'] | 'token_exchange_failed',
    readonly state?: ConsumedState['row'],
    readonly providerCode?: string,
  ) {
    super(reason);
  }
}

/** The parts of the callback's query string the exchange reads (anything else is ignored). */
export type CallbackQuery = Record<string, unknown>;

/**
 * The code half of a consent callback: spends the single-use state (checking the browser-binding cookie), checks that
 * the state belongs to this provider, then the RFC 9207 `iss` and the code exchange through the spec-driven
 * {@link OAuthClients} — with the PKCE verifier and redirect URI stored in the state row, so every quirk stays in
 * specs/. Any failure is an {@link ExchangeFailed} whose reason the callback page explains.
 */
@Injectable()
export class OAuthCallbackExchange {
  constructor(
    private readonly clients: OAuthClients,
    private readonly states: OAuthStateService,
  ) {}

  async exchange(provider: ProviderModel, query: CallbackQuery, cookieHeader?: string): Promise<ExchangeResult> {
    const code = str(query['code']);
    const state = str(query['state']);
    if (!code || !state) throw new ExchangeFailed('state_invalid');
    let consumed: ConsumedState;
    try {
      consumed = await this.states.consume(state, cookieHeader);
    } catch (err) {
      if (err instanceof StateRejected) throw new ExchangeFailed(err.reason, err.row);
      throw err;
    }
    if (consumed.row.provider !== provider.id) throw new ExchangeFailed('state_invalid');
    const scopesParam = provider.oauth.callbackScopesParam;
    try {
      const client = await this.clients.for(provider);
      client.checkResponseIssuer(str(query['iss']));
      const { tokens, raw } = await client.exchangeCode({
        code,
        redirectUri: consumed.row.redirectUri,
        // From the state row: whether PKCE is used may come from server metadata, not the spec alone.
        codeVerifier: consumed.pkceVerifier,
        callbackScopes: scopesParam ? str(query[scopesParam]) : undefined,
      });
      return { state: consumed, tokens, raw };
    } catch (err) {
      throw new ExchangeFailed('token_exchange_failed', consumed.row, err instanceof OAuthError ? err.details.providerCode : undefined);
    }
  }
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
