/** Reads a function module back into the planner's outline (name, trigger, steps with their literal params). */
import type { FunctionOutline, PlanParamValue, PlannedTrigger } from '@patchbay/planner';
import { Node, type ObjectLiteralExpression } from 'ts-morph';
import { findProperty, FunctionShapeError, functionParts, literalValue, parseFunction, propertyName, stepCalls } from './function-source';
import { targetOf } from './method-table';

export function outlineFunction(code: string): FunctionOutline {
  const parts = functionParts(parseFunction(code));
  const nameProperty = findProperty(parts.definition, 'name');
  const name = Node.isPropertyAssignment(nameProperty) ? literalValue(nameProperty.getInitializer()) : undefined;
  if (typeof name !== 'string') throw new FunctionShapeError('Expected `name` to be a string literal in defineFunction({ … }).');
  const triggerProperty = findProperty(parts.definition, 'trigger');
  const triggerObject = Node.isPropertyAssignment(triggerProperty) ? triggerProperty.getInitializer() : undefined;
  if (!Node.isObjectLiteralExpression(triggerObject))
    throw new FunctionShapeError('Expected `trigger` to be an object literal in defineFunction({ … }).');
  const fields = literals(triggerObject);
  const type = fields['type'];
  if (type !== 'event' && type !== 'schedule' && type !== 'http') {
    throw new FunctionShapeError("Expected `trigger.type` to be 'event', 'schedule' or 'http'.");
  }
  const trigger: PlannedTrigger = { type, description: typeof fields['description'] === 'string' ? fields['description'] : '' };
  if (typeof fields['event'] === 'string') trigger.event = fields['event'];
  if (typeof fields['cron'] === 'string') trigger.cron = fields['cron'];
  if (typeof fields['timezone'] === 'string') trigger.timezone = fields['timezone'];

  const steps = [];
  for (const step of stepCalls(parts)) {
    const target = targetOf(step.key, step.method);
    if (!target) throw new FunctionShapeError(`\`ctx.connectors.${step.key}.${step.method}\` is not a connector operation.`);
    const input = step.call.getArguments()[0];
    steps.push({ provider: target.provider, operationId: target.operationId, params: Node.isObjectLiteralExpression(input) ? literals(input) : {} });
  }
  return { name, trigger, steps };
}

/** Literal-valued properties of an object literal, nested ones as dotted paths (`body.channel`). */
function literals(object: ObjectLiteralExpression, prefix = ''): Record<string, PlanParamValue> {
  const out: Record<string, PlanParamValue> = {};
  for (const property of object.getProperties()) {
    const key = propertyName(property);
    if (key === undefined || !Node.isPropertyAssignment(property)) continue;
    const init = property.getInitializer();
    if (Node.isObjectLiteralExpression(init)) Object.assign(out, literals(init, `${prefix}${key}.`));
    else {
      const value = literalValue(init);
      if (value !== undefined) out[`${prefix}${key}`] = value;
    }
  }
  return out;
}
