import { HttpStatus } from '@nestjs/common';
import { ApiException } from '../../platform/errors/api-exception';

export enum IdentityErrorCode {
  InvalidCredentials = 'invalid_credentials',
  EmailTaken = 'email_taken',
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

  private constructor(status: number, code: IdentityErrorCode, message: string) {
    super(status, code, message);
  }
}
