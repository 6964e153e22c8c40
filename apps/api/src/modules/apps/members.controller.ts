import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { UuidParamPipe } from '../../platform/http/uuid';
import { CurrentUser } from '../identity/decorators/current-principal.decorator';
import { CreateAppInvitationDto, CreatedInvitationView, InvitationView } from '../identity/dtos/people.dto';
import { IdentityException } from '../identity/identity.exception';
import { InvitationsService } from '../identity/invitations.service';
import type { UserPrincipal } from '../identity/principal';
import { AppsException } from './apps.exception';
import { AddMemberDto, MemberRequestView, MemberView, UpdateMemberDto } from './dtos/member.dto';
import type { AppAccess } from './guards/app-access';
import { AppRole, CurrentApp } from './guards/app-role.guard';
import { MembersService } from './members.service';

const memberId = new UuidParamPipe(() => AppsException.memberNotFound());

@ApiTags('members')
@ApiBearerAuth()
@Controller('apps/:app/members')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Get()
  @AppRole('viewer')
  @ApiOkResponse({ type: [MemberView] })
  list(@CurrentApp() access: AppAccess): Promise<MemberView[]> {
    return this.members.list(access.app.id);
  }

  @Post()
  @AppRole('owner')
  // 202 whether or not the email has an account: the answer must not tell which emails are registered.
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({
    type: MemberRequestView,
    description: 'The same answer whether or not the email has an account; an account with this email is a member now',
  })
  @ApiConflictResponse({ description: 'member_exists' })
  add(@CurrentUser() caller: UserPrincipal, @CurrentApp() access: AppAccess, @Body() dto: AddMemberDto): Promise<MemberRequestView> {
    return this.members.add(caller, access.app.id, dto.email, dto.role);
  }

  @Patch(':userId')
  @AppRole('owner')
  @ApiParam({ name: 'userId', format: 'uuid' })
  @ApiOkResponse({ type: MemberView })
  @ApiConflictResponse({ description: 'last_owner' })
  changeRole(
    @CurrentUser() caller: UserPrincipal,
    @CurrentApp() access: AppAccess,
    @Param('userId', memberId) userId: string,
    @Body() dto: UpdateMemberDto,
  ): Promise<MemberView> {
    return this.members.changeRole(caller, access.app.id, userId, dto.role);
  }

  @Delete(':userId')
  @AppRole('owner')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiParam({ name: 'userId', format: 'uuid' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'last_owner' })
  async remove(@CurrentUser() caller: UserPrincipal, @CurrentApp() access: AppAccess, @Param('userId', memberId) userId: string): Promise<void> {
    await this.members.remove(caller, access.app.id, userId);
  }
}

const invitationId = new UuidParamPipe(() => IdentityException.invitationNotFound());

/**
 * Invitations to one app (owners, and instance admins): a single-use link that creates the account, or signs an
 * existing one in, and adds it with the role. The link is in the creating answer only; lists never show it.
 */
@ApiTags('members')
@ApiBearerAuth()
@Controller('apps/:app/invitations')
export class AppInvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post()
  @AppRole('owner')
  @ApiCreatedResponse({ type: CreatedInvitationView, description: 'The same answer whether or not the email has an account' })
  @ApiConflictResponse({ description: 'member_exists' })
  create(@CurrentUser() caller: UserPrincipal, @CurrentApp() access: AppAccess, @Body() dto: CreateAppInvitationDto): Promise<CreatedInvitationView> {
    return this.invitations.inviteToApp(caller, access.app, dto.email, dto.role);
  }

  @Get()
  @AppRole('owner')
  @ApiOkResponse({ type: [InvitationView], description: 'Pending invitations of this app (never their links)' })
  list(@CurrentApp() access: AppAccess): Promise<InvitationView[]> {
    return this.invitations.listPending(access.app.id);
  }

  @Delete(':id')
  @AppRole('owner')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiNoContentResponse({ description: 'Revoked: the link no longer works' })
  async revoke(@CurrentUser() caller: UserPrincipal, @CurrentApp() access: AppAccess, @Param('id', invitationId) id: string): Promise<void> {
    await this.invitations.revoke(caller, id, access.app.id);
  }
}
