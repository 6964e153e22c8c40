/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { Type } from '@angular/core';
import type { PanelDefinition, ProviderPanels } from '@patchbay/panel-kit';
import { GoogleSlidesPresentationsGetPanelComponent } from './presentations-get-panel.component';
import { ACTIONS } from './actions';
import { GoogleSlidesConnectionCardComponent } from './connection-card.component';

/** Operation id → data view (1 read operations of Google Slides). */
export const PANELS: Readonly<Record<string, PanelDefinition>> = {
  'presentations.get': {
    operationId: 'presentations.get',
    title: 'Read a presentation',
    component: GoogleSlidesPresentationsGetPanelComponent,
    inputs: [{ key: 'presentationId', label: 'Presentation id', required: true }],
  },
};

export const CONNECTION_CARD: Type<unknown> = GoogleSlidesConnectionCardComponent;

/** The shape libs/panels/registry loads lazily. */
export const PROVIDER_PANELS: ProviderPanels = {
  providerId: 'google-slides',
  connectionCard: CONNECTION_CARD,
  panels: PANELS,
  actions: ACTIONS,
};
