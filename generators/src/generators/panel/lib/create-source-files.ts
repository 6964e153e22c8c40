import type { Tree } from '@nx/devkit';
import { tsBanner } from '../../../utils/banner';
import { propertyKey, stringLiteral } from '../../../utils/identifiers';
import { toTsLiteral, type LiteralValue } from '../../../utils/ts-literal';
import { renderTemplate } from '../../../utils/templates';
import { PANEL_FILES_DIR } from './add-project';
import type { ActionView, NormalizedPanelOptions, PanelView } from './normalize-options';
import type { ChoicesView } from './derive-choices';
import type { FieldSpec, PanelViewSpec, SectionSpec } from './derive-view';

/**
 * src/lib/*.component.ts, panel-registry.ts and src/index.ts. The components carry only what the spec decides (names,
 * view specs, scopes) as data; rendering, inputs and outputs are @patchbay/panel-kit's.
 */
export function createSourceFiles(tree: Tree, o: NormalizedPanelOptions): void {
  const lib = `${o.panelRoot}/src/lib`;
  const banner = tsBanner();

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
      provider: toTsLiteral({
        name: o.provider.name,
        description: o.provider.description,
        scopes: o.provider.scopes.map((s) => ({ scope: s.scope, description: s.description })),
      }),
    }),
  );

  tree.write(
    `${lib}/actions.ts`,
    renderTemplate(PANEL_FILES_DIR, 'actions.ts.hbs', {
      banner,
      providerName: o.provider.name,
      actions: o.actions,
      actionsLiteral: toTsLiteral(Object.fromEntries(o.actions.map((a) => [a.operation.id, actionLiteral(a)]))),
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
      entry: registryEntry(p),
    })),
  };
  tree.write(`${lib}/panel-registry.ts`, renderTemplate(PANEL_FILES_DIR, 'panel-registry.ts.hbs', registryView));
  tree.write(`${o.panelRoot}/src/index.ts`, renderTemplate(PANEL_FILES_DIR, 'index.ts.hbs', registryView));
}

function dataPanelView(banner: string, panel: PanelView): object {
  return {
    banner,
    view: toTsLiteral(viewLiteral(panel.view)),
    title: commentText(panel.title),
    operationId: commentText(panel.operation.id).replace(/`/g, "'"),
    selector: panel.selector,
    className: panel.className,
  };
}

/** A registry entry: names and component on one line; with the inputs to ask for (or a needed body), one key a line. */
function registryEntry(panel: PanelView): string {
  const names = [`operationId: ${stringLiteral(panel.operation.id)}`, `title: ${stringLiteral(panel.title)}`, `component: ${panel.className}`];
  if (!panel.inputs.length && !panel.needsBody) return `{ ${names.join(', ')} }`;
  const lines = [...names];
  if (panel.inputs.length)
    lines.push(
      `inputs: ${toTsLiteral(panel.inputs.map((i) => ({ ...i, choices: i.choices ? choicesLiteral(i.choices) : undefined })) as LiteralValue, 2)}`,
    );
  if (panel.needsBody) lines.push('needsBody: true');
  return `{\n${lines.map((l) => `    ${l},`).join('\n')}\n  }`;
}

/** A write operation's form as literal data for `@patchbay/panel-kit`'s `ActionSpec`. */
function actionLiteral(a: ActionView): LiteralValue {
  return {
    operationId: a.operation.id,
    title: a.title,
    description: a.description,
    method: a.operation.method.toUpperCase(),
    destructive: a.destructive,
    scopeAlternatives: a.operation.scopeAlternatives.map((alt) => [...alt]),
    fields: a.fields.map((f) => ({
      key: f.key,
      in: f.in,
      label: f.label,
      description: f.description,
      required: f.required,
      kind: f.kind,
      options: f.options ? [...f.options] : undefined,
      default: f.default,
      choices: f.choices ? choicesLiteral(f.choices) : undefined,
    })),
    result: viewLiteral(a.result),
  };
}

/** Where a picker's choices come from, as literal data for `@patchbay/panel-kit`'s `ChoicesSpec`. */
function choicesLiteral(c: ChoicesView): LiteralValue {
  return {
    operationId: c.operationId,
    ...(c.input ? { input: c.input as LiteralValue } : {}),
    items: c.items,
    value: c.value,
    label: c.label,
  };
}

/** Text from the spec inside a block comment. */
const commentText = (text: string): string => text.replace(/\*\//g, '*\\/');

/** The view spec as literal data for `@patchbay/panel-kit`'s `PanelViewSpec`. */
function viewLiteral(view: PanelViewSpec): LiteralValue {
  return { raw: view.raw, sections: view.sections.map(sectionLiteral) };
}

function sectionLiteral(spec: SectionSpec): LiteralValue {
  if (spec.kind === 'card') return { kind: spec.kind, title: spec.title, path: spec.path, fields: fieldsLiteral(spec.fields) };
  return { kind: spec.kind, title: spec.title, path: spec.path, columns: fieldsLiteral(spec.columns), nested: spec.nested.map(sectionLiteral) };
}

function fieldsLiteral(fields: readonly FieldSpec[]): LiteralValue {
  return fields.map((f) => ({
    key: f.key,
    label: f.label,
    path: f.path,
    ...(f.or ? { or: f.or } : {}),
    ...(f.format ? { format: f.format } : {}),
    ...(f.link ? { link: f.link } : {}),
  }));
}
