import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, Repository } from 'typeorm';
import { isUniqueViolation } from '../../platform/database/db-errors';
import { AuditService } from '../audit/audit.service';
import { UserView } from './dtos/user.view';
import { User, UserRole } from './entities/user.entity';
import { IdentityException } from './identity.exception';
import { PasswordHasher } from './password-hasher';
import type { Principal } from './principal';

export interface NewUser {
  readonly email: string;
  readonly name?: string;
  readonly password: string;
  readonly role: UserRole;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Principal | 'system', input: NewUser): Promise<UserView> {
    const email = input.email.trim().toLowerCase();
    const user = Object.assign(new User(), {
      id: randomUUID(),
      email,
      name: input.name?.trim() || email.split('@')[0],
      passwordHash: await this.hasher.hash(input.password),
      role: input.role,
      createdAt: new Date(),
    });
    try {
      await this.db.transaction(async (m) => {
        if (await m.getRepository(User).exists({ where: { email } })) throw IdentityException.emailTaken();
        await m.getRepository(User).insert(user);
        await this.audit.record({ appId: null, actor, action: 'user.created', target: `user:${user.id}`, metadata: { email, role: user.role } }, m);
      });
    } catch (err) {
      // A concurrent request may insert the same email between the check and the insert: the unique index decides.
      throw isUniqueViolation(err) ? IdentityException.emailTaken() : err;
    }
    return UserView.of(user);
  }

  async list(): Promise<UserView[]> {
    const users = await this.users.find({ order: { createdAt: 'ASC', id: 'ASC' } });
    return users.map(UserView.of);
  }

  findByEmail(email: string): Promise<User | null> {
    return this.users.findOne({ where: { email: email.trim().toLowerCase() } });
  }

  count(): Promise<number> {
    return this.users.count();
  }
}
