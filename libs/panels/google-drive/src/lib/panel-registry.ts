/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { Type } from '@angular/core';
import type { PanelDefinition, ProviderPanels } from '@patchbay/panel-kit';
import { GoogleDriveFilesListPanelComponent } from './files-list-panel.component';
import { ACTIONS } from './actions';
import { GoogleDriveConnectionCardComponent } from './connection-card.component';

/** Operation id → data view (1 read operations of Google Drive). */
export const PANELS: Readonly<Record<string, PanelDefinition>> = {
  'files.list': { operationId: 'files.list', title: 'List files', component: GoogleDriveFilesListPanelComponent },
};

export const CONNECTION_CARD: Type<unknown> = GoogleDriveConnectionCardComponent;

/** The shape libs/panels/registry loads lazily. */
export const PROVIDER_PANELS: ProviderPanels = {
  providerId: 'google-drive',
  connectionCard: CONNECTION_CARD,
  panels: PANELS,
  actions: ACTIONS,
};
