import type { Tree } from '@nx/devkit';
import type { ProviderModel } from '@patchbay/spec';
import type { RawDocument } from '../../../utils/openapi-document';
import { providerProjectNames, type ProviderProjectNames } from '../../../utils/project-names';
import { resolveProviderSource } from '../../../utils/provider-source';
import type { ConnectorGeneratorSchema } from '../schema';
import { buildOperationViews, type OperationView } from './build-operation-views';

export interface NormalizedConnectorOptions extends ProviderProjectNames {
  provider: ProviderModel;
  raw: RawDocument;
  openapiFile: string;
  operations: OperationView[];
  skipRegistry: boolean;
}

export async function normalizeOptions(tree: Tree, schema: ConnectorGeneratorSchema): Promise<NormalizedConnectorOptions> {
  const names = providerProjectNames(schema.id);
  const { provider, raw, openapiFile } = await resolveProviderSource(tree, {
    providerId: schema.id,
    specsDir: schema.specsDir ?? 'specs',
    provider: schema.provider,
    document: schema.document,
    documentPath: schema.documentPath,
  });
  return {
    ...names,
    provider,
    raw,
    openapiFile,
    operations: buildOperationViews(provider, raw),
    skipRegistry: schema.skipRegistry ?? false,
  };
}
