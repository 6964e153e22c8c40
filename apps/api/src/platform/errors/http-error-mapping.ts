import { HttpException, HttpStatus } from '@nestjs/common';
import { isUniqueViolation } from '../database/db-errors';
import { ApiException, ErrorBody } from './api-exception';
import { CommonErrorCode } from './common.exception';

const CODE_BY_STATUS: Readonly<Record<number, string>> = {
  400: 'bad_request',
  401: CommonErrorCode.Unauthorized,
  403: CommonErrorCode.Forbidden,
  404: CommonErrorCode.NotFound,
  405: 'method_not_allowed',
  406: 'not_acceptable',
  408: 'request_timeout',
  409: 'conflict',
  411: 'length_required',
  413: CommonErrorCode.PayloadTooLarge,
  415: 'unsupported_media_type',
  422: 'unprocessable_entity',
  429: 'too_many_requests',
  503: 'service_unavailable',
};

/** An error raised by the body parser (http-errors shape). */
interface ParserError {
  status?: unknown;
  statusCode?: unknown;
  type?: unknown;
  expose?: unknown;
  message?: unknown;
}

export interface MappedError {
  readonly status: number;
  readonly body: ErrorBody;
  /** Whether it is our fault (log it with its stack). */
  readonly unexpected: boolean;
}

function parserStatus(err: ParserError): number | undefined {
  const status = typeof err.status === 'number' ? err.status : typeof err.statusCode === 'number' ? err.statusCode : undefined;
  return status !== undefined && status >= 400 && status < 500 ? status : undefined;
}

/**
 * Maps anything thrown during a request onto `{error:{code,message}}`. Unknown errors become a bare 500 whose
 * message never reveals internals (no stack, no driver text).
 */
export function mapError(exception: unknown): MappedError {
  if (exception instanceof ApiException) {
    return { status: exception.getStatus(), body: exception.toBody(), unexpected: false };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const code = CODE_BY_STATUS[status] ?? (status >= 500 ? CommonErrorCode.Internal : 'error');
    // Nest's own 404 says "Cannot GET /x": fine to show. 5xx messages may carry internals: hide them.
    const message = status >= 500 ? 'Internal server error' : exception.message;
    return { status, body: { error: { code, message } }, unexpected: status >= 500 };
  }
  if (isUniqueViolation(exception)) {
    // A race the service did not translate into its own code: still a conflict, not a server fault.
    return { status: 409, body: { error: { code: 'conflict', message: 'This conflicts with an existing record' } }, unexpected: false };
  }
  if (typeof exception === 'object' && exception !== null) {
    const err = exception as ParserError;
    const status = parserStatus(err);
    if (status !== undefined) {
      if (err.type === 'entity.parse.failed') {
        return {
          status: 400,
          body: { error: { code: CommonErrorCode.InvalidJson, message: 'The request body is not valid JSON' } },
          unexpected: false,
        };
      }
      if (status === HttpStatus.PAYLOAD_TOO_LARGE) {
        return { status, body: { error: { code: CommonErrorCode.PayloadTooLarge, message: 'The request body is too large' } }, unexpected: false };
      }
      const message = err.expose === true && typeof err.message === 'string' ? err.message : 'Bad request';
      return { status, body: { error: { code: CODE_BY_STATUS[status] ?? 'bad_request', message } }, unexpected: false };
    }
  }
  return { status: 500, body: { error: { code: CommonErrorCode.Internal, message: 'Internal server error' } }, unexpected: true };
}

/** Headers a domain exception asks to be sent with its answer (Retry-After on a rate-limited or unavailable provider). */
export function responseHeadersOf(exception: unknown): Record<string, string> | undefined {
  const headers = (exception as { responseHeaders?: unknown } | null)?.responseHeaders;
  return headers && typeof headers === 'object' ? (headers as Record<string, string>) : undefined;
}
