import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AccessCache } from '../../../platform/cache/session-membership-cache';
import { CommonException } from '../../../platform/errors/common.exception';
import { isUuid } from '../../../platform/http/uuid';
import type { Principal } from '../../identity/principal';
import { AppsException } from '../apps.exception';
import { AppMember, roleAtLeast, type AppRoleName } from '../entities/app-member.entity';
import { App } from '../entities/app.entity';

/** What the AppRole guard established about the caller and the `:app` of the route. */
export interface AppAccess {
  readonly app: App;
  /** Effective role: the membership role, or `owner` for an instance admin who is not a member. */
  readonly role: AppRoleName;
}

/**
 * The caller's access to an app: membership lookup (cached briefly in {@link AccessCache}) and the role check.
 * Non-members (and unknown or malformed ids) get 404 `app_not_found` so app ids cannot be probed; members below the
 * required role get 403. Instance admins pass. The one place that decides app access: exported by AppsModule (a
 * global module) and used by the AppRole guard and the operations pipeline, so no other module reads the app and
 * membership tables for it.
 */
@Injectable()
export class AppAccessResolver {
  constructor(
    @InjectRepository(App) private readonly apps: Repository<App>,
    @InjectRepository(AppMember) private readonly members: Repository<AppMember>,
    private readonly cache: AccessCache,
  ) {}

  async resolve(principal: Principal, rawAppId: unknown, required: AppRoleName): Promise<AppAccess> {
    if (typeof rawAppId !== 'string' || !isUuid(rawAppId)) throw AppsException.appNotFound();
    // Ids are stored lower-case; SQLite compares text case-sensitively.
    const appId = rawAppId.toLowerCase();

    const who = principal.kind === 'api_key' ? `key:${principal.apiKeyId}:${principal.appId}` : principal.user.id;
    const cacheKey = `${appId}:${who}`;
    const cached = (await this.cache.memberships.getOrLoad(cacheKey, async () => {
      let role: AppRoleName | undefined;
      if (principal.kind === 'api_key') {
        // Routes that admit API keys (@AllowApiKey) still only reach the key's own app; what it may do there is the
        // route's business, so it counts as a viewer here.
        role = principal.appId === appId ? 'viewer' : undefined;
      } else {
        const membership = await this.members.findOne({ where: { appId, userId: principal.user.id } });
        role = membership?.role ?? (principal.user.role === 'admin' ? 'owner' : undefined);
      }
      const app = role ? await this.apps.findOne({ where: { id: appId } }) : null;
      return { role, app };
    })) as { role: AppRoleName | undefined; app: App | null };
    const { role, app } = cached;
    if (!role || !app) throw AppsException.appNotFound();
    const isAdmin = principal.kind === 'user' && principal.user.role === 'admin';
    if (!isAdmin && !roleAtLeast(role, required)) {
      throw CommonException.forbidden(`This needs the ${required} role in this app`);
    }
    return { app, role: isAdmin && !roleAtLeast(role, 'owner') ? 'owner' : role };
  }
}
