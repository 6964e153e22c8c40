/** Codes for failures of the OAuth endpoints, independent of the provider's wording. */
export type OAuthErrorCode =
  /** The code, or the refresh token, is dead: the connection needs a new consent. */
  | 'invalid_grant'
  /** Client id/secret rejected. */
  | 'invalid_client'
  /** The provider rejected the request for another OAuth reason (its own code is in `providerCode`). */
  | 'oauth_error'
  /** The provider answered something we cannot read (not JSON, no access token…). */
  | 'bad_response'
  /** Network failure or timeout talking to the provider. */
  | 'network_error';

export class OAuthError extends Error {
  constructor(
    readonly code: OAuthErrorCode,
    message: string,
    readonly details: {
      status?: number;
      providerCode?: string;
      /** The provider's `Retry-After`, in seconds, on a refused token request. */
      retryAfterSeconds?: number;
      /** What an operator can change to fix it (e.g. the provider.yaml field to set); safe to show. */
      hint?: string;
    } = {},
  ) {
    super(message);
    this.name = 'OAuthError';
  }
}

/** Provider error strings that mean "this grant is gone" (RFC 6749 plus the common vendor variants). */
const DEAD_GRANT_CODES = new Set(['invalid_grant', 'invalid_refresh_token', 'invalid_code', 'token_revoked', 'token_expired', 'bad_refresh_token']);
const BAD_CLIENT_CODES = new Set(['invalid_client', 'invalid_client_id', 'bad_client_secret', 'unauthorized_client']);

export function classifyOAuthError(providerCode: string | undefined): OAuthErrorCode {
  const c = (providerCode ?? '').toLowerCase();
  if (DEAD_GRANT_CODES.has(c)) return 'invalid_grant';
  if (BAD_CLIENT_CODES.has(c)) return 'invalid_client';
  return 'oauth_error';
}
