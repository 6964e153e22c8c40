import { join } from 'node:path';
import type { Tree } from '@nx/devkit';
import type { OperationModel, ProviderModel } from '@patchbay/spec';
import { assignOperationNames } from '../../../utils/identifiers';
import { providerProjectNames, type ProviderProjectNames } from '../../../utils/project-names';
import { loadProviderModel } from '../../../utils/spec-loader';
import type { PanelGeneratorSchema } from '../schema';
import { deriveView, humanize, type PanelViewSpec } from './derive-view';
import { applyPanelHint, readPanelHints } from './panel-hints';

export interface PanelView {
  operation: OperationModel;
  title: string;
  className: string;
  selector: string;
  /** File name without `.ts`, e.g. `events-list-panel.component`. */
  fileStem: string;
  view: PanelViewSpec;
}

export interface NormalizedPanelOptions extends ProviderProjectNames {
  provider: ProviderModel;
  panels: PanelView[];
  cardClass: string;
  cardSelector: string;
  cardFileStem: string;
  skipRegistry: boolean;
}

/** A one-line title: the summary's first sentence, else the humanized operation id. */
function titleOf(op: OperationModel): string {
  const summary = (op.summary || '').split('\n')[0].replace(/\s+/g, ' ').trim();
  const title = summary || humanize(op.id);
  return title.length > 80 ? `${title.slice(0, 79)}…` : title;
}

export async function normalizeOptions(tree: Tree, schema: PanelGeneratorSchema): Promise<NormalizedPanelOptions> {
  const names = providerProjectNames(schema.id);
  const provider = schema.provider ?? (await loadProviderModel(join(tree.root, schema.specsDir ?? 'specs', schema.id), tree.root));
  if (provider.id !== schema.id) throw new Error(`Spec loaded for "${schema.id}" describes provider "${provider.id}".`);

  // Names are assigned over ALL operations (same as the connector), so a panel keeps its name when an unrelated
  // write operation is added or removed — only read operations get panels.
  const opNames = assignOperationNames(
    provider.operations.map((o) => o.id),
    provider.operations.map((o) => `${o.method} ${o.path}`),
  );
  // What provider.yaml says matters in a panel (`operations.<id>.panel`), over what the schema alone suggests.
  const hints = schema.panelHints ? { file: 'provider.yaml', byOperation: schema.panelHints } : readPanelHints(tree.root, provider);
  const panels: PanelView[] = [];
  provider.operations.forEach((op, i) => {
    const hint = hints.byOperation[op.id];
    if (!op.readOnly) {
      if (hint) applyPanelHint({ sections: [], raw: true }, hint, op, hints.file);
      return;
    }
    const n = opNames[i];
    const title = titleOf(op);
    const derived = deriveView(op.responseSchema, title, op.pagination.itemsPath);
    panels.push({
      operation: op,
      title,
      className: `${names.pascal}${n.pascal}PanelComponent`,
      selector: `pb-${schema.id}-${n.kebab}-panel`,
      fileStem: `${n.kebab}-panel.component`,
      view: hint ? applyPanelHint(derived, hint, op, hints.file) : derived,
    });
  });
  return {
    ...names,
    provider,
    panels,
    cardClass: `${names.pascal}ConnectionCardComponent`,
    cardSelector: `pb-${schema.id}-connection-card`,
    cardFileStem: 'connection-card.component',
    skipRegistry: schema.skipRegistry ?? false,
  };
}
