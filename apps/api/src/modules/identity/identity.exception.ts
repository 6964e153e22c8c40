import { HttpStatus } from '@nestjs/common';
import { ApiException } from '../../platform/errors/api-exception';

export enum IdentityErrorCode {
  InvalidCredentials = 'invalid_credentials',
  EmailTaken = 'email_taken',
  TooManyRequests = 'too_many_requests',
  ServerBusy = 'server_busy',
  AccountDisabled = 'account_disabled',
  UserNotFound = 'user_not_found',
  LastAdmin = 'last_admin',
  WrongPassword = 'wrong_password',
  WeakPassword = 'weak_password',
  InvitationNotFound = 'invitation_not_found',
  InvitationExpired = 'invitation_expired',
  InvitationUsed = 'invitation_used',
  InvitationRevoked = 'invitation_revoked',
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

  /** Only said after the right password: a disabled account cannot sign in. */
  static accountDisabled(): IdentityException {
    return new IdentityException(HttpStatus.FORBIDDEN, IdentityErrorCode.AccountDisabled, 'This account is disabled');
  }

  static userNotFound(): IdentityException {
    return new IdentityException(HttpStatus.NOT_FOUND, IdentityErrorCode.UserNotFound, 'User not found');
  }

  /** The instance must keep at least one enabled instance admin. */
  static lastAdmin(): IdentityException {
    return new IdentityException(HttpStatus.CONFLICT, IdentityErrorCode.LastAdmin, 'The instance must keep at least one enabled admin');
  }

  /** The current password given to change it is wrong (400, not 401: the session itself is fine). */
  static wrongPassword(): IdentityException {
    return new IdentityException(HttpStatus.BAD_REQUEST, IdentityErrorCode.WrongPassword, 'The current password is wrong');
  }

  static weakPassword(): IdentityException {
    return new IdentityException(HttpStatus.BAD_REQUEST, IdentityErrorCode.WeakPassword, 'A new password needs at least 8 characters');
  }

  /** Unknown (or malformed) invitation or reset link. */
  static invitationNotFound(): IdentityException {
    return new IdentityException(HttpStatus.NOT_FOUND, IdentityErrorCode.InvitationNotFound, 'Invitation not found');
  }

  static invitationExpired(): IdentityException {
    return new IdentityException(HttpStatus.GONE, IdentityErrorCode.InvitationExpired, 'This link has expired; ask for a new one');
  }

  static invitationUsed(): IdentityException {
    return new IdentityException(HttpStatus.GONE, IdentityErrorCode.InvitationUsed, 'This link has already been used');
  }

  static invitationRevoked(): IdentityException {
    return new IdentityException(HttpStatus.GONE, IdentityErrorCode.InvitationRevoked, 'This link has been revoked');
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
