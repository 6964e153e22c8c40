/**
 * `nx g @patchbay/generators:connector <id>` → libs/connectors/<id>: openapi-typescript types, a typed client that
 * delegates to an injected OperationExecutor, a manifest and a NestJS module. Everything under the project is
 * regenerated from scratch each run, so removed operations leave nothing behind and two runs are byte-identical.
 *
 * No formatFiles(): templates emit final formatting themselves, which keeps output stable with or without prettier
 * and keeps multi-megabyte type files out of a formatter.
 */
import type { Tree } from '@nx/devkit';
import { clearDirectory } from '../../utils/workspace';
import { updateConnectorsRegistry } from '../registry/lib/update-connectors-registry';
import { addProject } from './lib/add-project';
import { createSourceFiles } from './lib/create-source-files';
import { normalizeOptions } from './lib/normalize-options';
import type { ConnectorGeneratorSchema } from './schema';

export async function connectorGenerator(tree: Tree, schema: ConnectorGeneratorSchema): Promise<void> {
  const options = await normalizeOptions(tree, schema);
  clearDirectory(tree, options.connectorRoot);
  addProject(tree, options);
  await createSourceFiles(tree, options);
  if (!options.skipRegistry) updateConnectorsRegistry(tree);
}

export default connectorGenerator;
