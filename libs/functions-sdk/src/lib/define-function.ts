import type { FunctionDefinition, FunctionTrigger } from './function-types';

/**
 * Declares a function. An identity at runtime (the isolate's runtime supplies an equivalent one): its only job is to
 * give `run` a context typed by the trigger.
 */
export function defineFunction<T extends FunctionTrigger>(definition: FunctionDefinition<T>): FunctionDefinition<T> {
  return definition;
}
