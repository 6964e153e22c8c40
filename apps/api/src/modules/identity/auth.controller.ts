import { Controller, HttpCode, HttpStatus, Post, Req, UseGuards } from '@nestjs/common';
import {
  ApiBody,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { CurrentUser } from './decorators/current-principal.decorator';
import { Public } from '../../platform/http/public.decorator';
import { SignedIn } from './decorators/signed-in.decorator';
import { LoginDto, LoginResponse } from './dtos/login.dto';
import { UserView } from './dtos/user.view';
import type { User } from './entities/user.entity';
import { LocalAuthGuard } from './guards/local-auth.guard';
import { LoginAddressGuard } from './login-throttling';
import type { UserPrincipal } from './principal';
import { SessionsService } from './sessions.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly sessions: SessionsService) {}

  @Post('login')
  @Public()
  // The address limit first: it applies to every attempt, malformed ones included.
  @UseGuards(LoginAddressGuard, LocalAuthGuard)
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: LoginResponse })
  @ApiUnauthorizedResponse({ description: 'invalid_credentials' })
  @ApiTooManyRequestsResponse({ description: 'too_many_requests: too many attempts from this address, or failed ones for this email (Retry-After)' })
  @ApiServiceUnavailableResponse({ description: 'server_busy: every password-hashing slot is taken (Retry-After)' })
  // passport-local reads the body; LocalAuthGuard validates it against LoginDto first.
  @ApiBody({ type: LoginDto })
  async login(@Req() req: Request & { user: User }): Promise<LoginResponse> {
    const { token, expiresAt } = await this.sessions.issue(req.user);
    return { token, expiresAt: expiresAt.toISOString(), user: UserView.of(req.user) };
  }

  @Post('logout')
  @SignedIn()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'The presented session token is revoked' })
  async logout(@CurrentUser() caller: UserPrincipal): Promise<void> {
    await this.sessions.revoke(caller.sessionId);
  }
}
