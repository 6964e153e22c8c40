import { Injectable } from '@nestjs/common';
import type { User } from './entities/user.entity';
import { PasswordHasher } from './password-hasher';
import { UsersService } from './users.service';

/** Checks an email and password. */
@Injectable()
export class CredentialsService {
  constructor(
    private readonly users: UsersService,
    private readonly hasher: PasswordHasher,
  ) {}

  /**
   * The user when the password matches, else null. An unknown email still costs one argon2 verification (against a
   * dummy hash) so response time does not reveal which emails have accounts.
   */
  async verify(email: string, password: string): Promise<User | null> {
    const user = await this.users.findByEmail(email);
    const ok = await this.hasher.verify(user?.passwordHash, password);
    return ok && user ? user : null;
  }
}
