import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull, Not, Repository } from 'typeorm';
import { isUniqueViolation } from '../../platform/database/db-errors';
import { AuditService } from '../audit/audit.service';
import { UserView } from './dtos/user.view';
import { User, UserRole } from './entities/user.entity';
import { IdentityException } from './identity.exception';
import { PasswordHasher } from './password-hasher';
import { LoginAttempts } from './login-throttling';
import type { Principal, UserPrincipal } from './principal';
import { SessionsService } from './sessions.service';

export interface UserChanges {
  readonly role?: UserRole;
  readonly disabled?: boolean;
  readonly name?: string;
}

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
    private readonly sessions: SessionsService,
    private readonly attempts: LoginAttempts,
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

  async get(userId: string): Promise<User> {
    const user = await this.users.findOne({ where: { id: userId } });
    if (!user) throw IdentityException.userNotFound();
    return user;
  }

  /**
   * Changes the instance role, the name, or disables / enables the account. Disabling ends the user's sessions at
   * once (their API keys are refused while disabled, see ApiKeyAuthenticator). The last enabled instance admin can
   * be neither demoted nor disabled.
   */
  async update(actor: UserPrincipal, userId: string, changes: UserChanges): Promise<UserView> {
    const updated = await this.db.transaction(async (m) => {
      await lockAdmins(m);
      const user = await m.getRepository(User).findOne({ where: { id: userId } });
      if (!user) throw IdentityException.userNotFound();
      const losesAdmin =
        user.role === 'admin' && !user.disabledAt && ((changes.role !== undefined && changes.role !== 'admin') || changes.disabled === true);
      if (losesAdmin) await assertOtherAdmin(m, user.id);
      const patch: Partial<User> = {};
      if (changes.name !== undefined && changes.name !== user.name) patch.name = changes.name;
      if (changes.role !== undefined && changes.role !== user.role) {
        patch.role = changes.role;
        await this.audit.record(
          { appId: null, actor, action: 'user.role_changed', target: `user:${user.id}`, metadata: { from: user.role, to: changes.role } },
          m,
        );
      }
      if (changes.disabled !== undefined && changes.disabled !== (user.disabledAt != null)) {
        patch.disabledAt = changes.disabled ? new Date() : null;
        await this.audit.record(
          {
            appId: null,
            actor,
            action: changes.disabled ? 'user.disabled' : 'user.enabled',
            target: `user:${user.id}`,
            metadata: { email: user.email },
          },
          m,
        );
      }
      if (Object.keys(patch).length > 0) await m.getRepository(User).update({ id: user.id }, patch);
      return Object.assign(user, patch);
    });
    if (updated.disabledAt) await this.sessions.revokeAllFor(updated.id);
    else await this.sessions.refreshUser(updated.id);
    return UserView.of(updated);
  }

  /** Deletes the account (its sessions and memberships go with it). Not the last enabled instance admin. */
  async remove(actor: UserPrincipal, userId: string): Promise<void> {
    // The sessions go with the user (foreign key cascade); their cached principals are dropped once it is gone.
    const sessionIds = await this.sessions.liveSessionIds(userId);
    await this.db.transaction(async (m) => {
      await lockAdmins(m);
      const user = await m.getRepository(User).findOne({ where: { id: userId } });
      if (!user) throw IdentityException.userNotFound();
      if (user.role === 'admin' && !user.disabledAt) await assertOtherAdmin(m, user.id);
      await m.getRepository(User).delete({ id: user.id });
      await this.audit.record(
        { appId: null, actor, action: 'user.deleted', target: `user:${user.id}`, metadata: { email: user.email, role: user.role } },
        m,
      );
    });
    this.sessions.forget(sessionIds);
  }

  /** An instance admin sets a user's password; the user's sessions end (they sign in with the new one). */
  async setPassword(actor: UserPrincipal, userId: string, password: string): Promise<void> {
    const user = await this.get(userId);
    const passwordHash = await this.hasher.hash(password);
    await this.db.transaction(async (m) => {
      await m.getRepository(User).update({ id: user.id }, { passwordHash });
      await this.audit.record({ appId: null, actor, action: 'user.password_set', target: `user:${user.id}`, metadata: { email: user.email } }, m);
    });
    await this.sessions.revokeAllFor(user.id);
  }

  /**
   * The signed-in user changes their own password. The current one is checked like a login (a wrong one counts
   * towards the email's lock, and a locked email is refused before hashing). Their other sessions end.
   */
  async changeOwnPassword(caller: UserPrincipal, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.get(caller.user.id);
    await this.attempts.assertNotLocked(user.email);
    if (!(await this.hasher.verify(user.passwordHash, currentPassword))) {
      await this.attempts.recordFailure(user.email);
      throw IdentityException.wrongPassword();
    }
    const passwordHash = await this.hasher.hash(newPassword);
    await this.db.transaction(async (m) => {
      await m.getRepository(User).update({ id: user.id }, { passwordHash });
      await this.audit.record({ appId: null, actor: caller, action: 'user.password_changed', target: `user:${user.id}` }, m);
    });
    await this.sessions.revokeAllFor(user.id, caller.sessionId);
  }
}

/** On PostgreSQL, serialises changes that could remove the last admin (two admins demoting each other). */
async function lockAdmins(m: EntityManager): Promise<void> {
  if (m.connection.driver.options.type !== 'postgres') return;
  await m.getRepository(User).createQueryBuilder('u').setLock('pessimistic_write').where('u.role = :role', { role: 'admin' }).getMany();
}

/** @throws IdentityException `last_admin` unless an enabled admin other than `userId` remains */
async function assertOtherAdmin(m: EntityManager, userId: string): Promise<void> {
  const others = await m.getRepository(User).count({ where: { role: 'admin', disabledAt: IsNull(), id: Not(userId) } });
  if (others === 0) throw IdentityException.lastAdmin();
}
