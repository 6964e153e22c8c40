import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import { CredentialsService } from '../credentials.service';
import type { User } from '../entities/user.entity';
import { IdentityException } from '../identity.exception';

/** Email + password login (`POST /api/auth/login`). */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly credentials: CredentialsService) {
    super({ usernameField: 'email', passwordField: 'password', session: false });
  }

  async validate(email: string, password: string): Promise<User> {
    const user = await this.credentials.verify(email, password);
    if (!user) throw IdentityException.invalidCredentials();
    return user;
  }
}
