import type { Tree } from '@nx/devkit';
import { tsBanner } from '../../../utils/banner';
import { withCatalogOperationIds } from '../../../utils/openapi-document';
import { renderOpenApiTypes } from '../../../utils/openapi-types';
import { toTsLiteral, type LiteralValue } from '../../../utils/ts-literal';
import { renderTemplate } from '../../../utils/templates';
import { CONNECTOR_FILES_DIR } from './add-project';
import type { NormalizedConnectorOptions } from './normalize-options';

/** openapi-typescript's version is part of the output header so a toolchain bump explains a diff. */
const OPENAPI_TS_VERSION: string = (require('openapi-typescript/package.json') as { version: string }).version;

/** src/generated/{types,client,manifest,<id>.module}.ts and src/index.ts. */
export async function createSourceFiles(tree: Tree, o: NormalizedConnectorOptions): Promise<void> {
  const gen = `${o.connectorRoot}/src/generated`;
  const base = {
    banner: tsBanner(),
    providerId: o.providerId,
    providerName: o.provider.name,
    clientClass: o.clientClass,
    moduleClass: o.moduleClass,
    clientLink: `{@link ${o.clientClass}}`,
  };

  tree.write(
    `${gen}/types.ts`,
    renderTemplate(CONNECTOR_FILES_DIR, 'types.ts.hbs', {
      ...base,
      openapiTsVersion: OPENAPI_TS_VERSION,
      sourceFile: o.openapiFile,
      types: await renderOpenApiTypes(withCatalogOperationIds(o.raw, o.provider.operations), o.raw.file),
    }),
  );
  tree.write(
    `${gen}/client.ts`,
    renderTemplate(CONNECTOR_FILES_DIR, 'client.ts.hbs', {
      ...base,
      operations: o.operations.map((op) => ({ ...op, methodLink: `{@link ${o.clientClass}.${op.method}}` })),
    }),
  );
  tree.write(`${gen}/manifest.ts`, renderTemplate(CONNECTOR_FILES_DIR, 'manifest.ts.hbs', { ...base, manifest: manifestLiteral(o) }));
  tree.write(`${gen}/${o.providerId}.module.ts`, renderTemplate(CONNECTOR_FILES_DIR, 'module.ts.hbs', base));
  tree.write(`${o.connectorRoot}/src/index.ts`, renderTemplate(CONNECTOR_FILES_DIR, 'index.ts.hbs', base));
}

function manifestLiteral(o: NormalizedConnectorOptions): string {
  const operations: Record<string, LiteralValue> = {};
  for (const view of o.operations) {
    const op = view.model;
    operations[op.id] = {
      operationId: op.id,
      methodName: view.method,
      method: op.method,
      path: op.path,
      serverUrl: op.serverUrl,
      summary: op.summary,
      scopes: op.requiredScopes,
      scopeAlternatives: op.scopeAlternatives,
      readOnly: op.readOnly,
      pagination: { ...op.pagination },
      parameters: view.manifestParameters.map((p) => ({ key: p.key, name: p.name, in: p.in, required: p.required })),
      body: op.requestBody ? { contentType: op.requestBody.contentType, required: op.requestBody.required } : undefined,
      successStatus: op.successStatus,
    };
  }
  return toTsLiteral({ providerId: o.providerId, name: o.provider.name, baseUrl: o.provider.baseUrl, operations });
}
