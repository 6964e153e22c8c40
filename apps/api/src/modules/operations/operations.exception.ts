import { HttpStatus } from '@nestjs/common';
import { ConnectorError } from '@patchbay/connector-runtime';
import { ApiException, type ErrorBody } from '../../platform/errors/api-exception';

/** Maps runtime failures of an operation onto HTTP, keeping the provider's status and code beside ours. */
export class OperationException extends ApiException {
  static fromConnectorError(err: ConnectorError): OperationException {
    const d = err.details;
    switch (err.code) {
      case 'unknown_operation':
        return new OperationException(HttpStatus.NOT_FOUND, 'unknown_operation', err.message);
      case 'invalid_input':
        return new OperationException(HttpStatus.BAD_REQUEST, 'invalid_input', err.message, { problems: d.problems ?? [] });
      case 'rate_limited':
        return new OperationException(
          HttpStatus.TOO_MANY_REQUESTS,
          'rate_limited',
          err.message,
          { providerStatus: d.status, providerCode: d.providerCode, retryAfterSeconds: d.retryAfterSeconds, attempts: d.attempts },
          d.retryAfterSeconds !== undefined ? { 'Retry-After': String(Math.ceil(Number(d.retryAfterSeconds))) } : undefined,
        );
      case 'auth_failed':
        return new OperationException(HttpStatus.BAD_GATEWAY, 'provider_auth_failed', err.message, {
          providerStatus: d.status,
          providerCode: d.providerCode,
        });
      case 'timeout':
        return new OperationException(HttpStatus.GATEWAY_TIMEOUT, 'provider_timeout', err.message, { attempts: d.attempts });
      case 'network_error':
        return new OperationException(HttpStatus.BAD_GATEWAY, 'provider_unreachable', err.message, { attempts: d.attempts });
      // The provider's URL (from the spec, the token response or a next page) points where this instance may not send
      // requests, or its answer exceeded PATCHBAY_RESPONSE_MAX_BYTES: neither is retried, neither is the caller's input.
      case 'destination_not_allowed':
        return new OperationException(HttpStatus.BAD_GATEWAY, 'destination_not_allowed', err.message);
      case 'response_too_large':
        return new OperationException(HttpStatus.BAD_GATEWAY, 'response_too_large', err.message);
      case 'provider_error':
      default: {
        // A provider's own 4xx is the caller's problem (bad id, missing field…): 422. Its 5xx is a bad gateway.
        const status = d.status !== undefined && d.status < 500 ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.BAD_GATEWAY;
        return new OperationException(status, 'provider_error', err.message, {
          providerStatus: d.status,
          providerCode: d.providerCode,
          attempts: d.attempts,
        });
      }
    }
  }

  private constructor(
    status: number,
    code: string,
    message: string,
    private readonly extra: Record<string, unknown> = {},
    /** Set on the response (Retry-After), by the exception filter and by the fast lane alike. */
    readonly responseHeaders?: Record<string, string>,
  ) {
    super(status, code, message);
  }

  override toBody(): ErrorBody {
    const extra = Object.fromEntries(Object.entries(this.extra).filter(([, v]) => v !== undefined));
    return { error: { ...super.toBody().error, ...extra } } as ErrorBody;
  }
}
