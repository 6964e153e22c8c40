import { Injectable, Logger } from '@nestjs/common';
import { CONNECTOR_MANIFESTS } from '@patchbay/connectors-registry';
import { loadCatalogSync, rewriteUrl, type Catalog, type ProviderModel, type ScopeInfo } from '@patchbay/spec';
import { AppConfig } from '../../platform/config/app-config';
import { ProvidersException } from './providers.exception';
import { typedConnectorState, type TypedConnectorState } from './typed-connectors';

/**
 * The provider catalog, loaded once from specs/ at start (a bad spec stops the start with the validator's
 * file/path/reason lines). Everything provider-specific the API knows comes from here.
 */
@Injectable()
export class CatalogService {
  private readonly catalog: Catalog;
  private readonly byId: Map<string, ProviderModel>;
  private readonly scopeText = new Map<string, Map<string, string>>();
  private readonly typed = new Map<string, TypedConnectorState>();

  constructor(private readonly config: AppConfig) {
    this.catalog = loadCatalogSync(config.specsDir);
    for (const w of this.catalog.warnings) new Logger('Catalog').warn(`${w.file}: ${w.path}: ${w.message}`);
    this.byId = new Map(this.catalog.providers.map((p) => [p.id, p]));
    for (const p of this.catalog.providers) this.scopeText.set(p.id, new Map(p.scopes.map((s) => [s.scope, s.description])));
    // The typed connector libraries generated into this build must describe the specs being served.
    for (const p of this.catalog.providers) {
      const { state, differences } = typedConnectorState(p, CONNECTOR_MANIFESTS[p.id]);
      this.typed.set(p.id, state);
      if (state !== 'current')
        new Logger('Catalog').warn(
          `Typed connector for ${p.id} is ${state}: ${differences.slice(0, 3).join('; ')} (run npm run generate and rebuild)`,
        );
    }
  }

  /** Whether this build's generated typed connector matches the provider's spec. */
  typedConnector(id: string): TypedConnectorState {
    return this.typed.get(id) ?? 'missing';
  }

  list(): ProviderModel[] {
    return this.catalog.providers;
  }

  /** The provider, or 404 `provider_not_found`. */
  get(id: string): ProviderModel {
    const p = this.byId.get(id);
    if (!p) throw ProvidersException.providerNotFound(id);
    return p;
  }

  find(id: string): ProviderModel | undefined {
    return this.byId.get(id);
  }

  /** Scopes with their plain-words descriptions (unknown scopes keep their name as description). */
  describe(providerId: string, scopes: readonly string[]): ScopeInfo[] {
    const text = this.scopeText.get(providerId);
    return scopes.map((scope) => ({ scope, description: text?.get(scope) ?? scope }));
  }

  /** Provider URLs as this instance must call them (the sandbox override when configured). */
  url(url: string): string {
    return rewriteUrl(url, this.config.sandboxUrl);
  }

  /** The redirect URI to register at every provider. */
  get redirectUri(): string {
    return `${this.config.publicUrl}/api/oauth/callback`;
  }
}
