export * from './lib/plan-types';
export { createPlanner, MAX_MESSAGE_CHARS } from './lib/planner';
export type { Planner, PlanContext, PlannerStats } from './lib/planner';
export { createLlmPlanner } from './lib/llm';
export type { LlmOptions, LlmPlanner, PlanSource } from './lib/llm';
