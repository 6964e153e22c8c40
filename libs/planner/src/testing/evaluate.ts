/**
 * Scores the planner against a fixture of requests (seed or held-out): right kind, right tools, a right
 * least-privilege scope set (the planned scopes of each tool are a subset of the least-privilege scopes of the
 * acceptable operations), right trigger type. Used by the accuracy test and by the bench.
 */
import type { ProviderModel } from '@patchbay/spec';
import type { PlanResult } from '../lib/plan-types';
import type { Planner } from '../lib/planner';

export interface FixtureCase {
  prompt: string;
  kind: PlanResult['kind'];
  /** provider id → acceptable operation ids. */
  ops?: Record<string, string[]>;
  trigger?: Array<'event' | 'schedule' | 'http'>;
  options?: string[];
  source?: string;
}

export interface CaseOutcome {
  prompt: string;
  ok: boolean;
  problems: string[];
  result: PlanResult;
}

export function judge(c: FixtureCase, r: PlanResult, providers: ProviderModel[]): string[] {
  const problems: string[] = [];
  if (r.kind !== c.kind) problems.push(`kind ${r.kind}, expected ${c.kind}`);
  if (c.kind === 'question') {
    const ids = new Set(r.question?.options.map((o) => o.id) ?? []);
    for (const o of c.options ?? []) if (!ids.has(o)) problems.push(`option ${o} missing`);
  }
  if (c.kind === 'plan' && c.ops) {
    const expected = Object.keys(c.ops).sort();
    const got = [...new Set(r.operations.map((o) => o.provider))].sort();
    if (expected.join() !== got.join()) problems.push(`tools ${got.join('+') || '-'}, expected ${expected.join('+')}`);
    for (const [pid, opIds] of Object.entries(c.ops)) {
      const model = providers.find((p) => p.id === pid);
      const acceptable = new Set(model?.operations.filter((o) => opIds.includes(o.id)).flatMap((o) => o.requiredScopes) ?? []);
      const planned = r.operations.filter((o) => o.provider === pid);
      const scopes = new Set(planned.flatMap((o) => o.requiredScopes));
      const extra = [...scopes].filter((s) => !acceptable.has(s));
      if (planned.length && extra.length)
        problems.push(
          `${pid} scopes ${[...scopes].join(' ')} (ops ${planned.map((o) => o.operationId).join(',')}), acceptable ${[...acceptable].join(' ')}`,
        );
      if (planned.length && acceptable.size && !scopes.size) problems.push(`${pid} no scopes`);
    }
    if (c.trigger && !c.trigger.includes(r.trigger.type))
      problems.push(`trigger ${r.trigger.type}${r.trigger.event ? ` ${r.trigger.event}` : ''}, expected ${c.trigger.join('|')}`);
  }
  return problems;
}

export function evaluate(
  planner: Planner,
  cases: FixtureCase[],
  providers: ProviderModel[],
): { rate: number; passed: number; total: number; outcomes: CaseOutcome[] } {
  const outcomes = cases.map((c) => {
    const result = planner.plan(c.prompt, { connections: [] });
    const problems = judge(c, result, providers);
    return { prompt: c.prompt, ok: problems.length === 0, problems, result };
  });
  const passed = outcomes.filter((o) => o.ok).length;
  return { rate: cases.length ? passed / cases.length : 0, passed, total: cases.length, outcomes };
}
