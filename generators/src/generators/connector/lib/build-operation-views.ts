/**
 * Turns the model's operations into what the client/manifest templates print: unique identifiers, the flat input
 * fields with types that index into openapi-typescript's `paths`, the output type and the JSDoc lines.
 */
import { operationInputKeys } from '@patchbay/connector-runtime';
import type { OperationModel, ParameterModel, ProviderModel } from '@patchbay/spec';
import { assignOperationNames, jsDocText, stringLiteral } from '../../../utils/identifiers';
import { pickJsonContentType, statusKeyLiteral, type RawDocument, type RawOperation } from '../../../utils/openapi-document';
import { schemaToTs } from '../../../utils/schema-to-ts';

export interface InputFieldView {
  key: string;
  required: boolean;
  type: string;
  doc?: string;
}

export interface OperationView {
  id: string;
  idLiteral: string;
  method: string;
  pascal: string;
  kebab: string;
  pathLiteral: string;
  methodLiteral: string;
  /** Whether openapi-typescript emitted this operation (false only when the raw document disagrees with the model). */
  hasRaw: boolean;
  fields: InputFieldView[];
  inputOptional: boolean;
  outputType: string;
  docLines: string[];
  manifestParameters: Array<{ key: string; name: string; in: ParameterModel['in']; required: boolean }>;
  model: OperationModel;
}

export function buildOperationViews(provider: ProviderModel, document: RawDocument): OperationView[] {
  const names = assignOperationNames(
    provider.operations.map((o) => o.id),
    provider.operations.map((o) => `${o.method} ${o.path}`),
  );

  return provider.operations.map((op, i) => {
    const { method, pascal, kebab } = names[i];
    const raw = document.readOperation(op.path, op.method);
    const opType = `${pascal}Operation`;

    const fields: InputFieldView[] = [];
    const manifestParameters: OperationView['manifestParameters'] = [];
    // The runtime owns the input-key rules (it places every key on the wire); the client types follow them exactly.
    for (const key of operationInputKeys(provider, op)) {
      const description = op.parameters.find((p) => p.name === key.name && p.in === key.in)?.description;
      fields.push({ key: propertyKeyOf(key.key), required: key.required, type: parameterType(opType, raw, key), doc: docOf(description) });
      manifestParameters.push({ key: key.key, name: key.name, in: key.in, required: key.required });
    }
    if (op.requestBody) {
      fields.push({
        key: 'body',
        required: op.requestBody.required,
        type: bodyType(opType, raw, op),
        doc: `Request body (\`${op.requestBody.contentType}\`).`,
      });
    }

    return {
      id: op.id,
      idLiteral: stringLiteral(op.id),
      method,
      pascal,
      kebab,
      pathLiteral: stringLiteral(op.path),
      methodLiteral: stringLiteral(op.method),
      hasRaw: raw !== undefined,
      fields,
      inputOptional: fields.every((f) => !f.required),
      outputType: outputType(opType, raw),
      docLines: docLines(op),
      manifestParameters,
      model: op,
    };
  });
}

function propertyKeyOf(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : stringLiteral(key);
}

function docOf(description: string | undefined): string | undefined {
  const first = description
    ?.split(/\n\s*\n/)[0]
    ?.replace(/\s+/g, ' ')
    .trim();
  return first ? jsDocText(first) : undefined;
}

function parameterType(opType: string, raw: RawOperation | undefined, param: Pick<ParameterModel, 'in' | 'name' | 'schema'>): string {
  if (raw?.parameterKeys.has(`${param.in}:${param.name}`)) {
    return `NonNullable<${opType}['parameters'][${stringLiteral(param.in)}]>[${stringLiteral(param.name)}]`;
  }
  // Declared by the model but not by the raw document (e.g. a path template variable the spec forgot to declare).
  return schemaToTs(param.schema);
}

function bodyType(opType: string, raw: RawOperation | undefined, op: OperationModel): string {
  const types = raw?.requestContentTypes ?? [];
  const contentType = types.includes(op.requestBody?.contentType ?? '') ? op.requestBody?.contentType : types[0];
  if (!contentType) return 'unknown';
  return `NonNullable<${opType}['requestBody']>['content'][${stringLiteral(contentType)}]`;
}

function outputType(opType: string, raw: RawOperation | undefined): string {
  if (!raw?.successKey) return 'unknown';
  if (!raw.successContentTypes.length) return 'void';
  const json = pickJsonContentType(raw.successContentTypes);
  if (!json) return 'unknown';
  return `${opType}['responses'][${statusKeyLiteral(raw.successKey)}]['content'][${stringLiteral(json)}]`;
}

function docLines(op: OperationModel): string[] {
  const lines: string[] = [];
  const summary = jsDocText(op.summary || op.description?.split('\n')[0] || op.id);
  lines.push(...summary.split('\n'));
  const description = op.description ? jsDocText(op.description) : '';
  if (description && description !== summary) lines.push('', ...description.split('\n').slice(0, 20));
  lines.push('');
  lines.push(
    op.requiredScopes.length ? `Required scopes: ${op.requiredScopes.map((s) => `\`${jsDocText(s)}\``).join(', ')}` : 'Required scopes: none',
  );
  if (op.scopeAlternatives.length > 1) {
    lines.push(`Accepted scope sets: ${op.scopeAlternatives.map((alt) => `[${alt.map((s) => jsDocText(s)).join(', ')}]`).join(' or ')}`);
  }
  lines.push('', `Operation \`${jsDocText(op.id)}\`: \`${op.method.toUpperCase()} ${jsDocText(op.path)}\`${op.readOnly ? ' (read-only)' : ''}`);
  return lines;
}
