// axe-core run inside a page of the built site (through DevTools, since the page's Content
// Security Policy refuses inline scripts): the violations it finds, one line each.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { Page } from 'playwright';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeResult {
  passes: unknown[];
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

/** Violations of the rules tagged `tags`, within `include` (a selector) or the whole page. */
export async function axe(
  page: Page,
  { tags = WCAG_TAGS, include }: { tags?: string[]; include?: string } = {},
): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(
    ({ tags, include }) =>
      (window as unknown as { axe: { run(c: unknown, o: object): Promise<AxeResult> } }).axe.run(
        include ? { include: [include] } : document,
        { runOnly: tags },
      ),
    { tags, include },
  );
  // axe looked at something (shadow roots included), not at nothing.
  expect(result.passes.length).toBeGreaterThan(include ? 5 : 20);
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}
