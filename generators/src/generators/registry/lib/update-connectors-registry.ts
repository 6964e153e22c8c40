import { joinPathFragments, type Tree } from '@nx/devkit';
import { tsBanner } from '../../../utils/banner';
import { toCamel } from '../../../utils/identifiers';
import { CONNECTORS_DIR, CONNECTORS_REGISTRY_ALIAS, providerProjectNames, REGISTRY_FOLDER } from '../../../utils/project-names';
import { renderTemplate } from '../../../utils/templates';
import { addPathAlias, offsetFromRoot, upsertProject } from '../../../utils/workspace';
import { listGeneratedProviders } from './list-generated';

const FILES = joinPathFragments(__dirname, '..', 'files');
export const CONNECTORS_REGISTRY_ROOT = `${CONNECTORS_DIR}/${REGISTRY_FOLDER}`;

/** Rewrites libs/connectors/registry from the connector libraries present in the tree. */
export function updateConnectorsRegistry(tree: Tree): void {
  const root = CONNECTORS_REGISTRY_ROOT;
  const providers = listGeneratedProviders(tree, CONNECTORS_DIR, 'src/generated/manifest.ts').map((id) => ({
    id,
    idLiteral: JSON.stringify(id).replace(/"/g, "'"),
    local: `${toCamel(id)}Manifest`,
    alias: providerProjectNames(id).connectorAlias,
  }));
  upsertProject(tree, 'connectors-registry', {
    root,
    sourceRoot: `${root}/src`,
    projectType: 'library',
    tags: ['scope:connectors', 'type:generated'],
    targets: {
      typecheck: {
        executor: 'nx:run-commands',
        cache: true,
        inputs: ['default', '^default'],
        options: { command: `tsc --noEmit -p ${root}/tsconfig.lib.json` },
      },
    },
  });
  const view = { banner: tsBanner(), offset: offsetFromRoot(root), providers };
  tree.write(`${root}/tsconfig.json`, renderTemplate(FILES, 'connectors-tsconfig.json.hbs', view));
  tree.write(`${root}/tsconfig.lib.json`, renderTemplate(FILES, 'tsconfig.lib.json.hbs', view));
  tree.write(`${root}/eslint.config.mjs`, renderTemplate(FILES, 'connectors-eslint.config.mjs.hbs', view));
  tree.write(`${root}/src/index.ts`, renderTemplate(FILES, 'connectors-index.ts.hbs', view));
  addPathAlias(tree, CONNECTORS_REGISTRY_ALIAS, root);
}
