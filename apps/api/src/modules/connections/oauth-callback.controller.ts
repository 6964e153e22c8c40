import { Controller, Get, Logger, Req, Res } from '@nestjs/common';
import { ApiExcludeEndpoint } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../platform/http/public.decorator';
import { CatalogService } from '../providers/catalog.service';
import { AppConfig } from '../../platform/config/app-config';
import { clearBindingCookie, newBinding, setBindingCookie } from './browser-binding';
import { ConnectionConsent, type CallbackOutcome } from './connection-consent.service';
import { ExchangeFailed, OAuthCallbackExchange } from './oauth-callback-exchange';
import { OAuthStateService, StateRejected } from './oauth-state.service';

const MESSAGES: Record<string, string> = {
  state_invalid: 'This sign-in link is not valid. Start the connection again from Patchbay.',
  state_expired: 'This sign-in took longer than 10 minutes. Start the connection again.',
  state_used: 'This sign-in was already completed. Start the connection again if needed.',
  browser_mismatch:
    'This sign-in was started in another browser, so it was refused and cannot be used again. Start the connection again from Patchbay in this browser, or ask for a consent link meant to be shared.',
  link_invalid: 'This sign-in link is not valid. Start the connection again from Patchbay.',
  link_opened: 'This sign-in link was already opened in another browser (or it expired). Ask Patchbay for a new one from this browser.',
  token_exchange_failed: 'The provider did not accept the sign-in. Try again, and check the OAuth client settings if it keeps failing.',
};

/**
 * The redirect target registered at every provider. It never answers JSON errors: the user's browser lands here,
 * so every outcome is a redirect to the dashboard's completion page, which tells the opener window.
 */
@Controller('oauth')
export class OAuthCallbackController {
  private readonly logger = new Logger('OAuthCallback');

  constructor(
    private readonly consent: ConnectionConsent,
    private readonly exchange: OAuthCallbackExchange,
    private readonly states: OAuthStateService,
    private readonly catalog: CatalogService,
    private readonly config: AppConfig,
  ) {}

  /**
   * A consent link the server handed out (chat card, insufficient_scope answer) opened in a browser: the flow is bound
   * to this browser (first opener; an HttpOnly cookie the callback checks; it may open the link again), then the
   * browser goes on to the provider.
   */
  @Get('start')
  @Public()
  @ApiExcludeEndpoint()
  async start(@Req() req: Request, @Res() res: Response): Promise<void> {
    const link = typeof req.query['link'] === 'string' ? req.query['link'] : '';
    const url = link.length <= 8_000 ? this.consent.openedLink(link) : undefined;
    const state = url ? new URL(url).searchParams.get('state') : null;
    if (!url || !state) {
      res.redirect(302, this.consent.dashboardUrl({ outcome: 'error', code: 'link_invalid', message: MESSAGES['link_invalid'] }));
      return;
    }
    const binding = newBinding();
    const bound = await this.states.bindOnOpen(state, binding.hash, req.headers.cookie);
    if (!bound) {
      res.redirect(302, this.consent.dashboardUrl({ outcome: 'error', code: 'link_opened', message: MESSAGES['link_opened'] }));
      return;
    }
    if (!bound.again) setBindingCookie(res, this.config.publicUrl, state, binding.value, bound.ttlMs);
    res.redirect(302, url);
  }

  @Get('callback')
  @Public()
  @ApiExcludeEndpoint()
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    const outcome = await this.handle(req);
    clearBindingCookie(req, res, typeof req.query['state'] === 'string' ? req.query['state'] : undefined);
    res.redirect(302, this.consent.dashboardUrl(outcome));
  }

  private async handle(req: Request): Promise<CallbackOutcome> {
    const q = req.query;
    const state = typeof q['state'] === 'string' ? q['state'] : undefined;
    try {
      if (typeof q['error'] === 'string') {
        // Denied or cancelled: consume the state so it cannot be replayed, change nothing else.
        const consumed = await this.states.consume(state, req.headers.cookie);
        return await this.consent.denied(consumed.row, q['error']);
      }
      if (typeof q['code'] !== 'string' || !state) return { outcome: 'error', code: 'state_invalid', message: MESSAGES['state_invalid'] };
      const provider = await this.providerOfState(state);
      if (!provider) return { outcome: 'error', code: 'state_invalid', message: MESSAGES['state_invalid'] };
      const result = await this.exchange.exchange(provider, q, req.headers.cookie);
      return await this.consent.complete(result.state.row, result.tokens, result.raw, result.state.nonce);
    } catch (err) {
      if (err instanceof StateRejected || err instanceof ExchangeFailed) {
        const row = err instanceof StateRejected ? err.row : err.state;
        if (err.reason === 'browser_mismatch' && row) await this.consent.browserMismatch(row);
        return {
          outcome: 'error',
          code: err.reason,
          message: MESSAGES[err.reason],
          ...(row ? { appId: row.appId, provider: row.provider, mode: row.mode } : {}),
        };
      }
      this.logger.error(err instanceof Error ? err.message : String(err));
      return { outcome: 'error', code: 'token_exchange_failed', message: MESSAGES['token_exchange_failed'] };
    }
  }

  /** Which provider's client exchanges the code for this state (the callback URL is shared by all providers). */
  private async providerOfState(state: string) {
    const row = await this.states.peek(state);
    return row ? this.catalog.find(row.provider) : undefined;
  }
}
