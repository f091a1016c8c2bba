import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../pdf-text';
import { violations } from './axe';
import { baseURL, controlledByServiceWorker, cspViolations, launch, openSession } from './browser';
import { path } from './wizard-driver';
import appEn from '../../src/i18n/locales/en.json';
import appNl from '../../src/i18n/locales/nl.json';
import reportEn from '../../src/i18n/locales/report.en.json';
import reportNl from '../../src/i18n/locales/report.nl.json';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const TEXTS = {
  en: { app: appEn, report: reportEn, example: 'Dutch web shop' },
  nl: { app: appNl, report: reportNl, example: 'Nederlandse webwinkel' },
} as const;

/** The languages this file has texts for. */
type Lang = keyof typeof TEXTS;

/** Text without any white space: lines wrap differently in the two PDFs and on the page. */
const squeezed = (text: string) => text.replace(/\s+/g, '');

/** The chapter titles in the contents on the cover of the app's own (jsPDF) report. */
function contentsOf(cover: string, lang: Lang): string[] {
  const lines = cover.split('\n').map((line) => line.trim());
  const titles: string[] = [];
  // Each entry is a title and its page number; the page's footer follows the last.
  for (const line of lines.slice(lines.indexOf(TEXTS[lang].report.cover.contents) + 1)) {
    const entry = /^(.+?)\s+(\d+)$/.exec(line);
    if (!entry || line.includes(TEXTS[lang].report.footer.notAdvice)) break;
    titles.push(entry[1]!);
  }
  return titles;
}

/** Loads the example, finishes it and waits for the results. */
async function finishExample(page: Page, lang: Lang): Promise<void> {
  const texts = TEXTS[lang].app;
  await page.goto(`${baseURL()}/`);
  await page
    .getByRole('button', {
      name: texts.intro.loadExample.replace('{{title}}', TEXTS[lang].example),
    })
    .click();
  await expect.poll(() => path(page)).toBe('/review');
  await page.getByRole('button', { name: texts.review.finish }).click();
  await expect.poll(() => path(page)).toBe('/results');
}

describe.each(['en', 'nl'] as Lang[])('the printable report (%s)', (lang) => {
  it('has the PDF report’s chapters in its order, passes axe, prints and works offline', async () => {
    const texts = TEXTS[lang];
    const { page, context, errors, offOrigin } = await openSession(browser, {
      locale: lang === 'en' ? 'en-GB' : 'nl-NL',
    });
    await finishExample(page, lang);
    const overall = (await page.locator('.overall-score').textContent()) ?? '';
    const score = /^(\d{1,3})/.exec(overall)?.[1];
    expect(score).toBeDefined();
    const firstStep = page.locator('.start-here-steps li').first();
    const firstAction = (await firstStep.locator('.start-here-action').textContent()) ?? '';
    const firstArticle = ((await firstStep.locator('.action-facts dd').nth(2).textContent()) ?? '')
      .split(',')[0]!
      .trim();
    // Cited in the page's language: "Art. 12(3) GDPR" or "art. 12 lid 3 AVG".
    expect(firstArticle).toMatch(
      lang === 'nl' ? /^art\. \d+.* (AVG|UAVG)$/ : /^Art\. \d+.* (GDPR|UAVG)$/,
    );

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: texts.app.results.download }).click(),
    ]);
    const jspdf = await pdfText(new Uint8Array(readFileSync(await download.path())), ' ');
    const chapters = contentsOf(jspdf[0]!, lang);
    expect(chapters).toContain(texts.report.summary.title);
    expect(chapters).toContain(texts.report.about.title);

    await page.getByRole('link', { name: texts.app.results.printReport }).click();
    await expect.poll(() => path(page)).toBe('/report');
    await page.getByRole('heading', { level: 1, name: 'Fietsonderdelen Utrecht BV' }).waitFor();
    await page.getByRole('button', { name: texts.app.report.print }).waitFor();
    expect(
      await page.locator('.report-chapter > h2').evaluateAll((hs) => hs.map((h) => h.textContent)),
    ).toEqual(chapters);
    expect(await violations(page)).toEqual([]);

    // Chromium's own PDF of the page: a tagged PDF, each chapter from a new page, numbered.
    const printed = await pdfText(
      new Uint8Array(await page.pdf({ format: 'A4', tagged: true })),
      ' ',
    );
    // The page number (in the page's bottom margin box) comes first in the page's text.
    const pageNumber = /^\d+ \/ \d+$/;
    const firstLines = printed.map(
      (text) =>
        text
          .split('\n')
          .map((line) => line.trim())
          .find((line) => line !== '' && !pageNumber.test(line)) ?? '',
    );
    expect(firstLines.filter((line) => chapters.includes(line))).toEqual(chapters);
    const all = squeezed(printed.join('\n'));
    expect(all).toContain(squeezed(`${score} ${texts.report.summary.outOf}`));
    expect(all).toContain(squeezed(texts.report.summary.topActions));
    expect(all).toContain(squeezed(firstAction));
    expect(all).toContain(squeezed(firstArticle));
    expect(printed.map((text) => text.trim().split('\n')[0])).toEqual(
      printed.map((_, i) => `${i + 1} / ${printed.length}`),
    );

    // Offline: the service worker has the page's code and the app's shell.
    await controlledByServiceWorker(page);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Fietsonderdelen Utrecht BV' }).waitFor();
    expect(await page.locator('.report-chapter > h2').count()).toBe(chapters.length);

    expect(await cspViolations(page)).toEqual([]);
    expect(offOrigin).toEqual([]);
    expect(errors).toEqual([]);
  }, 180_000);

  it('says there is no report yet, with a way to the start, before an assessment is finished', async () => {
    const texts = TEXTS[lang].app;
    const { page, errors } = await openSession(browser, {
      locale: lang === 'en' ? 'en-GB' : 'nl-NL',
    });
    await page.goto(`${baseURL()}/report`);
    await page.getByRole('heading', { level: 1, name: texts.report.noneTitle }).waitFor();
    await page.getByRole('link', { name: texts.report.toStart }).click();
    await expect.poll(() => path(page)).toBe('/');
    expect(errors).toEqual([]);
  }, 60_000);
});
