import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { UuidParamPipe } from '../../platform/http/uuid';
import type { AppAccess } from '../apps/guards/app-access';
import { AppRole, CurrentApp } from '../apps/guards/app-role.guard';
import { CurrentUser } from '../identity/decorators/current-principal.decorator';
import type { UserPrincipal } from '../identity/principal';
import { CreateIntegrationDto, IntegrationRequestDto, IntegrationResponseView, IntegrationView, UpdateIntegrationDto } from './dtos/integration.dto';
import { IntegrationsException } from './integrations.exception';
import { IntegrationsService } from './integrations.service';

const integrationId = new UuidParamPipe(() => IntegrationsException.notFound());

@ApiTags('integrations')
@ApiBearerAuth()
@Controller('apps/:app/integrations')
export class IntegrationsController {
  constructor(private readonly integrations: IntegrationsService) {}

  @Get()
  @AppRole('viewer')
  @ApiOkResponse({ type: [IntegrationView] })
  list(@CurrentApp() access: AppAccess): Promise<IntegrationView[]> {
    return this.integrations.list(access.app.id);
  }

  @Post()
  @AppRole('editor')
  @ApiCreatedResponse({ type: IntegrationView })
  create(@CurrentUser() caller: UserPrincipal, @CurrentApp() access: AppAccess, @Body() dto: CreateIntegrationDto): Promise<IntegrationView> {
    return this.integrations.create(caller, access.app.id, dto);
  }

  @Get(':id')
  @AppRole('viewer')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: IntegrationView })
  get(@CurrentApp() access: AppAccess, @Param('id', integrationId) id: string): Promise<IntegrationView> {
    return this.integrations.get(access.app.id, id);
  }

  @Patch(':id')
  @AppRole('editor')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: IntegrationView })
  update(
    @CurrentUser() caller: UserPrincipal,
    @CurrentApp() access: AppAccess,
    @Param('id', integrationId) id: string,
    @Body() dto: UpdateIntegrationDto,
  ): Promise<IntegrationView> {
    return this.integrations.update(caller, access.app.id, id, dto);
  }

  @Delete(':id')
  @AppRole('editor')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiNoContentResponse()
  async remove(@CurrentUser() caller: UserPrincipal, @CurrentApp() access: AppAccess, @Param('id', integrationId) id: string): Promise<void> {
    await this.integrations.remove(caller, access.app.id, id);
  }

  @Post(':id/request')
  @AppRole('editor')
  @HttpCode(HttpStatus.OK)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: IntegrationResponseView, description: "The API's answer; the credential is injected and never returned" })
  request(
    @CurrentUser() caller: UserPrincipal,
    @CurrentApp() access: AppAccess,
    @Param('id', integrationId) id: string,
    @Body() dto: IntegrationRequestDto,
  ): Promise<IntegrationResponseView> {
    return this.integrations.request(caller, access.app.id, id, dto);
  }
}
