import { HttpStatus } from '@nestjs/common';
import { ApiException, type ErrorBody } from '../../platform/errors/api-exception';

export enum ConnectionsErrorCode {
  ConnectionNotFound = 'connection_not_found',
  ConnectionExists = 'connection_exists',
  NeedsReconnect = 'needs_reconnect',
  UnknownScope = 'unknown_scope',
  UnknownOperation = 'unknown_operation',
  NothingToAdd = 'nothing_to_add',
  StateInvalid = 'state_invalid',
  StateExpired = 'state_expired',
  StateUsed = 'state_used',
  InsufficientScope = 'insufficient_scope',
  ProviderUnavailable = 'provider_unavailable',
  ProviderRateLimited = 'provider_rate_limited',
  TokensUnreadable = 'tokens_unreadable',
}

/** Failures of connecting and managing connections. Extra fields travel beside code and message. */
export class ConnectionsException extends ApiException {
  static notFound(provider: string): ConnectionsException {
    return new ConnectionsException(HttpStatus.NOT_FOUND, ConnectionsErrorCode.ConnectionNotFound, `This app has no ${provider} connection`);
  }

  static exists(name: string): ConnectionsException {
    return new ConnectionsException(
      HttpStatus.CONFLICT,
      ConnectionsErrorCode.ConnectionExists,
      `${name} is already connected: use mode "add_scopes" for more permissions or "switch" for another account`,
    );
  }

  static needsReconnect(name: string, reason?: string): ConnectionsException {
    return new ConnectionsException(
      HttpStatus.CONFLICT,
      ConnectionsErrorCode.NeedsReconnect,
      `${name} needs to be reconnected${reason ? ` (${reason})` : ''}`,
    );
  }

  static unknownScopes(scopes: string[]): ConnectionsException {
    return new ConnectionsException(
      HttpStatus.BAD_REQUEST,
      ConnectionsErrorCode.UnknownScope,
      `Unknown permission(s) for this provider: ${scopes.join(', ')}`,
    );
  }

  static unknownOperations(ids: string[]): ConnectionsException {
    return new ConnectionsException(
      HttpStatus.BAD_REQUEST,
      ConnectionsErrorCode.UnknownOperation,
      `Unknown operation(s) for this provider: ${ids.join(', ')}`,
    );
  }

  static nothingToAdd(): ConnectionsException {
    return new ConnectionsException(HttpStatus.CONFLICT, ConnectionsErrorCode.NothingToAdd, 'The connection already has every requested permission');
  }

  /**
   * The provider's token endpoint failed a refresh without saying the grant is gone (5xx, a dropped connection, an
   * unreadable answer): the connection stays active, the caller may retry. 503 when the provider said it is down.
   */
  static providerUnavailable(name: string, why: string, status: 502 | 503, retryAfterSeconds?: number): ConnectionsException {
    return new ConnectionsException(
      status,
      ConnectionsErrorCode.ProviderUnavailable,
      `${name} could not renew the connection's access token (${why}); the connection is kept, try again later`,
      retryAfterSeconds !== undefined ? { retryAfterSeconds } : {},
      retryAfterSeconds !== undefined ? { 'Retry-After': String(retryAfterSeconds) } : {},
    );
  }

  /** The provider rate-limited the token refresh (HTTP 429); its Retry-After is passed on. */
  static providerRateLimited(name: string, retryAfterSeconds?: number): ConnectionsException {
    return new ConnectionsException(
      HttpStatus.TOO_MANY_REQUESTS,
      ConnectionsErrorCode.ProviderRateLimited,
      `${name} is rate limiting token renewals; the connection is kept, try again later`,
      retryAfterSeconds !== undefined ? { retryAfterSeconds } : {},
      retryAfterSeconds !== undefined ? { 'Retry-After': String(retryAfterSeconds) } : {},
    );
  }

  /** A disconnect whose stored tokens cannot be decrypted: they cannot be revoked, so deleting them needs `force`. */
  static tokensUnreadable(name: string, why: string): ConnectionsException {
    return new ConnectionsException(
      HttpStatus.CONFLICT,
      ConnectionsErrorCode.TokensUnreadable,
      `The stored ${name} tokens cannot be decrypted (${why}: a wrong or missing encryption key, or a damaged row), so Patchbay cannot revoke the grant at ${name}. Restore the key that encrypted them, or repeat with ?force=true to delete the connection anyway and revoke the access in the ${name} account yourself.`,
      { revoked: false, reason: why },
    );
  }

  static insufficientScope(
    requiredScopes: string[],
    missingScopes: Array<{ scope: string; description: string }>,
    authorizeUrl: string,
  ): ConnectionsException {
    return new ConnectionsException(
      HttpStatus.FORBIDDEN,
      ConnectionsErrorCode.InsufficientScope,
      `This connection lacks permission(s): ${missingScopes.map((s) => s.scope).join(', ')}`,
      { requiredScopes, missingScopes: missingScopes.map((s) => s.scope), missingPermissions: missingScopes, authorizeUrl },
    );
  }

  private constructor(
    status: number,
    code: ConnectionsErrorCode,
    message: string,
    private readonly extra: Record<string, unknown> = {},
    /** Set on the response by the exception filter (Retry-After). */
    readonly responseHeaders?: Record<string, string>,
  ) {
    super(status, code, message);
  }

  override toBody(): ErrorBody {
    const body = super.toBody();
    return { error: { ...body.error, ...this.extra } } as ErrorBody;
  }
}

/** Why a callback could not complete; carried to the dashboard as `?outcome=error&code=…`. */
export type CallbackFailure =
  | 'state_invalid'
  | 'link_invalid'
  | 'link_opened'
  | 'state_expired'
  | 'state_used'
  | 'provider_not_configured'
  | 'token_exchange_failed'
  | 'identity_failed'
  | 'account_mismatch'
  | 'connection_missing'
  | 'connection_exists'
  | 'browser_mismatch';
