import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stepCount } from '@/engine/questionnaire/possible-steps';
import { estimateMinutes } from '@/engine/questionnaire/time-estimate';
import { exampleFiles, loadExample, readExample } from '../helpers/examples';
import { loadShippedQuestionnaire } from '../helpers/questionnaires';
import { baseURL, launch, openSession } from './browser';
import { path } from './wizard-driver';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const q = loadShippedQuestionnaire();
const examples = exampleFiles()
  .filter((f) => f.folder === q.id)
  .map((f) => readExample(f.path));

describe('honest progress', () => {
  it.each([
    ['en-GB', 'en', (title: string, minutes: number) => `${title}: about ${minutes} minutes`],
    ['nl-NL', 'nl', (title: string, minutes: number) => `${title}: ongeveer ${minutes} minuten`],
  ] as const)(
    'the first intro in %s says how long each example organisation takes',
    async (locale, lang, line) => {
      const { page } = await openSession(browser, { locale });
      await page.goto(`${baseURL()}/`);
      const items = page.locator('.time-estimates li');
      await items.first().waitFor();
      expect(await items.allTextContents()).toEqual(
        examples.map((e) => line(e.title[lang]!, estimateMinutes(q, e.answers)!)),
      );
    },
  );

  it('each step says about how many steps are left, and the last one says it is the last', async () => {
    const { page } = await openSession(browser, { locale: 'en-GB' });
    await page.goto(`${baseURL()}/`);
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await expect.poll(() => path(page)).toBe('/assessment/scope');
    const first = stepCount(q, {}, 'scope');
    await expect
      .poll(() => page.locator('#progress-text').textContent())
      .toBe(`Step 1, about ${first.left} steps left`);

    await page.goto(`${baseURL()}/`);
    await page.getByRole('button', { name: /Load “Dutch web shop/ }).click();
    await expect.poll(() => path(page)).toBe('/review');
    const answers = loadExample('dutch-webshop').answers;
    // The national steps come before dpia and dpo, so for the Dutch shop the
    // Netherlands step has two steps after it and dpo is the last.
    const netherlands = stepCount(q, answers, 'netherlands');
    expect(['netherlands', 'dpia', 'dpo'].map((id) => stepCount(q, answers, id).left)).toEqual([
      2, 1, 0,
    ]);
    const steps = [
      ['netherlands', `Step ${netherlands.passed + 1}, 2 steps left`],
      ['dpia', `Step ${netherlands.passed + 2}, 1 step left`],
      ['dpo', `Step ${netherlands.passed + 3}, the last step before you review your answers`],
    ] as const;
    for (const [step, text] of steps) {
      await page.goto(`${baseURL()}/assessment/${step}`);
      await expect.poll(() => page.locator('#progress-text').textContent()).toBe(text);
    }
  });
});
