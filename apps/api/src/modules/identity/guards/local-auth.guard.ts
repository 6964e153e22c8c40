import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import type { Request, Response } from 'express';
import { IdentityException } from '../identity.exception';
import type { User } from '../entities/user.entity';
import { createValidationPipe } from '../../../platform/errors/validation-pipe';
import { LoginDto } from '../dtos/login.dto';

const validation = createValidationPipe();

/**
 * Runs passport-local. Guards run before pipes, so the body is validated here first: a malformed login body gets
 * 400 `validation_failed` like every other route instead of passport's bare 401.
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    await validation.transform(req.body, { type: 'body', metatype: LoginDto });
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<TUser = User>(err: unknown, user: TUser | false, _info: unknown, context: ExecutionContext): TUser {
    if (err instanceof IdentityException && err.retryAfterSeconds !== undefined) {
      // A lock or a full hashing queue: say when to come back (the error filter writes only the body).
      context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(err.retryAfterSeconds));
    }
    if (err) throw err;
    if (!user) throw IdentityException.invalidCredentials();
    return user;
  }
}
