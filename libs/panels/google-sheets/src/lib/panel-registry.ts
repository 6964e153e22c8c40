/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { Type } from '@angular/core';
import type { PanelDefinition, ProviderPanels } from '@patchbay/panel-kit';
import { GoogleSheetsSpreadsheetsValuesGetPanelComponent } from './spreadsheets-values-get-panel.component';
import { GoogleSheetsConnectionCardComponent } from './connection-card.component';

/** Operation id → data view (1 read operations of Google Sheets). */
export const PANELS: Readonly<Record<string, PanelDefinition>> = {
  'spreadsheets.values.get': { operationId: 'spreadsheets.values.get', title: 'Read cell values', component: GoogleSheetsSpreadsheetsValuesGetPanelComponent },
};

export const CONNECTION_CARD: Type<unknown> = GoogleSheetsConnectionCardComponent;

/** The shape libs/panels/registry loads lazily. */
export const PROVIDER_PANELS: ProviderPanels = {
  providerId: 'google-sheets',
  connectionCard: CONNECTION_CARD,
  panels: PANELS,
};
