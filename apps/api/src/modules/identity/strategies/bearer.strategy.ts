import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-http-bearer';
import { API_KEY_PREFIX, SESSION_TOKEN_PREFIX } from '../../../platform/crypto/opaque-token';
import { ApiKeyAuthenticator } from '../api-key-authenticator';
import type { Principal } from '../principal';
import { SessionsService } from '../sessions.service';

/**
 * `Authorization: Bearer …` with a session token (`pbs_…`) or an app API key (`pbk_…`), in that header only.
 * passport-http-bearer also takes `access_token` from the query and the body: a token in a URL ends up in proxy and
 * access logs, browser history and Referer headers, and one in a body bypasses the type checks. Neither is read.
 */
@Injectable()
export class BearerStrategy extends PassportStrategy(Strategy, 'bearer') {
  constructor(
    private readonly sessions: SessionsService,
    private readonly apiKeys: ApiKeyAuthenticator,
  ) {
    super();
  }

  /** The strategy sees the request without its query and body, so only the Authorization header can carry a token. */
  override authenticate(req: Request, options?: object): void {
    const headerOnly = Object.create(req, { query: { value: undefined }, body: { value: undefined } }) as Request;
    super.authenticate(headerOnly, options);
  }

  async validate(token: string): Promise<Principal | false> {
    if (token.startsWith(SESSION_TOKEN_PREFIX)) return (await this.sessions.authenticate(token)) ?? false;
    if (token.startsWith(API_KEY_PREFIX)) return (await this.apiKeys.authenticate(token)) ?? false;
    return false;
  }
}
