import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { pdfText } from '../pdf-text';
import { launch, openSession } from './browser';
import { answerByKeyboard, focused, tabTo } from './keyboard-driver';
import {
  clickAnswer,
  completeStep,
  path,
  start,
  webshopAnswers,
  type Answer,
} from './wizard-driver';
import { runAxe, WCAG } from './axe';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** What a small shop says about each of its activities, beyond what the templates fill in. */
const activityAnswers: Record<string, Answer> = {
  activities: ['customer-orders', 'newsletter', 'staff-administration'],
  'activity-recipients': ['internal-only'],
  'activity-uses-processors': 'yes',
  'activity-transfers': 'no',
  'activity-retention': '7 years after the last order',
  'activity-security': 'yes',
  'activity-security-description': 'Passwords and two-factor sign-in; backups encrypted',
  'activity-dpia-criteria': ['none-of-these'],
  'activities-complete': 'yes',
};

const itemNames = (page: Page) => page.locator('#question-activities li.item .item-title');

/** Presses Enter on the row button named `label` ("Edit: Payroll"), reached with Tab or Shift+Tab. */
async function press(page: Page, label: string, back = false): Promise<void> {
  await tabTo(page, (f) => f.tag === 'button' && f.label === label, label, back);
  await page.keyboard.press('Enter');
}

it('lets a small business list its activities by keyboard, and hands over the record as CSV and PDF', async () => {
  const { page, offOrigin } = await openSession(browser);
  await start(page);
  for (let step = 0; path(page) !== '/assessment/activities'; step++) {
    if (step > 10) throw new Error('no activities step');
    const before = path(page);
    await completeStep(page, webshopAnswers, clickAnswer(page));
    await page.locator('form.step button[type=submit]').click();
    await expect.poll(() => path(page)).not.toBe(before);
  }

  // Three activities from templates, each checked and completed, by keyboard alone (focus
  // starts on the step's heading).
  await completeStep(page, activityAnswers, (q, value) => answerByKeyboard(page, q, value));
  await expect
    .poll(() => itemNames(page).allTextContents())
    .toEqual(['Customer orders', 'Newsletter', 'Staff administration and payroll']);

  // Rename one (its row is above the open item): its name is its first field, focused on opening.
  await press(page, 'Edit: Newsletter', true);
  await expect.poll(async () => (await focused(page)).name).toBe('activity-name');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Monthly newsletter');
  await press(page, 'Done: Monthly newsletter', true);
  await expect.poll(async () => (await focused(page)).label).toBe('Edit: Monthly newsletter');

  // Copy it, then remove the copy, whose row sits above its open fields.
  await press(page, 'Copy: Monthly newsletter');
  await expect.poll(() => itemNames(page).count()).toBe(4);
  await press(page, 'Remove: Monthly newsletter (copy)', true);
  await expect
    .poll(async () => (await focused(page)).text)
    .toBe('Put back Monthly newsletter (copy)');
  await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/removed/);

  const names = ['Customer orders', 'Monthly newsletter', 'Staff administration and payroll'];
  await expect.poll(() => itemNames(page).allTextContents()).toEqual(names);
  const axe = await runAxe(page, WCAG);
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // Nothing is lost on a reload.
  await page.reload();
  await expect.poll(() => itemNames(page).allTextContents()).toEqual(names);

  await page.locator('form.step button[type=submit]').click();
  await expect.poll(() => path(page)).not.toBe('/assessment/activities');
  for (let step = 0; path(page).startsWith('/assessment/'); step++) {
    if (step > 20) throw new Error('the walk did not reach the review');
    const before = path(page);
    await completeStep(page, webshopAnswers, clickAnswer(page));
    await page.locator('form.step button[type=submit]').click();
    await expect.poll(() => path(page)).not.toBe(before);
  }
  await page.getByRole('button', { name: 'Finish the assessment' }).click();
  await expect.poll(() => path(page)).toBe('/results');

  // The CSV opens in a spreadsheet and reads back as the same three activities.
  const [csvFile] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Your own activities (3), CSV' }).click(),
  ]);
  const rows: string[][] = parse(readFileSync(await csvFile.path()), { bom: true });
  expect(rows.slice(1).map((row) => row[0])).toEqual(names);
  expect(rows[0]).toContain('Time limits for erasure (Art. 30(1)(f))');
  expect(rows.find((row) => row[0] === 'Customer orders')).toContain(
    '7 years after the last order',
  );

  const [pdfFile] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PDF' }).click(),
  ]);
  const text = (await pdfText(new Uint8Array(readFileSync(await pdfFile.path())), ' '))
    .join('\n')
    .replace(/\s+/g, ' ');
  expect(text).toContain('Record of processing activities');
  expect(text).toContain("The organisation's own activities (Art. 30(1))");
  for (const name of names) expect(text).toContain(name);
  expect(offOrigin).toEqual([]);
});
