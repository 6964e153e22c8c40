import { Injectable, OnModuleInit } from '@nestjs/common';
import type { Request, Response } from 'express';
import passport from 'passport';
import { Strategy as OAuth2Strategy, type StateStore } from 'passport-oauth2';
import { OAuthError, type TokenSet } from '@patchbay/connector-runtime';
import type { ProviderModel } from '@patchbay/spec';
import { CatalogService } from '../providers/catalog.service';
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

/** Per-request context shared by the state store, the token exchange and verify (passport passes no request there). */
interface FlowContext {
  consumed?: ConsumedState;
  rejected?: StateRejected;
  callbackScopes?: string;
  /** RFC 9207 `iss` on the authorization response, when the server sent one. */
  iss?: string;
}

const CONTEXT = Symbol('patchbay.oauthFlow');
type FlowRequest = Request & { [CONTEXT]?: FlowContext };

/**
 * The callback half of every connect flow runs through passport-oauth2: one strategy per provider, built from the
 * catalog at start and registered under the provider id. Its session-based state and PKCE stores are replaced by
 * our single-use state rows, and its token exchange (which only knows form bodies and `client_id`) by the
 * spec-driven {@link OAuthClients} — so every quirk stays in specs/.
 */
@Injectable()
export class OAuthPassport implements OnModuleInit {
  constructor(
    private readonly catalog: CatalogService,
    private readonly clients: OAuthClients,
    private readonly states: OAuthStateService,
  ) {}

  onModuleInit(): void {
    // Credential connectors (API key, bearer, basic) have no consent flow, so no strategy.
    for (const provider of this.catalog.list()) {
      if (provider.authType === 'oauth2') passport.use(this.strategyName(provider), this.createStrategy(provider));
    }
  }

  strategyName(provider: ProviderModel): string {
    return `patchbay-oauth:${provider.id}`;
  }

  /** Runs the strategy for a callback request that carries `code` and `state`. */
  exchange(provider: ProviderModel, req: Request, res: Response): Promise<ExchangeResult> {
    const iss = req.query['iss'];
    const ctx: FlowContext = { callbackScopes: this.callbackScopes(provider, req), iss: typeof iss === 'string' ? iss : undefined };
    (req as FlowRequest)[CONTEXT] = ctx;
    return new Promise<ExchangeResult>((resolve, reject) => {
      const handler = passport.authenticate(
        this.strategyName(provider),
        // passport hands these options to the strategy, whose tokenParams() passes ctx on to the exchange.
        { session: false, failWithError: false, ctx } as passport.AuthenticateOptions,
        (err: unknown, user: ExchangeResult | false) => {
          if (ctx.rejected) return reject(new ExchangeFailed(ctx.rejected.reason, ctx.rejected.row));
          if (err || !user) {
            const code = err instanceof OAuthError ? err.details.providerCode : undefined;
            return reject(new ExchangeFailed('token_exchange_failed', ctx.consumed?.row, code));
          }
          resolve(user);
        },
      ) as (req: Request, res: Response, next: (err?: unknown) => void) => void;
      handler(req, res, (err?: unknown) => reject(err ?? new ExchangeFailed('token_exchange_failed', ctx.consumed?.row)));
    });
  }

  private callbackScopes(provider: ProviderModel, req: Request): string | undefined {
    const param = provider.oauth.callbackScopesParam;
    const v = param ? req.query[param] : undefined;
    return typeof v === 'string' ? v : undefined;
  }

  private createStrategy(provider: ProviderModel): OAuth2Strategy {
    // passport-oauth2's StateStore type says `ok: boolean`, but the library also takes a PKCE verifier string there.
    const store = {
      store: (_req: unknown, ...rest: unknown[]) => {
        // The authorize half is ours (authorize endpoint); passport never starts a flow.
        const cb = rest[rest.length - 1] as (err: Error) => void;
        cb(new Error('Flows start at POST /api/apps/:app/connections/:provider/authorize'));
      },
      verify: (req: unknown, providedState: string, cb: (err: Error | null, ok: boolean | string, info?: unknown) => void) => {
        const ctx = (req as FlowRequest)[CONTEXT] ?? {};
        this.states
          .consume(providedState, (req as Request).headers.cookie)
          .then((consumed) => {
            if (consumed.row.provider !== provider.id) {
              ctx.rejected = new StateRejected('state_invalid');
              return cb(null, false, { message: 'state_invalid' });
            }
            ctx.consumed = consumed;
            // A string tells passport-oauth2 to send it as code_verifier; `true` means "state ok, no PKCE".
            cb(null, consumed.pkceVerifier ?? true, { provider: provider.id });
          })
          .catch((err: unknown) => {
            if (err instanceof StateRejected) {
              ctx.rejected = err;
              return cb(null, false, { message: err.reason });
            }
            cb(err as Error, false);
          });
      },
    } as unknown as StateStore;
    const strategy = new OAuth2Strategy(
      {
        authorizationURL: provider.oauth.authorizationUrl,
        tokenURL: provider.oauth.tokenUrl,
        // Real credentials live in the database and may change at run time: the exchange below reads them.
        clientID: 'configured-at-runtime',
        clientSecret: 'configured-at-runtime',
        callbackURL: this.catalog.redirectUri,
        store,
        pkce: provider.oauth.pkce !== 'unsupported',
        state: true,
        skipUserProfile: true,
        passReqToCallback: true,
      },
      (_req: Request, _at: string, _rt: string, params: ExchangeResult, _profile: unknown, done: (err: unknown, user?: ExchangeResult) => void) =>
        done(null, params),
    );
    strategy.tokenParams = (options: { ctx?: FlowContext }) => ({ __ctx: options.ctx }) as unknown as object;
    const oauth2 = (strategy as unknown as { _oauth2: { getOAuthAccessToken: unknown } })._oauth2;
    oauth2.getOAuthAccessToken = (
      code: string,
      params: Record<string, unknown>,
      cb: (err: unknown, at?: string, rt?: string, result?: ExchangeResult) => void,
    ) => {
      const ctx = params['__ctx'] as FlowContext | undefined;
      const consumed = ctx?.consumed;
      if (!consumed) return cb(new Error('No verified state for this exchange'));
      // The verifier comes from the state row: whether PKCE is used may come from server metadata, which the
      // strategy (built at start from the spec alone) does not know.
      const verifier = consumed.pkceVerifier;
      this.clients
        .for(provider)
        .then((client) => {
          client.checkResponseIssuer(ctx.iss);
          return client.exchangeCode({ code, redirectUri: consumed.row.redirectUri, codeVerifier: verifier, callbackScopes: ctx.callbackScopes });
        })
        .then(({ tokens, raw }) => cb(null, tokens.accessToken, tokens.refreshToken, { state: consumed, tokens, raw }))
        .catch((err: unknown) => cb(err));
    };
    return strategy;
  }
}
