import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../identity/decorators/current-principal.decorator';
import { SignedIn } from '../identity/decorators/signed-in.decorator';
import { InstanceAdmin } from '../identity/guards/instance-admin.guard';
import type { UserPrincipal } from '../identity/principal';
import { CatalogService } from './catalog.service';
import { ProvidersException } from './providers.exception';
import { CredentialsSetView, ProviderView, SetCredentialsDto } from './dtos/provider.dto';
import { ProviderCredentialsService } from './provider-credentials.service';

@ApiTags('providers')
@ApiBearerAuth()
@Controller('providers')
export class ProvidersController {
  constructor(
    private readonly catalog: CatalogService,
    private readonly credentials: ProviderCredentialsService,
  ) {}

  @Get()
  @SignedIn()
  @ApiOkResponse({ type: [ProviderView] })
  async list(): Promise<ProviderView[]> {
    const configured = await this.credentials.configuredGroups();
    return this.catalog
      .list()
      .map((p) => ProviderView.of(p, configured.has(p.oauth.group), this.catalog.redirectUri, this.catalog.typedConnector(p.id)));
  }

  @Get(':provider')
  @SignedIn()
  @ApiOkResponse({ type: ProviderView })
  async get(@Param('provider') id: string): Promise<ProviderView> {
    const p = this.catalog.get(id);
    const configured = await this.credentials.configuredGroups();
    return ProviderView.of(p, configured.has(p.oauth.group), this.catalog.redirectUri, this.catalog.typedConnector(p.id));
  }

  @Put(':provider/credentials')
  @InstanceAdmin()
  @ApiOkResponse({ type: CredentialsSetView })
  async setCredentials(
    @CurrentUser() caller: UserPrincipal,
    @Param('provider') id: string,
    @Body() dto: SetCredentialsDto,
  ): Promise<CredentialsSetView> {
    const p = this.catalog.get(id);
    if (p.authType === 'credential') throw ProvidersException.noOAuthClient(p.name);
    await this.credentials.set(caller, p, dto.clientId, dto.clientSecret);
    return this.credentialsView(id, true);
  }

  @Delete(':provider/credentials')
  @InstanceAdmin()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  async removeCredentials(@CurrentUser() caller: UserPrincipal, @Param('provider') id: string): Promise<void> {
    await this.credentials.remove(caller, this.catalog.get(id));
  }

  private credentialsView(id: string, configured: boolean): CredentialsSetView {
    const p = this.catalog.get(id);
    return {
      provider: p.id,
      authGroup: p.oauth.group,
      configured,
      redirectUri: this.catalog.redirectUri,
      sharedWith: this.catalog
        .list()
        .filter((o) => o.oauth.group === p.oauth.group && o.id !== p.id)
        .map((o) => o.id),
    };
  }
}
