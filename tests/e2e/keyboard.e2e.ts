import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import raw from '../../questionnaires/gdpr-readiness/questionnaire.json';
import { QuestionnaireSchema } from '@/engine/questionnaire/questionnaire.schema';
import { baseURL, launch, openSession } from './browser';
import { path, sectionTitle, stepOrder, webshop, type Answer } from './wizard-driver';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

interface Focused {
  tag: string;
  type: string;
  name: string;
  value: string;
  text: string;
}

const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      type: el?.getAttribute('type') ?? '',
      name: el?.getAttribute('name') ?? '',
      value: el?.value ?? '',
      text: el?.textContent?.trim() ?? '',
    };
  });

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, match: (f: Focused) => boolean, what: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (match(await focused(page))) return;
  }
  throw new Error(`Could not reach ${what} with the Tab key`);
}

const questionnaire = QuestionnaireSchema.parse(raw);
const optionsOf = (question: string): readonly string[] => {
  const found = questionnaire.sections.flatMap((s) => s.questions).find((q) => q.id === question);
  return found && (found.type === 'singleChoice' || found.type === 'multiChoice')
    ? found.options
    : [];
};

async function answerByKeyboard(page: Page, question: string, value: Answer): Promise<void> {
  if (Array.isArray(value)) {
    for (const option of value) {
      await tabTo(
        page,
        (f) => f.type === 'checkbox' && f.name === question && f.value === option,
        `${question}=${option}`,
      );
      await page.keyboard.press('Space');
    }
    return;
  }
  const options = optionsOf(question);
  if (options.length > 0) {
    await tabTo(page, (f) => f.type === 'radio' && f.name === question, question);
    const index = options.indexOf(value);
    if (index === 0) await page.keyboard.press('Space');
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    return;
  }
  await tabTo(
    page,
    (f) => (f.tag === 'input' || f.tag === 'textarea') && f.name === question,
    question,
  );
  await page.keyboard.type(value);
}

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
  for (const [i, step] of stepOrder.entries()) {
    await expect.poll(() => path(page)).toBe(`/assessment/${step}`);
    await expect
      .poll(async () => (await focused(page)).tag + ':' + (await focused(page)).text)
      .toBe(`h1:${sectionTitle('en', step)}`);
    for (const [question, value] of Object.entries(webshop[step]!))
      await answerByKeyboard(page, question, value);
    const label = i === stepOrder.length - 1 ? 'Review answers' : 'Next';
    await tabTo(page, (f) => f.tag === 'button' && f.text === label, label);
    await page.keyboard.press('Enter');
  }
  await expect.poll(() => path(page)).toBe('/review');
  await tabTo(page, (f) => f.tag === 'button' && f.text === 'Finish the assessment', 'finish');
  await page.keyboard.press('Enter');
  await expect.poll(() => path(page)).toBe('/complete');
  const stored = await page.evaluate(() =>
    localStorage.getItem('gdpr-readiness:session:gdpr-readiness'),
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
