import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { violations } from './axe';
import { baseURL, launch, openSession } from './browser';
import { path } from './wizard-driver';

// A common projector. The CRM example's path holds the longest questions: twelve countries, eleven
// grounds for sensitive data, help texts and gap actions.
const PROJECTOR = { width: 1280, height: 720 };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const exampleButton = {
  en: /Load “CRM software vendor/,
  nl: /Leverancier van CRM-software/,
};

/** The languages this file knows the example's button in. */
type Lang = keyof typeof exampleButton;

async function openWorkshopWithExample(lang: Lang = 'en') {
  const session = await openSession(browser, {
    locale: lang === 'en' ? 'en-GB' : 'nl-NL',
    viewport: PROJECTOR,
  });
  const { page } = session;
  await page.goto(`${baseURL()}/`);
  await page.getByRole('button', { name: exampleButton[lang] }).click();
  await expect.poll(() => path(page)).toBe('/review');
  return session;
}

const shownId = (page: Page) =>
  page.evaluate(
    () => document.querySelector('.presenter-question')?.getAttribute('data-question-id') ?? null,
  );

async function presenterAt(page: Page, stepId: string) {
  await page.goto(`${baseURL()}/workshop/assessment/${stepId}`);
  await page.locator('.presenter-question').waitFor();
}

/** Where the page's parts are, without scrolling: what a projector shows. */
function screenLayout(page: Page) {
  return page.evaluate(() => {
    const box = (selector: string) => {
      const element = document.querySelector(selector);
      if (!element) return null;
      const { top, bottom, left, right } = element.getBoundingClientRect();
      return { top, bottom, left, right };
    };
    return {
      scrollY: window.scrollY,
      next: box('.presenter-nav button[type=submit]'),
      back: box('.presenter-nav button[type=button]'),
      leave: box('.workshop-bar a'),
      header: box('.site-header'),
      menuShown: getComputedStyle(document.querySelector('.site-menu')!).display !== 'none',
      toggleShown: getComputedStyle(document.querySelector('.menu-toggle')!).display !== 'none',
    };
  });
}

type Box = { top: number; bottom: number; left: number; right: number } | null;
const onScreen = (box: Box) =>
  box !== null &&
  box.top >= 0 &&
  box.left >= 0 &&
  box.bottom <= PROJECTOR.height &&
  box.right <= PROJECTOR.width;

describe('the workshop on a 1280×720 projector', () => {
  it('shows Back and Next and the way out on every question of an example, under a slim header', async () => {
    const { page, errors } = await openWorkshopWithExample();
    await presenterAt(page, 'scope');
    const seen: string[] = [];
    const hidden: string[] = [];
    for (let guard = 0; guard < 200 && path(page).startsWith('/workshop/assessment/'); guard++) {
      const id = await shownId(page);
      if (id === null) break;
      seen.push(id);
      const layout = await screenLayout(page);
      if (
        layout.scrollY !== 0 ||
        !onScreen(layout.next) ||
        !onScreen(layout.back) ||
        !onScreen(layout.leave)
      )
        hidden.push(`${id}: ${JSON.stringify(layout)}`);
      expect(layout.menuShown, id).toBe(false);
      expect(layout.toggleShown, id).toBe(true);
      expect(layout.header!.bottom, id).toBeLessThanOrEqual(48);
      await page.keyboard.press('Enter');
      await expect.poll(() => shownId(page)).not.toBe(id);
    }
    expect(hidden).toEqual([]);
    expect(seen).toContain('transfer-destinations');
    expect(seen).toContain('special-data-grounds');
    expect(seen.length).toBeGreaterThan(60);
    await expect.poll(() => path(page)).toBe('/workshop/review');
    expect(errors).toEqual([]);
  }, 240_000);

  it('keeps the site’s links and language one key press away in the slim header', async () => {
    const { page } = await openWorkshopWithExample();
    await presenterAt(page, 'scope');
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => page.getByRole('link', { name: 'Assessments' }).isVisible()).toBe(true);
    await expect(page.getByLabel('Language').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
    await expect(page.getByRole('link', { name: 'Assessments' }).isVisible()).resolves.toBe(false);

    // Outside the workshop the header is the usual one.
    await page.goto(`${baseURL()}/review`);
    await page.locator('.review').waitFor();
    await expect(page.getByRole('link', { name: 'Assessments' }).isVisible()).resolves.toBe(true);
    await expect(menu.isVisible()).resolves.toBe(false);
  });

  it('keeps a focused option clear of the bar with Back and Next', async () => {
    const { page } = await openWorkshopWithExample();
    await presenterAt(page, 'transfers');
    await expect.poll(() => shownId(page)).toBe('transfer-destinations');
    const checked: string[] = [];
    for (let guard = 0; guard < 40 && checked.length < 12; guard++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const input = document.activeElement;
        if (!(input instanceof HTMLInputElement) || input.type !== 'checkbox') return null;
        const choice = input.closest('.choice')!.getBoundingClientRect();
        const bar = document.querySelector('.presenter-nav')!.getBoundingClientRect();
        return { value: input.value, bottom: choice.bottom, top: choice.top, barTop: bar.top };
      });
      if (!focus) continue;
      checked.push(focus.value);
      expect(focus.top, focus.value).toBeGreaterThanOrEqual(0);
      expect(focus.bottom, focus.value).toBeLessThanOrEqual(focus.barTop);
    }
    expect(checked).toHaveLength(12);
  });

  it('picks options 10 and up by the letter shown next to them, and not while typing a note', async () => {
    const { page } = await openWorkshopWithExample();
    await presenterAt(page, 'transfers');
    await expect.poll(() => shownId(page)).toBe('transfer-destinations');
    const options = page.locator('.presenter-question .choice');
    await expect(options.count()).resolves.toBe(12);
    const keys = await options.evaluateAll((labels) =>
      labels.map((label) => ({
        shown: label.getAttribute('data-key'),
        drawn: getComputedStyle(label, '::before').content !== 'none',
        named: label.querySelector('input')!.getAttribute('aria-keyshortcuts'),
      })),
    );
    expect(keys.map((k) => k.shown)).toEqual([
      ...['1', '2', '3', '4', '5', '6', '7', '8', '9'],
      ...['A', 'B', 'C'],
    ]);
    // Named by the key's value, a small letter: a capital would mean Shift with it.
    expect(keys.every((k) => k.drawn && k.named === k.shown?.toLowerCase())).toBe(true);

    const isChecked = (value: string) =>
      page.locator(`.presenter-question input[value=${value}]`).isChecked();
    // The example sends data to the United States and India (option 10).
    await expect(isChecked('india')).resolves.toBe(true);
    await page.keyboard.press('a');
    await expect.poll(() => isChecked('india')).toBe(false);
    await page.keyboard.press('C');
    await expect.poll(() => isChecked('other-country')).toBe(true);
    await page.keyboard.press('a');
    await expect.poll(() => isChecked('india')).toBe(true);

    // In the note, the letters are text.
    await page.keyboard.press('n');
    await page.keyboard.type('abc');
    await expect(page.locator('#note-transfer-destinations').inputValue()).resolves.toBe('abc');
    await expect(isChecked('india')).resolves.toBe(true);
    await expect(isChecked('brazil')).resolves.toBe(false);
    await page.keyboard.press('Escape');

    // The choice survives a move on and back.
    await page.keyboard.press('Enter');
    await expect.poll(() => shownId(page)).not.toBe('transfer-destinations');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => shownId(page)).toBe('transfer-destinations');
    await expect(isChecked('other-country')).resolves.toBe(true);

    // With the shortcuts off, no key is shown or named.
    await page.getByRole('checkbox', { name: 'Shortcuts on' }).uncheck();
    const anyKey = () =>
      options.evaluateAll((labels) =>
        labels.some(
          (label) =>
            getComputedStyle(label, '::before').content !== 'none' ||
            label.querySelector('input')!.hasAttribute('aria-keyshortcuts'),
        ),
      );
    await expect.poll(anyKey).toBe(false);
  });

  it('shows the review and the results in the workshop’s large layout', async () => {
    const { page } = await openWorkshopWithExample();
    const measure = (selector: string) =>
      page.evaluate((selector) => {
        const screen = document.querySelector(selector)!;
        const text = screen.querySelector('p, dt, dd, td, .review-row')!;
        return {
          large: screen.closest('.workshop-large') !== null,
          heading: parseFloat(getComputedStyle(screen.querySelector('h1')!).fontSize),
          text: parseFloat(getComputedStyle(text).fontSize),
          width: screen.getBoundingClientRect().width,
        };
      }, selector);

    // The wizard's own review, for comparison.
    await page.locator('.review').waitFor();
    const plain = await measure('.review');
    expect(plain.large).toBe(false);

    await page.goto(`${baseURL()}/workshop/review`);
    await page.locator('.workshop .review').waitFor();
    const review = await measure('.review');
    expect(review.large).toBe(true);
    expect(review.heading).toBeGreaterThanOrEqual(32);
    expect(review.text).toBeGreaterThanOrEqual(18);
    expect(review.text).toBeGreaterThan(plain.text);
    expect(review.width).toBeGreaterThan(plain.width);
    expect((await screenLayout(page)).menuShown).toBe(false);

    await page.getByRole('button', { name: 'Finish the assessment' }).click();
    await expect.poll(() => path(page)).toBe('/workshop/results');
    await page.locator('.workshop .results h1').waitFor();
    const results = await measure('.results');
    expect(results.large).toBe(true);
    expect(results.heading).toBeGreaterThanOrEqual(32);
    expect(results.text).toBeGreaterThanOrEqual(18);
    expect((await screenLayout(page)).menuShown).toBe(false);
  });

  it.each(['en', 'nl'] as Lang[])(
    'has no axe violations on a long question, the open menu, the review and the results (%s)',
    async (lang) => {
      const { page } = await openWorkshopWithExample(lang);
      const seen: Record<string, string[]> = {};
      await presenterAt(page, 'transfers');
      await expect.poll(() => shownId(page)).toBe('transfer-destinations');
      seen['twelve options'] = await violations(page);
      await page.locator('.menu-toggle').click();
      await page.locator('.site-menu[data-open=true]').waitFor();
      seen['open menu'] = await violations(page);
      await page.goto(`${baseURL()}/workshop/review`);
      await page.locator('.workshop .review').waitFor();
      seen.review = await violations(page);
      await page.locator('.review .button.primary').last().click();
      await expect.poll(() => path(page)).toBe('/workshop/results');
      await page.locator('.workshop .results h1').waitFor();
      seen.results = await violations(page);
      expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((k) => [k, []])));
    },
  );
});
