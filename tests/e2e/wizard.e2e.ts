import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSession } from '../helpers/saved-session';
import { baseURL, launch, openSession, type Session } from './browser';
import {
  activeAssessmentKey,
  answer,
  answerStep,
  expectHeading,
  next,
  path,
  questionLabel,
  sectionTitle,
  runToReview,
  start,
  webshop,
} from './wizard-driver';

let browser: Browser;
const sessions: Session[] = [];

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  for (const s of sessions) expect(s.offOrigin, 'requests that left the app origin').toEqual([]);
  await browser.close();
});

async function session(options?: Parameters<typeof openSession>[1]): Promise<Session> {
  const s = await openSession(browser, options);
  sessions.push(s);
  return s;
}

describe('wizard in the browser', () => {
  it('completes the questionnaire, reaches review with every answer and finishes', async () => {
    const { page, errors, requests, offOrigin } = await session();
    await start(page);
    await expectHeading(page, sectionTitle('en', 'scope'));
    expect(await runToReview(page)).toBeGreaterThanOrEqual(10);
    const review = page.locator('.review');
    await expect.poll(() => review.textContent()).toContain('Łódź & Dvořák Webwinkel B.V.');
    expect(await review.textContent()).toContain(questionLabel('en', 'privacy-owner'));
    await expect.poll(() => page.title()).toBe('Review your answers – GDPR readiness check');
    await page.getByRole('button', { name: 'Finish the assessment' }).click();
    await expect.poll(() => path(page)).toBe('/results');
    await expect
      .poll(() => page.locator('h1').first().textContent())
      .toContain('Your readiness report');
    expect(errors).toEqual([]);
    expect(requests.length).toBeGreaterThan(3);
    expect(requests.filter((url) => !url.startsWith(baseURL()))).toEqual([]);
    expect(offOrigin).toEqual([]);
    const cookies = await page.context().cookies();
    expect(cookies).toEqual([]);
  });

  it('shows translated messages and keeps the person on the step when required answers are missing', async () => {
    const { page } = await session({ locale: 'nl-NL' });
    await start(page, 'nl');
    await next(page, 'nl');
    const alert = page.getByRole('alert');
    await expect
      .poll(() => alert.textContent())
      .toContain('Eén antwoord heeft nog je aandacht nodig');
    expect(await page.locator('#question-personal-data .field-error').textContent()).toBe(
      'Beantwoord deze vraag.',
    );
    expect(path(page)).toBe('/assessment/scope');
  });

  it('resumes at the same step with its answers after a reload', async () => {
    const { page } = await session();
    await start(page);
    await answerStep(page, 'en', webshop.scope!);
    await next(page);
    await answer(page, 'en', 'organisation-name', 'Reload Test BV');
    await answer(page, 'en', 'employees', '42');
    await page.reload();
    await expect.poll(() => path(page)).toBe('/assessment/organisation');
    await expectHeading(page, sectionTitle('en', 'organisation'));
    expect(await page.locator('#q-organisation-name').inputValue()).toBe('Reload Test BV');
    expect(await page.locator('#q-employees').inputValue()).toBe('42');
  });

  it('keeps a number field that holds no number through a reload, and still refuses it with a message', async () => {
    const { page } = await session();
    await start(page);
    await answerStep(page, 'en', webshop.scope!);
    await next(page);
    await answer(page, 'en', 'employees', 'about twenty');
    await page.reload();
    await expectHeading(page, sectionTitle('en', 'organisation'));
    expect(await page.locator('#q-employees').inputValue()).toBe('about twenty');
    await next(page);
    await expect
      .poll(() => page.locator('#error-employees').textContent())
      .toBe('Please enter a number, for example 250.');
    expect(path(page)).toBe('/assessment/organisation');
  });

  it('follows browser back and forward between steps', async () => {
    const { page } = await session();
    await start(page);
    await answerStep(page, 'en', webshop.scope!);
    await next(page);
    await answerStep(page, 'en', webshop.organisation!);
    await next(page);
    await expect.poll(() => path(page)).toBe('/assessment/data');
    await page.goBack();
    await expect.poll(() => path(page)).toBe('/assessment/organisation');
    await expectHeading(page, sectionTitle('en', 'organisation'));
    await page.goBack();
    await expectHeading(page, sectionTitle('en', 'scope'));
    await page.goForward();
    await expectHeading(page, sectionTitle('en', 'organisation'));
    expect(await page.locator('#q-employees').inputValue()).toBe('20');
  });

  it('follows Back pressed the moment Next changes the address, on a slow device', async () => {
    const { page } = await session();
    await start(page);
    await answerStep(page, 'en', webshop.scope!);
    await next(page);
    await answerStep(page, 'en', webshop.organisation!);
    // A slow device widens the gap between the address changing and React showing it.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    for (let round = 0; round < 3; round++) {
      await expectHeading(page, sectionTitle('en', 'organisation'));
      await page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            const before = location.pathname;
            document.querySelector<HTMLButtonElement>('form.step button[type=submit]')!.click();
            const watch = setInterval(() => {
              if (location.pathname === before) return;
              clearInterval(watch);
              history.back();
              // Resolve once the page has nothing left to do, so a wrong step has shown by then.
              requestAnimationFrame(() => requestIdleCallback(() => resolve()));
            }, 0);
          }),
      );
      await expect.poll(() => path(page)).toBe('/assessment/organisation');
      await expectHeading(page, sectionTitle('en', 'organisation'));
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  });

  it('sends a deep link to a step that is not reachable yet to the nearest open step, with a notice', async () => {
    const { page } = await session();
    await start(page);
    await answerStep(page, 'en', webshop.scope!);
    await page.goto(`${baseURL()}/assessment/roles`);
    await expect.poll(() => path(page)).toBe('/assessment/organisation');
    await expectHeading(page, sectionTitle('en', 'organisation'));
    expect(await page.getByRole('alert').textContent()).toContain('That page is not open yet');
    await page.goto(`${baseURL()}/review`);
    await expect.poll(() => path(page)).toBe('/assessment/organisation');
  });

  it('keeps the answers when the language is switched mid-way', async () => {
    const { page } = await session();
    await start(page);
    await answerStep(page, 'en', webshop.scope!);
    await next(page);
    await answer(page, 'en', 'organisation-name', 'Taalwissel BV');
    await page.getByLabel('Language').selectOption('nl');
    await expectHeading(page, sectionTitle('nl', 'organisation'));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    expect(await page.locator('#q-organisation-name').inputValue()).toBe('Taalwissel BV');
    await page.getByRole('button', { name: 'Vorige', exact: true }).click();
    await expectHeading(page, sectionTitle('nl', 'scope'));
    expect(
      await page
        .locator('#question-personal-data')
        .getByRole('radio', { name: 'Ja', exact: true })
        .isChecked(),
    ).toBe(true);
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
  });

  it('ends early when the GDPR does not apply, explains why, and lets the person continue anyway', async () => {
    const { page } = await session();
    await start(page);
    await answerStep(page, 'en', {
      'personal-data': 'yes',
      'household-only': 'no',
      'law-enforcement': 'no',
      'eu-establishment': 'no',
      'offers-to-eu': 'no',
      'monitors-eu': 'no',
      'serves-eu-controllers': 'no',
      'serves-controllers-targeting-eu': 'no',
      'international-law-place': 'no',
    });
    await next(page);
    await expect.poll(() => path(page)).toBe('/outcome/gdpr-not-applicable');
    const text = await page.locator('.exit').textContent();
    expect(text).toContain('Article 3');
    await page.getByRole('button', { name: 'Continue the assessment anyway' }).click();
    await expect.poll(() => path(page)).toBe('/assessment/organisation');
  });

  it('tells the person when stored answers are corrupt, offers them for download and starts fresh', async () => {
    const { page } = await session();
    await page.goto(`${baseURL()}/`);
    await page.getByRole('button', { name: 'Start the assessment' }).waitFor();
    const key = await activeAssessmentKey(page);
    await page.evaluate(
      (k) => localStorage.setItem(k, '{"type":"gdpr-readiness-session", broken'),
      key,
    );
    await page.reload();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('could not be read');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the stored data' }).click(),
    ]);
    const saved = await download.path();
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(saved, 'utf8')).toBe('{"type":"gdpr-readiness-session", broken');
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await expect.poll(() => path(page)).toBe('/assessment/scope');
    // Set aside under the assessment's id and the time, so a later copy never overwrites it.
    expect(
      await page.evaluate((k) => {
        const prefix = `${k.replace(':assessment:', ':unreadable:')}:`;
        const keys = Object.keys(localStorage).filter((key) => key.startsWith(prefix));
        return keys.map((key) => localStorage.getItem(key));
      }, key),
    ).toEqual(['{"type":"gdpr-readiness-session", broken']);
  });

  it('starts fresh with a notice when stored answers come from an unknown version', async () => {
    const { page } = await session();
    await page.goto(`${baseURL()}/`);
    await page.getByRole('button', { name: 'Start the assessment' }).waitFor();
    await page.evaluate(
      (k) =>
        localStorage.setItem(
          k,
          JSON.stringify({ type: 'gdpr-readiness-session', version: 99, answers: {} }),
        ),
      await activeAssessmentKey(page),
    );
    await page.reload();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('newer or unknown version');
    // The notice shows as soon as the saved data is read; the intro may still be loading.
    await page.getByRole('button', { name: 'Start the assessment' }).waitFor();
  });

  it('tells the person which question changed since their save, with their earlier answer, and asks it again', async () => {
    const { page } = await session();
    await page.goto(`${baseURL()}/`);
    await page.getByRole('button', { name: 'Start the assessment' }).waitFor();
    const saved = makeSession({
      questionnaireVersion: '1.2.0',
      answers: { ...webshop.scope, 'security-measures': 'partly' },
      location: { screen: 'step', stepId: 'scope' },
    });
    await page.evaluate(
      ([k, text]) => localStorage.setItem(k!, text!),
      [await activeAssessmentKey(page), JSON.stringify(saved)],
    );
    await page.goto(`${baseURL()}/assessment/scope`);
    const notice = page
      .getByRole('status')
      .filter({ hasText: 'has changed since your last visit' });
    await expect
      .poll(() => notice.textContent())
      .toContain('your earlier answer “Partly” does not answer it');
    expect(await notice.textContent()).toContain(
      'Which of these security measures do you have in place',
    );
    // The answers the change did not touch are all still there.
    await expect
      .poll(() => page.getByRole('radio', { name: 'Yes' }).first().isChecked())
      .toBe(true);
    // The earlier answer stays in the question's note once the notice is gone.
    const key = await activeAssessmentKey(page);
    await expect
      .poll(async () => {
        const text = await page.evaluate((k) => localStorage.getItem(k), key);
        const stored = JSON.parse(text ?? '{}') as { notes?: Record<string, string> };
        return stored.notes?.['security-measures'] ?? '';
      })
      .toBe('Earlier answer, before this question changed: “Partly”.');
  });

  it('keeps the answers saved before assessments were kept in a library', async () => {
    const { page } = await session();
    await page.goto(`${baseURL()}/faq`);
    await page.evaluate(() => {
      localStorage.clear();
      localStorage.setItem(
        'gdpr-readiness:session:gdpr-readiness',
        JSON.stringify({
          type: 'gdpr-readiness-session',
          version: 2,
          questionnaireId: 'gdpr-readiness',
          questionnaireVersion: '1.0.0',
          answers: { 'personal-data': 'yes' },
          location: { screen: 'step', stepId: 'scope' },
          overriddenExits: [],
          completedAt: null,
          updatedAt: '2026-10-01T10:00:00.000Z',
          actionPlan: {},
        }),
      );
    });
    await page.goto(`${baseURL()}/assessment/scope`);
    await expect
      .poll(() => page.getByRole('radio', { name: 'Yes' }).first().isChecked())
      .toBe(true);
    expect(
      await page.evaluate(() => localStorage.getItem('gdpr-readiness:session:gdpr-readiness')),
    ).toBeNull();
  });

  it('asks before starting over, and only then clears the answers', async () => {
    const { page } = await session();
    await start(page);
    await answerStep(page, 'en', webshop.scope!);
    await page.goto(`${baseURL()}/`);
    await page.getByRole('button', { name: 'Start over' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Keep my answers' }).click();
    expect(
      await page.getByRole('button', { name: 'Continue where you left off' }).isVisible(),
    ).toBe(true);
    await page.getByRole('button', { name: 'Start over' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: 'Delete answers and start over' })
      .click();
    expect(await page.getByRole('button', { name: 'Start the assessment' }).isVisible()).toBe(true);
  });

  it('loads an example, asking first when it would replace answers, and lands on the review', async () => {
    const { page } = await session();
    await start(page);
    await answerStep(page, 'en', webshop.scope!);
    await page.goto(`${baseURL()}/`);
    await page.getByRole('button', { name: /Load “Dutch web shop/ }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Replace my answers' }).click();
    await expect.poll(() => path(page)).toBe('/review');
    await expect
      .poll(() => page.locator('.review').textContent())
      .toContain('Fietsonderdelen Utrecht BV');
  });

  it('clears the other choices when "I don\'t know" is chosen in a multiple-choice question, and the reverse', async () => {
    const { page } = await session();
    await page.goto(`${baseURL()}/`);
    await page.getByRole('button', { name: /Load “Dutch web shop/ }).click();
    await expect.poll(() => path(page)).toBe('/review');
    await page.goto(`${baseURL()}/assessment/lawful-basis`);
    const box = page.locator('#question-lawful-bases');
    await box.locator('input[value="dont-know-bases"]').check();
    expect(await box.locator('input:checked').count()).toBe(1);
    await box.locator('input[value="contract"]').check();
    expect(await box.locator('input[value="dont-know-bases"]').isChecked()).toBe(false);
    expect(await box.locator('input[value="contract"]').isChecked()).toBe(true);
  });

  it('shows a not-found page for unknown addresses', async () => {
    const { page } = await session();
    await page.goto(`${baseURL()}/no/such/page`);
    await expectHeading(page, 'Page not found');
  });
});
