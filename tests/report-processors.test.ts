import { citeLegalRef } from '@/engine/legal/cite-legal-ref';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '@/report/build-report';
import { renderPdf } from '@/report/pdf/render-pdf';
import { requiredElements } from '@/report/processor-reviews';
import { main, type Language } from '../scripts/report';
import { loadExample, withoutProcessors } from './helpers/examples';
import { APP_URL, flat, pdfOptions } from './helpers/rendered-pdf';
import { makeSession } from './helpers/saved-session';
import { questionnaire } from './helpers/transfer';
import { readPdf, type PdfContent } from './pdf-text';

/**
 * Vendors' processing agreements, as ticked on the DPA guide, in the PDF (a
 * chapter in the contents with one row per vendor, its missing elements and
 * their articles, and the guide's address) and in `npm run report --format json`.
 */

const answers = loadExample('dutch-webshop').answers;
const allIds = requiredElements().map((e) => e.id);
const reviews = [
  { id: 'v1', vendor: 'Mailbox Zoë BV', checked: ['confidentiality', 'written-form'] },
  { id: 'v2', vendor: 'Payroll Łódź', checked: allIds },
];
const session = makeSession({
  questionnaireVersion: questionnaire.version,
  answers,
  location: { screen: 'complete' },
  completedAt: '2026-01-15T10:00:00.000Z',
  updatedAt: '2026-01-15T10:00:00.000Z',
  processorReviews: reviews,
});
const options = (language: Language) =>
  pdfOptions(language, { assessor: null, embeddedAnswers: JSON.stringify(session) });

describe.each<Language>(['en', 'nl'])('the processor agreements chapter in %s', (language) => {
  const { t } = options(language);
  const model = buildReport(questionnaire, answers, {}, { processorReviews: reviews });
  let pdf: PdfContent;
  let chapterPage: number;

  beforeAll(async () => {
    pdf = await readPdf(await renderPdf(model, options(language)), ' ');
    chapterPage = pdf.pages.findIndex((page) =>
      flat(page).startsWith(flat(t('report:processors.title'))),
    );
  });

  it('is listed in the contents and leads to its page', () => {
    expect(chapterPage).toBeGreaterThan(0);
    expect(flat(pdf.pages[0] ?? '')).toContain(
      `${flat(t('report:processors.title'))} ${chapterPage + 1}`,
    );
    expect(pdf.links).toContainEqual({ page: 1, url: null, destPage: chapterPage + 1 });
  });

  it('has a row per vendor with what was found and what is missing, with articles', () => {
    const page = flat(pdf.pages[chapterPage] ?? '');
    expect(page).toContain('Mailbox Zoë BV');
    expect(page).toContain('Payroll Łódź');
    expect(page).toContain(flat(t('report:processors.covered', { covered: 2, total: 11 })));
    expect(page).toContain(flat(t('report:processors.covered', { covered: 11, total: 11 })));
    expect(page).toContain(flat(t('report:processors.complete')));
    expect(page).toContain(
      flat(
        `${t('report:processors.items.sub-processors')} (${['Art. 28(3)(d)', 'Art. 28(2)', 'Art. 28(4)'].map((ref) => citeLegalRef(ref, language)).join(', ')})`,
      ),
    );
    // Found elements are not listed as missing.
    expect(page).not.toContain(flat(t('report:processors.items.confidentiality')));
  });

  it('links the articles to EUR-Lex and points to the DPA guide', () => {
    const onPage = pdf.links.filter((l) => l.page === chapterPage + 1);
    expect(onPage.map((l) => l.url)).toContain(`${APP_URL}/dpa`);
    expect(onPage.filter((l) => l.url?.startsWith('https://eur-lex.europa.eu')).length).toBe(
      // Nine missing elements citing twelve articles in all.
      requiredElements()
        .filter((e) => !['confidentiality', 'written-form'].includes(e.id))
        .flatMap((e) => e.articles).length,
    );
  });
});

describe('without reviews', () => {
  const { t } = options('en');

  it('points to the guide when the answers say processors are used', async () => {
    const model = buildReport(questionnaire, answers);
    const all = flat((await readPdf(await renderPdf(model, options('en')), ' ')).pages.join('\n'));
    expect(all).toContain(flat(t('report:processors.none')));
  });

  it('leaves the chapter out when no processors are used', async () => {
    const model = buildReport(questionnaire, withoutProcessors(answers));
    const pdf = await readPdf(await renderPdf(model, options('en')), ' ');
    expect(flat(pdf.pages[0] ?? '')).not.toContain(flat(t('report:processors.title')));
  });
});

describe('npm run report --format json', () => {
  const dir = mkdtempSync(join(tmpdir(), 'report-processors-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('carries the reviewed vendors of a saved session, with the elements named', async () => {
    const path = join(dir, 'session.json');
    writeFileSync(path, JSON.stringify(session));
    let stdout = '';
    const code = await main([path, '--format', 'json', '--lang', 'nl'], {
      stdout: (text) => (stdout += text),
      stderr: () => {},
      cwd: dir,
      now: () => new Date('2026-03-02T09:30:00'),
    });
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as {
      processors: {
        usesProcessors: boolean;
        elements: { id: string; label: string }[];
        vendors: { vendor: string; missing: string[]; complete: boolean }[];
      };
    };
    expect(json.processors.usesProcessors).toBe(true);
    expect(json.processors.vendors.map((v) => [v.vendor, v.complete])).toEqual([
      ['Mailbox Zoë BV', false],
      ['Payroll Łódź', true],
    ]);
    expect(json.processors.vendors[0]?.missing).toContain('sub-processors');
    expect(json.processors.elements.find((e) => e.id === 'sub-processors')?.label).toBe(
      'Regels voor subverwerkers',
    );
  });
});
