import type { Type } from '@angular/core';

/** One data view of a read operation: the generated component renders the operation's response. */
export interface PanelDefinition {
  operationId: string;
  title: string;
  component: Type<unknown>;
}

/** What every generated panel library exports as `PROVIDER_PANELS`: what libs/panels/registry loads lazily. */
export interface ProviderPanels {
  providerId: string;
  /** Connection card (inputs `connection`, `loading`, `error`; outputs `connect`, `disconnect`). */
  connectionCard: Type<unknown>;
  /** Operation id → data view, for read operations only. */
  panels: Readonly<Record<string, PanelDefinition>>;
}
