/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
export type { PanelDefinition } from '@patchbay/panel-kit';
export { ACTIONS } from './lib/actions';
export { CONNECTION_CARD, PANELS, PROVIDER_PANELS } from './lib/panel-registry';
export { GoogleCalendarConnectionCardComponent } from './lib/connection-card.component';
export { GoogleCalendarEventsListPanelComponent } from './lib/events-list-panel.component';
export { GoogleCalendarFreebusyQueryPanelComponent } from './lib/freebusy-query-panel.component';
