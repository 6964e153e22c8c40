/**
 * Everything `npm run generate` does, on any Tree: both generators for every provider of an already-loaded catalog
 * (sorted by id), stale generated libraries removed, then the two registries written once. The CLI
 * (tools/generate/generate-all.ts) runs it on an FsTree and flushes; the drift check runs it and compares instead.
 */
import type { Tree } from '@nx/devkit';
import type { Catalog } from '@patchbay/spec';
import { connectorGenerator } from '../generators/connector/generator';
import { panelGenerator } from '../generators/panel/generator';
import { registryGenerator } from '../generators/registry/generator';
import { listGeneratedProviders } from '../generators/registry/lib/list-generated';
import { CONNECTORS_DIR, PANELS_DIR, providerProjectNames } from '../utils/project-names';
import { clearDirectory, removePathAlias } from '../utils/workspace';

export interface GenerateWorkspaceResult {
  providers: Array<{ id: string; operations: number; panels: number; ms: number }>;
  /** Provider ids whose generated libraries were removed because their spec is gone. */
  removed: string[];
}

export async function generateWorkspace(tree: Tree, catalog: Catalog): Promise<GenerateWorkspaceResult> {
  const providers = [...catalog.providers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const result: GenerateWorkspaceResult = { providers: [], removed: [] };

  for (const provider of providers) {
    const started = performance.now();
    await connectorGenerator(tree, { id: provider.id, provider, skipRegistry: true });
    await panelGenerator(tree, { id: provider.id, provider, skipRegistry: true });
    result.providers.push({
      id: provider.id,
      operations: provider.operations.length,
      panels: provider.operations.filter((o) => o.readOnly).length,
      ms: Math.round(performance.now() - started),
    });
  }

  // Only folders our generators wrote (recognised by their marker files) are pruned; nothing hand-made is touched.
  const keep = new Set(providers.map((p) => p.id));
  const staleConnectors = listGeneratedProviders(tree, CONNECTORS_DIR, 'src/generated/manifest.ts').filter((id) => !keep.has(id));
  const stalePanels = listGeneratedProviders(tree, PANELS_DIR, 'src/lib/panel-registry.ts').filter((id) => !keep.has(id));
  for (const id of staleConnectors) {
    const names = providerProjectNames(id);
    clearDirectory(tree, names.connectorRoot);
    removePathAlias(tree, names.connectorAlias);
  }
  for (const id of stalePanels) {
    const names = providerProjectNames(id);
    clearDirectory(tree, names.panelRoot);
    removePathAlias(tree, names.panelAlias);
  }
  result.removed = [...new Set([...staleConnectors, ...stalePanels])].sort();

  await registryGenerator(tree, {});
  return result;
}
