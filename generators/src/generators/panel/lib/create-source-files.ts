import type { Tree } from '@nx/devkit';
import { tsBanner } from '../../../utils/banner';
import { propertyKey, stringLiteral } from '../../../utils/identifiers';
import { Code, toTsLiteral, type LiteralValue } from '../../../utils/ts-literal';
import { renderTemplate } from '../../../utils/templates';
import { PANEL_FILES_DIR } from './add-project';
import type { NormalizedPanelOptions, PanelView } from './normalize-options';
import type { FieldSpec, SectionSpec } from './derive-view';
import { renderViewTemplate, sectionConstants } from './render-view-template';

/** src/lib/*.component.ts, panel-support.ts, panel-registry.ts and src/index.ts. */
export function createSourceFiles(tree: Tree, o: NormalizedPanelOptions): void {
  const lib = `${o.panelRoot}/src/lib`;
  const banner = tsBanner();
  tree.write(`${lib}/panel-support.ts`, renderTemplate(PANEL_FILES_DIR, 'panel-support.ts.hbs', { banner, providerName: o.provider.name }));

  for (const panel of o.panels) {
    tree.write(`${lib}/${panel.fileStem}.ts`, renderTemplate(PANEL_FILES_DIR, 'data-panel.component.ts.hbs', dataPanelView(banner, panel)));
  }

  tree.write(
    `${lib}/${o.cardFileStem}.ts`,
    renderTemplate(PANEL_FILES_DIR, 'connection-card.component.ts.hbs', {
      banner,
      providerName: o.provider.name,
      className: o.cardClass,
      selector: o.cardSelector,
      nameLiteral: stringLiteral(o.provider.name),
      descriptionLiteral: stringLiteral(o.provider.description),
      scopes: toTsLiteral(o.provider.scopes.map((s) => ({ scope: s.scope, description: s.description }))),
    }),
  );

  const registryView = {
    banner,
    providerId: o.providerId,
    providerName: o.provider.name,
    cardClass: o.cardClass,
    cardFileStem: o.cardFileStem,
    panels: o.panels.map((p) => ({
      className: p.className,
      fileStem: p.fileStem,
      idKey: propertyKey(p.operation.id),
      idLiteral: stringLiteral(p.operation.id),
      titleLiteral: stringLiteral(p.title),
    })),
  };
  tree.write(`${lib}/panel-registry.ts`, renderTemplate(PANEL_FILES_DIR, 'panel-registry.ts.hbs', registryView));
  tree.write(`${o.panelRoot}/src/index.ts`, renderTemplate(PANEL_FILES_DIR, 'index.ts.hbs', registryView));
}

function dataPanelView(banner: string, panel: PanelView): object {
  const constants = sectionConstants(panel.view).map((c) => ({
    name: c.name,
    constName: c.name.toUpperCase(),
    type: c.type,
    literal: toTsLiteral(specLiteral(c.name, c.spec)),
  }));
  const types = [...new Set(constants.map((c) => c.type))].sort().map((t) => `type ${t}`);
  const helpers = ['isEmptyData', 'json', 'listAt', 'PANEL_STYLES', 'show', 'valueAt'];
  return {
    banner,
    imports: [...helpers, ...types].join(', '),
    constants,
    title: panel.title.replace(/\*\//g, '*\\/'),
    operationId: panel.operation.id.replace(/\*\//g, '*\\/').replace(/`/g, "'"),
    selector: panel.selector,
    className: panel.className,
    template: renderViewTemplate(panel.view)
      .split('\n')
      .map((l) => (l ? `    ${l}` : l))
      .join('\n'),
  };
}

/** A section as literal data; nested tables become references to their own constants (`S0N0`). */
function specLiteral(name: string, spec: SectionSpec): LiteralValue {
  if (spec.kind === 'card') return { kind: spec.kind, title: spec.title, path: spec.path, fields: fieldsLiteral(spec.fields) };
  return {
    kind: spec.kind,
    title: spec.title,
    path: spec.path,
    columns: fieldsLiteral(spec.columns),
    nested: spec.nested.map((_, i) => new Code(`${name}n${i}`.toUpperCase())),
  };
}

function fieldsLiteral(fields: readonly FieldSpec[]): LiteralValue {
  return fields.map((f) => ({ key: f.key, label: f.label, path: f.path }));
}
