import type { OperationModel, ParameterModel, ProviderModel } from '@patchbay/spec';

/** Where one flat input key goes on the wire (same shape as the generated manifest's parameters). */
export interface InputKey {
  key: string;
  name: string;
  in: ParameterModel['in'];
  required: boolean;
  schema: ParameterModel['schema'];
}

/** Auth is injected by the runtime; an `Authorization` header parameter in a vendor spec is not caller input. */
export function isAuthHeader(p: Pick<ParameterModel, 'in' | 'name'>): boolean {
  return p.in === 'header' && p.name.toLowerCase() === 'authorization';
}

/**
 * The flat input keys of an operation: each parameter under its name, `${in}:${name}` when two locations share a
 * name, `body` for the request body. Generated clients and the runtime must agree on this, so it lives here once.
 */
export function operationInputKeys(provider: Pick<ProviderModel, 'defaultHeaders'>, op: Pick<OperationModel, 'parameters'>): InputKey[] {
  const defaultHeaders = new Set(Object.keys(provider.defaultHeaders).map((h) => h.toLowerCase()));
  const used = new Set<string>(['body']);
  const out: InputKey[] = [];
  for (const param of op.parameters) {
    if (isAuthHeader(param)) continue;
    let key = param.name;
    for (let n = 2; used.has(key); n++) key = n === 2 ? `${param.in}:${param.name}` : `${param.in}:${param.name}:${n}`;
    used.add(key);
    // A header the runtime always sends (an API version header) may be overridden but need not be passed.
    const required = param.required && !(param.in === 'header' && defaultHeaders.has(param.name.toLowerCase()));
    out.push({ key, name: param.name, in: param.in, required, schema: param.schema });
  }
  return out;
}
