import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { violations } from './axe';
import { baseURL, launch, openSession } from './browser';
import { path } from './wizard-driver';
import appEn from '../../src/i18n/locales/en.json';
import appNl from '../../src/i18n/locales/nl.json';
import workflowEn from '../../src/i18n/locales/workflow.en.json';
import workflowNl from '../../src/i18n/locales/workflow.nl.json';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** The narrowest phone in common use, and today's most common one. */
const PHONES = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
] as const;

/** Steps with a control of their own kind: a number, a long multi-choice, a list of activities. */
const AXE_STEPS = ['organisation', 'data', 'activities', 'security'];

/**
 * Screens whose phone layout is their own (the menu, cards, stacked answers, bars): axe checks
 * them in both languages. Every other screen it checks in Dutch, whose longer words are the ones
 * that wrap; accessibility.e2e.ts checks every screen at desktop size in both.
 */
const PHONE_LAYOUTS = new Set(['intro, menu open', 'review', 'results', 'assessments', 'compare']);

const TEXTS = {
  en: { app: appEn, workflow: workflowEn, example: 'Dutch web shop' },
  nl: { app: appNl, workflow: workflowNl, example: 'Nederlandse webwinkel' },
} as const;

/** The languages this file has texts for. */
type Lang = keyof typeof TEXTS;

/** Elements that reach past the right edge, innermost first, to say what to fix. */
function overflowing(page: Page): Promise<{ scrollWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const culprits: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      if (el.closest('.visually-hidden')) continue;
      const past = (e: Element) => e.getBoundingClientRect().right > width + 0.5;
      if (past(el) && ![...el.children].some(past))
        culprits.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, culprits: culprits.slice(0, 5) };
  });
}

describe.each(['en', 'nl'] as Lang[])('on a phone (%s)', (lang) => {
  it('every screen fits the width of a 360 and a 390 px phone, and axe finds nothing', async () => {
    const { page, errors } = await openSession(browser, {
      locale: lang === 'en' ? 'en-GB' : 'nl-NL',
      viewport: PHONES[0],
    });
    const texts = TEXTS[lang];
    /** Per screen: what is wider than the phone at each size, and what axe found (at 360 px). */
    const seen: Record<string, string[]> = {};
    const check = async (name: string, axeInDutch = true) => {
      const axe = PHONE_LAYOUTS.has(name) || (lang === 'nl' && axeInDutch);
      await page.locator('main h1').first().waitFor();
      // A long page draws its rest after the first frame; measure the whole of it.
      await expect.poll(() => page.locator('[aria-busy="true"]').count()).toBe(0);
      const found: string[] = [];
      for (const phone of PHONES) {
        await page.setViewportSize(phone);
        const { scrollWidth, culprits } = await overflowing(page);
        if (scrollWidth > phone.width)
          found.push(`${scrollWidth} px wide at ${phone.width}: ${culprits.join(', ')}`);
      }
      await page.setViewportSize(PHONES[0]);
      if (axe) found.push(...(await violations(page)));
      seen[name] = found;
    };

    await page.goto(`${baseURL()}/`);
    await check('intro');
    const menu = page.locator('.menu-toggle');
    await menu.click();
    await page.getByRole('navigation').first().waitFor();
    await check('intro, menu open');
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');

    const load = texts.app.intro.loadExample.replace('{{title}}', texts.example);
    await page.getByRole('button', { name: load }).click();
    await expect.poll(() => path(page)).toBe('/review');
    await check('review');
    const steps = await page
      .locator('.review-section-head a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(steps.length).toBeGreaterThan(10);
    for (const step of steps) {
      await page.goto(`${baseURL()}${step}`);
      await check(
        step,
        AXE_STEPS.some((id) => step.endsWith(`/${id}`)),
      );
    }

    await page.goto(`${baseURL()}/review`);
    await page.getByRole('button', { name: texts.app.review.finish }).click();
    await expect.poll(() => path(page)).toBe('/results');
    await check('results');
    // Its width only: report-view.e2e.ts runs axe on this long page, which would double its time here.
    await page.goto(`${baseURL()}/report`);
    await check('report', false);

    await page.goto(`${baseURL()}/assessments`);
    await page
      .getByRole('button', { name: `${texts.workflow.library.duplicate}: `, exact: false })
      .first()
      .click();
    await expect.poll(() => page.locator('.library-table tbody tr').count()).toBe(2);
    await check('assessments');
    await page.locator('.library-compare button[type=submit]').click();
    await expect.poll(() => path(page)).toBe('/assessments/compare');
    await check('compare');

    for (const screen of [
      '/assessments/merge',
      '/faq',
      '/glossary',
      '/dpa',
      '/workshop',
      '/workshop/assessment/security',
      '/outcome/gdpr-not-applicable',
      '/no-such-page',
    ]) {
      await page.goto(`${baseURL()}${screen}`);
      await check(screen);
    }

    expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((k) => [k, []])));
    expect(errors).toEqual([]);
    // Some forty screens at two sizes, a dozen of them through axe, on a machine shared with other work.
  }, 300_000);
});
