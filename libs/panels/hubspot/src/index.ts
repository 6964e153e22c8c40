/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
export type { PanelDefinition } from '@patchbay/panel-kit';
export { ACTIONS } from './lib/actions';
export { CONNECTION_CARD, PANELS, PROVIDER_PANELS } from './lib/panel-registry';
export { HubspotConnectionCardComponent } from './lib/connection-card.component';
export { HubspotContactsGetByIdPanelComponent } from './lib/contacts-get-by-id-panel.component';
export { HubspotContactsSearchPanelComponent } from './lib/contacts-search-panel.component';
export { HubspotDealsSearchPanelComponent } from './lib/deals-search-panel.component';
export { HubspotPipelinesGetAllPanelComponent } from './lib/pipelines-get-all-panel.component';
export { HubspotListsSearchPanelComponent } from './lib/lists-search-panel.component';
export { HubspotListsGetByIdPanelComponent } from './lib/lists-get-by-id-panel.component';
export { HubspotListsMembershipsGetPagePanelComponent } from './lib/lists-memberships-get-page-panel.component';
export { HubspotAccountInfoGetDetailsPanelComponent } from './lib/account-info-get-details-panel.component';
