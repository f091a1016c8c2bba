import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractEmbeddedAnswers, pdfText } from '../pdf-text';
import { baseURL, cspViolations, launch, openSession } from './browser';
import { path } from './wizard-driver';
import { runAxe, WCAG } from './axe';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('results page and PDF', () => {
  it('shows the report, keeps an owner and due date, and downloads a PDF with them', async () => {
    const { page, offOrigin } = await openSession(browser);
    await page.goto(`${baseURL()}/`);
    await page.getByRole('button', { name: /Load “Dutch web shop/ }).click();
    await expect.poll(() => path(page)).toBe('/review');
    await page.getByRole('button', { name: 'Finish the assessment' }).click();
    await expect.poll(() => path(page)).toBe('/results');
    expect(await page.locator('.overall-score').textContent()).toMatch(/^\d{1,3} \/ 100$/);
    expect(await page.getByRole('table').first().textContent()).toContain('Security');
    const firstOwner = page.locator('.action-plan input[type=text]').first();
    await firstOwner.fill('Łucja Dvořák');
    await page.locator('.action-plan input[type=date]').first().fill('2027-03-31');
    await page.reload();
    await expect
      .poll(() => page.locator('.action-plan input[type=text]').first().inputValue())
      .toBe('Łucja Dvořák');

    const axe = await runAxe(page, WCAG);
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^gdpr-report-fietsonderdelen-utrecht-bv-\d{4}-\d{2}-\d{2}\.pdf$/,
    );
    const bytes = new Uint8Array(readFileSync(await download.path()));
    const pages = await pdfText(bytes, ' ');
    // Table cells wrap, so compare with the line breaks folded into spaces.
    const text = pages.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Fietsonderdelen Utrecht BV');
    expect(text).toContain('Łucja Dvořák');
    expect(text).toContain('31 Mar 2027');
    expect(pages[0]).toMatch(/Page 1 of \d+/);
    const embedded = (await extractEmbeddedAnswers(bytes)) as {
      answers: Record<string, unknown>;
      actionPlan: Record<string, unknown>;
    };
    expect(embedded.answers['organisation-name']).toBe('Fietsonderdelen Utrecht BV');
    expect(Object.values(embedded.actionPlan)).toContainEqual({
      ownerName: 'Łucja Dvořák',
      dueDate: '2027-03-31',
    });
    expect(await cspViolations(page)).toEqual([]);
    expect(offOrigin).toEqual([]);
  });
});
