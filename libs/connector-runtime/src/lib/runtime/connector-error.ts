/** Typed failures of running an operation; the HTTP layer maps `code` to a status and `{error:{code,message}}`. */
export type ConnectorErrorCode =
  | 'unknown_operation'
  /** The input does not match the operation's OpenAPI schema; `problems` lists each one. */
  | 'invalid_input'
  /** The connection lacks a scope the operation needs; no provider call was made. */
  | 'insufficient_scope'
  /** The provider refused the call (4xx/5xx, or `ok:false` on HTTP 200). */
  | 'provider_error'
  /** The provider rate-limited us and the retry budget ran out. */
  | 'rate_limited'
  /** The token was refused even after one refresh: the connection needs a new consent. */
  | 'auth_failed'
  | 'network_error'
  | 'timeout'
  /** The destination policy refused the provider URL (or where it resolved, or a redirect); nothing was sent there. */
  | 'destination_not_allowed'
  /** The provider's answer was larger than the byte cap. */
  | 'response_too_large';

export interface ConnectorErrorDetails {
  status?: number;
  providerCode?: string;
  problems?: Array<{ path: string; message: string }>;
  requiredScopes?: string[];
  missingScopes?: string[];
  retryAfterSeconds?: number;
  attempts?: number;
}

export class ConnectorError extends Error {
  constructor(
    readonly code: ConnectorErrorCode,
    message: string,
    readonly details: ConnectorErrorDetails = {},
  ) {
    super(message);
    this.name = 'ConnectorError';
  }
}
