import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import texts from '../../questionnaires/gdpr-readiness/locales/en.json';
import { GDPR_URL, UAVG_URL } from '@/report/pdf/render-pdf';
import { loadShippedQuestionnaire } from '../helpers/questionnaires';
import { extractEmbeddedAnswers, readPdf, type PdfContent } from '../pdf-text';
import { baseURL, launch, openSession } from './browser';
import { path } from './wizard-driver';
import { runAxe, WCAG } from './axe';

/**
 * What a workshop hands over: its notes and parked questions on the review and results pages
 * and, when chosen, in the PDF; who assessed and who took part on the PDF's cover; and links in
 * the PDF only to where its reader can go.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const NOTE = 'Sam keeps the list of data protection tasks; no formal role yet';
// The law and the sources of the national laws that apply, which the closing chapter links.
const LAW = new Set([
  GDPR_URL,
  UAVG_URL,
  ...loadShippedQuestionnaire().nationalModules.flatMap((m) => m.sources.map((s) => s.url)),
]);
const label = (id: keyof typeof texts.questions) => texts.questions[id].label;
const flat = (pdf: PdfContent) => pdf.pages.join('\n').replace(/\s+/g, ' ');

/** The dutch-webshop example loaded and reviewed, so every question has its answer. */
async function loadExample(page: Page) {
  await page.goto(`${baseURL()}/`);
  await page.getByRole('button', { name: /Load “Dutch web shop/ }).click();
  await expect.poll(() => path(page)).toBe('/review');
}

/** Moves the presenter on (Enter) until it shows `id`. */
async function presenterTo(page: Page, id: string) {
  const shown = () => page.locator('.presenter-question').getAttribute('data-question-id');
  for (let guard = 0; guard < 40 && (await shown()) !== id; guard++) {
    const from = await shown();
    await page.keyboard.press('Enter');
    await expect.poll(shown).not.toBe(from);
  }
  expect(await shown()).toBe(id);
}

async function downloadPdf(page: Page): Promise<{ name: string; bytes: Uint8Array }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PDF' }).click(),
  ]);
  return {
    name: download.suggestedFilename(),
    bytes: new Uint8Array(readFileSync(await download.path())),
  };
}

async function serveConfig(context: BrowserContext, body: unknown): Promise<void> {
  const origin = new URL(baseURL()).origin;
  await context.route(`${origin}/config.json`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) }),
  );
}

describe('the workshop’s deliverable', () => {
  it('lists the note and the parked question, and prints them with the team when chosen', async () => {
    const { page, offOrigin, errors } = await openSession(browser);
    await loadExample(page);

    // In the presenter view: a note on one question, the next one parked.
    await page.goto(`${baseURL()}/workshop/assessment/roles`);
    await page.locator('.presenter-question').waitFor();
    await presenterTo(page, 'privacy-owner');
    await page.keyboard.press('n');
    await page.keyboard.type(NOTE);
    await page.keyboard.press('Escape');
    await presenterTo(page, 'cross-border');
    await page.keyboard.press('p');
    await expect(
      page.getByRole('button', { name: 'Park for later' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');

    await page.goto(`${baseURL()}/workshop/review`);
    const reviewNotes = page.locator('.workshop-notes');
    await expect.poll(() => reviewNotes.textContent()).toContain(NOTE);
    const reviewText = (await reviewNotes.textContent()) ?? '';
    expect(reviewText).toContain('Workshop notes');
    expect(reviewText).toContain(label('privacy-owner'));
    expect(reviewText).toContain(label('cross-border'));
    expect(reviewText).toContain('Parked');

    await page.getByRole('button', { name: 'Finish the assessment' }).click();
    await expect.poll(() => path(page)).toBe('/workshop/results');
    await expect.poll(() => page.locator('.workshop-notes').textContent()).toContain(NOTE);
    await page.getByLabel('Assessed by').fill('Łucja Dvořák, Privacy Partners');
    await page.getByLabel('Participants').fill('Anna Jansen, Bram de Wit');
    // Saved with the assessment: still there after a reload.
    await page.reload();
    await expect
      .poll(() => page.getByLabel('Participants').inputValue())
      .toBe('Anna Jansen, Bram de Wit');

    const axe = await runAxe(page, WCAG);
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    // Without the choice, the PDF neither prints nor holds the notes; the cover names the team.
    const plain = await downloadPdf(page);
    expect(plain.name).toMatch(/^gdpr-report-fietsonderdelen-utrecht-bv-\d{4}-\d{2}-\d{2}\.pdf$/);
    const plainPdf = await readPdf(plain.bytes, ' ');
    expect(flat(plainPdf)).not.toContain(NOTE);
    const cover = (plainPdf.pages[0] ?? '').replace(/\s+/g, ' ');
    expect(cover).toContain('Assessed by Łucja Dvořák, Privacy Partners');
    expect(cover).toContain('Participants Anna Jansen, Bram de Wit');

    await page.getByLabel('Include workshop notes in the PDF').check();
    const withNotes = await downloadPdf(page);
    const pdf = await readPdf(withNotes.bytes, ' ');
    const chapter = pdf.pages.findIndex((p) => p.startsWith('Workshop notes'));
    expect(chapter).toBeGreaterThan(0);
    const notesText = pdf.pages
      .slice(chapter)
      .join('\n')
      .replace(/\s+/g, ' ')
      .split('Appendix: the answers')[0];
    expect(notesText).toContain(NOTE);
    expect(notesText).toContain(label('privacy-owner').replace(/\s+/g, ' '));
    expect(notesText).toContain(label('cross-border').replace(/\s+/g, ' '));
    expect(notesText).toContain('Parked: to come back to');
    const embedded = (await extractEmbeddedAnswers(withNotes.bytes)) as {
      notes: Record<string, string>;
      parked: string[];
      team: unknown;
    };
    expect(embedded.notes['privacy-owner']).toBe(NOTE);
    expect(embedded.parked).toEqual(['cross-border']);
    expect(embedded.team).toEqual({
      assessedBy: 'Łucja Dvořák, Privacy Partners',
      participants: 'Anna Jansen, Bram de Wit',
    });

    // Served from 127.0.0.1 without a publicUrl: the app's pages are named, never linked.
    for (const { links } of [plainPdf, pdf])
      for (const link of links) if (link.url !== null) expect(LAW.has(link.url)).toBe(true);
    expect(flat(pdf)).not.toMatch(/127\.0\.0\.1|localhost/);
    expect(flat(pdf)).toContain("In this check's menu: FAQ");
    expect(offOrigin).toEqual([]);
    expect(errors).toEqual([]);
  }, 180_000);

  it('starts every link in the PDF with the configured publicUrl', async () => {
    const { page, context, offOrigin } = await openSession(browser);
    const publicUrl = 'https://gdpr-check.partners.example';
    await serveConfig(context, { version: 1, publicUrl, links: { dpa: '/docs/dpa.pdf' } });
    await loadExample(page);
    await page.getByRole('button', { name: 'Finish the assessment' }).click();
    await expect.poll(() => path(page)).toBe('/results');
    const pdf = await readPdf((await downloadPdf(page)).bytes, ' ');
    const links = pdf.links.flatMap((l) => (l.url === null || LAW.has(l.url) ? [] : [l.url]));
    expect(links).toContain(`${publicUrl}/faq`);
    expect(links).toContain(`${publicUrl}/dpa`);
    expect(links).toContain(`${publicUrl}/docs/dpa.pdf`);
    for (const url of links) expect(url.startsWith(`${publicUrl}/`)).toBe(true);
    expect(offOrigin).toEqual([]);
  }, 120_000);
});
