import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launch, openSession } from './browser';
import { path, questionLabel, sectionTitle, start } from './wizard-driver';

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

/** Records in `window.introShownAt` when the intro's heading enters the page, by the page's own clock. */
async function recordIntroShown(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('.intro h1')) return;
      (window as { introShownAt?: number }).introShownAt = performance.now();
      observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

/** Holds the wizard's code back, as a slow connection would; the returned function lets it through. */
async function holdWizardCode(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/wizard-root-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

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
    await recordIntroShown(page);
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

  it('on a first visit, shows the intro before loading zod, the wizard engine or a parser', async () => {
    const { page } = await openSession(browser, { locale: 'en-GB' });
    await recordIntroShown(page);
    const scripts = new Map<string, Promise<string>>();
    page.on('response', (response) => {
      if (/\.js$/.test(new URL(response.url()).pathname))
        scripts.set(
          response.url(),
          response.text().catch(() => ''),
        );
    });
    await page.goto(`${baseURL()}/`);
    await page.locator('.intro h1').waitFor();
    // The wizard takes over once it has loaded: by then it has opened an assessment.
    await page.waitForFunction(() => localStorage.getItem('gdpr-readiness:library') !== null);
    await page.waitForLoadState('networkidle');
    const { shownAt, fetched } = await page.evaluate(() => ({
      shownAt: (window as { introShownAt?: number }).introShownAt ?? null,
      fetched: performance
        .getEntriesByType('resource')
        .map((entry) => ({ url: entry.name, startTime: entry.startTime })),
    }));
    expect(shownAt).not.toBeNull();
    const bodies = async (urls: readonly string[]) =>
      Promise.all(urls.filter((url) => scripts.has(url)).map((url) => scripts.get(url)!));
    const before = await bodies(fetched.filter((f) => f.startTime < shownAt!).map((f) => f.url));
    const after = await bodies(fetched.filter((f) => f.startTime >= shownAt!).map((f) => f.url));
    // Text that each library's code carries, minified or not.
    const zod = (code: string) => code.includes('$ZodError');
    const engine = (code: string) => code.includes('xstate.init');
    expect(before.length).toBeGreaterThan(0);
    expect(before.filter(zod)).toEqual([]);
    expect(before.filter(engine)).toEqual([]);
    expect(fetched.filter((f) => checkers.some((c) => c.test(f.url)))).toEqual([]);
    // They are recognised when they do load: afterwards, with the wizard.
    expect(after.some(engine)).toBe(true);
    expect(after.some(zod)).toBe(true);
  });

  it('on a first visit, hands a Start pressed while the wizard loads on to the wizard', async () => {
    const { page } = await openSession(browser, { locale: 'en-GB' });
    // The wizard's code is held back until Start has been pressed.
    const release = await holdWizardCode(page);
    await page.goto(`${baseURL()}/`);
    const startButton = page.getByRole('button', { name: 'Start the assessment' });
    await startButton.click();
    await expect.poll(() => startButton.getAttribute('aria-busy')).toBe('true');
    expect(await page.getByRole('status').textContent()).toBe('Loading the questionnaire…');
    release();
    await expect.poll(() => path(page)).toBe('/assessment/scope');
    await expect.poll(() => page.locator('h1').textContent()).toBe(sectionTitle('en', 'scope'));
    await page.locator('form.step').waitFor();
  });

  it('on a first visit, opens the workshop from its link while the wizard is still loading', async () => {
    const { page } = await openSession(browser, { locale: 'en-GB' });
    const release = await holdWizardCode(page);
    await page.goto(`${baseURL()}/`);
    await page.getByRole('link', { name: 'Run this check as a workshop with your team' }).click();
    await expect.poll(() => path(page)).toBe('/workshop');
    // The address changes before React draws the new route: wait for the draw, not the URL.
    await expect.poll(() => page.locator('.intro').count()).toBe(0);
    expect(await page.getByRole('status').textContent()).toBe('Loading the questionnaire…');
    release();
    await page.locator('#workshop-intro-heading').waitFor();
  });

  it('on a first visit, keeps keyboard focus where it was when the wizard takes over', async () => {
    const { page } = await openSession(browser, { locale: 'en-GB' });
    const release = await holdWizardCode(page);
    await page.goto(`${baseURL()}/`);
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? null);
    // Focus starts on the heading; the next stop is Start.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.keyboard.press('Tab');
    expect(await focusedText()).toBe('Start the assessment');
    release();
    // The first intro and the wizard's are two boxes until the wizard takes over.
    await expect.poll(() => page.locator('.wizard-boot').count()).toBe(1);
    expect(await page.locator('.wizard-boot').getAttribute('hidden')).toBeNull();
    expect(await focusedText()).toBe('Start the assessment');
    await page.keyboard.press('Enter');
    await expect.poll(() => path(page)).toBe('/assessment/scope');
  });

  it('on a first visit, hands an example picked while the wizard loads on to the wizard', async () => {
    const { page } = await openSession(browser, { locale: 'en-GB' });
    const release = await holdWizardCode(page);
    await page.goto(`${baseURL()}/`);
    await page.getByRole('button', { name: /Load “Dutch web shop/ }).click();
    await expect
      .poll(() =>
        page.getByRole('button', { name: 'Start the assessment' }).getAttribute('aria-busy'),
      )
      .toBe('true');
    release();
    await expect.poll(() => path(page)).toBe('/review');
    await expect
      .poll(() => page.locator('.review').textContent())
      .toContain('Fietsonderdelen Utrecht BV');
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
