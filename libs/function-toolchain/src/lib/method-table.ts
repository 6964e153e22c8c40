/**
 * Where each `ctx.connectors.<key>.<method>` goes: derived from the generated connector manifests (operation id →
 * client method name) and the generated connector keys — nothing here names a provider.
 */
import { CONNECTOR_MANIFESTS } from '@patchbay/connectors-registry';
import { FUNCTION_CONNECTOR_KEYS, FUNCTION_INPUT_SHAPES } from '../generated/function-typings';
import type { InputShape } from './input-shape';

export interface MethodTarget {
  provider: string;
  operationId: string;
}

export type FunctionMethodTable = Record<string, Record<string, MethodTarget>>;

let table: FunctionMethodTable | undefined;
let byOperation: Map<string, { key: string; method: string }> | undefined;

/** Connector key → client method → (provider id, operation id). Built once; callers get a copy. */
export function functionMethodTable(): FunctionMethodTable {
  return JSON.parse(JSON.stringify(buildTable())) as FunctionMethodTable;
}

function buildTable(): FunctionMethodTable {
  if (table) return table;
  const built: FunctionMethodTable = {};
  for (const [provider, manifest] of Object.entries(CONNECTOR_MANIFESTS)) {
    const key = FUNCTION_CONNECTOR_KEYS[provider];
    if (!key) continue;
    const methods: Record<string, MethodTarget> = {};
    for (const operation of Object.values(manifest.operations)) {
      methods[operation.methodName] = { provider, operationId: operation.operationId };
    }
    built[key] = methods;
  }
  table = built;
  return built;
}

/** The call of one operation in function code (`ctx.connectors.<key>.<method>`), or a clear error. */
export function callOf(provider: string, operationId: string): { key: string; method: string } {
  if (!byOperation) {
    byOperation = new Map();
    for (const [key, methods] of Object.entries(buildTable())) {
      for (const [method, target] of Object.entries(methods)) byOperation.set(`${target.provider}\u0000${target.operationId}`, { key, method });
    }
  }
  const call = byOperation.get(`${provider}\u0000${operationId}`);
  if (!call) throw new Error(`No connector operation "${operationId}" of provider "${provider}" is available to functions.`);
  return call;
}

/** The provider operation behind `ctx.connectors.<key>.<method>`, if there is one. */
export function targetOf(key: string, method: string): MethodTarget | undefined {
  const methods = Object.prototype.hasOwnProperty.call(buildTable(), key) ? buildTable()[key] : undefined;
  return methods && Object.prototype.hasOwnProperty.call(methods, method) ? methods[method] : undefined;
}

/** What the input of `ctx.connectors.<key>.<method>` requires (an empty object shape when unknown). */
export function inputShapeOf(key: string, method: string): InputShape {
  return FUNCTION_INPUT_SHAPES[key]?.[method] ?? { kind: 'object', fields: {} };
}
