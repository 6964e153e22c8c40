import { Injectable } from '@nestjs/common';
import { OAuthClient } from '@patchbay/connector-runtime';
import type { ProviderModel } from '@patchbay/spec';
import { CatalogService } from '../providers/catalog.service';
import { ProviderCredentialsService } from '../providers/provider-credentials.service';

/** Builds spec-driven OAuth clients with the current credentials and the instance's URL rewrite. */
@Injectable()
export class OAuthClients {
  constructor(
    private readonly catalog: CatalogService,
    private readonly credentials: ProviderCredentialsService,
  ) {}

  async for(provider: ProviderModel): Promise<OAuthClient> {
    const creds = await this.credentials.require(provider);
    return new OAuthClient(provider, creds, { rewriteUrl: (u) => this.catalog.url(u) });
  }
}
