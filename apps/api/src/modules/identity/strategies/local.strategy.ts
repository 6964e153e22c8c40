import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import { CredentialsService } from '../credentials.service';
import type { User } from '../entities/user.entity';
import { IdentityException } from '../identity.exception';
import { LoginAttempts } from '../login-throttling';

/** Email + password login (`POST /api/auth/login`). */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(
    private readonly credentials: CredentialsService,
    private readonly attempts: LoginAttempts,
  ) {
    super({ usernameField: 'email', passwordField: 'password', session: false });
  }

  async validate(email: string, password: string): Promise<User> {
    // A locked email is refused before its password is hashed: no answer while locked says whether it was right.
    await this.attempts.assertNotLocked(email);
    const user = await this.credentials.verify(email, password);
    if (!user) {
      await this.attempts.recordFailure(email);
      throw IdentityException.invalidCredentials();
    }
    if (user.disabledAt) throw IdentityException.accountDisabled();
    return user;
  }
}
