import {
  applyDecorators,
  CanActivate,
  createParamDecorator,
  ExecutionContext,
  Injectable,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiNotFoundResponse, ApiParam } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import type { Request } from 'express';
import { Repository } from 'typeorm';
import { AccessCache } from '../../../platform/cache/access-cache';
import { CommonException } from '../../../platform/errors/common.exception';
import { isUuid } from '../../../platform/http/uuid';
import type { Principal } from '../../identity/principal';
import { AppsException } from '../apps.exception';
import { AppMember, AppRoleName, roleAtLeast } from '../entities/app-member.entity';
import { App } from '../entities/app.entity';
import type { AppAccess } from './app-access';

const REQUIRED_APP_ROLE = 'patchbay:app-role';

type AppRequest = Request & { user?: Principal; appAccess?: AppAccess };

/**
 * Resolves the route's `:app` and checks the caller's membership. Non-members (and unknown or malformed ids) get
 * 404 `app_not_found` so app ids cannot be probed; members below the required role get 403. Instance admins pass.
 * Modules using it must provide the App and AppMember repositories.
 */
@Injectable()
export class AppRoleGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @InjectRepository(App) private readonly apps: Repository<App>,
    @InjectRepository(AppMember) private readonly members: Repository<AppMember>,
    private readonly cache: AccessCache,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const required = this.reflector.getAllAndOverride<AppRoleName>(REQUIRED_APP_ROLE, [context.getHandler(), context.getClass()]);
    const req = context.switchToHttp().getRequest<AppRequest>();
    const principal = req.user;
    if (!principal) throw CommonException.unauthorized();
    const rawId = req.params['app'];
    if (typeof rawId !== 'string' || !isUuid(rawId)) throw AppsException.appNotFound();
    // Ids are stored lower-case; SQLite compares text case-sensitively.
    const appId = rawId.toLowerCase();

    const who = principal.kind === 'api_key' ? `key:${principal.apiKeyId}:${principal.appId}` : principal.user.id;
    const cacheKey = `${appId}:${who}`;
    let cached = this.cache.memberships.get(cacheKey) as { role: AppRoleName | undefined; app: App | null } | undefined;
    if (!cached) {
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
      cached = { role, app };
      this.cache.memberships.set(cacheKey, cached);
    }
    const { role, app } = cached;
    if (!role || !app) throw AppsException.appNotFound();
    const isAdmin = principal.kind === 'user' && principal.user.role === 'admin';
    if (!isAdmin && !roleAtLeast(role, required ?? 'viewer')) {
      throw CommonException.forbidden(`This needs the ${required} role in this app`);
    }
    req.appAccess = { app, role: isAdmin && !roleAtLeast(role, 'owner') ? 'owner' : role };
    return true;
  }
}

/** Requires at least `role` in the route's `:app` (viewer < editor < owner). Instance admins always pass. */
export const AppRole = (role: AppRoleName): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetMetadata(REQUIRED_APP_ROLE, role),
    UseGuards(AppRoleGuard),
    ApiParam({ name: 'app', format: 'uuid' }),
    ApiNotFoundResponse({ description: 'app_not_found (also for apps you are not a member of)' }),
  );

/** The app resolved by {@link AppRoleGuard}. */
export const CurrentApp = createParamDecorator((_: unknown, ctx: ExecutionContext): AppAccess => {
  const access = ctx.switchToHttp().getRequest<AppRequest>().appAccess;
  if (!access) throw new Error('CurrentApp used on a route without @AppRole');
  return access;
});
