import type { JsonSchema, OperationModel, ProviderModel } from '@patchbay/spec';
import { operationInputKeys } from '@patchbay/connector-runtime';

/** A minimal input that satisfies an operation's schema: examples and defaults first, then type-based values. */
export function sampleValue(schema: JsonSchema | undefined, depth = 0): unknown {
  if (!schema || depth > 6) return 'sample';
  const s = schema as Record<string, unknown>;
  if (s['example'] !== undefined) return s['example'];
  if (s['default'] !== undefined) return s['default'];
  if (Array.isArray(s['enum']) && s['enum'].length) return s['enum'][0];
  for (const k of ['oneOf', 'anyOf', 'allOf'])
    if (Array.isArray(s[k]) && (s[k] as unknown[]).length) return sampleValue((s[k] as JsonSchema[])[0], depth + 1);
  const type = Array.isArray(s['type']) ? (s['type'] as string[])[0] : s['type'];
  switch (type) {
    case 'integer':
    case 'number':
      return typeof s['minimum'] === 'number' ? s['minimum'] : 1;
    case 'boolean':
      return true;
    case 'array': {
      const min = typeof s['minItems'] === 'number' ? s['minItems'] : 0;
      return Array.from({ length: min }, () => sampleValue(s['items'] as JsonSchema, depth + 1));
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      const props = (s['properties'] ?? {}) as Record<string, JsonSchema>;
      for (const r of (s['required'] as string[] | undefined) ?? []) out[r] = sampleValue(props[r], depth + 1);
      return out;
    }
    default:
      if (s['format'] === 'email') return 'someone@example.com';
      if (s['format'] === 'date-time') return '2026-11-26T10:00:00Z';
      return 'sample';
  }
}

export function sampleInput(provider: ProviderModel, op: OperationModel): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const k of operationInputKeys(provider, op)) if (k.required) input[k.key] = sampleValue(k.schema);
  if (op.requestBody?.required) input['body'] = sampleValue(op.requestBody.schema);
  return input;
}

/** A read operation that works on seeded data: no path parameters (ids that would have to exist), scopes needed. */
export function pickReadOperation(provider: ProviderModel): OperationModel {
  const reads = provider.operations.filter((o) => o.readOnly && o.requiredScopes.length > 0);
  const op = reads.find((o) => !o.parameters.some((p) => p.in === 'path')) ?? reads[0] ?? provider.operations[0];
  return op;
}
