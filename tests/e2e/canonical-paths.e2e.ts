import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launch, openSession } from './browser';
import { expectHeading, path } from './wizard-driver';

/**
 * react-router matches paths whatever their case; the app moves a path with capitals to its
 * lower-case spelling before the wizard reads it, so both agree on the page and the URL is one.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('a path typed with capitals', () => {
  it('opens the page it names at its lower-case address', async () => {
    const { page, errors } = await openSession(browser);
    await page.goto(`${baseURL()}/`);
    await page.getByRole('button', { name: /Load “Dutch web shop/ }).click();
    await expect.poll(() => path(page)).toBe('/review');
    await page.getByRole('button', { name: 'Finish the assessment' }).click();
    await expect.poll(() => path(page)).toBe('/results');

    await page.goto(`${baseURL()}/Results?from=Mail#Plan`);
    await expect.poll(() => page.url()).toBe(`${baseURL()}/results?from=Mail#Plan`);
    // The heading names the organisation after the title.
    await expect
      .poll(() => page.locator('h1').first().textContent())
      .toMatch(/^Your readiness report/);

    await page.goto(`${baseURL()}/Workshop/Results`);
    await expect.poll(() => path(page)).toBe('/workshop/results');
    await page.locator('.workshop-bar').waitFor();

    await page.goto(`${baseURL()}/FAQ`);
    await expect.poll(() => path(page)).toBe('/faq');
    await expectHeading(page, 'Frequently asked questions about the GDPR');
    // Replaced, not pushed: going back never lands on the spelling with capitals.
    await page.goBack();
    await expect.poll(() => path(page)).toBe('/workshop/results');
    expect(errors).toEqual([]);
  });
});
