import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { CommonException } from '../../../platform/errors/common.exception';
import type { Principal, UserPrincipal } from '../principal';

function principalOf(ctx: ExecutionContext): Principal | undefined {
  return ctx.switchToHttp().getRequest<Request & { user?: Principal }>().user;
}

/** The authenticated caller (user or API key). */
export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const principal = principalOf(ctx);
  if (!principal) throw CommonException.unauthorized();
  return principal;
});

/** The authenticated user; routes using it never admit API keys. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): UserPrincipal => {
  const principal = principalOf(ctx);
  if (!principal) throw CommonException.unauthorized();
  if (principal.kind !== 'user') throw CommonException.forbidden();
  return principal;
});
