/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { Type } from '@angular/core';
import type { PanelDefinition, ProviderPanels } from '@patchbay/panel-kit';
import { GoogleCalendarEventsListPanelComponent } from './events-list-panel.component';
import { GoogleCalendarFreebusyQueryPanelComponent } from './freebusy-query-panel.component';
import { ACTIONS } from './actions';
import { GoogleCalendarConnectionCardComponent } from './connection-card.component';

/** Operation id → data view (2 read operations of Google Calendar). */
export const PANELS: Readonly<Record<string, PanelDefinition>> = {
  'events.list': {
    operationId: 'events.list',
    title: 'List events',
    component: GoogleCalendarEventsListPanelComponent,
    inputs: [
      {
        key: 'calendarId',
        label: 'Calendar id',
        required: true,
        value: 'primary',
        description: 'Calendar identifier; use `primary` for the signed-in user\'s main calendar.',
      },
    ],
  },
  'freebusy.query': {
    operationId: 'freebusy.query',
    title: 'Check free/busy times',
    component: GoogleCalendarFreebusyQueryPanelComponent,
    needsBody: true,
  },
};

export const CONNECTION_CARD: Type<unknown> = GoogleCalendarConnectionCardComponent;

/** The shape libs/panels/registry loads lazily. */
export const PROVIDER_PANELS: ProviderPanels = {
  providerId: 'google-calendar',
  connectionCard: CONNECTION_CARD,
  panels: PANELS,
  actions: ACTIONS,
};
