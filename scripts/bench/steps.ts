// The wizard walked with the Dutch web shop example's answers, timing each step change.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { isItemList, isOptionList } from '../../src/engine/questionnaire/answer-value';
import { ExampleSchema } from '../../src/engine/questionnaire/example.schema';
import type { AnswerValue } from '../../src/engine/questionnaire/questionnaire.schema';
import { repoRoot } from '../bundle-size';
import { freshPage, heapUsed } from './page';
import type { Target } from './targets';

const webshop = ExampleSchema.parse(
  JSON.parse(
    readFileSync(
      join(repoRoot, 'questionnaires/gdpr-readiness/examples/dutch-webshop.json'),
      'utf8',
    ),
  ),
);

export interface Walk {
  /** Milliseconds per step: Next clicked → the frame showing the new heading painted. */
  readonly stepsMs: readonly number[];
  /** Heap once the review is reached, measured only when asked. */
  readonly heap: number | null;
  /**
   * The browser's own time for each step: its finished form, as static HTML, put in place of
   * another step's and painted, no script running. What any app showing that step needs at least.
   */
  readonly floorMs: readonly number[];
}

/** Milliseconds from pressing Next to the paint of the frame that shows the next step's heading. */
function stepTransition(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const before = document.querySelector('h1')?.textContent;
        const start = performance.now();
        const observer = new MutationObserver(() => {
          const heading = document.querySelector('h1')?.textContent;
          if (heading && heading !== before) {
            observer.disconnect();
            // The frame's callback runs before the new heading is painted; a message posted
            // from it is handled once that frame has been painted (a second frame callback
            // would also count the wait for the next frame).
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => resolve(performance.now() - start);
              channel.port2.postMessage(null);
            });
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        setTimeout(() => {
          observer.disconnect();
          resolve(Number.NaN);
        }, 10_000);
        (document.querySelector('button[type=submit]') as HTMLButtonElement).click();
      }),
  );
}

/** Puts `html` in place of the step on screen and resolves with the milliseconds until it is painted. */
function staticSwap(page: Page, html: string): Promise<number> {
  return page.evaluate(
    (html) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        const holder = document.createElement('div');
        holder.innerHTML = html;
        document.querySelector('form.step')?.replaceWith(holder.firstElementChild!);
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now() - start);
          channel.port2.postMessage(null);
        });
      }),
    html,
  );
}

type Answers = Readonly<Record<string, AnswerValue>>;

/**
 * Answers every visible question of the current step, looking again after each answer reveals
 * more. A list (processing activities) gets the example's items, each added and answered in turn.
 */
async function answerStep(page: Page): Promise<void> {
  for (let guard = 0; guard < 40; guard++) {
    const open = await firstUnanswered(page, 'form.step .question:not(.item-question)');
    if (!open) return;
    const given = webshop.answers[open.id];
    if (open.type === 'group') {
      for (const item of isItemList(given) ? given : []) {
        await page.locator(`#question-${open.id} .item-add > button`).click();
        await answerItem(page, item.answers);
        await page.locator(`#question-${open.id} .item-edit[aria-expanded="true"]`).click();
      }
    } else await answer(page, `#question-${open.id}`, open.type, given);
  }
}

async function answerItem(page: Page, answers: Answers): Promise<void> {
  for (let guard = 0; guard < 60; guard++) {
    const open = await firstUnanswered(page, '.item-fields .item-question');
    if (!open) return;
    await answer(page, `.item-fields [data-question="${open.id}"]`, open.type, answers[open.id]);
  }
}

async function firstUnanswered(
  page: Page,
  selector: string,
): Promise<{ id: string; type: string } | undefined> {
  return page.$$eval(selector, (nodes) =>
    nodes
      .map((node) => {
        const element = node as HTMLElement;
        const id = element.dataset.question ?? element.id.replace(/^question-/, '');
        if (element.querySelector('.question-items'))
          return element.querySelector('li.item') ? null : { id, type: 'group' };
        const inputs = [...element.querySelectorAll('input, textarea')] as HTMLInputElement[];
        const answered = inputs.some((i) =>
          i.type === 'radio' || i.type === 'checkbox' ? i.checked : i.value !== '',
        );
        return answered ? null : { id, type: inputs[0]?.type ?? 'text' };
      })
      .find((x) => x !== null),
  );
}

async function answer(
  page: Page,
  box: string,
  type: string,
  given: AnswerValue | undefined,
): Promise<void> {
  const field = page.locator(box);
  if (type === 'radio' || type === 'checkbox') {
    const options = isOptionList(given) ? given : typeof given === 'string' ? [given] : [];
    if (options.length === 0) await field.locator('input').first().check();
    for (const option of options) await field.locator(`input[value="${option}"]`).check();
  } else
    await field
      .locator('input, textarea')
      .fill(typeof given === 'string' || typeof given === 'number' ? String(given) : '20');
}

/** Starts a new assessment on `target` and walks it to the review, the CPU slowed `cpuSlowdown` times. */
export async function walk(
  browser: Browser,
  target: Target,
  cpuSlowdown: number,
  measureHeap: boolean,
): Promise<Walk> {
  const { context, page, cdp } = await freshPage(browser, cpuSlowdown);
  try {
    await page.goto(target.url);
    await page.locator('.intro button').first().click();
    const stepsMs: number[] = [];
    const stepsHtml: string[] = [];
    for (let step = 0; step < 40; step++) {
      // A long step draws its first questions in the frame after Next and the rest after it.
      await page
        .locator('form.step:not([aria-busy]), .review, .exit')
        .first()
        .waitFor({ timeout: 60_000 });
      if (await page.locator('.review, .exit').count()) break;
      await answerStep(page);
      stepsHtml.push(await page.locator('form.step').evaluate((form) => form.outerHTML));
      await page.waitForTimeout(50);
      const ms = await stepTransition(page);
      if (Number.isNaN(ms))
        throw new Error('a step did not move on after answering every question');
      stepsMs.push(ms);
    }
    if (!(await page.locator('.review').count()))
      throw new Error('the walk did not reach the review');
    const heap = measureHeap ? await heapUsed(cdp) : null;
    // Back on a step (its edit link), each step's form is swapped in as it stood when answered.
    await page.locator('.review-section-head a').first().click();
    await page.locator('form.step:not([aria-busy])').waitFor({ timeout: 60_000 });
    const floorMs: number[] = [];
    for (const html of stepsHtml) {
      await page.waitForTimeout(50);
      floorMs.push(await staticSwap(page, html));
    }
    return { stepsMs, heap, floorMs };
  } finally {
    await context.close();
  }
}
