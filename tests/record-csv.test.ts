import { describe, expect, it } from 'vitest';
import type {
  Answers,
  PlainAnswerValue,
  PlainQuestion,
} from '@/engine/questionnaire/questionnaire.schema';
import { processingRecords, recordJson } from '@/engine/record/processing-record';
import { loadFixtureQuestionnaire, SHIPPED_COMPLETE } from './helpers/questionnaires';
import { createNodeTranslator } from '../scripts/report';
import { readQuestionnaireFolder, repoRoot } from '../scripts/questionnaire-files';
import { ReportTexts } from '@/report/pdf/report-texts';
import { recordCsv } from '@/report/record-csv';
import { parse } from 'csv-parse/sync';
import { activities, activity } from './helpers/assess';

const q = loadFixtureQuestionnaire('activities');
const folder = readQuestionnaireFolder(`${repoRoot}/tests/fixtures/questionnaires/activities`);
if (!folder.ok) throw new Error('the activities fixture does not parse');
const report = new ReportTexts(createNodeTranslator('en', q.id, folder.bundle.texts), 'en');
const texts = {
  t: report.t,
  locale: report.locale,
  answer: (question: PlainQuestion, value: PlainAnswerValue) =>
    report.answer(question.id, value).replaceAll('• ', ''),
};

const answers: Answers = {
  'uses-data': 'yes',
  activities: [
    {
      id: 'a',
      answers: {
        'activity-name': 'Newsletter',
        'activity-role': 'controller',
        'activity-purposes': '=HYPERLINK("http://evil.example","win")',
        'activity-subjects': ['customers', 'staff'],
        'activity-occasional': 'no',
      },
    },
    {
      id: 'b',
      answers: {
        'activity-name': 'Payroll, for clients',
        'activity-role': 'processor',
        'activity-client': 'Bakery Jansen',
        'activity-occasional': 'no',
      },
    },
  ],
};

describe('the record of processing activities (Art. 30)', () => {
  it('puts each activity in the controller’s or the processor’s record, and flags what it lacks', () => {
    const [record] = processingRecords(q, answers);
    expect(record!.questions).toEqual({
      controller: 'activity-client',
      purposes: 'activity-purposes',
      dataSubjects: 'activity-subjects',
      retention: 'activity-retention',
    });
    expect(record!.controller).toEqual([
      {
        itemId: 'a',
        name: 'Newsletter',
        values: {
          purposes: '=HYPERLINK("http://evil.example","win")',
          dataSubjects: ['customers', 'staff'],
        },
        // Art. 30(1)(c)–(e) require these; the fixture does not even ask two of them.
        missing: ['dataCategories', 'recipients', 'transfers'],
        noTransfers: false,
      },
    ]);
    expect(record!.processor).toEqual([
      {
        itemId: 'b',
        name: 'Payroll, for clients',
        values: { controller: 'Bakery Jansen' },
        missing: ['purposes', 'transfers'],
        noTransfers: false,
      },
    ]);
  });

  it('as CSV: one row per activity, labels for options, a hostile cell kept as text', () => {
    const [record] = processingRecords(q, answers);
    const csv = recordCsv(q, record!, 'controller', texts, 'Fietsen BV');
    const lines = csv.slice(1).split('\r\n');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe(
      'Activity,Controller (the organisation),Purposes (Art. 30(1)(b)),Categories of data subjects (Art. 30(1)(c)),Categories of personal data (Art. 30(1)(c)),Categories of recipients (Art. 30(1)(d)),Transfers to third countries (Art. 30(1)(e)),Safeguards for transfers (Art. 30(1)(e)),Time limits for erasure (Art. 30(1)(f)),Security measures (Art. 30(1)(g))',
    );
    expect(lines[1]).toBe(
      `Newsletter,Fietsen BV,"'=HYPERLINK(""http://evil.example"",""win"")","Customers\nStaff",MISSING: required in the record,MISSING: required in the record,MISSING: required in the record,,,`,
    );
    const processor = recordCsv(q, record!, 'processor', texts, 'Fietsen BV').slice(1);
    expect(processor.split('\r\n')[1]).toBe(
      '"Payroll, for clients",Fietsen BV,Bakery Jansen,MISSING: required in the record,MISSING: required in the record,,',
    );
  });

  it('as JSON: the fields by name, answers as stored, and what is missing', () => {
    const [record] = processingRecords(q, answers);
    expect(JSON.parse(recordJson(record!, null))).toEqual({
      type: 'gdpr-processing-record',
      version: 1,
      article: 'Art. 30',
      organisation: null,
      group: 'activities',
      controller: [
        {
          id: 'a',
          name: 'Newsletter',
          purposes: '=HYPERLINK("http://evil.example","win")',
          dataSubjects: ['customers', 'staff'],
          missing: ['dataCategories', 'recipients', 'transfers'],
        },
      ],
      processor: [
        {
          id: 'b',
          name: 'Payroll, for clients',
          controller: 'Bakery Jansen',
          missing: ['purposes', 'transfers'],
        },
      ],
    });
  });

  it('Art. 30(1)(e): an activity that sends nothing outside the EEA says "none", not "missing"', () => {
    const shipped = readQuestionnaireFolder(`${repoRoot}/questionnaires/gdpr-readiness`);
    if (!shipped.ok) throw new Error('the shipped questionnaire does not parse');
    const { questionnaire, texts: shippedTexts } = shipped.bundle;
    const answers = { ...SHIPPED_COMPLETE, ...activities(activity('orders')) };
    const [record] = processingRecords(questionnaire, answers);
    expect(record!.controller[0]).toMatchObject({ noTransfers: true });
    expect(record!.controller[0]!.missing).not.toContain('transfers');
    const en = new ReportTexts(createNodeTranslator('en', questionnaire.id, shippedTexts), 'en');
    const csv = recordCsv(
      questionnaire,
      record!,
      'controller',
      {
        t: en.t,
        locale: 'en',
        answer: (question, value) => en.answer(question.id, value),
      },
      'Acme BV',
    );
    const [header, row]: string[][] = parse(csv, { bom: true });
    expect(row![header!.indexOf('Transfers to third countries (Art. 30(1)(e))')]).toBe(
      'None: the data stays in the EEA',
    );
    const json = JSON.parse(recordJson(record!, 'Acme BV')) as {
      controller: { transfers: string }[];
    };
    expect(json.controller[0]!.transfers).toBe('none');
  });
});
