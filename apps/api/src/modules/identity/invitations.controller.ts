import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiGoneResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Public } from '../../platform/http/public.decorator';
import { UuidParamPipe } from '../../platform/http/uuid';
import { CurrentUser } from './decorators/current-principal.decorator';
import {
  AcceptInvitationDto,
  AcceptedInvitationView,
  CreateInvitationDto,
  CreatedInvitationView,
  InvitationInfoView,
  InvitationView,
} from './dtos/people.dto';
import { InstanceAdmin } from './guards/instance-admin.guard';
import { IdentityException } from './identity.exception';
import { InvitationsService } from './invitations.service';
import { LoginAddressGuard } from './login-throttling';
import type { UserPrincipal } from './principal';

const invitationId = new UuidParamPipe(() => IdentityException.invitationNotFound());

/**
 * Instance invitations (instance admins) and the public side of every invitation and reset link: look it up, accept
 * it. App invitations are created under /api/apps/:app/invitations (app owners).
 */
@ApiTags('invitations')
@Controller('invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post()
  @InstanceAdmin()
  @ApiBearerAuth()
  @ApiForbiddenResponse({ description: 'Instance admins only' })
  @ApiCreatedResponse({ type: CreatedInvitationView, description: 'The link is in this answer only (no email is sent)' })
  @ApiConflictResponse({ description: 'email_taken' })
  create(@CurrentUser() caller: UserPrincipal, @Body() dto: CreateInvitationDto): Promise<CreatedInvitationView> {
    return this.invitations.inviteToInstance(caller, dto.email, dto.role ?? 'user');
  }

  @Get()
  @InstanceAdmin()
  @ApiBearerAuth()
  @ApiForbiddenResponse({ description: 'Instance admins only' })
  @ApiOkResponse({ type: [InvitationView], description: 'Pending invitations of the whole instance (never their links)' })
  list(): Promise<InvitationView[]> {
    return this.invitations.listPending();
  }

  @Delete(':id')
  @InstanceAdmin()
  @ApiBearerAuth()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiForbiddenResponse({ description: 'Instance admins only' })
  @ApiNoContentResponse({ description: 'Revoked: the link no longer works' })
  @ApiNotFoundResponse({ description: 'invitation_not_found (also for one already used or revoked)' })
  async revoke(@CurrentUser() caller: UserPrincipal, @Param('id', invitationId) id: string): Promise<void> {
    await this.invitations.revoke(caller, id);
  }

  @Get(':token')
  @Public()
  @ApiParam({ name: 'token', description: 'The secret of the link (pbi_…)' })
  @ApiOkResponse({ type: InvitationInfoView })
  @ApiNotFoundResponse({ description: 'invitation_not_found' })
  @ApiGoneResponse({ description: 'invitation_expired, invitation_used or invitation_revoked' })
  lookup(@Param('token') token: string): Promise<InvitationInfoView> {
    return this.invitations.lookup(token);
  }

  @Post(':token/accept')
  @Public()
  // Same address limit as login: accepting an invitation for an existing account checks its password.
  @UseGuards(LoginAddressGuard)
  @HttpCode(HttpStatus.OK)
  @ApiParam({ name: 'token', description: 'The secret of the link (pbi_…)' })
  @ApiOkResponse({ type: AcceptedInvitationView, description: 'Signed in: a session like POST /api/auth/login gives' })
  @ApiNotFoundResponse({ description: 'invitation_not_found' })
  @ApiGoneResponse({ description: 'invitation_expired, invitation_used or invitation_revoked' })
  @ApiUnauthorizedResponse({ description: 'invalid_credentials: the email has an account and this is not its password' })
  @ApiForbiddenResponse({ description: 'account_disabled' })
  @ApiTooManyRequestsResponse({ description: 'too_many_requests' })
  accept(@Param('token') token: string, @Body() dto: AcceptInvitationDto): Promise<AcceptedInvitationView> {
    return this.invitations.accept(token, dto);
  }
}
