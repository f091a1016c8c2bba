import axe, { type AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.2 AA and axe's best practices. */
export const WCAG_AND_BEST_PRACTICE = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22aa',
  'best-practice',
];

/** WCAG 2.2 AA. */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe on the page as it is, against the rules with these tags.
 *
 * The app has no frames, so axe runs in the page itself and stays there until the page
 * navigates: @axe-core/playwright sends the 580 kB of axe with every call and, by default, opens
 * a second page to merge per-frame results, which tripled the time of each check (about 1.1 s
 * against 2.3 s in its legacy mode and 4 s by default, on the same page of a loaded machine),
 * and the browser tests run some 150 checks.
 */
export async function runAxe(page: Page, tags: readonly string[]): Promise<AxeResults> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(
    (values) =>
      (window as unknown as { axe: typeof axe }).axe.run(document, {
        runOnly: { type: 'tag', values },
      }),
    [...tags],
  );
}

/** What axe finds on the page against WCAG 2.2 AA and its best practices, one line per rule. */
export async function violations(page: Page): Promise<string[]> {
  await renderEverything(page);
  const result = await runAxe(page, WCAG_AND_BEST_PRACTICE);
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/**
 * Lays out what `content-visibility: auto` leaves for later (a step's questions below the fold).
 * Axe measures targets and their neighbours one at a time; boxes that change size between two
 * measurements made it see a button lying over a radio button that no person ever sees there.
 */
async function renderEverything(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('body *'))
      if (getComputedStyle(element).contentVisibility === 'auto')
        element.style.contentVisibility = 'visible';
  });
}
