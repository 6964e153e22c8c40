import { Injectable } from '@nestjs/common';
import { AuthServerDiscovery, OAuthClient, type AuthServerMetadata } from '@patchbay/connector-runtime';
import type { ProviderModel } from '@patchbay/spec';
import { CatalogService } from '../providers/catalog.service';
import { ProviderCredentialsService } from '../providers/provider-credentials.service';
import { OutboundHttp } from '../../platform/http/outbound/outbound-http';

/** The OAuth settings server metadata can supply; a provider whose spec files state all of them is never looked up. */
const DISCOVERABLE = ['clientAuth', 'pkce', 'revocation'];

/**
 * Builds spec-driven OAuth clients with the current credentials, the instance's URL rewrite and what the provider's
 * authorization server publishes about itself (RFC 8414 / OpenID Discovery; cached, with a timeout, never required).
 */
@Injectable()
export class OAuthClients {
  /** One per process: metadata documents, issuers' signing keys and learned client authentication are shared. */
  private readonly discovery: AuthServerDiscovery;

  constructor(
    private readonly catalog: CatalogService,
    private readonly credentials: ProviderCredentialsService,
    private readonly outbound: OutboundHttp,
  ) {
    // Token, revocation, identity and metadata requests go through the one outbound client (destination policy, cap).
    this.discovery = new AuthServerDiscovery({ fetch: outbound.client.fetch });
  }

  async for(provider: ProviderModel): Promise<OAuthClient> {
    const creds = await this.credentials.require(provider);
    const metadata = await this.metadata(provider);
    return new OAuthClient(provider, creds, {
      rewriteUrl: (u) => this.catalog.url(u),
      fetch: this.outbound.client.fetch,
      metadata,
      discovery: this.discovery,
    });
  }

  /** The provider's server metadata when its spec files leave something to it. */
  metadata(provider: ProviderModel): Promise<AuthServerMetadata | undefined> {
    const declared = provider.declared;
    if (!declared || (declared.identity && DISCOVERABLE.every((k) => declared.oauth.includes(k)))) return Promise.resolve(undefined);
    return this.discovery.metadata(this.catalog.url(provider.oauth.authorizationUrl), this.catalog.url(provider.oauth.tokenUrl));
  }
}
