import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport } from '@/report/build-report';
import { compareReports } from '@/report/compare-reports';
import { renderPdf, type RenderPdfOptions } from '@/report/pdf/render-pdf';
import { readQuestionnaireFolder, repoRoot } from '../scripts/questionnaire-files';
import { createNodeTranslator, nodeFonts } from '../scripts/report';
import { readPdf } from './pdf-text';

// The fixture with a list of processing activities and a role determined for each.
const folder = readQuestionnaireFolder(join(repoRoot, 'tests/fixtures/questionnaires/activities'));
if (!folder.ok) throw new Error('the activities fixture does not parse');
const { questionnaire: q, texts } = folder.bundle;

/** What the app passes to renderPdf, in English, for the fixture. */
const options = async (): Promise<RenderPdfOptions> => ({
  t: createNodeTranslator('en', q.id, texts),
  language: 'en',
  assessor: null,
  generatedAt: new Date('2026-12-01T10:00:00Z'),
  appUrl: 'https://gdpr-check.example',
  fonts: await nodeFonts(),
  embeddedAnswers: '{}',
});

describe('the PDF, per processing activity', () => {
  it('has a chapter with each activity, the verdict reached for it and its articles', async () => {
    const model = buildReport(q, {
      'uses-data': 'yes',
      activities: [
        {
          id: 'a',
          answers: {
            'activity-name': 'Payroll for clients',
            'activity-role': 'processor',
            'activity-client': 'Bakery Jansen',
            'activity-occasional': 'no',
            'activity-purposes': 'Salary slips and payroll tax returns',
          },
        },
        {
          id: 'b',
          answers: {
            'activity-name': 'Web shop orders',
            'activity-role': 'controller',
            'activity-occasional': 'no',
          },
        },
      ],
    });
    const bytes = await renderPdf(model, await options());
    const { pages } = await readPdf(bytes, ' ');
    const text = pages.join('\n');
    expect(text).toContain('Your processing activities');
    expect(text).toMatch(
      /Payroll for clients\s+Your role in the activity\s+Processor: You do it for a client\. \(Art\.\s28\(3\)\sGDPR,\s+Art\.\s30\(2\)\sGDPR\)/,
    );
    expect(text).toMatch(
      /Web shop orders\s+Your role in the activity\s+Controller: You decide why and how\./,
    );
    // The record: work for the client under Art. 30(2), the web shop's own under 30(1).
    expect(text).toContain('Record of processing activities');
    expect(text).toMatch(
      /Controller the organisation acts for \(Art\.\s30\(2\)\(a\)\)\s+Bakery Jansen/,
    );
    expect(text).toMatch(
      /Categories of processing \(Art\.\s30\(2\)\(b\)\)\s+Salary slips and payroll tax returns/,
    );
    expect(text).toMatch(/Purposes \(Art\.\s30\(1\)\(b\)\)\s+MISSING: required in the record/);
  }, 120_000);

  it('says in the comparison which activities were added, removed or judged differently', async () => {
    const regular = { 'activity-occasional': 'no' };
    const before = buildReport(q, {
      'uses-data': 'yes',
      activities: [
        {
          id: 'a',
          answers: { 'activity-name': 'Payroll', 'activity-role': 'controller', ...regular },
        },
        {
          id: 'b',
          answers: { 'activity-name': 'CCTV', 'activity-role': 'controller', ...regular },
        },
      ],
    });
    const after = buildReport(q, {
      'uses-data': 'yes',
      activities: [
        {
          id: 'a',
          answers: {
            'activity-name': 'Payroll',
            'activity-role': 'processor',
            'activity-client': 'Bakery Jansen',
            ...regular,
          },
        },
        {
          id: 'c',
          answers: { 'activity-name': 'Newsletter', 'activity-role': 'controller', ...regular },
        },
      ],
    });
    const bytes = await renderPdf(after, {
      ...(await options()),
      comparison: {
        changes: compareReports(q, before, after),
        since: new Date('2026-06-01T10:00:00Z'),
        earlierName: null,
      },
    });
    const text = (await readPdf(bytes, ' ')).pages.join('\n');
    expect(text).toMatch(/Payroll\s+Your role in the activity: Controller → Processor/);
    expect(text).toMatch(/Newsletter\s+Added/);
    expect(text).toMatch(/CCTV\s+Removed/);
  }, 120_000);

  it('lists what to do per activity in the action plan, under the activity it concerns', async () => {
    const regular = { 'activity-role': 'controller', 'activity-occasional': 'no' };
    const model = buildReport(q, {
      'uses-data': 'yes',
      activities: [
        { id: 'a', answers: { 'activity-name': 'Web shop orders', ...regular } },
        {
          id: 'b',
          answers: { 'activity-name': 'Newsletter', 'activity-retention': '2 years', ...regular },
        },
      ],
    });
    const bytes = await renderPdf(model, await options());
    const text = (await readPdf(bytes, ' ')).pages.join('\n');
    expect(text).toContain('What to do per activity');
    expect(text).toMatch(/Web shop orders\s+Decide how long to keep the data of this activity/);
    expect(text).toMatch(/How long the data is kept: No period yet\s+Medium/);
    // The newsletter has a period: nothing to do for it.
    expect(text).not.toMatch(/Newsletter\s+Decide how long/);
  }, 120_000);
});
