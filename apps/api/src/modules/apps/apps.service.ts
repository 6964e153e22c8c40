import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, Repository } from 'typeorm';
import { AccessCache } from '../../platform/cache/session-membership-cache';
import { AuditService } from '../audit/audit.service';
import { ConnectionStore } from '../connections/connection-store.service';
import type { UserPrincipal } from '../identity/principal';
import { AppView, CreateAppDto, UpdateAppDto } from './dtos/app.dto';
import { AppMember } from './entities/app-member.entity';
import { App } from './entities/app.entity';
import type { AppAccess } from './guards/app-access';

@Injectable()
export class AppsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(App) private readonly apps: Repository<App>,
    @InjectRepository(AppMember) private readonly members: Repository<AppMember>,
    private readonly audit: AuditService,
    private readonly cache: AccessCache,
    private readonly connections: ConnectionStore,
  ) {}

  /** Creates an app; its creator becomes its first owner. */
  async create(caller: UserPrincipal, dto: CreateAppDto): Promise<AppView> {
    const now = new Date();
    const app = Object.assign(new App(), {
      id: randomUUID(),
      name: dto.name,
      description: dto.description ?? '',
      createdAt: now,
      createdBy: caller.user.id,
    });
    await this.db.transaction(async (m) => {
      await m.getRepository(App).insert(app);
      await m.getRepository(AppMember).insert({ appId: app.id, userId: caller.user.id, role: 'owner', addedAt: now });
      await this.audit.record({ appId: app.id, actor: caller, action: 'app.created', target: `app:${app.id}`, metadata: { name: app.name } }, m);
    });
    return AppView.of(app, 'owner');
  }

  /** Apps the caller belongs to; instance admins see every app. Oldest first. */
  async list(caller: UserPrincipal): Promise<AppView[]> {
    const memberships = await this.members.find({ where: { userId: caller.user.id } });
    const roles = new Map(memberships.map((m) => [m.appId, m.role]));
    if (caller.user.role === 'admin') {
      const all = await this.apps.find({ order: { createdAt: 'ASC', id: 'ASC' } });
      return all.map((a) => AppView.of(a, 'owner'));
    }
    if (!memberships.length) return [];
    const apps = await this.apps
      .createQueryBuilder('app')
      .innerJoin(AppMember, 'm', 'm.app_id = app.id AND m.user_id = :userId', { userId: caller.user.id })
      .orderBy('app.created_at', 'ASC')
      .addOrderBy('app.id', 'ASC')
      .getMany();
    return apps.map((a) => AppView.of(a, roles.get(a.id) ?? 'viewer'));
  }

  async update(caller: UserPrincipal, access: AppAccess, dto: UpdateAppDto): Promise<AppView> {
    const changes: Partial<App> = {};
    if (dto.name !== undefined) changes.name = dto.name;
    if (dto.description !== undefined) changes.description = dto.description;
    await this.db.transaction(async (m) => {
      if (Object.keys(changes).length) await m.getRepository(App).update({ id: access.app.id }, changes);
      await this.audit.record(
        {
          appId: access.app.id,
          actor: caller,
          action: 'app.updated',
          target: `app:${access.app.id}`,
          metadata: { fields: Object.keys(changes).join(',') },
        },
        m,
      );
    });
    this.cache.invalidateApp(access.app.id);
    return AppView.of({ ...access.app, ...changes }, access.role);
  }

  /** Deletes the app; members and API keys go with it (foreign-key cascade). The audit trail stays. */
  async remove(caller: UserPrincipal, access: AppAccess): Promise<void> {
    // The provider grants its connections hold are revoked (in the background) once the deletion committed.
    const revokeGrants = await this.connections.grantsOfDeletedApp(access.app.id);
    await this.db.transaction(async (m) => {
      await this.audit.record(
        { appId: access.app.id, actor: caller, action: 'app.deleted', target: `app:${access.app.id}`, metadata: { name: access.app.name } },
        m,
      );
      await m.getRepository(App).delete({ id: access.app.id });
    });
    revokeGrants();
    this.cache.invalidateApp(access.app.id);
  }
}
