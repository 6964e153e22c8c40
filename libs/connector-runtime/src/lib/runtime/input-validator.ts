import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { toJsonSafeSchema, type JsonSchema, type OperationModel, type ProviderModel } from '@patchbay/spec';
import { operationInputKeys } from './input-keys';

/**
 * Validates an operation's flat input (parameters by key + `body`) against the OpenAPI schemas before any
 * provider call. Compiled validators are cached per operation object: compile once, validate on every call.
 */
export class InputValidator {
  private readonly ajv: Ajv;
  private readonly cache = new WeakMap<OperationModel, ValidateFunction>();

  constructor() {
    // strict: false — vendor specs carry OpenAPI-only keywords (example, xml, discriminator…) and odd formats.
    this.ajv = new Ajv({ allErrors: true, strict: false, logger: false, validateFormats: true, code: { regExp: lenientRegExp } });
    addFormats(this.ajv);
  }

  validate(provider: ProviderModel, op: OperationModel, input: unknown): Array<{ path: string; message: string }> {
    const fn = this.compiled(provider, op);
    if (fn(input ?? {})) return [];
    return (fn.errors ?? []).map(describe);
  }

  private compiled(provider: ProviderModel, op: OperationModel): ValidateFunction {
    let fn = this.cache.get(op);
    if (!fn) {
      const properties: Record<string, unknown> = {};
      const required: string[] = [];
      for (const k of operationInputKeys(provider, op)) {
        properties[k.key] = openApiToJsonSchema(k.schema);
        if (k.required) required.push(k.key);
      }
      if (op.requestBody) {
        properties['body'] = openApiToJsonSchema(op.requestBody.schema);
        if (op.requestBody.required) required.push('body');
      }
      fn = this.ajv.compile({ type: 'object', properties, required, additionalProperties: false });
      this.cache.set(op, fn);
    }
    return fn;
  }
}

/** A JSON-safe copy with OpenAPI 3.0's `nullable` turned into JSON Schema's type union. */
export function openApiToJsonSchema(schema: JsonSchema | undefined): JsonSchema {
  if (!schema) return {};
  const safe = toJsonSafeSchema(schema);
  const fix = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(fix);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o['nullable'] === true && typeof o['type'] === 'string') o['type'] = [o['type'], 'null'];
    // Response-only fields must not make an input invalid.
    if (Array.isArray(o['required']) && o['properties'] && typeof o['properties'] === 'object') {
      const props = o['properties'] as Record<string, Record<string, unknown>>;
      o['required'] = (o['required'] as string[]).filter((r) => !(props[r] && props[r]['readOnly'] === true));
    }
    for (const v of Object.values(o)) fix(v);
  };
  fix(safe);
  return safe;
}

function describe(e: ErrorObject): { path: string; message: string } {
  const base = e.instancePath.replace(/^\//, '').replace(/\//g, '.');
  if (e.keyword === 'required') {
    const missing = (e.params as { missingProperty: string }).missingProperty;
    return { path: base ? `${base}.${missing}` : missing, message: 'is required' };
  }
  if (e.keyword === 'additionalProperties') {
    const extra = (e.params as { additionalProperty: string }).additionalProperty;
    return { path: base ? `${base}.${extra}` : extra, message: 'is not a known parameter of this operation' };
  }
  return { path: base || '(input)', message: e.message ?? 'is invalid' };
}

/**
 * Vendor specs write ECMA-262 patterns that are only valid without the `u` flag Ajv adds (DigitalOcean's tag name
 * `^[a-zA-Z0-9_\-\:]+$`: `\:` is an invalid escape in unicode mode). Such a pattern is compiled without `u` instead of
 * failing the whole operation.
 */
const lenientRegExp = Object.assign(
  (pattern: string, flags: string): RegExp => {
    try {
      return new RegExp(pattern, flags);
    } catch (err) {
      if (!flags.includes('u')) throw err;
      return new RegExp(pattern, flags.replace('u', ''));
    }
  },
  { code: 'new RegExp' },
);
