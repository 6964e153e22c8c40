/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { Type } from '@angular/core';
import type { PanelDefinition, ProviderPanels } from '@patchbay/panel-kit';
import { HubspotContactsGetByIdPanelComponent } from './contacts-get-by-id-panel.component';
import { HubspotContactsSearchPanelComponent } from './contacts-search-panel.component';
import { HubspotDealsSearchPanelComponent } from './deals-search-panel.component';
import { HubspotPipelinesGetAllPanelComponent } from './pipelines-get-all-panel.component';
import { HubspotListsSearchPanelComponent } from './lists-search-panel.component';
import { HubspotListsGetByIdPanelComponent } from './lists-get-by-id-panel.component';
import { HubspotListsMembershipsGetPagePanelComponent } from './lists-memberships-get-page-panel.component';
import { HubspotAccountInfoGetDetailsPanelComponent } from './account-info-get-details-panel.component';
import { ACTIONS } from './actions';
import { HubspotConnectionCardComponent } from './connection-card.component';

/** Operation id → data view (8 read operations of HubSpot). */
export const PANELS: Readonly<Record<string, PanelDefinition>> = {
  'contacts.getById': {
    operationId: 'contacts.getById',
    title: 'Read a contact',
    component: HubspotContactsGetByIdPanelComponent,
    inputs: [
      {
        key: 'contactId',
        label: 'Contact id',
        required: true,
        description: 'The record id, or the email when idProperty=email.',
      },
    ],
  },
  'contacts.search': {
    operationId: 'contacts.search',
    title: 'Search contacts',
    component: HubspotContactsSearchPanelComponent,
    needsBody: true,
  },
  'deals.search': {
    operationId: 'deals.search',
    title: 'Search deals',
    component: HubspotDealsSearchPanelComponent,
    needsBody: true,
  },
  'pipelines.getAll': { operationId: 'pipelines.getAll', title: 'List deal pipelines and stages', component: HubspotPipelinesGetAllPanelComponent },
  'lists.search': {
    operationId: 'lists.search',
    title: 'Find lists',
    component: HubspotListsSearchPanelComponent,
    needsBody: true,
  },
  'lists.getById': {
    operationId: 'lists.getById',
    title: 'Read a list',
    component: HubspotListsGetByIdPanelComponent,
    inputs: [
      { key: 'listId', label: 'List id', required: true, description: 'The list\'s ILS id.' },
    ],
  },
  'lists.memberships.getPage': {
    operationId: 'lists.memberships.getPage',
    title: 'List the members of a list',
    component: HubspotListsMembershipsGetPagePanelComponent,
    inputs: [{ key: 'listId', label: 'List id', required: true }],
  },
  'accountInfo.getDetails': { operationId: 'accountInfo.getDetails', title: 'Account details', component: HubspotAccountInfoGetDetailsPanelComponent },
};

export const CONNECTION_CARD: Type<unknown> = HubspotConnectionCardComponent;

/** The shape libs/panels/registry loads lazily. */
export const PROVIDER_PANELS: ProviderPanels = {
  providerId: 'hubspot',
  connectionCard: CONNECTION_CARD,
  panels: PANELS,
  actions: ACTIONS,
};
