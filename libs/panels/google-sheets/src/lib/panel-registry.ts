/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { Type } from '@angular/core';
import type { PanelDefinition, ProviderPanels } from '@patchbay/panel-kit';
import { GoogleSheetsSpreadsheetsValuesGetPanelComponent } from './spreadsheets-values-get-panel.component';
import { ACTIONS } from './actions';
import { GoogleSheetsConnectionCardComponent } from './connection-card.component';

/** Operation id → data view (1 read operations of Google Sheets). */
export const PANELS: Readonly<Record<string, PanelDefinition>> = {
  'spreadsheets.values.get': {
    operationId: 'spreadsheets.values.get',
    title: 'Read cell values',
    component: GoogleSheetsSpreadsheetsValuesGetPanelComponent,
    inputs: [
      { key: 'spreadsheetId', label: 'Spreadsheet id', required: true },
      {
        key: 'range',
        label: 'Range',
        required: true,
        description: 'A1 notation, e.g. `Sheet1!A1:D` or just `Sheet1`.',
      },
    ],
  },
};

export const CONNECTION_CARD: Type<unknown> = GoogleSheetsConnectionCardComponent;

/** The shape libs/panels/registry loads lazily. */
export const PROVIDER_PANELS: ProviderPanels = {
  providerId: 'google-sheets',
  connectionCard: CONNECTION_CARD,
  panels: PANELS,
  actions: ACTIONS,
};
