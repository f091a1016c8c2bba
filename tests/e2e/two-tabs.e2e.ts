import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { baseURL, launch, openSession } from './browser';
import { activeAssessmentKey, answer, optionLabel, path, start } from './wizard-driver';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/**
 * Lets a test hold back the `storage` events a tab receives, as when the other tab's save is
 * still on its way, or the tab sleeps in the background: the tab's copy is then stale.
 */
function holdableStorageEvents(): void {
  const held: StorageEvent[] = [];
  let holding = false;
  const w = window as unknown as { __storageEvents: { hold(): void; release(): void } };
  w.__storageEvents = {
    hold: () => {
      holding = true;
    },
    release: () => {
      holding = false;
      for (const e of held.splice(0))
        window.dispatchEvent(
          new StorageEvent('storage', {
            key: e.key,
            oldValue: e.oldValue,
            newValue: e.newValue,
            url: e.url,
            storageArea: e.storageArea,
          }),
        );
    },
  };
  window.addEventListener(
    'storage',
    (event) => {
      if (holding && event.isTrusted) {
        event.stopImmediatePropagation();
        held.push(event);
      }
    },
    { capture: true },
  );
}

const hold = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __storageEvents: { hold(): void } }).__storageEvents.hold(),
  );
const release = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __storageEvents: { release(): void } }).__storageEvents.release(),
  );

/** The stored answers of the assessment both tabs work on. */
async function storedAnswers(page: Page, stored?: string): Promise<Record<string, unknown>> {
  const key = stored ?? (await activeAssessmentKey(page));
  return page.evaluate(
    (k) =>
      (JSON.parse(localStorage.getItem(k) ?? '{}') as { answers?: Record<string, unknown> })
        .answers ?? {},
    key,
  );
}

function radio(page: Page, question: string, option: string) {
  return page
    .locator(`#question-${question}`)
    .getByRole('radio', { name: optionLabel('en', option), exact: true });
}

let context: BrowserContext;
let a: Page;
let b: Page;
let errors: string[];

/** Two tabs of one browser profile on the first step of the same assessment. */
beforeEach(async () => {
  const session = await openSession(browser);
  context = session.context;
  errors = session.errors;
  await context.addInitScript(holdableStorageEvents);
  a = session.page;
  await start(a);
  b = await context.newPage();
  b.on('pageerror', (error) => errors.push(error.message));
  await b.goto(`${baseURL()}/assessment/scope`);
  await b.locator('#question-personal-data').waitFor();
});
afterEach(async () => {
  await context.close();
});

describe('two tabs on one assessment', () => {
  it('shows an answer given in the other tab without a reload', async () => {
    await answer(a, 'en', 'personal-data', 'yes');
    await expect.poll(() => radio(b, 'personal-data', 'yes').isChecked()).toBe(true);
    await expect.poll(() => radio(b, 'household-only', 'no').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('merges edits to different questions made while one tab was behind', async () => {
    await answer(a, 'en', 'personal-data', 'yes');
    await expect.poll(() => radio(b, 'household-only', 'no').isVisible()).toBe(true);
    await hold(b);
    await answer(a, 'en', 'household-only', 'no');
    await answer(b, 'en', 'law-enforcement', 'no');
    await expect
      .poll(() => storedAnswers(a))
      .toMatchObject({ 'personal-data': 'yes', 'household-only': 'no', 'law-enforcement': 'no' });
    // The tab that was behind now shows the other tab's answer too, and the other tab follows.
    await expect.poll(() => radio(b, 'household-only', 'no').isChecked()).toBe(true);
    await release(b);
    await expect.poll(() => radio(a, 'law-enforcement', 'no').isChecked()).toBe(true);
    await expect.poll(() => b.getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('asks which version to keep when both changed the same answer, and saves that', async () => {
    await answer(a, 'en', 'personal-data', 'yes');
    await expect.poll(() => radio(b, 'personal-data', 'yes').isChecked()).toBe(true);
    await hold(b);
    await answer(a, 'en', 'household-only', 'no');
    await answer(b, 'en', 'household-only', 'yes');
    const notice = b.getByRole('alert').filter({ hasText: 'also changed in another tab' });
    await notice.waitFor();
    await expect.poll(() => b.evaluate(() => document.activeElement?.id)).toBe('sync-heading');
    const row = notice.getByRole('row', { name: /Answer: Are you a private individual/ });
    await expect.poll(() => row.getByRole('cell').allTextContents()).toEqual(['Yes', 'No']);
    // Nothing from the behind tab is saved until the person chooses.
    expect((await storedAnswers(a))['household-only']).toBe('no');
    await notice.getByRole('button', { name: "Keep this tab's version" }).click();
    await expect.poll(async () => (await storedAnswers(a))['household-only']).toBe('yes');
    await release(b);
    await expect.poll(() => radio(a, 'household-only', 'yes').isChecked()).toBe(true);
    await expect.poll(() => notice.count()).toBe(0);

    // And the other way round: the person takes the other tab's version.
    await hold(b);
    await answer(a, 'en', 'personal-data', 'dont-know');
    await answer(b, 'en', 'personal-data', 'no');
    await notice.waitFor();
    await notice.getByRole('button', { name: "Take the other tab's version" }).click();
    await expect.poll(() => radio(b, 'personal-data', 'dont-know').isChecked()).toBe(true);
    expect((await storedAnswers(a))['personal-data']).toBe('dont-know');
    expect(errors).toEqual([]);
  });

  it('tells the open tab when the assessment is deleted elsewhere, and puts it back with its answers', async () => {
    await answer(a, 'en', 'personal-data', 'yes');
    const key = await activeAssessmentKey(a);
    await b.goto(`${baseURL()}/assessments`);
    await b.getByRole('heading', { level: 1, name: 'Your assessments' }).waitFor();
    await b
      .getByRole('button', { name: /^Delete: / })
      .first()
      .click();
    await b.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => b.locator('.library-table tbody tr').count()).toBe(0);

    const notice = a.getByRole('alert').filter({ hasText: 'deleted in another tab' });
    await notice.waitFor();
    // Work done after the deletion is kept in the tab and goes back with it.
    await answer(a, 'en', 'household-only', 'no');
    expect(await a.evaluate((k) => localStorage.getItem(k), key)).toBeNull();
    await notice.getByRole('button', { name: 'Put it back' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    await expect
      .poll(() => storedAnswers(a, key))
      .toMatchObject({ 'personal-data': 'yes', 'household-only': 'no' });
    await expect.poll(() => b.locator('.library-table tbody tr').count()).toBe(1);
    expect(path(a)).toBe('/assessment/scope');
    expect(errors).toEqual([]);
  });
});
