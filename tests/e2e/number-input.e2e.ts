import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launch, openSession } from './browser';
import {
  activeAssessmentKey,
  clickAnswer,
  completeStep,
  next,
  path,
  start,
  webshop,
} from './wizard-driver';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const NOT_INTEGER = 'Vul een heel getal in, zonder cijfers achter de komma.';
const DUTCH_ECHO = 'Gelezen als € 1.234.567,89';

/** A fresh browser whose interface starts in Dutch. */
async function dutchSession(viewport?: { width: number; height: number }) {
  return openSession(browser, { locale: 'nl-NL', ...(viewport && { viewport }) });
}

/** Text as a person reads it: Intl puts non-breaking spaces around the euro sign. */
async function textOf(page: Page, selector: string): Promise<string> {
  return ((await page.locator(selector).textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

async function storedAnswers(page: Page): Promise<Record<string, unknown>> {
  const key = await activeAssessmentKey(page);
  const saved = await page.evaluate((k) => localStorage.getItem(k) ?? '{}', key);
  return (JSON.parse(saved) as { answers?: Record<string, unknown> }).answers ?? {};
}

/** Starts in Dutch and answers the scope step as the web shop, up to the organisation step. */
async function toOrganisationStep(page: Page) {
  await start(page, 'nl');
  // Questions added to the scope step later get the web shop's plain "no" where it is the safe answer.
  await completeStep(page, webshop.scope!, clickAnswer(page));
  await next(page, 'nl');
  await expect.poll(() => path(page)).toBe('/assessment/organisation');
}

describe('numbers typed the Dutch way', () => {
  it('reads 1.234.567,89 as Dutch in the step form, echoes it and refuses 2,5 people', async () => {
    const { page, errors } = await dutchSession();
    await toOrganisationStep(page);
    await completeStep(
      page,
      { ...webshop.organisation, employees: '2,5', 'group-turnover': '1.234.567,89' },
      clickAnswer(page),
    );

    await expect.poll(() => textOf(page, '#echo-group-turnover')).toBe(DUTCH_ECHO);
    await expect
      .poll(() => storedAnswers(page))
      .toMatchObject({
        'group-turnover': 1234567.89,
        // Refused text is kept as typed, so a reload loses nothing, but never counts as a number.
        employees: '2,5',
      });
    expect(await textOf(page, '#echo-employees')).toBe('');

    await next(page, 'nl');
    await expect.poll(() => textOf(page, '#error-employees')).toBe(NOT_INTEGER);
    expect(path(page)).toBe('/assessment/organisation');

    // Text that could mean another number is refused with how to write it in Dutch.
    await page.locator('#q-group-turnover').fill('1.5');
    await expect
      .poll(() => textOf(page, '#error-group-turnover'))
      .toBe(
        'Bedoel je 1,5? In het Nederlands schrijf je duizendtallen met een punt en decimalen met een komma, bijvoorbeeld 1.234.567,89.',
      );
    expect(await textOf(page, '#echo-group-turnover')).toBe('');

    await page.locator('#q-group-turnover').fill('1.234.567,89');
    await page.locator('#q-employees').fill('12');
    await expect.poll(() => page.locator('.field-error').count()).toBe(0);
    await next(page, 'nl');
    await expect.poll(() => path(page)).not.toBe('/assessment/organisation');
    expect(await storedAnswers(page)).toMatchObject({
      'group-turnover': 1234567.89,
      employees: 12,
    });

    // A saved number comes back written the Dutch way.
    await page.goto(`${baseURL()}/assessment/organisation`);
    await expect.poll(() => page.locator('#q-group-turnover').inputValue()).toBe('1.234.567,89');
    expect(await textOf(page, '#echo-group-turnover')).toBe(DUTCH_ECHO);
    expect(errors).toEqual([]);
  });

  it('reads 1.234.567,89 as Dutch in the workshop view and refuses 2,5 people there too', async () => {
    const { page, errors } = await dutchSession();
    await toOrganisationStep(page);
    await page.goto(`${baseURL()}/workshop/assessment/organisation`);
    const shown = () =>
      page.locator('.presenter-question').getAttribute('data-question-id', { timeout: 30_000 });
    const forward = async (from: string) => {
      await page.locator('.presenter-question form button[type=submit]').click();
      await expect.poll(shown).not.toBe(from);
    };

    for (let guard = 0; guard < 10; guard++) {
      const id = await shown();
      if (id === 'employees' || id === null) break;
      const value = webshop.organisation?.[id];
      const box = page.locator('.presenter-question');
      if (typeof value === 'string' && (await box.locator(`input[value="${value}"]`).count()) > 0)
        await box.locator(`input[value="${value}"]`).check();
      else if (typeof value === 'string') await box.locator('input[type=text]').first().fill(value);
      await forward(id ?? '');
    }
    expect(await shown()).toBe('employees');

    await page.locator('#q-employees').fill('2,5');
    await page.locator('.presenter-question form button[type=submit]').click();
    await expect.poll(() => textOf(page, '#error-employees')).toBe(NOT_INTEGER);
    expect(await shown()).toBe('employees');
    await page.locator('#q-employees').fill('12');
    await expect.poll(() => textOf(page, '#echo-employees')).toBe('Gelezen als 12');
    await forward('employees');

    for (let guard = 0; guard < 5 && (await shown()) !== 'group-turnover'; guard++) {
      const id = (await shown()) ?? '';
      const value = webshop.organisation?.[id];
      if (typeof value === 'string')
        await page.locator(`.presenter-question input[value="${value}"]`).check();
      await forward(id);
    }
    expect(await shown()).toBe('group-turnover');
    await page.locator('#q-group-turnover').fill('1.234.567,89');
    await expect.poll(() => textOf(page, '#echo-group-turnover')).toBe(DUTCH_ECHO);
    await expect
      .poll(() => page.locator('#echo-group-turnover').getAttribute('aria-live'))
      .toBe('polite');
    await expect
      .poll(() => storedAnswers(page))
      .toMatchObject({
        'group-turnover': 1234567.89,
        employees: 12,
      });
    expect(errors).toEqual([]);
  });
});
