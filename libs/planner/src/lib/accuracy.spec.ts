import { join } from 'node:path';
import { loadCatalogSync } from '@patchbay/spec';
import { createPlanner } from './planner';
import { evaluate, type FixtureCase } from '../testing/evaluate';
import seed from '../fixtures/seed.json';
import heldout from '../fixtures/heldout.json';

const catalog = loadCatalogSync(join(__dirname, '..', '..', '..', '..', 'specs'));
const planner = createPlanner(catalog);

function report(name: string, cases: FixtureCase[]) {
  const r = evaluate(planner, cases, catalog.providers);
  const misses = r.outcomes.filter((o) => !o.ok).map((o) => `  ✗ ${o.prompt}\n      ${o.problems.join('; ')}`);
  // The rates are part of the note: printed on every run.
  console.log(`${name}: ${r.passed}/${r.total} = ${(r.rate * 100).toFixed(1)} %${misses.length ? `\n${misses.join('\n')}` : ''}`);
  return r;
}

describe('planner accuracy', () => {
  it('covers every example prompt of the specs in the seed fixture', () => {
    const prompts = new Set((seed.cases as FixtureCase[]).map((c) => c.prompt));
    for (const p of catalog.providers) for (const e of p.examplePrompts) expect(prompts).toContain(e.prompt);
    expect((heldout.cases as FixtureCase[]).length).toBeGreaterThanOrEqual(40);
  });

  it('plans the seed prompts (tool, least-privilege scopes, trigger type) at >= 90 %', () => {
    expect(report('seed', seed.cases as FixtureCase[]).rate).toBeGreaterThanOrEqual(0.9);
  });

  it('plans the held-out paraphrases (never tuned on) at >= 70 %', () => {
    expect(report('held-out', heldout.cases as FixtureCase[]).rate).toBeGreaterThanOrEqual(0.7);
  });
});
