import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '@/report/build-report';
import { compareAssessments } from '@/report/compare-reports';
import { renderPdf, type RenderPdfOptions } from '@/report/pdf/render-pdf';
import type { Language } from '../scripts/report';
import { loadExample } from './helpers/examples';
import { flat, pdfOptions } from './helpers/rendered-pdf';
import { questionnaire as q } from './helpers/transfer';
import { readPdf } from './pdf-text';

/**
 * The "Progress since" chapter, read back with pdf.js: the dutch-webshop
 * example against a later version of it with two answers better and one worse
 * (the same change as in compare-reports.test.ts: overall 33 → 40).
 */

const earlier = loadExample('dutch-webshop').answers;
const later = {
  ...earlier,
  'breach-procedure': 'yes',
  'access-requests': 'partly',
  'staff-confidentiality': 'no',
};
const changes = compareAssessments(q, { answers: earlier }, { answers: later });
function options(language: Language, extra: Partial<RenderPdfOptions> = {}): RenderPdfOptions {
  return pdfOptions(language, {
    assessor: null,
    generatedAt: new Date('2026-06-01T10:00:00Z'),
    embeddedAnswers: '{}',
    ...extra,
  });
}

describe.each<[Language, Record<string, string>]>([
  [
    'en',
    {
      title: 'Progress since 15 January 2026',
      intro: 'the earlier assessment “Fietsen, January” of 15 January 2026',
      overall: 'from 32 to 38',
      row: 'Overall readiness 32 38 +6',
      improved: 'Answers that improved',
      closed: 'Actions closed',
      opened: 'New actions',
    },
  ],
  [
    'nl',
    {
      title: 'Voortgang sinds 15 januari 2026',
      intro: 'de eerdere evaluatie ‘Fietsen, January’ van 15 januari 2026',
      overall: 'van 32 naar 38',
      row: 'Totale gereedheid 32 38 +6',
      improved: 'Antwoorden die beter zijn',
      closed: 'Afgeronde acties',
      opened: 'Nieuwe acties',
    },
  ],
])('the progress chapter in %s', (language, expected) => {
  const { t } = options(language);
  let pages: string[];
  let chapter: string;

  beforeAll(async () => {
    const bytes = await renderPdf(buildReport(q, later), {
      ...options(language),
      comparison: {
        changes,
        since: new Date('2026-01-15T10:00:00Z'),
        earlierName: 'Fietsen, January',
      },
    });
    pages = (await readPdf(bytes, ' ')).pages.map(flat);
    const start = pages.findIndex((p) => p.includes(expected.title!) && p.includes(expected.row!));
    chapter = pages.slice(start, start + 3).join(' ');
  });

  it('comes right after the summary and is listed in the contents', () => {
    // The summary can run over two pages (critical gaps above the score), so find the chapters.
    const firstPage = (title: string) => pages.findIndex((p, i) => i > 0 && p.includes(title));
    const progress = firstPage(expected.title!);
    expect(firstPage(t('report:summary.title'))).toBe(1);
    expect(progress).toBeGreaterThan(1);
    expect(firstPage(t('report:chart.title'))).toBeGreaterThan(progress);
    const contents = pages[0] ?? '';
    expect(contents.indexOf(t('report:summary.title'))).toBeLessThan(
      contents.indexOf(expected.title!),
    );
  });

  it('names the earlier assessment and gives the overall change', () => {
    expect(chapter).toContain(expected.intro);
    expect(chapter).toContain(expected.overall);
    expect(chapter).toContain(expected.row);
  });

  it('gives before, after and change for the sections that moved', () => {
    for (const [id, numbers] of [
      ['breaches', '0 38 +38'],
      ['rights', '17 33 +16'],
      ['security', '38 25 −13'],
    ] as const) {
      const title = t(`sections.${id}.title`);
      expect(chapter).toContain(`. ${title} ${numbers}`);
    }
  });

  it('lists the improved and worse answers and the actions closed and opened', () => {
    expect(chapter).toContain(expected.improved);
    for (const id of ['breach-procedure', 'access-requests', 'staff-confidentiality'])
      expect(chapter).toContain(flat(t(`questions.${id}.label`)).slice(0, 40));
    expect(chapter).toContain(expected.closed);
    expect(chapter).toContain(flat(t('questions.breach-procedure.action')).slice(0, 40));
    expect(chapter).toContain(expected.opened);
    expect(chapter).toContain(flat(t('questions.staff-confidentiality.action')).slice(0, 40));
  });
});

describe('the report PDF without a comparison', () => {
  it('has no progress chapter', async () => {
    const bytes = await renderPdf(buildReport(q, later), options('en'));
    const all = (await readPdf(bytes, ' ')).pages.join(' ');
    expect(all).not.toContain('Progress since');
  });

  it('says so when nothing moved, and works without a name', async () => {
    const same = compareAssessments(q, { answers: earlier }, { answers: earlier });
    const bytes = await renderPdf(buildReport(q, earlier), {
      ...options('en'),
      comparison: { changes: same, since: new Date('2026-01-15T10:00:00Z'), earlierName: null },
    });
    const all = flat((await readPdf(bytes, ' ')).pages.join(' '));
    expect(all).toContain('compares this assessment with the earlier one of 15 January 2026');
    expect(all).toContain('No answer scores better than before.');
    expect(all).toContain('No new actions have come up since then.');
  });
});
