import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { baseURL, launch, openSession } from './browser';
import type { shownQuestions } from './wizard-driver';
import {
  activeAssessmentKey,
  completeStep,
  path,
  sectionTitle,
  webshopAnswers,
  type Answer,
} from './wizard-driver';

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
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press('Tab');
    if (match(await focused(page))) return;
  }
  throw new Error(`Could not reach ${what} with the Tab key`);
}

type Shown = Awaited<ReturnType<typeof shownQuestions>>[number];

async function answerByKeyboard(page: Page, question: Shown, value: Answer): Promise<void> {
  if (question.kind === 'group') {
    // A closed list box takes arrow keys; its first entry is the "choose" prompt.
    await tabTo(page, (f) => f.tag === 'select', `${question.id}'s templates`);
    for (let i = 0; i <= question.options.indexOf(String(value)); i++)
      await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await focused(page)).value).toBe(String(value));
    await tabTo(page, (f) => f.tag === 'button' && f.text === 'Add', 'Add (from the template)');
    await page.keyboard.press('Enter');
    return;
  }
  if (question.kind === 'checkbox') {
    for (const option of [value].flat()) {
      await tabTo(
        page,
        (f) => f.type === 'checkbox' && f.name === question.id && f.value === option,
        `${question.id}=${option}`,
      );
      await page.keyboard.press('Space');
    }
    return;
  }
  if (question.kind === 'radio') {
    await tabTo(page, (f) => f.type === 'radio' && f.name === question.id, question.id);
    const index = question.options.indexOf(String(value));
    if (index === 0) await page.keyboard.press('Space');
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    return;
  }
  await tabTo(
    page,
    (f) => (f.tag === 'input' || f.tag === 'textarea') && f.name === question.id,
    question.id,
  );
  await page.keyboard.type(String(value));
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
