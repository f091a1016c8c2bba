import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../pdf-text';
import { baseURL, controlledByServiceWorker, cspViolations, launch, openSession } from './browser';
import {
  answerStep,
  expectHeading,
  next,
  path,
  sectionTitle,
  runToReview,
  start,
  webshop,
} from './wizard-driver';

// The worker precaches the whole app before it takes over: seconds on a loaded 2-core machine.
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('privacy', () => {
  it('runs a whole journey under a strict Content-Security-Policy without a violation, a cookie or a foreign request', async () => {
    const { page, requests, offOrigin, context } = await openSession(browser);
    await start(page);
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    await runToReview(page);
    await page.getByLabel('Language').selectOption('nl');
    await page.getByRole('button', { name: 'Check afronden' }).click();
    await expect.poll(() => path(page)).toBe('/results');
    expect(await cspViolations(page)).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(offOrigin).toEqual([]);
    const origin = new URL(baseURL()).origin;
    expect(requests.every((url) => new URL(url).origin === origin)).toBe(true);
  });
});

describe('offline', () => {
  it('works offline after one visit: reload, deep link, a full run and the PDF export', async () => {
    const { page, context } = await openSession(browser);
    await page.goto(`${baseURL()}/`);
    await page.locator('.intro h1').waitFor();
    await controlledByServiceWorker(page);
    await context.setOffline(true);
    await page.reload();
    await page.locator('.intro h1').waitFor();
    await start(page);
    await answerStep(page, 'en', webshop.scope!);
    await next(page);
    await page.goto(`${baseURL()}/assessment/organisation`);
    await expectHeading(page, sectionTitle('en', 'organisation'));
    await runToReview(page);
    await page.getByRole('button', { name: 'Finish the assessment' }).click();
    await expect.poll(() => path(page)).toBe('/results');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^gdpr-report-.*\.pdf$/);
    const pages = await pdfText(new Uint8Array(readFileSync(await download.path())), ' ');
    expect(pages.length).toBeGreaterThan(5);
  });
});
