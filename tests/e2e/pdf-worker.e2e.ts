import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfLinkBase } from '@/engine/config/public-url';
import type { Session } from '@/engine/session/session.schema';
import { buildReport } from '@/report/build-report';
import { renderPdf } from '@/report/pdf/render-pdf';
import { DOWNLOAD_WATCHER } from '../../scripts/bench/page';
import { createNodeTranslator, nodeFonts } from '../../scripts/report';
import { texts } from '../helpers/rendered-pdf';
import { questionnaire } from '../helpers/transfer';
import { extractEmbeddedAnswers, pdfText } from '../pdf-text';
import { baseURL, cspViolations, launch, openSession } from './browser';
import { path } from './wizard-driver';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** When the export started, when the page answered the click on the checkbox, when it handed the
 * PDF over, and whether it showed a share of the drawing done meanwhile. */
interface Moments {
  __startedAt?: number;
  __answeredAt?: number;
  __downloadAt?: number;
  __progressShown?: boolean;
}

describe('the PDF made in a worker', () => {
  it('keeps the page answering while it is made, shows progress, and prints what Node prints', async () => {
    const { page, offOrigin } = await openSession(browser);
    await page.addInitScript({ content: DOWNLOAD_WATCHER });
    await page.goto(`${baseURL()}/`);
    // The largest example: the longest PDF.
    await page.getByRole('button', { name: 'Load “Dutch hospital”' }).click();
    await expect.poll(() => path(page)).toBe('/review');
    await page.getByRole('button', { name: 'Finish the assessment' }).click();
    await expect.poll(() => path(page)).toBe('/results');
    const checkbox = page.getByRole('checkbox', { name: 'Include workshop notes in the PDF' });
    await checkbox.waitFor();
    await page.evaluate(() => {
      const moments = window as Moments;
      const box = document.querySelector<HTMLInputElement>('.results-embed input')!;
      box.addEventListener('click', () => {
        moments.__answeredAt ??= performance.now();
      });
      const button = [...document.querySelectorAll('button')].find(
        (b) => b.textContent === 'Download PDF',
      )!;
      button.addEventListener('click', () => {
        moments.__startedAt ??= performance.now();
      });
      // A share above 0 is told only once a chapter is drawn: the drawing has started.
      new MutationObserver(() => {
        for (const status of document.querySelectorAll('[role=status]'))
          if (/^Making the PDF… [1-9]\d?%$/.test(status.textContent ?? ''))
            moments.__progressShown = true;
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });

    // The checkbox is clicked as soon as the export has started, so the click competes with the
    // whole of the drawing, not with its last part after a round trip to the test. Without
    // Playwright's checks first (round trips that could outlast the drawing). CPU throttling
    // would not widen the window: Chromium slows the page's thread, not the worker's.
    const download = page.waitForEvent('download');
    const button = page.getByRole('button', { name: 'Download PDF' });
    await button.click();
    await checkbox.click({ force: true });
    const file = await download;

    expect(await checkbox.isChecked()).toBe(true);
    const moments = await page.evaluate(() => {
      const { __startedAt, __answeredAt, __downloadAt, __progressShown } = window as Moments;
      return { __startedAt, __answeredAt, __downloadAt, __progressShown };
    });
    expect(moments.__progressShown).toBe(true);
    expect(moments.__startedAt).toBeDefined();
    expect(moments.__answeredAt).toBeGreaterThan(moments.__startedAt!);
    expect(moments.__answeredAt).toBeLessThan(moments.__downloadAt!);
    await expect.poll(() => button.isEnabled()).toBe(true);
    expect(await page.getByRole('status').filter({ hasText: 'Making the PDF' }).count()).toBe(0);

    // The same input drawn in Node, as `npm run report` draws it, reads the same.
    const bytes = new Uint8Array(readFileSync(await file.path()));
    const session = (await extractEmbeddedAnswers(bytes)) as Session;
    const inNode = await renderPdf(
      buildReport(questionnaire, session.answers, session.actionPlan, {
        processorReviews: session.processorReviews,
      }),
      {
        t: createNodeTranslator('en', questionnaire.id, texts),
        language: 'en',
        assessor: null,
        generatedAt: new Date(),
        appUrl: pdfLinkBase({ publicUrl: null, origin: new URL(baseURL()).origin }),
        fonts: await nodeFonts(),
        embeddedAnswers: JSON.stringify(session),
      },
    );
    const pages = await pdfText(bytes);
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.join('\n')).toContain('Page 1 of');
    expect(pages).toEqual(await pdfText(inNode));
    expect(await cspViolations(page)).toEqual([]);
    expect(offOrigin).toEqual([]);
  });

  it('shows the error when the fonts cannot be fetched, and makes the PDF on the next try', async () => {
    const { page, context } = await openSession(browser);
    // From the start: the page has the worker prepare the fonts before the button is clicked.
    await context.route('**/*.ttf', (route) => route.abort());
    await page.goto(`${baseURL()}/`);
    await page.getByRole('button', { name: /Load “Dutch web shop/ }).click();
    await expect.poll(() => path(page)).toBe('/review');
    await page.getByRole('button', { name: 'Finish the assessment' }).click();
    await expect.poll(() => path(page)).toBe('/results');
    await page.getByRole('button', { name: 'Download PDF' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('The PDF could not be made. Please try again; your answers are safe.');
    expect(await page.getByRole('button', { name: 'Download PDF' }).isEnabled()).toBe(true);

    await context.unroute('**/*.ttf');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PDF' }).click(),
    ]);
    expect((await pdfText(new Uint8Array(readFileSync(await file.path())))).join('\n')).toContain(
      'Fietsonderdelen Utrecht BV',
    );
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
