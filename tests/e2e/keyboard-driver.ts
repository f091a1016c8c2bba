import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Answer, ShownQuestion } from './wizard-driver';

/** What has focus, as a keyboard user would find out. */
export interface Focused {
  tag: string;
  type: string;
  name: string;
  value: string;
  text: string;
  /** Its aria-label, which names a row's buttons ("Edit: Payroll"). */
  label: string;
}

export const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      type: el?.getAttribute('type') ?? '',
      name: el?.getAttribute('name') ?? '',
      value: el?.value ?? '',
      text: el?.textContent?.trim() ?? '',
      label: el?.getAttribute('aria-label') ?? '',
    };
  });

/** Presses Tab (or Shift+Tab, going back) until the focused element matches, as a keyboard user would. */
export async function tabTo(
  page: Page,
  match: (f: Focused) => boolean,
  what: string,
  back = false,
): Promise<void> {
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (match(await focused(page))) return;
  }
  throw new Error(`Could not reach ${what} with the Tab key`);
}

/** Answers one shown question with the keyboard alone, as `completeStep` asks. */
export async function answerByKeyboard(
  page: Page,
  question: ShownQuestion,
  value: Answer,
): Promise<void> {
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
