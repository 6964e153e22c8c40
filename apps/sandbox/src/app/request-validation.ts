import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { JsonSchema, OperationModel } from '@patchbay/spec';
import { decycleSchema } from './schema-sample';

/**
 * Request-body validation with Ajv, compiled lazily once per operation. Specs are OpenAPI, so
 * unknown keywords (`example`, `x-…`, `discriminator`) are ignored and OpenAPI formats are declared.
 */
const ajv = new Ajv({ strict: false, allErrors: false, validateFormats: true });
addFormats(ajv);
for (const f of ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password']) ajv.addFormat(f, true);
const formAjv = new Ajv({ strict: false, coerceTypes: true, validateFormats: false });

const cache = new WeakMap<OperationModel, { json?: ValidateFunction | null; form?: ValidateFunction | null }>();

function compile(instance: Ajv, schema: JsonSchema): ValidateFunction | null {
  try {
    return instance.compile(decycleSchema(stripIds(schema)));
  } catch {
    // A schema Ajv cannot compile must not take the operation down: skip validation for it.
    return null;
  }
}

/** `$id`s copied from several documents can clash inside one Ajv instance; they carry no meaning here. */
function stripIds(schema: JsonSchema): JsonSchema {
  const seen = new Map<object, unknown>();
  const walk = (node: unknown): unknown => {
    if (node === null || typeof node !== 'object') return node;
    if (seen.has(node)) return seen.get(node);
    if (Array.isArray(node)) {
      const arr: unknown[] = [];
      seen.set(node, arr);
      for (const x of node) arr.push(walk(x));
      return arr;
    }
    const out: Record<string, unknown> = {};
    seen.set(node, out);
    for (const [k, v] of Object.entries(node)) if (k !== '$id' && k !== '$schema') out[k] = walk(v);
    return out;
  };
  return walk(schema) as JsonSchema;
}

export function validateBody(op: OperationModel, value: unknown, form: boolean): string | undefined {
  const schema = op.requestBody?.schema;
  if (!schema) return undefined;
  let entry = cache.get(op);
  if (!entry) {
    entry = {};
    cache.set(op, entry);
  }
  const key = form ? 'form' : 'json';
  if (entry[key] === undefined) entry[key] = compile(form ? formAjv : ajv, schema);
  const validate = entry[key];
  if (!validate) return undefined;
  if (validate(value)) return undefined;
  const err = validate.errors?.[0];
  if (!err) return 'Invalid request body';
  const where = err.instancePath ? `body${err.instancePath.replace(/\//g, '.')}` : 'body';
  return `${where} ${err.message ?? 'is invalid'}`;
}
