/**
 * What an operation's input requires, as read from the generated input types (required properties only). The
 * registry generator writes one per operation into ../generated/function-typings.ts; code generation fills the
 * inputs a plan left out from it so that generated code type-checks.
 */
export type InputShape =
  | { kind: 'string'; literal?: string }
  | { kind: 'number'; literal?: number }
  | { kind: 'boolean'; literal?: boolean }
  | { kind: 'array' }
  | { kind: 'object'; fields: Record<string, InputShape> }
  | { kind: 'unknown' };
