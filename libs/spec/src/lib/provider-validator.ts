import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import { PANEL_PATH_PATTERN, providerSchema } from './provider-schema';

export interface SchemaIssue {
  path: string;
  message: string;
}

let compiled: { provider: ValidateFunction; authGroup: ValidateFunction } | undefined;

function validators(): { provider: ValidateFunction; authGroup: ValidateFunction } {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const { $defs, ...rest } = providerSchema;
    compiled = {
      provider: ajv.compile(rest),
      authGroup: ajv.compile({ $schema: rest.$schema, ...$defs.authGroup }),
    };
  }
  return compiled;
}

/** `/oauth/clientAuth` → `oauth.clientAuth`, `/examplePrompts/0/operations` → `examplePrompts[0].operations`. */
function pointerToPath(pointer: string): string {
  if (!pointer) return '';
  let out = '';
  for (const raw of pointer.slice(1).split('/')) {
    const tok = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(tok)) out += `[${tok}]`;
    else out += out === '' ? tok : `.${tok}`;
  }
  return out;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/** Turns ajv's errors into short, human messages (`oauth.clientAuth: must be one of body, basic`). */
function toIssues(errors: ErrorObject[] | null | undefined): SchemaIssue[] {
  const out: SchemaIssue[] = [];
  const seen = new Set<string>();
  for (const e of errors ?? []) {
    // `if`/`then` only say "must match then": the sub-errors of `then` say what is wrong.
    if (e.keyword === 'if' || e.keyword === 'propertyNames') continue;
    let path = pointerToPath(e.instancePath);
    let message: string;
    switch (e.keyword) {
      case 'enum':
        message = `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map(String).join(', ')}`;
        break;
      case 'required':
        path = join(path, (e.params as { missingProperty: string }).missingProperty);
        message = 'is required';
        break;
      case 'additionalProperties':
        path = join(path, (e.params as { additionalProperty: string }).additionalProperty);
        message = 'is not a known property';
        break;
      case 'type':
        message = `must be ${(e.params as { type: string }).type}`;
        break;
      case 'pattern':
        if ((e.params as { pattern: string }).pattern === PANEL_PATH_PATTERN) {
          if (e.propertyName !== undefined) path = join(path, e.propertyName);
          message = 'must be a path: keys separated by "." (`*` for any key), alternatives by "|", no spaces';
          break;
        }
        message = `must match ${(e.params as { pattern: string }).pattern}`;
        break;
      default:
        message = e.message ?? e.keyword;
    }
    const key = `${path}\u0000${message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push({ path, message });
    }
  }
  return out;
}

export function validateProviderYaml(data: unknown): SchemaIssue[] {
  const v = validators().provider;
  return v(data) ? [] : toIssues(v.errors);
}

export function validateAuthGroupYaml(data: unknown): SchemaIssue[] {
  const v = validators().authGroup;
  return v(data) ? [] : toIssues(v.errors);
}
