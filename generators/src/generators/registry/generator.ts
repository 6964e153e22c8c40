/**
 * `nx g @patchbay/generators:registry` → libs/connectors/registry (provider id → manifest) and libs/panels/registry
 * (provider id → lazy panels), and the typings of backend functions (libs/functions-sdk and libs/function-toolchain
 * generated files), so the API and the dashboard reach every provider without naming one in code.
 */
import type { Tree } from '@nx/devkit';
import { updateConnectorsRegistry } from './lib/update-connectors-registry';
import { updateFunctionTypings } from './lib/update-function-typings';
import { updatePanelsRegistry } from './lib/update-panels-registry';
import type { RegistryGeneratorSchema } from './schema';

// The schema is empty; the parameter keeps the generator signature Nx expects.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export async function registryGenerator(tree: Tree, _schema: RegistryGeneratorSchema = {}): Promise<void> {
  updateConnectorsRegistry(tree);
  updatePanelsRegistry(tree);
  updateFunctionTypings(tree);
}

export default registryGenerator;
