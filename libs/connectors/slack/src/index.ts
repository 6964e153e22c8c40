/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
export { SlackClient, PROVIDER_ID } from './generated/client';
export type * from './generated/client';
export { MANIFEST } from './generated/manifest';
export { SlackConnectorModule } from './generated/slack.module';
export type { components, operations, paths } from './generated/types';
