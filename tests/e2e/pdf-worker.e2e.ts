import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/** When the page handed the PDF over and when it answered the click on the checkbox. */
interface Moments {
  __downloadAt?: number;
  __answeredAt?: number;
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
    const checkbox = page.getByRole('checkbox', { name: 'Include workshop notes in the PDF file' });
    await checkbox.waitFor();
    await page.evaluate(() => {
      const box = document.querySelector<HTMLInputElement>('.results-embed input')!;
      box.addEventListener('click', () => {
        (window as Moments).__answeredAt = performance.now();
      });
    });

    // Clicked without Playwright's checks first (round trips that could outlast the drawing).
    // CPU throttling would not widen the window: Chromium slows the page's thread, not the worker's.
    const download = page.waitForEvent('download');
    const button = page.getByRole('button', { name: 'Download PDF' });
    await button.click();
    // A share above 0 is told only once a chapter is drawn: the drawing has started.
    await page
      .getByRole('status')
      .filter({ hasText: /^Making the PDF… [1-9]\d?%$/ })
      .waitFor();
    await checkbox.click({ force: true });
    const file = await download;

    expect(await checkbox.isChecked()).toBe(true);
    const moments = await page.evaluate(() => {
      const { __answeredAt, __downloadAt } = window as Moments;
      return { answeredAt: __answeredAt, downloadAt: __downloadAt };
    });
    expect(moments.answeredAt).toBeDefined();
    expect(moments.downloadAt).toBeDefined();
    expect(moments.answeredAt!).toBeLessThan(moments.downloadAt!);
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
        appUrl: new URL(baseURL()).origin,
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
