/**
 * `nx g @patchbay/generators:registry` → libs/connectors/registry (provider id → manifest) and libs/panels/registry
 * (provider id → lazy panels), so the API and the dashboard reach every provider without naming one in code.
 */
import type { Tree } from '@nx/devkit';
import { updateConnectorsRegistry } from './lib/update-connectors-registry';
import { updatePanelsRegistry } from './lib/update-panels-registry';
import type { RegistryGeneratorSchema } from './schema';

// The schema is empty; the parameter keeps the generator signature Nx expects.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export async function registryGenerator(tree: Tree, _schema: RegistryGeneratorSchema = {}): Promise<void> {
  updateConnectorsRegistry(tree);
  updatePanelsRegistry(tree);
}

export default registryGenerator;
