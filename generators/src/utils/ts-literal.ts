/**
 * Prints plain data (manifests, panel view specs) as a TypeScript object literal: two-space indent, single quotes,
 * keys in insertion order. Deterministic by construction, so no formatter is needed on generated data.
 */
import { propertyKey, stringLiteral } from './identifiers';

/** Source text printed as is (a reference to another generated constant). */
export class Code {
  constructor(readonly text: string) {}
}

export type LiteralValue = string | number | boolean | null | undefined | Code | LiteralValue[] | { [key: string]: LiteralValue };

export function toTsLiteral(value: LiteralValue, indent = 0): string {
  const pad = '  '.repeat(indent + 1);
  const end = '  '.repeat(indent);
  if (value === null || value === undefined) return 'null';
  if (value instanceof Code) return value.text;
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (!value.length) return '[]';
    const items = value.map((v) => toTsLiteral(v, indent + 1));
    const inline = `[${items.join(', ')}]`;
    if (inline.length <= 80 && !inline.includes('\n')) return inline;
    return `[\n${items.map((i) => `${pad}${i},`).join('\n')}\n${end}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (!entries.length) return '{}';
  const parts = entries.map(([k, v]) => `${propertyKey(k)}: ${toTsLiteral(v, indent + 1)}`);
  const inline = `{ ${parts.join(', ')} }`;
  if (inline.length <= 100 && !inline.includes('\n')) return inline;
  return `{\n${entries.map(([k, v]) => `${pad}${propertyKey(k)}: ${toTsLiteral(v, indent + 1)},`).join('\n')}\n${end}}`;
}
