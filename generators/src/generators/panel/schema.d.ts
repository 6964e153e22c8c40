import type { InputChoicesHint, ProviderModel } from '@patchbay/spec';
import type { PanelHint } from './lib/panel-hints';

/** Options as given on the command line (schema.json) or by tools/generate. */
export interface PanelGeneratorSchema {
  id: string;
  specsDir?: string;
  skipRegistry?: boolean;
  /** Programmatic only: the already-loaded model (generate-all loads the catalog once). */
  provider?: ProviderModel;
  /** Programmatic only: panel hints by operation id, instead of reading them from the model's provider.yaml. */
  panelHints?: Record<string, PanelHint>;
  /** Programmatic only: `choices` hints by operation id and input name (provider.yaml `operations.<id>.inputs`). */
  inputChoices?: Record<string, Record<string, InputChoicesHint>>;
}
