/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
export type { PanelDefinition } from '@patchbay/panel-kit';
export { ACTIONS } from './lib/actions';
export { CONNECTION_CARD, PANELS, PROVIDER_PANELS } from './lib/panel-registry';
export { SlackConnectionCardComponent } from './lib/connection-card.component';
export { SlackConversationsListPanelComponent } from './lib/conversations-list-panel.component';
export { SlackUsersLookupByEmailPanelComponent } from './lib/users-lookup-by-email-panel.component';
export { SlackAuthTestPanelComponent } from './lib/auth-test-panel.component';
