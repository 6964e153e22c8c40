import type { ProviderModel } from '@patchbay/spec';
import type { CatalogService } from '../../providers/catalog.service';

/** A small OAuth provider for the connections unit specs: two scopes, operations needing one or both. */
export const provider = {
  id: 'acme',
  name: 'Acme',
  authType: 'oauth2',
  oauth: { defaultScopes: ['openid'], incrementalParams: {} },
  scopes: [
    { scope: 'read', description: 'Read your files' },
    { scope: 'write', description: 'Change your files' },
  ],
  operations: [
    { id: 'listFiles', summary: 'List files', requiredScopes: ['read'], scopeAlternatives: [['read']] },
    { id: 'uploadFile', summary: 'Upload a file', requiredScopes: ['read', 'write'], scopeAlternatives: [['read', 'write']] },
    { id: 'ping', summary: '', requiredScopes: [], scopeAlternatives: [] },
  ],
} as unknown as ProviderModel;

/** A catalog of that one provider with its scope texts (what CatalogService does for specs/). */
export const catalog = {
  redirectUri: 'https://patchbay.test/api/oauth/callback',
  get: (id: string) => (id === provider.id ? provider : undefined),
  find: (id: string) => (id === provider.id ? provider : undefined),
  describe: (_id: string, scopes: readonly string[]) =>
    scopes.map((scope) => ({ scope, description: provider.scopes.find((s) => s.scope === scope)?.description ?? scope })),
} as unknown as CatalogService;
