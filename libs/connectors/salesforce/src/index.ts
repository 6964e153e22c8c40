/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
export { SalesforceClient, PROVIDER_ID } from './generated/client';
export type * from './generated/client';
export { MANIFEST } from './generated/manifest';
export { SalesforceConnectorModule } from './generated/salesforce.module';
export type { components, operations, paths } from './generated/types';
