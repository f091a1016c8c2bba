import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { baseURL, launch, openSession } from './browser';
import { answerByKeyboard, focused, tabTo } from './keyboard-driver';
import {
  activeAssessmentKey,
  completeStep,
  path,
  sectionTitle,
  webshopAnswers,
} from './wizard-driver';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

it('completes a whole assessment with the keyboard alone, with focus on each step heading', async () => {
  const { page, offOrigin } = await openSession(browser);
  await page.goto(`${baseURL()}/`);
  await page.locator('.intro h1').waitFor();
  await tabTo(
    page,
    (f) => f.tag === 'button' && f.text === 'Start the assessment',
    'the start button',
  );
  await page.keyboard.press('Enter');
  for (;;) {
    await expect.poll(() => path(page)).toMatch(/^\/assessment\//);
    const before = path(page);
    const step = before.split('/').pop()!;
    await expect
      .poll(async () => {
        const f = await focused(page);
        return `${f.tag}:${f.text}`;
      })
      .toBe(`h1:${sectionTitle('en', step)}`);
    await completeStep(page, webshopAnswers, (q, value) => answerByKeyboard(page, q, value));
    await tabTo(page, (f) => f.tag === 'button' && f.type === 'submit', 'the next button');
    await page.keyboard.press('Enter');
    await expect.poll(() => path(page)).not.toBe(before);
    if (path(page) === '/review') break;
  }
  await expect.poll(() => path(page)).toBe('/review');
  await tabTo(page, (f) => f.tag === 'button' && f.text === 'Finish the assessment', 'finish');
  await page.keyboard.press('Enter');
  await expect.poll(() => path(page)).toBe('/results');
  const stored = await page.evaluate(
    (k) => localStorage.getItem(k),
    await activeAssessmentKey(page),
  );
  const session = JSON.parse(stored ?? '{}') as {
    answers: Record<string, unknown>;
    completedAt: string | null;
  };
  expect(session.answers['data-subjects']).toEqual(['customers', 'employees']);
  expect(session.answers['privacy-owner']).toBe('partly');
  expect(session.answers.employees).toBe(20);
  expect(session.completedAt).not.toBeNull();
  expect(offOrigin).toEqual([]);
});
