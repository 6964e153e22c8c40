import { HttpStatus } from '@nestjs/common';
import { ApiException, FieldError } from './api-exception';

/** Codes shared by every domain (authentication, authorisation, malformed requests). */
export enum CommonErrorCode {
  Unauthorized = 'unauthorized',
  Forbidden = 'forbidden',
  ValidationFailed = 'validation_failed',
  InvalidJson = 'invalid_json',
  PayloadTooLarge = 'payload_too_large',
  NotFound = 'not_found',
  Internal = 'internal_error',
}

export class CommonException extends ApiException {
  static unauthorized(): CommonException {
    return new CommonException(HttpStatus.UNAUTHORIZED, CommonErrorCode.Unauthorized, 'Authentication required');
  }

  static forbidden(message = 'You are not allowed to do this'): CommonException {
    return new CommonException(HttpStatus.FORBIDDEN, CommonErrorCode.Forbidden, message);
  }

  static notFound(message = 'Not found'): CommonException {
    return new CommonException(HttpStatus.NOT_FOUND, CommonErrorCode.NotFound, message);
  }

  /** A body that parsed but breaks a rule of the JSON the API reads (see platform/http/json-input.ts). */
  static invalidJson(message: string): CommonException {
    return new CommonException(HttpStatus.BAD_REQUEST, CommonErrorCode.InvalidJson, message);
  }

  static validationFailed(details: readonly FieldError[]): CommonException {
    return new CommonException(
      HttpStatus.BAD_REQUEST,
      CommonErrorCode.ValidationFailed,
      'The request is invalid: ' + details.map((d) => d.field).join(', '),
      details,
    );
  }

  private constructor(status: number, code: CommonErrorCode, message: string, details?: readonly FieldError[]) {
    super(status, code, message, details);
  }
}
