export * from './lib/model';
export { loadCatalog, loadCatalogSync, loadProvider, validateCatalog, validateProvider, PROVIDER_ID_PATTERN } from './lib/catalog-loader';
export type { LoadOptions, ValidationResult } from './lib/catalog-loader';
export { SpecValidationError, formatSpecError } from './lib/spec-error';
export { rewriteUrl, sandboxPathToUrl, unrewriteUrl } from './lib/url-rewrite';
export { getPath, setPath } from './lib/get-path';
export { leastPrivilegeScopes, missingScopes, satisfiesScopes } from './lib/scopes';
export { deriveOperationId } from './lib/openapi-extract';
export { providerSchema } from './lib/provider-schema';
