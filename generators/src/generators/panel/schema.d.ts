import type { ProviderModel } from '@patchbay/spec';

/** Options as given on the command line (schema.json) or by tools/generate. */
export interface PanelGeneratorSchema {
  id: string;
  specsDir?: string;
  skipRegistry?: boolean;
  /** Programmatic only: the already-loaded model (generate-all loads the catalog once). */
  provider?: ProviderModel;
}
