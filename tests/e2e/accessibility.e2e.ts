import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_CODES, LANGUAGES, languageEntry } from '@/i18n/languages';
import { violations } from './axe';
import { baseURL, launch, openSession } from './browser';
import { clickAnswer, completeStep, next, path, start, webshopAnswers } from './wizard-driver';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/**
 * What a page shows that only a missing text would show: a raw key (`questions.dpo.label`, dots
 * between three or more words) or a placeholder i18next left unfilled. Addresses are left out
 * first, since a host name (`eur-lex.europa.eu`) has the same shape as a key.
 */
async function untranslated(page: Page): Promise<string[]> {
  const shown = await page.evaluate(() =>
    [
      document.body.innerText,
      ...[...document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')].flatMap(
        (element) =>
          ['aria-label', 'title', 'placeholder', 'alt'].map((name) => element.getAttribute(name)),
      ),
    ]
      .filter((text) => text !== null)
      .join('\n'),
  );
  const withoutAddresses = shown.replace(/\b(?:https?:\/\/|www\.|[\w.+-]+@)[^\s)]+/g, ' ');
  return [
    ...(withoutAddresses.match(/\b[a-z]+(?:\.[a-zA-Z-]+){2,}\b/g) ?? []),
    ...(withoutAddresses.match(/.{0,20}(?:\{\{|\}\}|\$t\().{0,20}/g) ?? []),
  ];
}

describe.each(LANGUAGE_CODES)('in %s, axe finds no violations', (lang) => {
  it('on every screen of a full run, including errors, the dialog and notices, all in the language', async () => {
    // The browser's own language is the only hint: the app must pick it up.
    const { page } = await openSession(browser, { locale: languageEntry(lang).locale });
    const seen: Record<string, string[]> = {};
    const check = async (name: string) => {
      const found = await violations(page);
      const htmlLang = await page.evaluate(() => document.documentElement.lang);
      if (htmlLang !== lang) found.push(`<html lang="${htmlLang}">`);
      for (const text of await untranslated(page)) found.push(`untranslated: ${text}`);
      seen[name] = found;
    };
    await page.goto(`${baseURL()}/`);
    await page.locator('h1').waitFor();
    await check('intro');
    // The switcher offers every language by its own name, and shows the one detected.
    expect(
      await page
        .locator('#language-select option')
        .evaluateAll((options: HTMLOptionElement[]) =>
          options.map((o): [string, string | null, string] => [o.value, o.textContent, o.lang]),
        ),
    ).toEqual(LANGUAGES.map(({ code, name }) => [code, name, code]));
    expect(await page.locator('#language-select').inputValue()).toBe(lang);
    await start(page, lang);
    await next(page, lang);
    await page.getByRole('alert').waitFor();
    await check('step with errors');
    while (path(page).startsWith('/assessment/')) {
      const step = path(page).split('/').pop()!;
      await completeStep(page, webshopAnswers, clickAnswer(page));
      if (step === 'data') {
        await page.locator('details.help').first().locator('summary').click();
        await page.locator('details.skipped summary').first().click();
      }
      await check(`step ${step}`);
      await page.locator('form.step button[type=submit]').click();
      await expect.poll(() => path(page)).not.toBe(`/assessment/${step}`);
    }
    expect(path(page)).toBe('/review');
    await page.locator('h1').waitFor();
    await check('review');
    await page.goto(`${baseURL()}/`);
    await page.locator('.intro').getByRole('button').nth(1).click();
    await page.getByRole('dialog').waitFor();
    await check('restart dialog');
    await page.keyboard.press('Escape');
    await page.goto(`${baseURL()}/outcome/gdpr-not-applicable`);
    await page.locator('h1').waitFor();
    await check('redirect notice');
    await page.goto(`${baseURL()}/missing`);
    // The page draws after its script has run: wait for it, or axe sees an empty body.
    await page.locator('main h1').waitFor();
    await check('not found');
    expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((k) => [k, []])));
    // A full run with axe on every screen, some 25 of them: a loaded two-core machine has
    // taken more than three minutes, so the margin is wide.
  }, 420_000);
});
