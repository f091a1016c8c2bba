import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** What axe finds on the page against WCAG 2.2 AA and its best practices, one line per rule. */
export async function violations(page: Page): Promise<string[]> {
  await renderEverything(page);
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
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
