import { join } from 'node:path';
import type { Tree } from '@nx/devkit';
import { operationInputKeys } from '@patchbay/connector-runtime';
import type { InputChoicesHint, OperationModel, ProviderModel } from '@patchbay/spec';
import { assignOperationNames } from '../../../utils/identifiers';
import { providerProjectNames, type ProviderProjectNames } from '../../../utils/project-names';
import { loadProviderModel } from '../../../utils/spec-loader';
import type { PanelGeneratorSchema } from '../schema';
import { deriveAction, shortText, type ActionField } from './derive-action';
import { choicesOf, type ChoicesView } from './derive-choices';
import { deriveView, humanize, type PanelViewSpec } from './derive-view';
import { applyPanelHint, readPanelHints, type PanelHint } from './panel-hints';

export interface PanelView {
  operation: OperationModel;
  title: string;
  className: string;
  selector: string;
  /** File name without `.ts`, e.g. `events-list-panel.component`. */
  fileStem: string;
  view: PanelViewSpec;
  /** What to ask for before calling the operation (required parameters, and those provider.yaml prefills). */
  inputs: PanelInputSpec[];
  /** A required request body: the panel cannot call the operation with single values. */
  needsBody: boolean;
}

export interface PanelInputSpec {
  key: string;
  label: string;
  required: boolean;
  value?: string;
  description?: string;
  choices?: ChoicesView;
}

/** The form of one write operation (rendered by @patchbay/panel-kit's action form). */
export interface ActionView {
  operation: OperationModel;
  title: string;
  description?: string;
  destructive: boolean;
  fields: ActionField[];
  /** How the response is shown. */
  result: PanelViewSpec;
}

export interface NormalizedPanelOptions extends ProviderProjectNames {
  provider: ProviderModel;
  panels: PanelView[];
  /** One form per write operation (not read-only: POST/PUT/PATCH/DELETE not marked as reads), in spec order. */
  actions: ActionView[];
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

/** A parameter description as one short line for under a form field. */
function shortDescription(text: string | undefined): string | undefined {
  const line = (text ?? '').replace(/\s+/g, ' ').trim();
  if (!line) return undefined;
  return line.length > 140 ? `${line.slice(0, 139)}…` : line;
}

/**
 * The inputs a panel asks for: every required parameter, and every parameter provider.yaml gives a starting value
 * (`panel.inputs`), which must be an input of the operation.
 */
function inputsOf(
  provider: ProviderModel,
  op: OperationModel,
  hint: PanelHint | undefined,
  choiceHints: Record<string, InputChoicesHint> | undefined,
  file: string,
): PanelInputSpec[] {
  const keys = operationInputKeys(provider, op);
  const given = hint?.inputs ?? {};
  for (const key of Object.keys(given)) {
    if (!keys.some((k) => k.key === key)) throw new Error(`${file}: operations.${op.id}.panel.inputs.${key}: "${key}" is not an input of ${op.id}`);
  }
  const params = new Map(op.parameters.map((p) => [p.name, p]));
  return keys
    .filter((k) => k.required || k.key in given)
    .map((k) => {
      const fallback = k.schema['default'];
      const value = given[k.key] ?? (typeof fallback === 'string' || typeof fallback === 'number' ? String(fallback) : undefined);
      const description = shortDescription(params.get(k.name)?.description);
      const type = k.schema['type'];
      const choices = type === 'string' || type === undefined ? choicesOf(provider, op, k.name, choiceHints, file) : undefined;
      return {
        key: k.key,
        label: humanize(k.name),
        required: k.required,
        ...(value !== undefined ? { value } : {}),
        ...(description ? { description } : {}),
        ...(choices ? { choices } : {}),
      };
    });
}

/** Text fields of an action whose values a read operation lists get that operation as their choices (a picker). */
function withChoices<T extends { fields: ActionField[] }>(
  action: T,
  provider: ProviderModel,
  op: OperationModel,
  choiceHints: Record<string, InputChoicesHint> | undefined,
  file: string,
): T {
  const fields = action.fields.map((f) => {
    const name = f.in === 'param' ? (op.parameters.find((p) => p.name === f.key || `${p.in}:${p.name}` === f.key)?.name ?? f.key) : f.key;
    const choices = f.kind === 'text' && name ? choicesOf(provider, op, name, choiceHints, file) : undefined;
    return choices ? { ...f, choices } : f;
  });
  return { ...action, fields };
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
  const read = readPanelHints(tree.root, provider);
  const hints = {
    file: schema.panelHints || schema.inputChoices ? 'provider.yaml' : read.file,
    byOperation: schema.panelHints ?? read.byOperation,
    inputChoices: schema.inputChoices ?? read.inputChoices,
  };
  const panels: PanelView[] = [];
  const actions: ActionView[] = [];
  provider.operations.forEach((op, i) => {
    const hint = hints.byOperation[op.id];
    if (!op.readOnly) {
      if (hint) applyPanelHint({ sections: [], raw: true }, hint, op, hints.file);
      const title = titleOf(op);
      const description = shortText(op.description, 240);
      actions.push({
        operation: op,
        title,
        ...(description ? { description } : {}),
        ...withChoices(deriveAction(provider, op), provider, op, hints.inputChoices[op.id], hints.file),
        result: deriveView(op.responseSchema, title, op.pagination.itemsPath),
      });
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
      inputs: inputsOf(provider, op, hint, hints.inputChoices[op.id], hints.file),
      needsBody: op.requestBody?.required === true,
    });
  });
  return {
    ...names,
    provider,
    panels,
    actions,
    cardClass: `${names.pascal}ConnectionCardComponent`,
    cardSelector: `pb-${schema.id}-connection-card`,
    cardFileStem: 'connection-card.component',
    skipRegistry: schema.skipRegistry ?? false,
  };
}
