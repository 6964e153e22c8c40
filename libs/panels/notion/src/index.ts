/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
export type { PanelDefinition } from '@patchbay/panel-kit';
export { ACTIONS } from './lib/actions';
export { CONNECTION_CARD, PANELS, PROVIDER_PANELS } from './lib/panel-registry';
export { NotionConnectionCardComponent } from './lib/connection-card.component';
export { NotionDatabasesQueryPanelComponent } from './lib/databases-query-panel.component';
export { NotionPagesRetrievePanelComponent } from './lib/pages-retrieve-panel.component';
export { NotionBlocksChildrenListPanelComponent } from './lib/blocks-children-list-panel.component';
export { NotionSearchPanelComponent } from './lib/search-panel.component';
