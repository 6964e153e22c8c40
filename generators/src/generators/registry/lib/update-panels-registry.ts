import { joinPathFragments, type Tree } from '@nx/devkit';
import { tsBanner } from '../../../utils/banner';
import { PANELS_DIR, PANELS_REGISTRY_ALIAS, providerProjectNames, REGISTRY_FOLDER } from '../../../utils/project-names';
import { renderTemplate } from '../../../utils/templates';
import { addPathAlias, offsetFromRoot, upsertProject } from '../../../utils/workspace';
import { listGeneratedProviders } from './list-generated';

const FILES = joinPathFragments(__dirname, '..', 'files');
const SHARED_FILES = joinPathFragments(__dirname, '..', '..', '..', 'shared-files');
export const PANELS_REGISTRY_ROOT = `${PANELS_DIR}/${REGISTRY_FOLDER}`;

/**
 * Rewrites libs/panels/registry: provider id → a loader of that provider's panels. Loaders are dynamic imports so
 * the dashboard's bundler splits each provider into its own chunk instead of growing the initial bundle.
 */
export function updatePanelsRegistry(tree: Tree): void {
  const root = PANELS_REGISTRY_ROOT;
  const providers = listGeneratedProviders(tree, PANELS_DIR, 'src/lib/panel-registry.ts').map((id) => ({
    idLiteral: `'${id}'`,
    alias: providerProjectNames(id).panelAlias,
  }));
  upsertProject(tree, 'panels-registry', {
    root,
    sourceRoot: `${root}/src`,
    projectType: 'library',
    tags: ['scope:panels', 'type:generated'],
    targets: {
      typecheck: {
        executor: 'nx:run-commands',
        cache: true,
        inputs: ['default', '^default'],
        options: { command: `ngc -p ${root}/tsconfig.lib.json` },
      },
    },
  });
  const view = { banner: tsBanner(), offset: offsetFromRoot(root), providers, projectName: 'panels-registry' };
  tree.write(`${root}/tsconfig.json`, renderTemplate(SHARED_FILES, 'angular-tsconfig.json.hbs', view));
  tree.write(`${root}/tsconfig.lib.json`, renderTemplate(SHARED_FILES, 'angular-tsconfig.lib.json.hbs', view));
  tree.write(`${root}/eslint.config.mjs`, renderTemplate(SHARED_FILES, 'angular-eslint.config.mjs.hbs', view));
  tree.write(`${root}/src/index.ts`, renderTemplate(FILES, 'panels-index.ts.hbs', view));
  addPathAlias(tree, PANELS_REGISTRY_ALIAS, root);
}
