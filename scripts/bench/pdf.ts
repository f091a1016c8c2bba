// The PDF as a person gets it: on the results page of the largest example, click → download.
import type { Browser } from 'playwright-core';
import { DOWNLOAD_WATCHER, freshPage, LONG_TASK_WATCHER, type PageWindow } from './page';
import type { Target } from './targets';

export interface PdfSample {
  readonly clickToDownloadMs: number;
  /** The longest main-thread task between click and download; 0 when none reached 50 ms. */
  readonly longestTaskMs: number;
}

/** Loads the hospital example, finishes it and times the PDF download at full CPU speed. */
export async function pdfOnce(browser: Browser, target: Target): Promise<PdfSample> {
  const { context, page } = await freshPage(browser, 1);
  try {
    await page.addInitScript({ content: LONG_TASK_WATCHER });
    await page.addInitScript({ content: DOWNLOAD_WATCHER });
    await page.goto(target.url);
    await page.getByRole('button', { name: 'Load “Dutch hospital”' }).click();
    await page.getByRole('button', { name: 'Finish the assessment' }).click();
    const button = page.getByRole('button', { name: 'Download PDF', exact: true });
    await button.waitFor();
    await page.waitForLoadState('networkidle');
    const download = page.waitForEvent('download', { timeout: 120_000 });
    const start = await page.evaluate(() => {
      const start = performance.now();
      [...document.querySelectorAll('button')]
        .find((b) => b.textContent === 'Download PDF')!
        .click();
      return start;
    });
    await download;
    return await page.evaluate((start): PdfSample => {
      const w = window as PageWindow;
      const end = w.__downloadAt!;
      const during = w.__long!.filter((e) => e.start < end && e.start + e.duration > start);
      return {
        clickToDownloadMs: end - start,
        longestTaskMs: Math.max(0, ...during.map((e) => e.duration)),
      };
    }, start);
  } finally {
    await context.close();
  }
}
