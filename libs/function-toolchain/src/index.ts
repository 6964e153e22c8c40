export { generateFunctionCode, type FunctionPlan } from './lib/generate-code';
export { outlineFunction } from './lib/outline';
export { applyEdits } from './lib/edit-function';
export { FunctionTypeChecker, type FunctionTypeCheckerOptions, type TypeProblem } from './lib/type-checker';
export { transpileFunction } from './lib/transpile';
export { functionMethodTable, type FunctionMethodTable, type MethodTarget } from './lib/method-table';
export { FunctionShapeError, SDK_MODULE } from './lib/function-source';
export type { InputShape } from './lib/input-shape';
export { FUNCTION_CONNECTOR_KEYS } from './generated/function-typings';
