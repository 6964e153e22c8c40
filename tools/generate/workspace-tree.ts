/** Shared by generate-all and check-drift: the catalog, loaded once, and a generation pass over an FsTree. */
import { join } from 'node:path';
import { FsTree } from 'nx/src/generators/tree';
import { loadCatalog, type Catalog } from '@patchbay/spec';
import { generateWorkspace, type GenerateWorkspaceResult } from '../../generators/src';

export const WORKSPACE_ROOT = join(__dirname, '..', '..');

export interface GenerationPass {
  tree: FsTree;
  catalog: Catalog;
  result: GenerateWorkspaceResult;
}

export async function runGeneration(root = WORKSPACE_ROOT): Promise<GenerationPass> {
  const catalog = await loadCatalog(join(root, 'specs'), { repoRoot: root });
  const tree = new FsTree(root, false);
  const result = await generateWorkspace(tree, catalog);
  return { tree, catalog, result };
}
