/**
 * `nx g @patchbay/generators:panel <id>` → libs/panels/<id>: Angular standalone components (OnPush, signal inputs,
 * no zone.js) — a connection card and one data view per read operation, rendered from its response schema — and a
 * `PANELS` registry. Regenerated from scratch each run, like the connector.
 */
import type { Tree } from '@nx/devkit';
import { clearDirectory } from '../../utils/workspace';
import { updatePanelsRegistry } from '../registry/lib/update-panels-registry';
import { addProject } from './lib/add-project';
import { createSourceFiles } from './lib/create-source-files';
import { normalizeOptions } from './lib/normalize-options';
import type { PanelGeneratorSchema } from './schema';

export async function panelGenerator(tree: Tree, schema: PanelGeneratorSchema): Promise<void> {
  const options = await normalizeOptions(tree, schema);
  clearDirectory(tree, options.panelRoot);
  addProject(tree, options);
  createSourceFiles(tree, options);
  if (!options.skipRegistry) updatePanelsRegistry(tree);
}

export default panelGenerator;
