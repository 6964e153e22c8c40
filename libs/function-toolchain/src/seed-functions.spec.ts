import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPlanner } from '@patchbay/planner';
import { loadCatalogSync } from '@patchbay/spec';
import { FunctionTypeChecker, generateFunctionCode, outlineFunction } from './index';

// From each seed request the chat plans, the function the chat would create: the planner's plan → generated code
// → the type checker finds nothing, and the code reads back as the same steps and trigger.
const root = join(__dirname, '..', '..', '..');
const catalog = loadCatalogSync(join(root, 'specs'));
const planner = createPlanner(catalog);
const seed = JSON.parse(readFileSync(join(root, 'libs', 'planner', 'src', 'fixtures', 'seed.json'), 'utf8')) as { cases: Array<{ prompt: string }> };
const plans = seed.cases.map((c) => ({ prompt: c.prompt, plan: planner.plan(c.prompt, { connections: [] }) })).filter((p) => p.plan.kind === 'plan');

// The first check starts the type-checker worker (seconds on a busy machine).
jest.setTimeout(60_000);

describe('functions generated from every seed request the chat plans', () => {
  const checker = new FunctionTypeChecker();
  afterAll(() => checker.close());

  it('covers most of the seed', () => {
    expect(plans.length).toBeGreaterThanOrEqual(Math.floor(seed.cases.length * 0.9));
  });

  it.each(plans.map((p) => [p.prompt, p.plan] as const))('%s', async (_prompt, plan) => {
    const code = generateFunctionCode({ name: plan.functionName, trigger: plan.trigger, operations: plan.operations });
    expect(await checker.check(code)).toEqual([]);
    const outline = outlineFunction(code);
    expect(outline.steps.map((s) => `${s.provider}/${s.operationId}`)).toEqual(plan.operations.map((o) => `${o.provider}/${o.operationId}`));
    expect(outline.trigger.type).toBe(plan.trigger.type);
  });
});

describe('a message the request gave no words for is filled at run time, never sent empty', () => {
  const checker = new FunctionTypeChecker();
  afterAll(() => checker.close());
  const codeFor = (prompt: string) => {
    const plan = planner.plan(prompt, { connections: [] });
    return generateFunctionCode({ name: plan.functionName, trigger: plan.trigger, operations: plan.operations });
  };

  it('an event flow sends what the event carried', async () => {
    const code = codeFor('Post a message to #support when a new ticket is created');
    expect(code).toContain("channel: '#support'");
    expect(code).toContain('text: `ticket.created: ${JSON.stringify(ctx.input)}`');
    expect(await checker.check(code)).toEqual([]);
  });

  it('a flow that reads first sends what it read', async () => {
    const code = codeFor("Every Monday at 9am post the list of this week's calendar events to #team");
    expect(code).toMatch(/const eventsList = await ctx\.connectors\.googleCalendar\.eventsList\(/);
    expect(code).toContain('text: `Scheduled run, eventsList: ${JSON.stringify(eventsList)}`');
    expect(await checker.check(code)).toEqual([]);
  });

  it('words the request gave win', () => {
    expect(codeFor('Post "New ticket arrived" to #support when a new ticket is created')).toContain("text: 'New ticket arrived'");
  });
});
