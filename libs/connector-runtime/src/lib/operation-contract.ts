/**
 * The seam between generated connector clients (libs/connectors/<id>) and the runtime that actually calls providers
 * (auth injection, scope guard, retries, pagination — a later issue). Generated code only knows this contract, so a
 * client can be driven by the real runtime, by the sandbox, or by a test double.
 */
import type { HttpMethod, PaginationConfig } from '@patchbay/spec';

export interface OperationExecutor {
  /**
   * Runs one catalog operation for one provider. `input` is the generated `<Op>Input` shape: every parameter under
   * its manifest `key`, plus `body` for the request body; see {@link OperationManifest.parameters}.
   */
  execute<I, O>(providerId: string, operationId: string, input: I): Promise<O>;
}

/** Nest injection token for the executor the generated connector modules inject (a symbol, not a string). */
export const OPERATION_EXECUTOR: unique symbol = Symbol('patchbay.OperationExecutor');

/** Where one flat input key goes on the wire. */
export interface ManifestParameter {
  /** Property name in the generated input (usually `name`; `${in}:${name}` when two locations share a name). */
  key: string;
  /** Parameter name on the wire. */
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
}

export interface OperationManifest {
  operationId: string;
  /** Method name on the generated client. */
  methodName: string;
  method: HttpMethod;
  path: string;
  serverUrl: string;
  summary: string;
  /** Least-privilege scopes (the smallest alternative of the spec's security requirement). */
  scopes: readonly string[];
  scopeAlternatives: readonly (readonly string[])[];
  readOnly: boolean;
  pagination: PaginationConfig;
  parameters: readonly ManifestParameter[];
  /** Present when the operation takes a body; it travels as `input.body`. */
  body?: { contentType: string; required: boolean };
  successStatus: number;
}

export interface ConnectorManifest {
  providerId: string;
  name: string;
  baseUrl: string;
  operations: Readonly<Record<string, OperationManifest>>;
}
