import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import type { AppAccess } from '../apps/guards/app-access';
import { AppRole, CurrentApp } from '../apps/guards/app-role.guard';
import { CurrentUser } from '../identity/decorators/current-principal.decorator';
import type { UserPrincipal } from '../identity/principal';
import { CatalogService } from '../providers/catalog.service';
import { CredentialConnectionsService } from './credential-connections';
import { ConnectionView } from './dtos/connection.dto';
import { StoreCredentialDto } from './dtos/credential.dto';

/** Credential connectors: an editor stores the API key / bearer token / user + password of the app's connection. */
@ApiTags('connections')
@ApiBearerAuth()
@Controller('apps/:app/connections')
export class CredentialConnectionsController {
  constructor(
    private readonly credentials: CredentialConnectionsService,
    private readonly catalog: CatalogService,
  ) {}

  @Put(':provider/credential')
  @AppRole('editor')
  @ApiParam({ name: 'provider' })
  @ApiOkResponse({
    type: ConnectionView,
    description: 'Stored (encrypted) or replaced; the secret is never returned. Disconnect with DELETE /apps/{app}/connections/{provider}.',
  })
  @ApiBadRequestResponse({ description: 'invalid_credential: the fields do not match the provider authKind (apiKey | token | username+password)' })
  @ApiConflictResponse({ description: 'not_a_credential_connector: the provider connects through OAuth consent' })
  store(
    @CurrentUser() caller: UserPrincipal,
    @CurrentApp() access: AppAccess,
    @Param('provider') provider: string,
    @Body() dto: StoreCredentialDto,
  ): Promise<ConnectionView> {
    return this.credentials.store(caller, access.app.id, this.catalog.get(provider), dto);
  }
}
