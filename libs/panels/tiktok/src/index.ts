/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
export type { PanelDefinition } from '@patchbay/panel-kit';
export { ACTIONS } from './lib/actions';
export { CONNECTION_CARD, PANELS, PROVIDER_PANELS } from './lib/panel-registry';
export { TiktokConnectionCardComponent } from './lib/connection-card.component';
export { TiktokUserInfoPanelComponent } from './lib/user-info-panel.component';
export { TiktokVideoListPanelComponent } from './lib/video-list-panel.component';
export { TiktokVideoQueryPanelComponent } from './lib/video-query-panel.component';
