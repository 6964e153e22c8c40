import { Body, Controller, Get, HttpCode, HttpStatus, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { CurrentUser } from './decorators/current-principal.decorator';
import { SignedIn } from './decorators/signed-in.decorator';
import { ChangePasswordDto } from './dtos/people.dto';
import { UserView } from './dtos/user.view';
import type { UserPrincipal } from './principal';
import { UsersService } from './users.service';

@ApiTags('auth')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @SignedIn()
  @ApiOkResponse({ type: UserView })
  me(@CurrentUser() caller: UserPrincipal): UserView {
    return UserView.of(caller.user);
  }

  @Put('password')
  @SignedIn()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Changed; this session stays, the other sessions of the user end' })
  @ApiBadRequestResponse({ description: 'wrong_password (the current password), validation_failed' })
  @ApiTooManyRequestsResponse({ description: 'too_many_requests: too many wrong current passwords (the login lock of this email)' })
  async changePassword(@CurrentUser() caller: UserPrincipal, @Body() dto: ChangePasswordDto): Promise<void> {
    await this.users.changeOwnPassword(caller, dto.currentPassword, dto.newPassword);
  }
}
