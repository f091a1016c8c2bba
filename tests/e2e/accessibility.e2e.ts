import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { violations } from './axe';
import { baseURL, launch, openSession } from './browser';
import {
  clickAnswer,
  completeStep,
  next,
  path,
  start,
  webshopAnswers,
  type Lang,
} from './wizard-driver';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe.each(['en', 'nl'] as Lang[])('axe finds no violations (%s)', (lang) => {
  it('on every screen of a full run, including errors, the dialog and notices', async () => {
    const { page } = await openSession(browser, { locale: lang === 'en' ? 'en-GB' : 'nl-NL' });
    const seen: Record<string, string[]> = {};
    const check = async (name: string) => {
      seen[name] = await violations(page);
    };
    await page.goto(`${baseURL()}/`);
    await page.locator('h1').waitFor();
    await check('intro');
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
