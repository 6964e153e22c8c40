import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { CommonException } from '../../../platform/errors/common.exception';
import { ALLOW_API_KEY } from '../decorators/allow-api-key.decorator';
import { IS_PUBLIC } from '../../../platform/http/public.decorator';
import type { Principal } from '../principal';

/**
 * Global guard: every route needs a valid bearer token unless marked `@Public()`, and app API keys are refused
 * unless the route is marked `@AllowApiKey()`.
 */
@Injectable()
export class AuthenticationGuard extends AuthGuard('bearer') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    await super.canActivate(context);
    const principal = context.switchToHttp().getRequest<Request & { user?: Principal }>().user;
    if (principal?.kind === 'api_key' && !this.reflector.getAllAndOverride<boolean>(ALLOW_API_KEY, targets)) {
      throw CommonException.forbidden('App API keys cannot call this endpoint');
    }
    return true;
  }

  override handleRequest<TUser = Principal>(err: unknown, user: TUser | false): TUser {
    if (err) throw err;
    if (!user) throw CommonException.unauthorized();
    return user;
  }
}
