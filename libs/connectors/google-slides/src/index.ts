/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
export { GoogleSlidesClient, PROVIDER_ID } from './generated/client';
export type * from './generated/client';
export { MANIFEST } from './generated/manifest';
export { GoogleSlidesConnectorModule } from './generated/google-slides.module';
export type { components, operations, paths } from './generated/types';
