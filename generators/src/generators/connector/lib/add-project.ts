import { joinPathFragments, type Tree } from '@nx/devkit';
import { renderTemplate } from '../../../utils/templates';
import { tsBanner, markdownBanner } from '../../../utils/banner';
import { addPathAlias, offsetFromRoot, upsertProject } from '../../../utils/workspace';
import type { NormalizedConnectorOptions } from './normalize-options';

export const CONNECTOR_FILES_DIR = joinPathFragments(__dirname, '..', 'files');

/** project.json, tsconfigs, eslint config, README and the `@patchbay/connectors/<id>` alias. */
export function addProject(tree: Tree, o: NormalizedConnectorOptions): void {
  upsertProject(tree, o.connectorProject, {
    root: o.connectorRoot,
    sourceRoot: `${o.connectorRoot}/src`,
    projectType: 'library',
    tags: ['scope:connectors', 'type:generated'],
    targets: {
      // Type-checks the generated library on its own (no build: consumers compile it from source via the alias).
      typecheck: {
        executor: 'nx:run-commands',
        cache: true,
        inputs: ['default', '^default'],
        options: { command: `tsc --noEmit -p ${o.connectorRoot}/tsconfig.lib.json` },
      },
    },
  });
  const view = {
    banner: tsBanner(),
    offset: offsetFromRoot(o.connectorRoot),
    providerId: o.providerId,
    providerName: o.provider.name,
    importPath: o.connectorAlias,
    clientClass: o.clientClass,
    moduleClass: o.moduleClass,
    operationCount: o.operations.length,
    sourceFiles: o.provider.sourceFiles.join('`, `'),
  };
  tree.write(`${o.connectorRoot}/tsconfig.json`, renderTemplate(CONNECTOR_FILES_DIR, 'tsconfig.json.hbs', view));
  tree.write(`${o.connectorRoot}/tsconfig.lib.json`, renderTemplate(CONNECTOR_FILES_DIR, 'tsconfig.lib.json.hbs', view));
  tree.write(`${o.connectorRoot}/eslint.config.mjs`, renderTemplate(CONNECTOR_FILES_DIR, 'eslint.config.mjs.hbs', view));
  tree.write(`${o.connectorRoot}/README.md`, renderTemplate(CONNECTOR_FILES_DIR, 'README.md.hbs', { ...view, banner: markdownBanner() }));
  addPathAlias(tree, o.connectorAlias, o.connectorRoot);
}
