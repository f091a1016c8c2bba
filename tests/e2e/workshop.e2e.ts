import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import example from '../../questionnaires/gdpr-readiness/examples/dutch-webshop.json';
import { baseURL, launch, openSession } from './browser';
import { answerByKeyboard as keyboardAnswer } from './keyboard-driver';
import { path, shownQuestions, type Answer, type Lang } from './wizard-driver';
import { runAxe, WCAG_AND_BEST_PRACTICE } from './axe';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

// The example's list of activities is left out: the presenter starts one from a template.
const { activities: _, ...exampleAnswers } = example.answers as Record<string, unknown>;

interface ShownQuestion {
  readonly id: string;
  readonly type: string;
  readonly options: string[];
}

/** The question the presenter shows, read from the page. */
async function shown(page: Page): Promise<ShownQuestion> {
  const box = page.locator('.presenter-question');
  await box.waitFor();
  return box.evaluate((node) => ({
    id: node.getAttribute('data-question-id') ?? '',
    type: node.getAttribute('data-question-type') ?? '',
    options: [...node.querySelectorAll<HTMLInputElement>('.question input')]
      .filter((i) => i.type === 'radio' || i.type === 'checkbox')
      .map((i) => i.value),
  }));
}

function answerFor(question: ShownQuestion): Answer {
  const given = exampleAnswers[question.id] as Answer | number | undefined;
  if (given !== undefined) return typeof given === 'number' ? String(given) : given;
  if (question.type === 'repeatable') return 'customer-orders';
  if (question.type === 'singleChoice')
    return question.options.includes('yes') ? 'yes' : question.options[0]!;
  if (question.type === 'multiChoice') return [question.options[0]!];
  return question.type === 'number' ? '20' : 'Acme';
}

const focusedValue = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value ?? null);

/** Answers the shown question with the keyboard alone, as a presenter would, without moving on. */
async function answerByKeyboard(page: Page, question: ShownQuestion, value: Answer) {
  if (question.type === 'repeatable') {
    await addActivityByKeyboard(page, String(value));
    return;
  }
  if (question.type === 'singleChoice') {
    await page.keyboard.press(String(question.options.indexOf(value as string) + 1));
    return;
  }
  if (question.type === 'multiChoice') {
    for (const option of [value].flat()) {
      const index = question.options.indexOf(option);
      if (index < 9) {
        await page.keyboard.press(String(index + 1));
        continue;
      }
      // Past 9: arrow down through the options and toggle with x.
      await page.keyboard.press('ArrowDown');
      for (let guard = 0; guard < 20 && (await focusedValue(page)) !== option; guard++)
        await page.keyboard.press('ArrowDown');
      await page.keyboard.press('x');
    }
    return;
  }
  await page.keyboard.press('Tab');
  await page.keyboard.type(String(value));
  // Escape leaves the field, so the shortcuts work again.
  await page.keyboard.press('Escape');
}

/** Starts an item from `template` and answers each of its questions, by keyboard alone. */
async function addActivityByKeyboard(page: Page, template: string) {
  const shown = () => shownQuestions(page, '.presenter-question');
  const group = (await shown()).find((q) => q.kind === 'group')!;
  await keyboardAnswer(page, group, template);
  for (let guard = 0; guard < 60; guard++) {
    const open = (await shown()).find((q) => q.box.startsWith('.item-fields') && !q.answered);
    if (!open) break;
    const value =
      open.kind === 'radio'
        ? open.options.includes('no')
          ? 'no'
          : open.options[0]!
        : open.kind === 'checkbox'
          ? [open.options.includes('none-of-these') ? 'none-of-these' : open.options[0]!]
          : '3 years';
    await keyboardAnswer(page, open, value);
  }
  // Escape leaves the item's fields, so the shortcuts work again.
  await page.keyboard.press('Escape');
}

async function nextQuestion(page: Page, from: string) {
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => {
      const box = page.locator('.presenter-question');
      return (await box.count()) === 0 ? null : box.getAttribute('data-question-id');
    })
    .not.toBe(from);
}

async function tabTo(page: Page, name: string) {
  for (let guard = 0; guard < 300; guard++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (text === name) return;
  }
  throw new Error(`no control named ${name} reached by Tab`);
}

async function axeViolations(page: Page): Promise<string[]> {
  const result = await runAxe(page, WCAG_AND_BEST_PRACTICE);
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Opens the presenter view on the first question. */
async function startWorkshop(page: Page, lang: Lang = 'en') {
  await page.goto(`${baseURL()}/workshop`);
  await page.locator('#workshop-intro-heading').waitFor();
  await tabTo(page, lang === 'en' ? 'Start the workshop' : 'Start de workshop');
  await page.keyboard.press('Enter');
  await expect.poll(() => path(page)).toBe('/workshop/assessment/scope');
}

describe('workshop mode', () => {
  it('runs a whole workshop by keyboard: answers, notes, a parked question and a gap owner', async () => {
    const { page, offOrigin, errors } = await openSession(browser);
    await startWorkshop(page);
    const note = 'Ask Sam whether the old CRM export still exists';
    const seen: string[] = [];
    for (let guard = 0; guard < 200 && path(page).startsWith('/workshop/assessment/'); guard++) {
      const question = await shown(page);
      // The parked questions come back on the last step, before the review.
      if ((await page.locator('.presenter-banner').count()) > 0) break;
      seen.push(question.id);
      await answerByKeyboard(page, question, answerFor(question));
      if (question.id === 'data-inventory') {
        // A gap: the action's owner and due date are asked for right here.
        await page.keyboard.press('n');
        await expect
          .poll(() => page.evaluate(() => document.activeElement?.id))
          .toBe('note-data-inventory');
        // Typing in the note must not trigger shortcuts (the 1 and p stay text).
        await page.keyboard.type(`${note} 1p`);
        await page.keyboard.press('Tab');
        await page.keyboard.type('Alex de Vries');
        await page.keyboard.press('Tab');
        // The order of a date field's parts follows the browser's language, so the date is set
        // on the focused field rather than typed part by part.
        await page.locator('input[name=due-data-inventory]:focus').fill('2026-12-31');
        await page.keyboard.press('Escape');
        await page.keyboard.press('p');
        await expect(
          page.getByRole('button', { name: 'Park for later' }).getAttribute('aria-pressed'),
        ).resolves.toBe('true');
        await page.reload();
        await expect
          .poll(() => page.locator('#note-data-inventory').inputValue())
          .toBe(`${note} 1p`);
        await expect(page.locator('input[name=owner-data-inventory]').inputValue()).resolves.toBe(
          'Alex de Vries',
        );
        await expect(page.locator('input[name=due-data-inventory]').inputValue()).resolves.toBe(
          '2026-12-31',
        );
        await expect(
          page.locator('.presenter-question input[value=partly]').isChecked(),
        ).resolves.toBe(true);
        await page.locator('#presenter-heading').focus();
      }
      if (question.id === 'privacy-owner') {
        await page.keyboard.press('p');
        await page.keyboard.press('n');
        await page.keyboard.type('Nobody named yet');
        await page.keyboard.press('Escape');
      }
      await nextQuestion(page, question.id);
    }
    expect(seen).toContain('data-inventory');
    expect(seen.indexOf('privacy-owner')).toBeGreaterThan(0);

    // Before the review: the parked questions, oldest first, each with its note.
    await expect
      .poll(() => page.locator('.presenter-banner').textContent())
      .toContain('Parked questions');
    expect(path(page)).toMatch(/^\/workshop\/assessment\//);
    await expect(shown(page).then((q) => q.id)).resolves.toBe('data-inventory');
    await expect(page.locator('#note-data-inventory').inputValue()).resolves.toBe(`${note} 1p`);
    await page.keyboard.press('p');
    await nextQuestion(page, 'data-inventory');
    await expect(shown(page).then((q) => q.id)).resolves.toBe('privacy-owner');
    await expect(page.locator('#note-privacy-owner').inputValue()).resolves.toBe(
      'Nobody named yet',
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => path(page)).toBe('/workshop/review');

    // The review says a question is still parked, and lists it with its note among the notes.
    const parkedNotice = page.locator('.review .notice');
    await parkedNotice.waitFor();
    await expect(parkedNotice.textContent()).resolves.toContain('One question is still parked');
    const parkedNote = page.locator('.review .workshop-note', { hasText: 'Parked' });
    await expect.poll(() => parkedNote.textContent()).toContain('Nobody named yet');

    await tabTo(page, 'Finish the assessment');
    await page.keyboard.press('Enter');
    await expect.poll(() => path(page)).toBe('/workshop/results');
    await expect(page.locator('input[name=owner-data-inventory]').inputValue()).resolves.toBe(
      'Alex de Vries',
    );

    await page.goto(`${baseURL()}/results`);
    await expect
      .poll(() => page.locator('input[name=owner-data-inventory]').inputValue())
      .toBe('Alex de Vries');
    await expect(page.locator('input[name=due-data-inventory]').inputValue()).resolves.toBe(
      '2026-12-31',
    );
    expect(offOrigin).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);

  it('keeps the rules of the step form: required answers, and questions that appear with an answer', async () => {
    const { page } = await openSession(browser);
    await startWorkshop(page);
    await expect(shown(page).then((q) => q.id)).resolves.toBe('personal-data');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('alert').textContent()).toBeTruthy();
    await expect(shown(page).then((q) => q.id)).resolves.toBe('personal-data');
    await page.keyboard.press('1');
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    await nextQuestion(page, 'personal-data');
    const second = (await shown(page)).id;
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => shown(page).then((q) => q.id)).toBe('personal-data');
    await expect(page.locator('.presenter-position').textContent()).resolves.toMatch(
      /^Question 1 of \d+ in /,
    );
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => shown(page).then((q) => q.id)).toBe(second);
  });

  it('documents the shortcuts on ? and lets the presenter turn them off', async () => {
    const { page } = await openSession(browser);
    await startWorkshop(page);
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => help.isVisible()).toBe(false);

    await page.getByRole('checkbox', { name: 'Shortcuts on' }).focus();
    await page.keyboard.press('Space');
    await page.locator('#presenter-heading').focus();
    await page.keyboard.press('1');
    await page.keyboard.press('?');
    await expect(page.locator('.presenter-question input:checked').count()).resolves.toBe(0);
    await expect(help.isVisible()).resolves.toBe(false);

    await page.reload();
    await page.locator('#presenter-heading').waitFor();
    await page.keyboard.press('1');
    await expect(page.locator('.presenter-question input:checked').count()).resolves.toBe(0);
  });

  it('offers a section timer, off by default and kept out of the saved assessment', async () => {
    const { page } = await openSession(browser);
    await startWorkshop(page);
    const timer = page.getByRole('checkbox', { name: 'Section timer' });
    await expect(timer.isChecked()).resolves.toBe(false);
    await expect(page.getByRole('timer').count()).resolves.toBe(0);
    await timer.focus();
    await page.keyboard.press('Space');
    await page.getByLabel('Target').selectOption('15');
    await expect(page.getByRole('timer').textContent()).resolves.toBe('00:00 of 15:00');
    await page.getByRole('button', { name: 'Start' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.timer-panel [role=status]').textContent())
      .toBe('Timer started.');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.timer-panel [role=status]').textContent())
      .toBe('Timer paused.');
    await page.getByRole('button', { name: 'Reset' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('timer').textContent()).resolves.toBe('00:00 of 15:00');
    const saved = await page.evaluate(() => JSON.stringify(localStorage));
    expect(saved).not.toContain('targetMinutes');
    await page.reload();
    await expect.poll(() => page.getByRole('timer').textContent()).toBe('00:00 of 15:00');
  });

  it('leaves workshop mode for the same place in the normal wizard', async () => {
    const { page } = await openSession(browser);
    await startWorkshop(page);
    await page.keyboard.press('1');
    await nextQuestion(page, 'personal-data');
    await tabTo(page, 'Leave workshop mode');
    await page.keyboard.press('Enter');
    await expect.poll(() => path(page)).toBe('/assessment/scope');
    await expect(page.locator('form.step input[value=yes]').first().isChecked()).resolves.toBe(
      true,
    );
  });

  it.each(['en', 'nl'] as Lang[])(
    'has no axe violations in the presenter view (%s)',
    async (lang) => {
      const { page } = await openSession(browser, {
        locale: lang === 'en' ? 'en-GB' : 'nl-NL',
        viewport: { width: 1280, height: 720 },
      });
      const seen: Record<string, string[]> = {};
      await page.goto(`${baseURL()}/workshop`);
      await page.locator('#workshop-intro-heading').waitFor();
      seen.intro = await axeViolations(page);
      await startWorkshop(page, lang);
      await page.keyboard.press('Enter');
      await page.getByRole('alert').waitFor();
      seen['question with error'] = await axeViolations(page);
      await page.keyboard.press('1');
      await nextQuestion(page, 'personal-data');
      await page.keyboard.press('2');
      await page.keyboard.press('p');
      await page
        .getByRole('checkbox', { name: lang === 'en' ? 'Section timer' : 'Timer per onderdeel' })
        .check();
      seen['question, parked, timer'] = await axeViolations(page);
      await page.keyboard.press('?');
      await page.getByRole('dialog').waitFor();
      seen['shortcut help'] = await axeViolations(page);
      expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((k) => [k, []])));
    },
  );

  it.each([
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
  ])('shows a gap question large enough for a $width x $height projector', async (viewport) => {
    const { page } = await openSession(browser, { viewport });
    await startWorkshop(page);
    for (let guard = 0; guard < 20; guard++) {
      const question = await shown(page);
      await answerByKeyboard(page, question, answerFor(question));
      if (question.id === 'data-inventory') break;
      await nextQuestion(page, question.id);
    }
    await page.getByRole('checkbox', { name: 'Section timer' }).check();
    await page.locator('#presenter-heading').focus();
    await page.locator('input[name=owner-data-inventory]').waitFor();
    await page.screenshot({ path: `/tmp/workshop-${viewport.width}x${viewport.height}.png` });
    const size = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((node) => parseFloat(getComputedStyle(node).fontSize));
    expect(await size('#presenter-heading')).toBeGreaterThanOrEqual(28);
    expect(await size('.presenter .choice')).toBeGreaterThanOrEqual(20);
  });
});
