/**
 * A plan becomes a function module: the file's skeleton is fixed text; the name, the trigger and one step per planned
 * operation (with the plan's params, and typed fills for required inputs it left out) go in through ts-morph.
 */
import type { PlannedOperation, PlannedTrigger } from '@patchbay/planner';
import { functionParts, parseFunction, printFunction, SDK_MODULE } from './function-source';
import { addStep, setName, setTrigger } from './edit-function';

export interface FunctionPlan {
  name: string;
  trigger: PlannedTrigger;
  operations: PlannedOperation[];
}

const SKELETON = `import { defineFunction } from '${SDK_MODULE}';

export default defineFunction({
  name: '',
  trigger: { type: 'http' },
  run: async (ctx) => {
    ctx.log('started', ctx.runId);
  },
});
`;

export function generateFunctionCode(plan: FunctionPlan): string {
  const parts = functionParts(parseFunction(SKELETON));
  setName(parts, plan.name);
  setTrigger(parts, plan.trigger);
  const source =
    plan.trigger.type === 'event' && plan.trigger.event ? plan.trigger.event : plan.trigger.type === 'schedule' ? 'Scheduled run' : 'Run';
  for (const operation of plan.operations) addStep(parts, operation, source);
  return printFunction(parts.file);
}
