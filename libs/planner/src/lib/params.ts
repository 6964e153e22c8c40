/**
 * Operation inputs pulled out of the request, found through the operation's own input schema: a `#channel` goes to
 * the input named like a channel, a quoted or named value to the input whose name (or description) matches the noun
 * next to it (`"Reports" folder`, `calendar "Team"`, `a sheet named Metrics`) or else to the operation's title/name/text
 * input, and a word that is one of an input's enum values (`high` priority) to that input.
 */
import type { JsonSchema, OperationModel } from '@patchbay/spec';
import type { PlanParamValue } from './plan-types';
import { contentLemmas, isStopWord, lemma, splitIdentifiers } from './text';

export interface OperationInput {
  /** As the generated client names it: parameters by name, body fields as `body.<field>`. */
  key: string;
  name: string;
  description: string;
  schema: JsonSchema;
  /** Lemmas of the name and description. */
  lemmas: Set<string>;
}

export function operationInputs(op: OperationModel): OperationInput[] {
  const out: OperationInput[] = [];
  for (const p of op.parameters) {
    if (p.in === 'header') continue;
    out.push({
      key: p.name,
      name: p.name,
      description: p.description ?? '',
      schema: p.schema,
      lemmas: new Set(contentLemmas(`${p.name} ${p.description ?? ''}`)),
    });
  }
  const props = (op.requestBody?.schema?.['properties'] ?? {}) as Record<string, JsonSchema>;
  for (const [name, schema] of Object.entries(props)) {
    const description = typeof schema?.['description'] === 'string' ? (schema['description'] as string) : '';
    out.push({ key: `body.${name}`, name, description, schema: schema ?? {}, lemmas: new Set(contentLemmas(`${name} ${description}`)) });
  }
  return out;
}

/** Names of inputs that carry a free title or text (language, not provider words). */
const TITLE_LIKE = ['title', 'name', 'subject', 'summary', 'text', 'message', 'commentary', 'content', 'query'];

function nameLemmas(input: OperationInput): string[] {
  return contentLemmas(splitIdentifiers(input.name));
}

export interface ExtractedValue {
  value: string;
  /** The noun next to it (`folder`, `calendar`, `sheet`), if any. */
  noun?: string;
}

/** `"Reports" folder`, `a page called "Roadmap"`, `a sheet named Metrics`, `the Team calendar` (quoted only). */
export function namedValues(text: string): ExtractedValue[] {
  const out: ExtractedValue[] = [];
  const quoted = /(^|[\s(])["“‘']([^"”’'\n]{1,100})["”’'](?=$|[\s,.;:!?)])(\s+([A-Za-z]+))?/g;
  let m: RegExpExecArray | null;
  while ((m = quoted.exec(text))) {
    const before = /([A-Za-z]+)\s+(?:called|named|titled)?\s*$/.exec(text.slice(0, m.index + m[1].length));
    const after = m[4];
    let noun: string | undefined;
    if (after && !isStopWord(after.toLowerCase())) noun = lemma(after);
    else if (before && !isStopWord(before[1].toLowerCase())) noun = lemma(before[1]);
    out.push({ value: m[2].trim(), noun });
  }
  const named = /\b([A-Za-z]+)\s+(?:called|named|titled)\s+([A-Z][\w-]*(?:\s[A-Z][\w-]*)*)/g;
  while ((m = named.exec(text))) out.push({ value: m[2], noun: lemma(m[1]) });
  return out;
}

export function channelsIn(text: string): string[] {
  return [...text.matchAll(/(?:^|[\s(,])#([a-z0-9][a-z0-9._-]{0,79})/gi)].map((m) => `#${m[1].replace(/[.]+$/, '')}`);
}

/** Finds the input of `op` named like `word` (a channel, a calendar…): by name first, then by description. */
export function inputFor(inputs: OperationInput[], word: string): OperationInput | undefined {
  const w = lemma(word);
  return inputs.find((i) => nameLemmas(i).includes(w)) ?? inputs.find((i) => i.lemmas.has(w));
}

export function extractParams(op: OperationModel, inputs: OperationInput[], text: string, queryLemmas: Set<string>): Record<string, PlanParamValue> {
  const params: Record<string, PlanParamValue> = {};
  const channels = channelsIn(text);
  if (channels.length) {
    const input = inputFor(inputs, 'channel');
    if (input) params[input.key] = channels[0];
  }
  for (const v of namedValues(text)) {
    let input = v.noun ? inputFor(inputs, v.noun) : undefined;
    if (!input) {
      for (const name of TITLE_LIKE) {
        input = inputs.find((i) => i.name.toLowerCase() === name);
        if (input) break;
      }
    }
    if (input && params[input.key] === undefined && !(input.schema?.['type'] && input.schema['type'] !== 'string')) params[input.key] = v.value;
  }
  for (const input of inputs) {
    if (params[input.key] !== undefined) continue;
    const values = (input.schema?.['enum'] ?? (input.schema?.['items'] as JsonSchema | undefined)?.['enum']) as unknown[] | undefined;
    if (!Array.isArray(values) || input.schema?.['type'] === 'array') continue;
    for (const value of values) {
      if (typeof value !== 'string' || value.length < 4 || !/^[A-Za-z][A-Za-z ]*$/.test(value)) continue;
      const l = contentLemmas(value);
      if (l.length && l.every((x) => queryLemmas.has(x))) {
        params[input.key] = value;
        break;
      }
    }
  }
  return params;
}
