/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
export type { PanelDefinition } from '@patchbay/panel-kit';
export { ACTIONS } from './lib/actions';
export { CONNECTION_CARD, PANELS, PROVIDER_PANELS } from './lib/panel-registry';
export { SalesforceConnectionCardComponent } from './lib/connection-card.component';
export { SalesforceQueryPanelComponent } from './lib/query-panel.component';
