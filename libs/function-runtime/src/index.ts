export { FunctionRuntime, type FunctionRuntimeOptions } from './lib/function-runtime';
export {
  DEFAULT_LIMITS,
  OperationCallError,
  type IntegrationCaller,
  type MethodTable,
  type OperationCallAnswer,
  type OperationCaller,
  type RunCall,
  type RunError,
  type RunLimits,
  type RunLog,
  type RunRequest,
  type RunResult,
} from './lib/types';
