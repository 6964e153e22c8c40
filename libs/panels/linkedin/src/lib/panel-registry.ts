/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { Type } from '@angular/core';
import type { PanelDefinition, ProviderPanels } from '@patchbay/panel-kit';
import { LinkedinUserinfoPanelComponent } from './userinfo-panel.component';
import { ACTIONS } from './actions';
import { LinkedinConnectionCardComponent } from './connection-card.component';

/** Operation id → data view (1 read operations of LinkedIn). */
export const PANELS: Readonly<Record<string, PanelDefinition>> = {
  userinfo: { operationId: 'userinfo', title: 'Who is signed in', component: LinkedinUserinfoPanelComponent },
};

export const CONNECTION_CARD: Type<unknown> = LinkedinConnectionCardComponent;

/** The shape libs/panels/registry loads lazily. */
export const PROVIDER_PANELS: ProviderPanels = {
  providerId: 'linkedin',
  connectionCard: CONNECTION_CARD,
  panels: PANELS,
  actions: ACTIONS,
};
