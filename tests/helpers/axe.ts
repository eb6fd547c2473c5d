/**
 * Accessibility checks with axe-core, run inside a Playwright page: only violations whose impact is
 * serious or critical are returned, the ones that lock people out.
 */
import axe from 'axe-core';
import type { Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

export type AxeViolation = Result;

/** axe's source, for `context.addInitScript` when many pages are checked (it then loads with each page). */
export const AXE_SOURCE = axe.source;

/** Runs axe on the page's document and returns every violation, whatever its impact. */
export async function allViolations(page: Page, options: RunOptions = {}): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axe.source);
  const results = await page.evaluate(
    (runOptions) =>
      (
        globalThis as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<{ violations: AxeViolation[] }> } }
      ).axe.run(document, runOptions),
    options,
  );
  return results.violations;
}

/** Runs axe on the page's document and returns its serious and critical violations. */
export async function seriousViolations(page: Page, options: RunOptions = {}): Promise<AxeViolation[]> {
  // Evaluated by the DevTools protocol, which the page's Content-Security-Policy does not govern; a
  // <script> tag (addScriptTag) is rightly refused by it.
  await page.evaluate(axe.source);
  const results = await page.evaluate(
    (runOptions) =>
      (
        globalThis as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<{ violations: AxeViolation[] }> } }
      ).axe.run(document, runOptions),
    options,
  );
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** One line per violation and offending element, for a readable assertion failure. */
export function formatViolations(violations: readonly AxeViolation[]): string {
  return violations
    .flatMap((v) => [
      `${v.impact}: ${v.id} – ${v.help} (${v.helpUrl})`,
      ...v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`.replace(/\n/g, ' ')),
    ])
    .join('\n');
}
