import axe from 'axe-core';
import type { Page } from 'playwright-core';

export interface AxeViolationSummary {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page and returns the serious and critical violations (minor and moderate ones are
 * worth fixing but do not block a person from using the page).
 */
export async function seriousA11yViolations(page: Page): Promise<AxeViolationSummary[]> {
  // Evaluated as an expression (not a <script> tag) so a Content-Security-Policy cannot stop it.
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const runner = (window as unknown as { axe: typeof axe }).axe;
    const result = await runner.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
