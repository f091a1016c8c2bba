import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launch, openSession } from './browser';
import { path, start } from './wizard-driver';
import { runAxe, WCAG } from './axe';

/** The element's top is on the screen. */
const inView = (element: Element) => {
  const { top } = element.getBoundingClientRect();
  return top >= 0 && top < window.innerHeight;
};

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('FAQ and glossary', () => {
  it('follows a link from a question to its FAQ entry, and explains terms inline', async () => {
    const { page } = await openSession(browser);
    await start(page);
    const help = page.locator('#question-personal-data details.help', { hasText: 'Why we ask' });
    await help.locator('summary').click();
    await help.getByRole('link', { name: /Read more: .*personal data/i }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#what-is-personal-data');
    expect(path(page)).toBe('/faq');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('what-is-personal-data-q');
    await page.goBack();
    await expect.poll(() => path(page)).toBe('/assessment/scope');
    const terms = page.locator('#question-personal-data details.terms');
    await terms.locator('summary').press('Enter');
    expect(await terms.getAttribute('open')).not.toBeNull();
    expect(await terms.textContent()).toMatch(/Personal data/);
  });

  it('lands on a glossary term, also on a direct load, and Back finds the panels as left', async () => {
    const { page } = await openSession(browser, { viewport: { width: 390, height: 844 } });
    await start(page);
    const help = page.locator('#question-personal-data details.help', { hasText: 'Why we ask' });
    await help.locator('summary').click();
    const terms = page.locator('#question-personal-data details.terms');
    await terms.locator('summary').click();
    const link = terms.getByRole('link').first();
    const term = new URL((await link.getAttribute('href'))!, baseURL()).hash.slice(1);
    await link.click();
    await expect.poll(() => path(page)).toBe('/glossary');
    const target = page.locator(`[id="${term}"]`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(term);
    await expect.poll(() => target.evaluate(inView)).toBe(true);

    await page.goBack();
    await expect.poll(() => path(page)).toBe('/assessment/scope');
    await expect.poll(() => terms.getAttribute('open')).not.toBeNull();
    expect(await help.getAttribute('open')).not.toBeNull();

    await page.goto(`${baseURL()}/glossary#${term}`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(term);
    await expect.poll(() => target.evaluate(inView)).toBe(true);
    // Far down the list: the page did scroll, it did not start there.
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  });

  it('follows a link from a report action to the FAQ', async () => {
    const { page } = await openSession(browser);
    await page.goto(`${baseURL()}/`);
    await page.getByRole('button', { name: /Load “Dutch web shop/ }).click();
    await page.getByRole('button', { name: 'Finish the assessment' }).click();
    await expect.poll(() => path(page)).toBe('/results');
    await page.locator('.action-plan .faq-links a').first().click();
    await expect.poll(() => path(page)).toBe('/faq');
    expect(new URL(page.url()).hash).toMatch(/^#[a-z-]+$/);
  });

  it.each(['en-GB', 'nl-NL'])(
    'has no axe violations on the FAQ, the glossary and the DPA guide (%s)',
    async (locale) => {
      const { page } = await openSession(browser, { locale });
      for (const url of ['/faq', '/glossary', '/dpa']) {
        await page.goto(`${baseURL()}${url}`);
        await page.locator('h1').waitFor();
        const result = await runAxe(page, WCAG);
        expect(result.violations.map((v) => `${url} ${v.id}`)).toEqual([]);
      }
    },
  );
});
