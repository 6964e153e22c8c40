import type { ProviderModel } from '@patchbay/spec';
import type { OpenApiDocument } from '../../utils/openapi-document';

/** Options as given on the command line (schema.json) or by tools/generate. */
export interface ConnectorGeneratorSchema {
  id: string;
  specsDir?: string;
  skipRegistry?: boolean;
  /** Programmatic only: the already-loaded model (generate-all loads the catalog once). */
  provider?: ProviderModel;
  /** Programmatic only: the already-parsed OpenAPI document. */
  document?: OpenApiDocument;
  /** Programmatic only: absolute path of the OpenAPI file (for `document`'s relative `$ref`s, or to read it). */
  documentPath?: string;
}
