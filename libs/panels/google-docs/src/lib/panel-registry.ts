/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { Type } from '@angular/core';
import type { PanelDefinition, ProviderPanels } from '@patchbay/panel-kit';
import { GoogleDocsDocumentsGetPanelComponent } from './documents-get-panel.component';
import { ACTIONS } from './actions';
import { GoogleDocsConnectionCardComponent } from './connection-card.component';

/** Operation id → data view (1 read operations of Google Docs). */
export const PANELS: Readonly<Record<string, PanelDefinition>> = {
  'documents.get': {
    operationId: 'documents.get',
    title: 'Read a document',
    component: GoogleDocsDocumentsGetPanelComponent,
    inputs: [{ key: 'documentId', label: 'Document id', required: true }],
  },
};

export const CONNECTION_CARD: Type<unknown> = GoogleDocsConnectionCardComponent;

/** The shape libs/panels/registry loads lazily. */
export const PROVIDER_PANELS: ProviderPanels = {
  providerId: 'google-docs',
  connectionCard: CONNECTION_CARD,
  panels: PANELS,
  actions: ACTIONS,
};
