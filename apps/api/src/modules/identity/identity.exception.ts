import { HttpStatus } from '@nestjs/common';
import { ApiException } from '../../platform/errors/api-exception';

export enum IdentityErrorCode {
  InvalidCredentials = 'invalid_credentials',
  EmailTaken = 'email_taken',
  TooManyRequests = 'too_many_requests',
  ServerBusy = 'server_busy',
}

/** Failures of login and user management. Tests assert the code, not the message. */
export class IdentityException extends ApiException {
  static invalidCredentials(): IdentityException {
    // Same answer for an unknown email and a wrong password: do not reveal which accounts exist.
    return new IdentityException(HttpStatus.UNAUTHORIZED, IdentityErrorCode.InvalidCredentials, 'Invalid email or password');
  }

  static emailTaken(): IdentityException {
    return new IdentityException(HttpStatus.CONFLICT, IdentityErrorCode.EmailTaken, 'A user with this email already exists');
  }

  /** Too many login attempts (from this address, or failed ones for this email): try again after `retryAfterSeconds`. */
  static tooManyRequests(retryAfterSeconds: number): IdentityException {
    return new IdentityException(
      HttpStatus.TOO_MANY_REQUESTS,
      IdentityErrorCode.TooManyRequests,
      'Too many login attempts; try again later',
      retryAfterSeconds,
    );
  }

  /** Every password-hashing slot is taken and the wait list is full: come back shortly rather than queue forever. */
  static serverBusy(retryAfterSeconds: number): IdentityException {
    return new IdentityException(
      HttpStatus.SERVICE_UNAVAILABLE,
      IdentityErrorCode.ServerBusy,
      'Too many logins are being checked right now; try again shortly',
      retryAfterSeconds,
    );
  }

  private constructor(
    status: number,
    code: IdentityErrorCode,
    message: string,
    /** Sent as the Retry-After header (seconds) by the login guard. */
    readonly retryAfterSeconds?: number,
  ) {
    super(status, code, message);
  }
}
