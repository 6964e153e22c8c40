import type { Tree } from '@nx/devkit';
import { REGISTRY_FOLDER } from '../../../utils/project-names';

/**
 * Provider ids that have a generated library under `dir` (recognised by `marker`, a file only our generator writes),
 * sorted so the registries do not depend on generation order.
 */
export function listGeneratedProviders(tree: Tree, dir: string, marker: string): string[] {
  if (!tree.exists(dir)) return [];
  return tree
    .children(dir)
    .filter((child) => child !== REGISTRY_FOLDER && tree.exists(`${dir}/${child}/${marker}`))
    .sort();
}
