import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiNoContentResponse, ApiOkResponse, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { AppAccess } from '../apps/guards/app-access';
import { AppRole, CurrentApp } from '../apps/guards/app-role.guard';
import { CurrentUser } from '../identity/decorators/current-principal.decorator';
import type { UserPrincipal } from '../identity/principal';
import { CatalogService } from '../providers/catalog.service';
import type { Response } from 'express';
import { AppConfig } from '../../platform/config/app-config';
import { newBinding, setBindingCookie } from './browser-binding';
import { ConnectionConsent } from './connection-consent.service';
import { ConnectionStore } from './connection-store.service';
import { STATE_TTL_MS } from './oauth-state.service';
import { AuthorizeDto, AuthorizeView, ConnectionView } from './dtos/connection.dto';

@ApiTags('connections')
@ApiBearerAuth()
@Controller('apps/:app/connections')
export class ConnectionsController {
  constructor(
    private readonly connections: ConnectionStore,
    private readonly consent: ConnectionConsent,
    private readonly catalog: CatalogService,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @AppRole('viewer')
  @ApiOkResponse({ type: [ConnectionView] })
  list(@CurrentApp() access: AppAccess): Promise<ConnectionView[]> {
    return this.connections.list(access.app.id);
  }

  @Get(':provider')
  @AppRole('viewer')
  @ApiParam({ name: 'provider' })
  @ApiOkResponse({ type: ConnectionView, description: 'View access: the account and the granted permissions in plain words' })
  get(@CurrentApp() access: AppAccess, @Param('provider') provider: string): Promise<ConnectionView> {
    return this.connections.get(access.app.id, this.catalog.get(provider));
  }

  @Post(':provider/authorize')
  @AppRole('editor')
  @HttpCode(HttpStatus.OK)
  @ApiParam({ name: 'provider' })
  @ApiOkResponse({
    type: AuthorizeView,
    description:
      'Unless shareable: also sets an HttpOnly, SameSite=Lax cookie (Path=/api/oauth, 10 minutes) binding the flow to this browser; the callback refuses the state without it',
  })
  @ApiConflictResponse({ description: 'provider_not_configured, connection_exists, nothing_to_add' })
  async authorize(
    @CurrentUser() caller: UserPrincipal,
    @CurrentApp() access: AppAccess,
    @Param('provider') provider: string,
    @Body() dto: AuthorizeDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AuthorizeView> {
    // The browser asking binds the flow to itself (an HttpOnly cookie the callback checks), unless a link for
    // someone else's browser was asked for.
    const binding = dto.shareable ? undefined : newBinding();
    const view = await this.consent.authorize(caller, access.app.id, this.catalog.get(provider), dto, binding?.hash);
    if (binding) setBindingCookie(res, this.config.publicUrl, view.state, binding.value, STATE_TTL_MS);
    return view;
  }

  @Delete(':provider')
  @AppRole('editor')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiParam({ name: 'provider' })
  @ApiQuery({
    name: 'force',
    required: false,
    type: Boolean,
    description: 'Delete the connection even though its stored tokens cannot be decrypted (so cannot be revoked at the provider)',
  })
  @ApiNoContentResponse({ description: 'Revoked at the provider where possible (the audit record says which), tokens deleted' })
  @ApiConflictResponse({
    description:
      'tokens_unreadable: the stored tokens cannot be decrypted, so the grant cannot be revoked; nothing was deleted (body: revoked=false, reason). Repeat with ?force=true to delete anyway.',
  })
  async disconnect(
    @CurrentUser() caller: UserPrincipal,
    @CurrentApp() access: AppAccess,
    @Param('provider') provider: string,
    @Query('force') force?: string,
  ): Promise<void> {
    await this.connections.disconnect(caller, access.app.id, this.catalog.get(provider), force === 'true');
  }
}
