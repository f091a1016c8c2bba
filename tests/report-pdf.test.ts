import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { citeLegalRef } from '@/engine/legal/cite-legal-ref';
import { restoreSession } from '@/engine/session/restore-session';
import { SessionSchema } from '@/engine/session/session.schema';
import { buildReport } from '@/report/build-report';
import { actionTextKey } from '@/report/planned-actions';
import { GDPR_URL, renderPdf } from '@/report/pdf/render-pdf';
import type { ReportModel } from '@/report/report.types';
import { repoRoot } from '../scripts/questionnaire-files';
import type { Language } from '../scripts/report';
import { loadExample, readExample } from './helpers/examples';
import {
  APP_URL,
  exampleModel as model,
  flat,
  pdfOptions as options,
  renderedExample,
} from './helpers/rendered-pdf';
import { questionnaire, webshop } from './helpers/transfer';
import { extractEmbeddedAnswers, readPdf, type PdfContent } from './pdf-text';

/**
 * The PDF read back with pdf.js: what a person sees (every section, the score,
 * every action, "page X of Y"), what they can click (EUR-Lex, the FAQ and DPA
 * guide), letters outside Windows-1252, the answers stored inside the file,
 * critical gaps above the score, the reasons behind each determination, and a
 * report on an organisation the GDPR does not reach.
 */

describe.each<Language>(['en', 'nl'])('the report PDF in %s', (language) => {
  const { t } = options(language);
  let bytes: Uint8Array;
  let pdf: PdfContent;
  let all: string;

  beforeAll(async () => {
    ({ bytes, content: pdf } = await renderedExample(language));
    all = flat(pdf.pages.join('\n'));
  });

  it('names every section of the questionnaire', () => {
    for (const section of questionnaire.sections)
      expect(all).toContain(flat(t(`sections.${section.id}.title`)));
  });

  it('shows the overall score on the executive summary', () => {
    expect(model.overall.score).not.toBeNull();
    expect(flat(pdf.pages[1] ?? '')).toContain(
      `${model.overall.score} ${t('report:summary.outOf')}`,
    );
  });

  it('lists every action with its text and articles', () => {
    expect(model.actions.length).toBeGreaterThan(5);
    for (const action of model.actions) {
      expect(all).toContain(flat(t(actionTextKey(action))));
      for (const article of action.articles)
        expect(all).toContain(flat(citeLegalRef(article, language)));
    }
  });

  it('links to EUR-Lex and to the FAQ and DPA guide of the app', () => {
    const urls = new Set(pdf.links.map((l) => l.url));
    expect(urls).toContain(GDPR_URL);
    expect(urls).toContain(`${APP_URL}/faq`);
    expect(urls).toContain(`${APP_URL}/dpa`);
    // Every cited article of the action plan carries its own link.
    const gdprLinks = pdf.links.filter((l) => l.url === GDPR_URL).length;
    const cited = model.actions.flatMap((a) => a.articles).filter((a) => !a.startsWith('UAVG'));
    expect(gdprLinks).toBeGreaterThanOrEqual(cited.length);
    // The contents on the cover lead to pages of the document.
    expect(pdf.links.some((l) => l.page === 1 && l.destPage !== null)).toBe(true);
  });

  it('numbers every page "X of Y"', () => {
    const total = pdf.pages.length;
    expect(total).toBeGreaterThan(8);
    const word = language === 'nl' ? 'van' : 'of';
    pdf.pages.forEach((page, i) => expect(page).toContain(`${i + 1} ${word} ${total}`));
  });

  it('stores the answers in the file so they can be imported again', async () => {
    const embedded = await extractEmbeddedAnswers(bytes);
    expect(SessionSchema.parse(embedded)).toEqual(webshop);
    const restored = restoreSession(JSON.stringify(embedded), questionnaire);
    expect(restored.kind).toBe('restored');
    expect(restored.kind === 'restored' && restored.dropped).toEqual([]);
  });

  it('sets the document language and title', () => {
    expect(pdf.info.Language).toBe(language === 'nl' ? 'nl' : 'en-GB');
    expect(pdf.info.Title).toContain(webshop.answers['organisation-name']);
    expect(pdf.info.Author).toBe('Sam de Vries');
  });
});

describe('letters outside Windows-1252', () => {
  it('come back exactly from the organisation name', async () => {
    const name = 'Łódź & Dvořák Kft. – Győr';
    const unicode: ReportModel = { ...model, organisation: name };
    const pdf = await readPdf(await renderPdf(unicode, options('en')));
    expect(pdf.pages[0]).toContain(name);
    expect(pdf.pages[1]).toContain(name);
    expect(pdf.info.Title).toContain(name);
    // jsPDF's built-in fonts would have put control characters in the text.
    const control = [...pdf.pages.join('')].filter((c) => c.charCodeAt(0) < 9);
    expect(control).toEqual([]);
  });
});

describe('a report with nothing to report', () => {
  it('still renders every chapter, without scores, actions or a fine ceiling', async () => {
    const empty: ReportModel = {
      ...model,
      organisation: null,
      overall: { score: null, rag: null, readiness: 'not-scored', criticalGaps: 0 },
      criticalGaps: [],
      sections: model.sections.map((s) => ({
        ...s,
        score: null,
        rag: null,
        readiness: 'not-scored',
        gaps: 0,
      })),
      actions: [],
      itemActions: [],
      plan: { firstSteps: [], phases: { now: [], 'within-3-months': [], later: [] } },
      fines: { ...model.fines, highestTier: 'none', ceiling: null },
    };
    const { t } = options('en');
    const pdf = await readPdf(await renderPdf(empty, options('en')), ' ');
    const all = flat(pdf.pages.join('\n'));
    expect(all).toContain(t('report:cover.unnamed'));
    expect(all).toContain(t('report:summary.noScore'));
    expect(all).toContain(t('report:actions.none'));
    expect(all).toContain(t('report:summary.ceilingNone'));
  });
});

describe.each<Language>(['en', 'nl'])('critical gaps in the PDF in %s', (language) => {
  // A hospital whose required DPIA (Art. 35(3)(b), large-scale health data) is not done.
  const hospital = buildReport(questionnaire, loadExample('hospital').answers);
  const { t } = options(language);
  let summary: string;
  let all: string;

  beforeAll(async () => {
    const pdf = await readPdf(await renderPdf(hospital, options(language)), ' ');
    // The executive summary: from page 2 to the chapter after it, the chart.
    const chart = pdf.pages.findIndex((p) => flat(p).startsWith(flat(t('report:chart.title'))));
    expect(chart).toBeGreaterThan(1);
    summary = flat(pdf.pages.slice(1, chart).join('\n'));
    all = flat(pdf.pages.join('\n'));
  });

  it('lists each critical gap with its detail and articles, and the rule, above the score', () => {
    expect(hospital.criticalGaps.map((g) => g.id)).toContain('dpia-not-done');
    const score = summary.indexOf(`${hospital.overall.score} ${t('report:summary.outOf')}`);
    expect(score).toBeGreaterThan(0);
    const rule = summary.indexOf(flat(t('report:summary.criticalGapsRule')));
    expect(rule).toBeGreaterThan(0);
    expect(rule).toBeLessThan(score);
    for (const gap of hospital.criticalGaps) {
      const label = summary.indexOf(flat(t(`criticalGaps.${gap.id}.label`)));
      expect(label).toBeGreaterThan(rule);
      expect(label).toBeLessThan(score);
      expect(summary.indexOf(flat(t(`criticalGaps.${gap.id}.detail`)))).toBeLessThan(score);
      for (const article of gap.articles)
        expect(summary).toContain(flat(citeLegalRef(article, language)));
    }
  });

  it('shows the rating red and says it is capped, with the score of the measures in place', () => {
    expect(hospital.overall).toMatchObject({ rag: 'red', criticalGaps: 1 });
    expect(hospital.overall.score).toBeGreaterThanOrEqual(50);
    expect(summary).toContain(t('report:readiness.not-ready'));
    expect(summary).toContain(
      flat(
        t('report:summary.ratingCapped', {
          score: hospital.overall.score,
          count: hospital.overall.criticalGaps,
        }),
      ),
    );
  });

  it('gives each determination the reasons that hold, with their articles', () => {
    const dpia = hospital.determinations.find((d) => d.id === 'dpia')?.outcomes[0];
    expect(dpia?.reasons).toContain('art35-3-b');
    for (const reason of dpia?.reasons ?? [])
      expect(summary).toContain(flat(t(`determinations.dpia.outcomes.required.reasons.${reason}`)));
    expect(summary).toContain(flat(citeLegalRef('Art. 35(3)(b)', language)));
  });

  it('marks the critical action first in the top actions and the action plan', () => {
    const [first] = hospital.actions;
    expect(first).toMatchObject({ questionId: 'dpia-done', critical: true });
    const mark = `${t('report:summary.criticalAction')} ${flat(t('questions.dpia-done.action'))}`;
    const high = t('report:priority.high');
    for (const heading of ['report:summary.topActions', 'report:actions.intro']) {
      const start = all.indexOf(flat(t(heading)));
      expect(start, heading).toBeGreaterThan(0);
      expect(all.indexOf(`1 ${high} ${mark}`, start), heading).toBeGreaterThan(start);
    }
  });
});

describe('a report on an organisation the GDPR does not reach', () => {
  const answers = readExample(
    join(repoRoot, 'tests', 'fixtures', 'answers', 'out-of-scope-no-eu-link.json'),
  ).answers;
  const outside = buildReport(questionnaire, answers);

  it.each<Language>(['en', 'nl'])(
    'in %s says so with the reason on the summary, and has no action, score or fine',
    async (language) => {
      expect(outside.outOfScope).toEqual({
        exitId: 'gdpr-not-applicable',
        reasons: ['no-eu-link'],
      });
      const { t } = options(language);
      const pdf = await readPdf(await renderPdf(outside, options(language)), ' ');
      const summary = flat(pdf.pages[1] ?? '');
      const all = flat(pdf.pages.join('\n'));
      expect(summary).toContain(flat(t('report:summary.outOfScope')));
      expect(summary).toContain(flat(t('exits.gdpr-not-applicable.reasons.no-eu-link')));
      expect(summary).toContain(
        flat(t('determinations.gdpr-applies.outcomes.not-applicable.label')),
      );
      // The answers file holds gap answers (no breach procedure, no privacy notice): none becomes an action.
      for (const question of ['breach-procedure', 'privacy-notice', 'security-measures'])
        expect(all).not.toContain(flat(t(`questions.${question}.action`)));
      // Nor does a security measure it leaves unticked.
      expect(all).not.toContain(
        flat(t('questions.security-measures.measures.measure-multi-factor')),
      );
      for (const key of [
        'report:summary.overall',
        'report:summary.topActions',
        'report:actions.title',
        'report:fines.title',
        'report:summary.criticalGapsRule',
      ])
        expect(all).not.toContain(flat(t(key)));
      expect(all).toContain(flat(t('report:answers.title')));
    },
  );
});
