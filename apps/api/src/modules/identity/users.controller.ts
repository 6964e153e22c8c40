import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Put } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { UuidParamPipe } from '../../platform/http/uuid';
import { CurrentUser } from './decorators/current-principal.decorator';
import { CreateUserDto } from './dtos/create-user.dto';
import { CreatedInvitationView, SetPasswordDto, UpdateUserDto } from './dtos/people.dto';
import { UserView } from './dtos/user.view';
import { InstanceAdmin } from './guards/instance-admin.guard';
import { IdentityException } from './identity.exception';
import { InvitationsService } from './invitations.service';
import type { UserPrincipal } from './principal';
import { UsersService } from './users.service';

const userId = new UuidParamPipe(() => IdentityException.userNotFound());

@ApiTags('users')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Instance admins only' })
@InstanceAdmin()
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly invitations: InvitationsService,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: UserView })
  @ApiConflictResponse({ description: 'email_taken' })
  create(@CurrentUser() caller: UserPrincipal, @Body() dto: CreateUserDto): Promise<UserView> {
    return this.users.create(caller, { email: dto.email, name: dto.name, password: dto.password, role: dto.role ?? 'user' });
  }

  @Get()
  @ApiOkResponse({ type: [UserView] })
  list(): Promise<UserView[]> {
    return this.users.list();
  }

  @Patch(':userId')
  @ApiParam({ name: 'userId', format: 'uuid' })
  @ApiOkResponse({ type: UserView, description: 'Instance role, name, disabled; disabling ends the sessions and refuses the API keys at once' })
  @ApiNotFoundResponse({ description: 'user_not_found' })
  @ApiConflictResponse({ description: 'last_admin: the last enabled instance admin cannot be demoted or disabled' })
  update(@CurrentUser() caller: UserPrincipal, @Param('userId', userId) id: string, @Body() dto: UpdateUserDto): Promise<UserView> {
    return this.users.update(caller, id, { role: dto.role, disabled: dto.disabled, name: dto.name });
  }

  @Delete(':userId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiParam({ name: 'userId', format: 'uuid' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: 'user_not_found' })
  @ApiConflictResponse({ description: 'last_admin' })
  async remove(@CurrentUser() caller: UserPrincipal, @Param('userId', userId) id: string): Promise<void> {
    await this.users.remove(caller, id);
  }

  @Put(':userId/password')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiParam({ name: 'userId', format: 'uuid' })
  @ApiNoContentResponse({ description: "Set; the user's sessions end" })
  @ApiNotFoundResponse({ description: 'user_not_found' })
  async setPassword(@CurrentUser() caller: UserPrincipal, @Param('userId', userId) id: string, @Body() dto: SetPasswordDto): Promise<void> {
    await this.users.setPassword(caller, id, dto.password);
  }

  @Post(':userId/password-reset')
  @ApiParam({ name: 'userId', format: 'uuid' })
  @ApiCreatedResponse({ type: CreatedInvitationView, description: 'A single-use reset link (24 h), shown only here; no email is sent' })
  @ApiNotFoundResponse({ description: 'user_not_found' })
  resetLink(@CurrentUser() caller: UserPrincipal, @Param('userId', userId) id: string): Promise<CreatedInvitationView> {
    return this.invitations.resetLink(caller, id);
  }
}
