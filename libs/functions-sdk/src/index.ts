export { defineFunction } from './lib/define-function';
export type * from './lib/function-types';
export type { FunctionConnectors } from './generated/connectors';
