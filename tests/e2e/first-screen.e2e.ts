import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launch, openSession } from './browser';
import { questionLabel, sectionTitle, start } from './wizard-driver';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

// The shipped questionnaire's texts, one file per language (scripts/shipped-data-plugin.ts).
const textsOf = (language: string) => new RegExp(`/assets/${language}-[\\w-]+\\.json$`);
// The app's own texts, one chunk per language (src/i18n/i18n.ts).
const appTextsOf = (language: string) => new RegExp(`/assets/${language}-[\\w-]+\\.js$`);
// Code that only a file changed after the build needs.
const checkers = [/\/assets\/parse-questionnaire-[\w-]+\.js$/, /\/assets\/read-deployment-config-/];

describe('the first screen', () => {
  it.each([
    ['en-GB', 'en', 'nl'],
    ['nl-NL', 'nl', 'en'],
  ])(
    'in %s fetches the questionnaire texts of its own language only, and no parser',
    async (locale, shown, other) => {
      const { page } = await openSession(browser, { locale });
      // The page's own requests: the service worker precaches every language for offline use
      // afterwards, on its own, which is not what the first screen waits for.
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(`${baseURL()}/`);
      await page.locator('.intro h1').waitFor();
      await page.locator('.intro button').first().waitFor();
      // The question texts come once the intro has painted, then nothing more for the page.
      await expect.poll(() => requests.filter((url) => textsOf(shown).test(url))).toHaveLength(1);
      await page.waitForLoadState('networkidle');
      expect(requests.filter((url) => textsOf(shown).test(url))).toHaveLength(1);
      expect(requests.filter((url) => textsOf(other).test(url))).toEqual([]);
      expect(requests.filter((url) => appTextsOf(shown).test(url))).toHaveLength(1);
      expect(requests.filter((url) => appTextsOf(other).test(url))).toEqual([]);
      expect(requests.filter((url) => checkers.some((c) => c.test(url)))).toEqual([]);
    },
  );

  it('shows the intro before it fetches the texts of the questions', async () => {
    const { page } = await openSession(browser, { locale: 'en-GB' });
    // When the intro's heading enters the page, by the page's own clock.
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector('.intro h1')) return;
        (window as { introShownAt?: number }).introShownAt = performance.now();
        observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${baseURL()}/`);
    await page.locator('.intro h1').waitFor();
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            performance
              .getEntriesByType('resource')
              .filter((entry) => /\/assets\/en-[\w-]+\.json$/.test(new URL(entry.name).pathname))
              .length,
        ),
      )
      .toBe(1);
    const { shownAt, textsAt } = await page.evaluate(() => ({
      shownAt: (window as { introShownAt?: number }).introShownAt ?? null,
      textsAt: performance
        .getEntriesByType('resource')
        .filter((entry) => /\/assets\/en-[\w-]+\.json$/.test(new URL(entry.name).pathname))
        .map((entry) => entry.startTime),
    }));
    expect(shownAt).not.toBeNull();
    expect(textsAt).toHaveLength(1);
    expect(textsAt[0]).toBeGreaterThan(shownAt!);
  });

  it('fetches the other language when the person switches, and shows it without a bare key', async () => {
    const { page } = await openSession(browser, { locale: 'en-GB' });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await start(page, 'en');
    await expect.poll(() => page.locator('h1').textContent()).toBe(sectionTitle('en', 'scope'));
    await page.locator('#language-select').selectOption('nl');
    await expect.poll(() => page.locator('h1').textContent()).toBe(sectionTitle('nl', 'scope'));
    await expect
      .poll(() => page.locator('#question-personal-data .question-label').textContent())
      .toContain(questionLabel('nl', 'personal-data'));
    expect(requests.filter((url) => textsOf('nl').test(url))).toHaveLength(1);
  });
});
