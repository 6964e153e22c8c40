import { joinPathFragments, type Tree } from '@nx/devkit';
import { markdownBanner, tsBanner } from '../../../utils/banner';
import { renderTemplate } from '../../../utils/templates';
import { addPathAlias, offsetFromRoot, upsertProject } from '../../../utils/workspace';
import type { NormalizedPanelOptions } from './normalize-options';

export const PANEL_FILES_DIR = joinPathFragments(__dirname, '..', 'files');
const SHARED_FILES_DIR = joinPathFragments(__dirname, '..', '..', '..', 'shared-files');

/** project.json, Angular tsconfigs, eslint config, README and the `@patchbay/panels/<id>` alias. */
export function addProject(tree: Tree, o: NormalizedPanelOptions): void {
  upsertProject(tree, o.panelProject, {
    root: o.panelRoot,
    sourceRoot: `${o.panelRoot}/src`,
    projectType: 'library',
    tags: ['scope:panels', 'type:generated'],
    targets: {
      // ngc (not tsc) so templates are type-checked with strictTemplates, as the dashboard build will.
      typecheck: {
        executor: 'nx:run-commands',
        cache: true,
        inputs: ['default', '^default'],
        options: { command: `ngc -p ${o.panelRoot}/tsconfig.lib.json` },
      },
    },
  });
  const view = { banner: tsBanner(), offset: offsetFromRoot(o.panelRoot), projectName: o.panelProject };
  tree.write(`${o.panelRoot}/tsconfig.json`, renderTemplate(SHARED_FILES_DIR, 'angular-tsconfig.json.hbs', view));
  tree.write(`${o.panelRoot}/tsconfig.lib.json`, renderTemplate(SHARED_FILES_DIR, 'angular-tsconfig.lib.json.hbs', view));
  tree.write(`${o.panelRoot}/eslint.config.mjs`, renderTemplate(SHARED_FILES_DIR, 'angular-eslint.config.mjs.hbs', view));
  tree.write(
    `${o.panelRoot}/README.md`,
    renderTemplate(PANEL_FILES_DIR, 'README.md.hbs', {
      banner: markdownBanner(),
      providerName: o.provider.name,
      importPath: o.panelAlias,
      sourceFiles: o.provider.sourceFiles.join('`, `'),
      cardClass: o.cardClass,
      panels: o.panels,
      actions: o.actions,
    }),
  );
  addPathAlias(tree, o.panelAlias, o.panelRoot);
}
