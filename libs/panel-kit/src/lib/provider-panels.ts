import type { Type } from '@angular/core';
import type { ActionSpec } from './action-spec';
import type { ChoicesSpec } from './choices';

/** One input of a panel's operation the person may have to give (a required parameter, or one the spec prefills). */
export interface PanelInput {
  /** The operation's input key (what the operations endpoint takes). */
  key: string;
  /** In words, for the form. */
  label: string;
  required: boolean;
  /** What the form starts with (provider.yaml `panel.inputs`, else the parameter's schema default). */
  value?: string;
  /** The parameter's description from the spec, shortened. */
  description?: string;
  /** A read operation lists the values: the form offers them by name (typing still works). */
  choices?: ChoicesSpec;
}

/** One data view of a read operation: the generated component renders the operation's response. */
export interface PanelDefinition {
  operationId: string;
  title: string;
  component: Type<unknown>;
  /** Inputs to ask for before calling (none: the operation runs as is). */
  inputs?: readonly PanelInput[];
  /** The operation needs a request body a form of single values cannot give: the panel does not call it. */
  needsBody?: boolean;
}

/** What every generated panel library exports as `PROVIDER_PANELS`: what libs/panels/registry loads lazily. */
export interface ProviderPanels {
  providerId: string;
  /** Connection card (inputs `connection`, `loading`, `error`; outputs `connect`, `disconnect`). */
  connectionCard: Type<unknown>;
  /** Operation id → data view, for read operations only. */
  panels: Readonly<Record<string, PanelDefinition>>;
  /** Operation id → form of a write operation (rendered by `PanelActionFormComponent`). */
  actions?: Readonly<Record<string, ActionSpec>>;
}
