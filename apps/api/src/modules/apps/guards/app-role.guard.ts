import { applyDecorators, CanActivate, createParamDecorator, ExecutionContext, Injectable, SetMetadata, UseGuards } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiNotFoundResponse, ApiParam } from '@nestjs/swagger';
import type { Request } from 'express';
import { CommonException } from '../../../platform/errors/common.exception';
import type { Principal } from '../../identity/principal';
import type { AppRoleName } from '../entities/app-member.entity';
import { AppAccessResolver, type AppAccess } from './app-access';

const REQUIRED_APP_ROLE = 'patchbay:app-role';

type AppRequest = Request & { user?: Principal; appAccess?: AppAccess };

/**
 * Resolves the route's `:app` and checks the caller's membership. Non-members (and unknown or malformed ids) get
 * 404 `app_not_found` so app ids cannot be probed; members below the required role get 403. Instance admins pass.
 * The decision is {@link AppAccessResolver}'s, which AppsModule provides to every module (it is global).
 */
@Injectable()
export class AppRoleGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly resolver: AppAccessResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const required = this.reflector.getAllAndOverride<AppRoleName>(REQUIRED_APP_ROLE, [context.getHandler(), context.getClass()]);
    const req = context.switchToHttp().getRequest<AppRequest>();
    const principal = req.user;
    if (!principal) throw CommonException.unauthorized();
    req.appAccess = await this.resolver.resolve(principal, req.params['app'], required ?? 'viewer');
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
