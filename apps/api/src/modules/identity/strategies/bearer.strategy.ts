import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-http-bearer';
import { API_KEY_PREFIX, SESSION_TOKEN_PREFIX } from '../../../platform/crypto/opaque-token';
import { ApiKeyAuthenticator } from '../api-key-authenticator';
import type { Principal } from '../principal';
import { SessionsService } from '../sessions.service';

/** `Authorization: Bearer …` with a session token (`pbs_…`) or an app API key (`pbk_…`). */
@Injectable()
export class BearerStrategy extends PassportStrategy(Strategy, 'bearer') {
  constructor(
    private readonly sessions: SessionsService,
    private readonly apiKeys: ApiKeyAuthenticator,
  ) {
    super();
  }

  async validate(token: string): Promise<Principal | false> {
    if (token.startsWith(SESSION_TOKEN_PREFIX)) return (await this.sessions.authenticate(token)) ?? false;
    if (token.startsWith(API_KEY_PREFIX)) return (await this.apiKeys.authenticate(token)) ?? false;
    return false;
  }
}
