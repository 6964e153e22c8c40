/** Workspace wiring shared by the generators: path aliases and project configuration. */
import { addProjectConfiguration, getProjects, type ProjectConfiguration, readJson, type Tree, updateJson } from '@nx/devkit';

type TsConfigBase = { compilerOptions?: { paths?: Record<string, string[]> } };

/**
 * Registers `alias → <root>/src/index.ts` in tsconfig.base.json (Nx does not do it for us: pitfall 4). The file is
 * only rewritten when the alias is missing or wrong, and other entries keep their order, so regenerating never
 * touches a file other people edit (and the drift check does not trip over their formatting).
 */
export function addPathAlias(tree: Tree, alias: string, projectRoot: string): void {
  const target = [`./${projectRoot}/src/index.ts`];
  const current = readJson<TsConfigBase>(tree, 'tsconfig.base.json').compilerOptions?.paths?.[alias];
  if (current && current.length === 1 && current[0] === target[0]) return;
  updateJson(tree, 'tsconfig.base.json', (json: TsConfigBase) => {
    json.compilerOptions ??= {};
    json.compilerOptions.paths = { ...(json.compilerOptions.paths ?? {}), [alias]: target };
    return json;
  });
}

export function removePathAlias(tree: Tree, alias: string): void {
  if (!readJson<TsConfigBase>(tree, 'tsconfig.base.json').compilerOptions?.paths?.[alias]) return;
  updateJson(tree, 'tsconfig.base.json', (json: TsConfigBase) => {
    if (json.compilerOptions?.paths) delete json.compilerOptions.paths[alias];
    return json;
  });
}

/** Adds or replaces a project (standalone project.json) so regeneration is idempotent. */
export function upsertProject(tree: Tree, name: string, config: ProjectConfiguration): void {
  if (tree.exists(`${config.root}/project.json`)) tree.delete(`${config.root}/project.json`);
  const clash = getProjects(tree).get(name);
  if (clash && clash.root !== config.root) {
    throw new Error(`Project name "${name}" is already used by ${clash.root}; cannot generate ${config.root}.`);
  }
  addProjectConfiguration(tree, name, config, true);
}

/** `../../` for `libs/connectors/x`: the way back to the workspace root from a project root. */
export function offsetFromRoot(projectRoot: string): string {
  return '../'.repeat(projectRoot.split('/').filter(Boolean).length);
}

/**
 * Removes every file under `dir` so files of deleted operations do not linger after regeneration. File by file, not
 * the folder at once: an FsTree then records one deletion per file, which a rewrite with equal content cancels,
 * while a file nobody rewrites stays deleted (and shows up as drift).
 */
export function clearDirectory(tree: Tree, dir: string): void {
  if (!tree.exists(dir)) return;
  if (tree.isFile(dir)) {
    tree.delete(dir);
    return;
  }
  for (const child of tree.children(dir)) clearDirectory(tree, `${dir}/${child}`);
}
