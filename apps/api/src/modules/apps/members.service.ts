import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { AccessCache } from '../../platform/cache/session-membership-cache';
import { isUniqueViolation } from '../../platform/database/db-errors';
import { lockRow } from '../../platform/database/row-lock';
import { AuditService } from '../audit/audit.service';
import { User } from '../identity/entities/user.entity';
import type { UserPrincipal } from '../identity/principal';
import { AppsException } from './apps.exception';
import { MemberRequestView, MemberView } from './dtos/member.dto';
import { AppMember, AppRoleName } from './entities/app-member.entity';
import { App } from './entities/app.entity';

@Injectable()
export class MembersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(AppMember) private readonly members: Repository<AppMember>,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly audit: AuditService,
    private readonly cache: AccessCache,
  ) {}

  async list(appId: string): Promise<MemberView[]> {
    const members = await this.members.find({ where: { appId }, relations: { user: true }, order: { addedAt: 'ASC', userId: 'ASC' } });
    return members.filter((m) => m.user).map((m) => MemberView.of(m, m.user as User));
  }

  /**
   * Adds the account with this email, if there is one. The caller gets the same answer either way (see
   * {@link MemberRequestView}); only an email that is already a member of this app is refused (the caller can see
   * the members anyway, so that reveals nothing).
   */
  async add(caller: UserPrincipal, appId: string, email: string, role: AppRoleName): Promise<MemberRequestView> {
    const normalized = email.trim().toLowerCase();
    const user = await this.users.findOne({ where: { email: normalized } });
    if (!user) return MemberRequestView.of(normalized, role);
    const member = Object.assign(new AppMember(), { appId, userId: user.id, role, addedAt: new Date() });
    try {
      await this.db.transaction(async (m) => {
        await lockRow(m, App, appId);
        if (await m.getRepository(AppMember).exists({ where: { appId, userId: user.id } })) throw AppsException.memberExists();
        await m.getRepository(AppMember).insert(member);
        await this.audit.record(
          { appId, actor: caller, action: 'member.added', target: `user:${user.id}`, metadata: { email: user.email, role } },
          m,
        );
      });
    } catch (err) {
      throw isUniqueViolation(err) ? AppsException.memberExists() : err;
    }
    this.cache.invalidateApp(appId);
    return MemberRequestView.of(normalized, role);
  }

  async changeRole(caller: UserPrincipal, appId: string, userId: string, role: AppRoleName): Promise<MemberView> {
    const view = await this.db.transaction(async (m) => {
      // Membership changes of one app run one at a time, so the last-owner check cannot be raced.
      await lockRow(m, App, appId);
      const member = await this.find(m, appId, userId);
      const previous = member.role;
      if (previous === 'owner' && role !== 'owner') await this.assertNotLastOwner(m, appId);
      if (previous !== role) {
        await m.getRepository(AppMember).update({ appId, userId }, { role });
        await this.audit.record(
          { appId, actor: caller, action: 'member.role_changed', target: `user:${userId}`, metadata: { from: previous, to: role } },
          m,
        );
      }
      return MemberView.of({ ...member, role }, member.user as User);
    });
    this.cache.invalidateApp(appId);
    return view;
  }

  async remove(caller: UserPrincipal, appId: string, userId: string): Promise<void> {
    await this.db.transaction(async (m) => {
      await lockRow(m, App, appId);
      const member = await this.find(m, appId, userId);
      if (member.role === 'owner') await this.assertNotLastOwner(m, appId);
      await m.getRepository(AppMember).delete({ appId, userId });
      await this.audit.record({ appId, actor: caller, action: 'member.removed', target: `user:${userId}`, metadata: { role: member.role } }, m);
    });
    this.cache.invalidateApp(appId);
  }

  private async find(m: EntityManager, appId: string, userId: string): Promise<AppMember> {
    const member = await m.getRepository(AppMember).findOne({ where: { appId, userId }, relations: { user: true } });
    if (!member || !member.user) throw AppsException.memberNotFound();
    return member;
  }

  private async assertNotLastOwner(m: EntityManager, appId: string): Promise<void> {
    const owners = await m.getRepository(AppMember).count({ where: { appId, role: 'owner' } });
    if (owners <= 1) throw AppsException.lastOwner();
  }
}
