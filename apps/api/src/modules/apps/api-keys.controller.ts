import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { UuidParamPipe } from '../../platform/http/uuid';
import { CurrentUser } from '../identity/decorators/current-principal.decorator';
import type { UserPrincipal } from '../identity/principal';
import { ApiKeysService } from './api-keys.service';
import { AppsException } from './apps.exception';
import { ApiKeyView, CreateApiKeyDto, CreatedApiKeyView } from './dtos/api-key.dto';
import type { AppAccess } from './guards/app-access';
import { AppRole, CurrentApp } from './guards/app-role.guard';

const keyId = new UuidParamPipe(() => AppsException.apiKeyNotFound());

@ApiTags('api-keys')
@ApiBearerAuth()
@Controller('apps/:app/api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Get()
  @AppRole('editor')
  @ApiOkResponse({ type: [ApiKeyView] })
  list(@CurrentApp() access: AppAccess): Promise<ApiKeyView[]> {
    return this.keys.list(access.app.id);
  }

  @Post()
  @AppRole('owner')
  @ApiCreatedResponse({ type: CreatedApiKeyView, description: 'The key is shown only in this response' })
  create(@CurrentUser() caller: UserPrincipal, @CurrentApp() access: AppAccess, @Body() dto: CreateApiKeyDto): Promise<CreatedApiKeyView> {
    return this.keys.create(caller, access.app.id, dto.name);
  }

  @Delete(':id')
  @AppRole('owner')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiNoContentResponse()
  async revoke(@CurrentUser() caller: UserPrincipal, @CurrentApp() access: AppAccess, @Param('id', keyId) id: string): Promise<void> {
    await this.keys.revoke(caller, access.app.id, id);
  }
}
