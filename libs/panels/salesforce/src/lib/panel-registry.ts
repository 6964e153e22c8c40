/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { Type } from '@angular/core';
import type { PanelDefinition, ProviderPanels } from '@patchbay/panel-kit';
import { SalesforceQueryPanelComponent } from './query-panel.component';
import { ACTIONS } from './actions';
import { SalesforceConnectionCardComponent } from './connection-card.component';

/** Operation id → data view (1 read operations of Salesforce). */
export const PANELS: Readonly<Record<string, PanelDefinition>> = {
  query: {
    operationId: 'query',
    title: 'Run a SOQL query',
    component: SalesforceQueryPanelComponent,
    inputs: [{ key: 'q', label: 'Q', required: true, description: 'The SOQL statement.' }],
  },
};

export const CONNECTION_CARD: Type<unknown> = SalesforceConnectionCardComponent;

/** The shape libs/panels/registry loads lazily. */
export const PROVIDER_PANELS: ProviderPanels = {
  providerId: 'salesforce',
  connectionCard: CONNECTION_CARD,
  panels: PANELS,
  actions: ACTIONS,
};
