import { applyDecorators, CanActivate, ExecutionContext, Injectable, UseGuards } from '@nestjs/common';
import type { Request } from 'express';
import { CommonException } from '../../../platform/errors/common.exception';
import type { Principal } from '../principal';

/** Admits instance admins only (runs after the global authentication guard). */
@Injectable()
export class InstanceAdminGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const principal = context.switchToHttp().getRequest<Request & { user?: Principal }>().user;
    if (principal?.kind === 'user' && principal.user.role === 'admin') return true;
    throw CommonException.forbidden('Only instance admins can do this');
  }
}

/** Marks a route (or controller) as reserved for instance admins. */
export const InstanceAdmin = (): MethodDecorator & ClassDecorator => applyDecorators(UseGuards(InstanceAdminGuard));
