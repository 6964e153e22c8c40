/**
 * A deliberately small JSON-Schema → TypeScript printer for the rare spots where openapi-typescript has no type to
 * point at (parameters the model knows but the document forgot to declare). Anything non-trivial becomes `unknown`.
 */
import type { JsonSchema } from '@patchbay/spec';

export function schemaToTs(schema: JsonSchema | undefined, depth = 0): string {
  if (!schema || depth > 2) return 'unknown';
  const enumValues = schema['enum'];
  if (Array.isArray(enumValues) && enumValues.length && enumValues.every((v) => ['string', 'number', 'boolean'].includes(typeof v))) {
    return enumValues.map((v) => JSON.stringify(v)).join(' | ');
  }
  switch (schema['type']) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array': {
      const items = schema['items'];
      const inner = typeof items === 'object' && items !== null ? schemaToTs(items as JsonSchema, depth + 1) : 'unknown';
      return `Array<${inner}>`;
    }
    default:
      return depth === 0 && schema['type'] === undefined ? 'string' : 'unknown';
  }
}
