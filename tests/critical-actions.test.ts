import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isItemList } from '@/engine/questionnaire/answer-value';
import { ExampleSchema } from '@/engine/questionnaire/example.schema';
import type { Answers, RepeatedItem } from '@/engine/questionnaire/questionnaire.schema';
import { buildReport } from '@/report/build-report';
import { criticalGapCauses } from '@/report/critical-actions';
import { actionKey, questionRef } from '@/report/planned-actions';
import type { ActionRef, ItemAction, ReportModel } from '@/report/report.types';
import { shippedExampleIds, loadExample } from './helpers/examples';
import { completedAnswers, validAnswer } from './helpers/answer-arbitraries';
import { SHIPPED, loadShippedQuestionnaire } from './helpers/questionnaires';
import reportEn from '@/i18n/locales/report.en.json';
import reportNl from '@/i18n/locales/report.nl.json';
import questionsEn from '../questionnaires/gdpr-readiness/locales/en.json';
import questionsNl from '../questionnaires/gdpr-readiness/locales/nl.json';
import { conflictSentences } from '@/report/conflict-text';
import {
  ORDINARY_DATA,
  SMALL_FIRM,
  THROUGH_CLIENTS_SCOPE,
  activities,
  activity as ordinaryActivity,
  assess,
} from './helpers/assess';

const questionnaire = loadShippedQuestionnaire();
const EXAMPLES = shippedExampleIds();
const FIXTURES = join(__dirname, 'fixtures', 'answers', 'critical');

const answersOf = (id: string): Answers => loadExample(id).answers;
const report = (answers: Answers): ReportModel => buildReport(questionnaire, answers);
const gapIds = (model: ReportModel) => model.criticalGaps.map((g) => g.id);
const criticalQuestions = (model: ReportModel) =>
  model.actions.filter((a) => a.critical).map((a) => a.questionId);
const nowKeys = (model: ReportModel) => model.plan.phases.now.map(actionKey);
const itemKey = (a: ItemAction) => actionKey({ kind: 'item', ...a });
const questionKey = (questionId: string) => actionKey({ kind: 'question', questionId });

/** The webshop's activities with one more, answered as given. */
function withActivity(answers: Answers, extra: RepeatedItem): Answers {
  const list = answers['activities'];
  return { ...answers, activities: [...(isItemList(list) ? list : []), extra] };
}

/** A controller's own activity, answered in full but for what a test adds. */
const activity = (id: string, answers: RepeatedItem['answers']): RepeatedItem => ({
  id,
  answers: {
    'activity-name': id,
    'activity-role': 'controller',
    'activity-purposes': ['purpose-customer-service'],
    'activity-data-subjects': ['customers'],
    'activity-data-categories': ['contact-details'],
    'activity-source': ['from-data-subjects'],
    'activity-lawful-basis': ['contract'],
    'activity-recipients': ['internal-only'],
    'activity-uses-processors': 'no',
    'activity-transfers': 'no',
    'activity-retention': '1 year',
    'activity-security': 'yes',
    'activity-security-description': 'Role-based access.',
    'activity-dpia-criteria': ['none-of-these'],
    'activity-occasional': 'no',
    ...answers,
  },
});

const itemActionsOf = (model: ReportModel, itemId: string, determination: string) =>
  model.itemActions.filter((a) => a.itemId === itemId && a.determination === determination);

describe('question actions a critical gap makes critical', () => {
  it('Art. 30(2): a processor without records gets processor-records as a critical first step', () => {
    const model = report({
      ...answersOf('crm-saas'),
      'records-of-processing': 'yes',
      'processor-records': 'no',
    });
    expect(gapIds(model)).toContain('no-records');
    expect(criticalQuestions(model)).toContain('processor-records');
    expect(model.plan.firstSteps.map(actionKey)).toContain(questionKey('processor-records'));
    // Its own records are in order, so they raise no action at all.
    expect(model.actions.map((a) => a.questionId)).not.toContain('records-of-processing');
  });

  it('Art. 30(2): records kept only in part do not make processor-records critical', () => {
    // The gap's leaf tests "no" only: "partly" is a gap to close, not the unmet duty itself.
    const model = report({
      ...answersOf('crm-saas'),
      'records-of-processing': 'yes',
      'processor-records': 'partly',
    });
    expect(gapIds(model)).not.toContain('no-records');
    expect(criticalQuestions(model)).not.toContain('processor-records');
  });

  it('Art. 15: no way to give people a copy of their data makes access-requests critical and now', () => {
    const model = report({
      ...answersOf('dutch-webshop'),
      'rights-request-handling': 'yes',
      'access-requests': 'no',
    });
    expect(gapIds(model)).toContain('no-rights-handling');
    expect(criticalQuestions(model)).toContain('access-requests');
    expect(criticalQuestions(model)).not.toContain('rights-request-handling');
    expect(nowKeys(model)).toContain(questionKey('access-requests'));
  });
});

describe('item actions a critical gap makes critical', () => {
  it('Art. 6(1): an activity without a lawful basis is a critical item action in phase now', () => {
    const base = { ...answersOf('dutch-webshop'), 'lawful-basis-recorded': 'yes' };
    const model = report(
      withActivity(base, activity('loyalty', { 'activity-lawful-basis': ['none-of-these'] })),
    );
    expect(gapIds(model)).toContain('no-lawful-basis');
    const [missing, ...rest] = itemActionsOf(model, 'loyalty', 'activity-lawful-basis');
    expect(rest).toEqual([]);
    expect(missing).toMatchObject({ outcome: 'missing', critical: true });
    expect(nowKeys(model)).toContain(itemKey(missing!));
    // Critical actions come before every other one in the plan.
    const firstOther = model.plan.phases.now.findIndex((ref) => !isCritical(model, ref));
    const lastCritical = model.plan.phases.now.findLastIndex((ref) => isCritical(model, ref));
    expect(firstOther === -1 || lastCritical < firstOther).toBe(true);
  });

  it('Art. 6(1): an activity whose basis is not known is critical too', () => {
    const model = report(
      withActivity(
        answersOf('dutch-webshop'),
        activity('loyalty', { 'activity-lawful-basis': ['dont-know'] }),
      ),
    );
    expect(gapIds(model)).toContain('no-lawful-basis');
    expect(itemActionsOf(model, 'loyalty', 'activity-lawful-basis')).toMatchObject([
      { outcome: 'unclear', critical: true },
    ]);
  });

  it('Art. 9: an activity with health data and no exception is critical, the others are not', () => {
    const model = report(
      withActivity(
        answersOf('dutch-webshop'),
        activity('sick-leave', {
          'activity-data-subjects': ['employees'],
          'activity-data-categories': ['contact-details', 'health'],
          'activity-special-exception': ['none-of-these'],
          'activity-authority-list': 'no',
          'activity-dpia-done': 'no',
        }),
      ),
    );
    expect(gapIds(model)).toContain('special-data-without-exception');
    const critical = model.itemActions.filter((a) => a.critical);
    expect(critical.map((a) => [a.itemId, a.determination, a.outcome])).toEqual([
      ['sick-leave', 'activity-special-category-exception', 'missing'],
    ]);
    expect(nowKeys(model)).toContain(itemKey(critical[0]!));
  });

  it('Art. 44: an activity sent abroad without a transfer tool is critical and now', () => {
    const model = report(
      withActivity(
        answersOf('dutch-webshop'),
        activity('offshore-support', {
          'activity-transfers': 'yes',
          'activity-transfer-countries': ['india'],
          'activity-transfer-tool': ['no-transfer-tool'],
        }),
      ),
    );
    expect(gapIds(model)).toContain('transfers-without-tool');
    const [missing] = itemActionsOf(model, 'offshore-support', 'activity-transfer-tool');
    expect(missing).toMatchObject({ outcome: 'missing', critical: true });
    expect(nowKeys(model)).toContain(itemKey(missing!));
  });

  it('Art. 44: a transfer whose tool is not known counts as a transfer without a tool', () => {
    const model = report(
      withActivity(
        answersOf('dutch-webshop'),
        activity('cloud-helpdesk', {
          'activity-transfers': 'yes',
          'activity-transfer-countries': ['united-states'],
          'activity-transfer-tool': ['dont-know'],
        }),
      ),
    );
    expect(gapIds(model)).toContain('transfers-without-tool');
    expect(itemActionsOf(model, 'cloud-helpdesk', 'activity-transfer-tool')).toMatchObject([
      { outcome: 'unclear', critical: true },
    ]);
  });

  it('Art. 44: not knowing whether an activity goes abroad at all is no transfer without a tool', () => {
    // The item is unclear, and stays an action, but it is not the unmet duty of Art. 44.
    const withUnknown = withActivity(
      answersOf('dutch-webshop'),
      activity('cloud-helpdesk', { 'activity-transfers': 'dont-know' }),
    );
    const unknownOnly = report(withUnknown);
    expect(gapIds(unknownOnly)).not.toContain('transfers-without-tool');
    expect(itemActionsOf(unknownOnly, 'cloud-helpdesk', 'activity-transfer-tool')).toMatchObject([
      { outcome: 'unclear', critical: false },
    ]);
    // Nor when another activity does make the gap hold: only that one is critical.
    const both = report(
      withActivity(
        withUnknown,
        activity('offshore-support', {
          'activity-transfers': 'yes',
          'activity-transfer-countries': ['china'],
          'activity-transfer-tool': ['no-transfer-tool'],
        }),
      ),
    );
    expect(gapIds(both)).toContain('transfers-without-tool');
    expect(
      both.itemActions
        .filter((a) => a.determination === 'activity-transfer-tool')
        .map((a) => [a.itemId, a.critical]),
    ).toEqual([
      ['cloud-helpdesk', false],
      ['offshore-support', true],
    ]);
  });

  it('Art. 10: an activity whose basis for criminal data is not known counts', () => {
    const model = report(
      withActivity(
        answersOf('dutch-webshop'),
        activity('screening', {
          'activity-data-subjects': ['employees'],
          'activity-data-categories': ['contact-details', 'criminal-offence-data'],
          'activity-criminal-basis': 'dont-know',
          'activity-authority-list': 'no',
          'activity-dpia-done': 'no',
        }),
      ),
    );
    expect(gapIds(model)).toContain('criminal-data-without-authorisation');
    expect(itemActionsOf(model, 'screening', 'activity-criminal-data-basis')).toMatchObject([
      { outcome: 'unclear', critical: true },
    ]);
  });

  it('Art. 10: an activity not known to hold criminal data is no cause when the organisation’s own answer makes the gap hold', () => {
    // "A controller" holds through the activity too, but that says who the duty applies to,
    // not that this activity leaves it unmet.
    const model = report(
      withActivity(
        { ...answersOf('dutch-webshop'), 'criminal-data': 'yes', 'nl-criminal-data': 'no' },
        activity('returns', {
          'activity-data-categories': ['contact-details', 'dont-know-sensitive'],
        }),
      ),
    );
    expect(gapIds(model)).toContain('criminal-data-without-authorisation');
    expect(criticalQuestions(model)).toContain('nl-criminal-data');
    expect(itemActionsOf(model, 'returns', 'activity-criminal-data-basis')).toMatchObject([
      { outcome: 'unclear', reasons: ['categories-unknown'], critical: false },
    ]);
  });

  it('Art. 35(1): a required DPIA not done is a critical item action in phase now', () => {
    const model = report(answersOf('hospital'));
    expect(gapIds(model)).toContain('dpia-not-done');
    const required = model.itemActions.filter(
      (a) => a.determination === 'activity-dpia' && a.outcome === 'required',
    );
    expect(required.length).toBeGreaterThan(0);
    for (const a of required) {
      expect(a.critical).toBe(true);
      expect(nowKeys(model)).toContain(itemKey(a));
    }
  });
});

function isCritical(model: ReportModel, ref: ActionRef): boolean {
  const key = actionKey(ref);
  return (
    model.actions.some((a) => a.critical && questionKey(a.questionId) === key) ||
    model.itemActions.some((a) => a.critical && itemKey(a) === key)
  );
}

/** The critical actions in phase now that close this gap: its own, its leaves', its items'. */
function nowActionsFor(model: ReportModel, gapId: string): string[] {
  const gap = questionnaire.criticalGaps.find((g) => g.id === gapId)!;
  const causes = criticalGapCauses(questionnaire, gap);
  const questions = new Set([
    ...(gap.action ? [gap.action] : []),
    ...causes.leaves.map((l) => l.question),
  ]);
  const outcomes = new Set(causes.outcomes.map((o) => `${o.determination}/${o.outcome}`));
  const now = new Set(nowKeys(model));
  return [
    ...model.actions
      .filter((a) => a.critical && questions.has(a.questionId))
      .map((a) => actionKey(questionRef(a))),
    ...model.itemActions
      .filter((a) => a.critical && outcomes.has(`${a.determination}/${a.outcome}`))
      .map(itemKey),
  ].filter((key) => now.has(key));
}

const fixtureFiles = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));
const cases: [string, Answers][] = [
  ...EXAMPLES.map((id): [string, Answers] => [id, answersOf(id)]),
  ...fixtureFiles.map((file): [string, Answers] => {
    const data: unknown = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8'));
    return [file, ExampleSchema.parse(data).answers];
  }),
];

describe('every critical gap that holds has a critical action in phase now', () => {
  it('has fixtures besides the examples', () => {
    expect(fixtureFiles.length).toBeGreaterThanOrEqual(5);
  });

  it.each(cases)('%s', (_name, answers) => {
    const model = report(answers);
    expect(model.criticalGaps.length).toBeGreaterThan(0);
    for (const gap of model.criticalGaps)
      expect(nowActionsFor(model, gap.id), gap.id).not.toEqual([]);
  });
});

/** Reads a dotted key from a locale file and fills in `{{name}}` values. */
function lookUp(locale: unknown, key: string, values: Record<string, string> = {}): string {
  const found = key
    .split('.')
    .reduce<unknown>((at, part) => (at as Record<string, unknown>)?.[part], locale);
  if (typeof found !== 'string') throw new Error(`no text ${key}`);
  return found.replace(/{{(\w+)}}/g, (_, name: string) => values[name] ?? '');
}

/** The sentences the results page and the PDF show for an action's conflicting answers. */
function conflictText(model: ReportModel, questionId: string, lang: 'en' | 'nl'): string[] {
  const [report, questions] = lang === 'en' ? [reportEn, questionsEn] : [reportNl, questionsNl];
  const action = model.actions.find((a) => a.questionId === questionId)!;
  const option = (id: string, o: string) => {
    try {
      return lookUp(questions, `questions.${id}.options.${o}`);
    } catch {
      return lookUp(questions, `options.${o}`);
    }
  };
  return conflictSentences(
    action,
    (key, values) => lookUp(report, key, values),
    (id) => lookUp(questions, `questions.${id}.label`),
    option,
    (group) => lookUp(questions, `questions.${group}.item`),
  );
}

describe('answers that disagree: the gap’s own action as a fallback', () => {
  it('Art. 6(1) and 5(2): lawful bases not known while their record is "in order" is a critical record to check now', () => {
    const model = report({
      ...answersOf('dutch-webshop'),
      'lawful-bases': ['dont-know-bases'],
      'lawful-basis-recorded': 'yes',
    });
    expect(gapIds(model)).toContain('no-lawful-basis');
    const action = model.actions.find((a) => a.questionId === 'lawful-basis-recorded');
    expect(action).toMatchObject({
      critical: true,
      answer: 'dont-know',
      investigate: true,
      conflict: {
        answered: 'yes',
        with: [{ questionId: 'lawful-bases', option: 'dont-know-bases' }],
      },
    });
    expect(nowKeys(model)).toContain(questionKey('lawful-basis-recorded'));
    const [en] = conflictText(model, 'lawful-basis-recorded', 'en');
    expect(en).toMatch(
      /^Your answers disagree: you said “I don't know which grounds we use” to “Which legal grounds do you rely on to use personal data\?”, and also “Yes” to “Have you recorded, for each purpose/,
    );
    expect(en).toContain('Check which is true');
    const [nl] = conflictText(model, 'lawful-basis-recorded', 'nl');
    expect(nl).toContain('Je antwoorden spreken elkaar tegen');
    expect(nl).toContain('Zoek uit wat klopt');
  });

  it('Art. 9(2): grounds for special data not known while an exception is "recorded" is critical, and scored as don\'t know', () => {
    const agreed = report({ ...answersOf('dutch-webshop'), 'special-data-exception': 'yes' });
    const model = report({
      ...answersOf('dutch-webshop'),
      'special-data-grounds': ['dont-know-grounds'],
      'special-data-exception': 'yes',
    });
    expect(gapIds(model)).toContain('special-data-without-exception');
    expect(criticalQuestions(model)).toContain('special-data-exception');
    expect(model.actions.find((a) => a.questionId === 'special-data-exception')?.conflict).toEqual({
      answered: 'yes',
      with: [{ questionId: 'special-data-grounds', option: 'dont-know-grounds' }],
    });
    const section = (m: ReportModel) => m.sections.find((s) => s.sectionId === 'sensitive-data');
    expect(section(model)!.score!).toBeLessThan(section(agreed)!.score!);
    expect(nowKeys(model)).toContain(questionKey('special-data-exception'));
  });

  it('Art. 37(1): a public body with no DPO that says its DPO appointment is in order gets a critical action to check', () => {
    const model = report({
      ...answersOf('dutch-webshop'),
      'public-body': 'yes',
      'dpo-appointed': 'no-dpo',
      'dpo-appointment': 'yes',
    });
    expect(gapIds(model)).toContain('dpo-not-designated');
    expect(model.actions.find((a) => a.questionId === 'dpo-appointment')).toMatchObject({
      critical: true,
      answer: 'dont-know',
      conflict: { answered: 'yes', with: [{ questionId: 'dpo-appointed', option: 'no-dpo' }] },
    });
    expect(nowKeys(model)).toContain(questionKey('dpo-appointment'));
  });

  it('Art. 5(2): a shop that knows neither its lawful bases nor one activity’s, yet calls its record in order, is told the answers disagree', () => {
    // The activity is a cause of the same gap, and its own action is critical; that must not
    // hide the organisation's "don't know" next to a record said to be in order.
    const model = report(
      withActivity(
        {
          ...answersOf('dutch-webshop'),
          'lawful-bases': ['dont-know-bases'],
          'lawful-basis-recorded': 'yes',
        },
        activity('gift-cards', { 'activity-lawful-basis': ['dont-know'] }),
      ),
    );
    expect(gapIds(model)).toContain('no-lawful-basis');
    expect(itemActionsOf(model, 'gift-cards', 'activity-lawful-basis')).toMatchObject([
      { outcome: 'unclear', critical: true },
    ]);
    expect(model.actions.find((a) => a.questionId === 'lawful-basis-recorded')).toMatchObject({
      critical: true,
      answer: 'dont-know',
      conflict: {
        answered: 'yes',
        with: [{ questionId: 'lawful-bases', option: 'dont-know-bases' }],
      },
    });
    expect(nowKeys(model)).toContain(questionKey('lawful-basis-recorded'));
    expect(conflictText(model, 'lawful-basis-recorded', 'en')[0]).toMatch(
      /^Your answers disagree: you said “I don't know which grounds we use”/,
    );
    // With the bases known, the activity alone carries the gap: no conflict to report.
    const known = report(
      withActivity(
        { ...answersOf('dutch-webshop'), 'lawful-basis-recorded': 'yes' },
        activity('gift-cards', { 'activity-lawful-basis': ['dont-know'] }),
      ),
    );
    expect(criticalQuestions(known)).not.toContain('lawful-basis-recorded');
    expect(known.actions.find((a) => a.questionId === 'lawful-basis-recorded')).toBeUndefined();
  });

  it('Art. 6(1): with the lawful bases not known and their record only partly kept, that record is critical, without a conflict', () => {
    const model = report({
      ...answersOf('dutch-webshop'),
      'lawful-bases': ['dont-know-bases'],
      'lawful-basis-recorded': 'partly',
    });
    expect(model.actions.find((a) => a.questionId === 'lawful-basis-recorded')).toMatchObject({
      critical: true,
      answer: 'partly',
      conflict: null,
    });
  });
});

describe('answers that disagree, named when the law reaches an organisation only through its clients', () => {
  /**
   * A call centre in Manila answering e-mails for EU web shops, part of them through a help desk
   * in India, which also recruits its own staff.
   */
  const desk = (
    clientMail: Record<string, string[] | string>,
    recruitment: Record<string, string[] | string>,
    extra: Answers = {},
  ) =>
    assess(
      {
        ...THROUGH_CLIENTS_SCOPE,
        ...SMALL_FIRM,
        'organisation-name': 'Harbour Desk Inc.',
        ...ORDINARY_DATA,
        'controller-role': 'no',
        'processor-role': 'yes',
        ...activities(
          ordinaryActivity('client-mail', {
            'activity-name': 'Client e-mail',
            'activity-role': 'processor',
            ...clientMail,
          }),
          ordinaryActivity('recruitment', { 'activity-name': 'Recruitment', ...recruitment }),
        ),
      },
      { 'lawful-basis-recorded': 'yes', ...extra },
    ).answers;
  const abroad = { 'activity-transfers': 'yes', 'activity-transfer-countries': ['india'] };
  const safeguardsSaidDone = {
    transfers: 'yes',
    'transfer-destinations': ['india'],
    'transfer-safeguards': 'yes',
  };

  it('Art. 3: its own hiring is no controller gap when the law reaches it only through its clients', () => {
    const model = report(desk({}, { 'activity-lawful-basis': ['none-of-these'] }));
    expect(model.determinations.find((d) => d.id === 'gdpr-applies')?.outcomes).toMatchObject([
      { id: 'through-clients' },
    ]);
    expect(gapIds(model)).not.toContain('no-lawful-basis');
    expect(model.actions.filter((a) => a.conflict !== null)).toEqual([]);
    // A provider in the EU hiring the same way does have the gap (Art. 3(1)).
    const inEu = report({
      ...desk({}, { 'activity-lawful-basis': ['none-of-these'] }),
      'eu-establishment': 'yes',
      'establishment-countries': ['netherlands'],
    });
    expect(gapIds(inEu)).toContain('no-lawful-basis');
  });

  it('Art. 5(2) and 44: a client activity sent abroad without a tool is named, though the report lists no item actions', () => {
    const model = report(
      desk({ ...abroad, 'activity-transfer-tool': ['no-transfer-tool'] }, {}, safeguardsSaidDone),
    );
    expect(gapIds(model)).toEqual(['transfers-without-tool']);
    expect(model.itemActions).toEqual([]);
    const mail = { group: 'activities', itemId: 'client-mail', name: 'Client e-mail', position: 1 };
    expect(model.actions.find((a) => a.questionId === 'transfer-safeguards')).toMatchObject({
      critical: true,
      conflict: {
        answered: 'yes',
        // What the activity said: that it goes abroad, and with no tool; not the country, which
        // only an alternative that does not hold (adequacy claimed for India) tests.
        with: [
          { questionId: 'activity-transfers', option: 'yes', item: mail },
          { questionId: 'activity-transfer-tool', option: 'no-transfer-tool', item: mail },
        ],
      },
    });
    const [, en] = conflictText(model, 'transfer-safeguards', 'en');
    expect(en).toMatch(/^Your answers disagree: for “Client e-mail” you said “None of these” to “/);
    expect(en).toContain(`“${questionsEn.questions['transfer-safeguards'].label}”`);
    const [, nl] = conflictText(model, 'transfer-safeguards', 'nl');
    expect(nl).toMatch(/^Je antwoorden spreken elkaar tegen: voor ‘Client e-mail’ zei je ‘/);
    expect(nl).not.toContain('andere antwoorden');
  });

  it('Art. 6(1): an activity without a name is named by its number', () => {
    const [sentence] = conflictSentences(
      {
        questionId: 'lawful-basis-recorded',
        conflict: {
          answered: 'yes',
          with: [
            {
              questionId: 'activity-lawful-basis',
              option: 'dont-know',
              item: { group: 'activities', itemId: 'a2', name: null, position: 2 },
            },
          ],
        },
      },
      (key, values) => lookUp(reportEn, key, values),
      (id) => lookUp(questionsEn, `questions.${id}.label`),
      (_, option) => option,
      (group) => lookUp(questionsEn, `questions.${group}.item`),
    );
    expect(sentence).toMatch(
      /^Your answers disagree: for “Activity 2” you said “dont-know” to “On which/,
    );
  });
});

describe('the gap’s own action is critical only as a cause or as the fallback', () => {
  it('Art. 30(1): partly kept own records are not critical when only the processor records are missing', () => {
    const model = report({
      ...answersOf('crm-saas'),
      'records-of-processing': 'partly',
      'processor-records': 'no',
    });
    expect(gapIds(model)).toContain('no-records');
    expect(criticalQuestions(model)).toContain('processor-records');
    expect(criticalQuestions(model)).not.toContain('records-of-processing');
  });

  it('Art. 12(3): a partly working request procedure is not critical when only copies of data (Art. 15) are missing', () => {
    const model = report({
      ...answersOf('us-app-targeting-eu'),
      'rights-request-handling': 'partly',
      'access-requests': 'no',
    });
    expect(gapIds(model)).toContain('no-rights-handling');
    expect(criticalQuestions(model)).toContain('access-requests');
    expect(criticalQuestions(model)).not.toContain('rights-request-handling');
  });
});

describe('Art. 10 and Art. 44 treat "don\'t know" alike at every level', () => {
  it('Art. 10: a Dutch shop that does not know whether its criminal data is allowed has a critical gap', () => {
    const model = report({
      ...answersOf('dutch-webshop'),
      'criminal-data': 'yes',
      'nl-criminal-data': 'dont-know',
    });
    expect(gapIds(model)).toContain('criminal-data-without-authorisation');
    expect(criticalQuestions(model)).toContain('nl-criminal-data');
  });

  it('Art. 10: a Belgian shop that does not know whether its criminal data is authorised has a critical gap', () => {
    const model = report({
      ...answersOf('dutch-webshop'),
      'establishment-countries': ['belgium'],
      'criminal-data': 'yes',
      'criminal-data-authorised': 'dont-know',
    });
    expect(gapIds(model)).toContain('criminal-data-without-authorisation');
    expect(criticalQuestions(model)).toContain('criminal-data-authorised');
  });

  it('Art. 10: a private shop screening staff "under control of official authority" has a critical gap', () => {
    const screening = activity('screening', {
      'activity-data-subjects': ['employees'],
      'activity-data-categories': ['contact-details', 'criminal-offence-data'],
      'activity-criminal-basis': 'official-authority-control',
      'activity-authority-list': 'no',
      'activity-dpia-done': 'no',
    });
    const model = report(withActivity(answersOf('dutch-webshop'), screening));
    expect(gapIds(model)).toContain('criminal-data-without-authorisation');
    expect(itemActionsOf(model, 'screening', 'activity-criminal-data-basis')).toMatchObject([
      { outcome: 'unclear', critical: true },
    ]);
    // A public body may rely on it: no gap there.
    const publicBody = report(
      withActivity({ ...answersOf('dutch-webshop'), 'public-body': 'yes' }, screening),
    );
    expect(
      itemActionsOf(publicBody, 'screening', 'activity-criminal-data-basis').filter(
        (a) => a.critical,
      ),
    ).toEqual([]);
  });

  it('Art. 44: US transfers not known to be covered by the Data Privacy Framework, without safeguards, have no transfer tool', () => {
    const model = report({
      ...answersOf('crm-saas'),
      transfers: 'yes',
      'transfer-destinations': ['united-states'],
      'transfer-dpf-certified': 'dont-know',
      'transfer-safeguards': 'no',
      'transfer-derogations-used': 'no',
    });
    expect(gapIds(model)).toContain('transfers-without-tool');
    expect(criticalQuestions(model)).toContain('transfer-safeguards');
    expect(nowKeys(model)).toContain(questionKey('transfer-safeguards'));
  });

  it('Art. 10 and UAVG 31-33: a Dutch security firm screening its own guards "under official authority" is pointed to the Dutch rules', () => {
    const screening = activity('guard-screening', {
      'activity-name': 'Screening of guards',
      'activity-data-subjects': ['employees'],
      'activity-data-categories': ['contact-details', 'criminal-offence-data'],
      'activity-criminal-basis': 'official-authority-control',
      'activity-authority-list': 'no',
      'activity-dpia-done': 'no',
    });
    const dutch = report(
      withActivity(
        { ...answersOf('dutch-webshop'), 'organisation-name': 'Waakzaam Beveiliging BV' },
        screening,
      ),
    );
    const [unclear] = itemActionsOf(dutch, 'guard-screening', 'activity-criminal-data-basis');
    expect(unclear).toMatchObject({ outcome: 'unclear', critical: true });
    expect(unclear!.reasons).toEqual(['authority-control-private', 'dutch-rules']);
    expect(unclear!.articles).toEqual(
      expect.arrayContaining(['Art. 10', 'UAVG 31', 'UAVG 32', 'UAVG 33']),
    );
    const outcome = (texts: typeof questionsEn) =>
      texts.determinations['activity-criminal-data-basis'].outcomes.unclear;
    expect(outcome(questionsEn).reasons['dutch-rules']).toMatch(/articles 31 to 33 UAVG/);
    expect(outcome(questionsNl).reasons['dutch-rules']).toMatch(/artikelen 31 tot en met 33 UAVG/);
    // The private-body clause belongs to its own reason, not to every "unclear" action.
    expect(outcome(questionsEn).reasons['authority-control-private']).toMatch(/own purposes/);
    expect(outcome(questionsEn).action).not.toMatch(/own purposes/);
    expect(outcome(questionsNl).action).not.toMatch(/eigen doelen/);
    // A Belgian firm gets no Dutch articles cited.
    const belgian = report(
      withActivity(
        { ...answersOf('dutch-webshop'), 'establishment-countries': ['belgium'] },
        screening,
      ),
    );
    const [other] = itemActionsOf(belgian, 'guard-screening', 'activity-criminal-data-basis');
    expect(other!.reasons).toEqual(['authority-control-private']);
    expect(other!.articles).not.toContain('UAVG 31');
  });

  it('UAVG 31-33: a Dutch water board not knowing the basis for its criminal data is not sent to the rules for private bodies', () => {
    // A water board fines people for dumping waste; whether the records of those fines are
    // allowed is not known. UAVG 31-33 are for organisations other than public authorities.
    const fines = activity('dumping-fines', {
      'activity-name': 'Fines for illegal dumping',
      'activity-purposes': ['purpose-legal-duties'],
      'activity-lawful-basis': ['public-task'],
      'activity-data-categories': ['contact-details', 'criminal-offence-data'],
      'activity-criminal-basis': 'dont-know',
      'activity-authority-list': 'no',
      'activity-dpia-done': 'no',
    });
    const waterBoard = report(
      withActivity(
        {
          ...answersOf('dutch-webshop'),
          'organisation-name': 'Waterschap Lage Velden',
          sector: 'public-sector',
          'public-body': 'yes',
        },
        fines,
      ),
    );
    const [unclear] = itemActionsOf(waterBoard, 'dumping-fines', 'activity-criminal-data-basis');
    expect(unclear).toMatchObject({ outcome: 'unclear', critical: true });
    expect(unclear!.reasons).toEqual(['basis-unknown']);
    expect(unclear!.articles).not.toContain('UAVG 31');
    // The same records kept by a private firm do get the Dutch rules.
    const firm = report(withActivity(answersOf('dutch-webshop'), fines));
    const [own] = itemActionsOf(firm, 'dumping-fines', 'activity-criminal-data-basis');
    expect(own!.reasons).toEqual(['basis-unknown', 'dutch-rules']);
  });

  it('Art. 45(1): a firm that never checked its US recipients against the Data Privacy Framework list is first told to check', () => {
    const model = report({
      ...answersOf('crm-saas'),
      'organisation-name': 'Tulp Analytics BV',
      transfers: 'yes',
      'transfer-destinations': ['united-states'],
      'transfer-dpf-certified': 'dont-know',
      'transfer-safeguards': 'dont-know',
      'transfer-derogations-used': 'no',
    });
    expect(gapIds(model)).toContain('transfers-without-tool');
    expect(criticalQuestions(model)).toContain('transfer-safeguards');
    const action = (texts: typeof questionsEn) => texts.questions['transfer-safeguards'].action;
    expect(action(questionsEn)).toMatch(
      /^First check, for each recipient, whether an adequacy decision covers it: .*Data Privacy Framework list.*\(Article 45\(1\) GDPR\)\. .*standard contractual clauses/,
    );
    expect(action(questionsNl)).toMatch(
      /^Controleer eerst per ontvanger of een adequaatheidsbesluit .*Data Privacy Framework.*\(artikel 45, lid 1, AVG\)\. .*standaardcontractbepalingen/,
    );
    expect(model.actions.find((a) => a.questionId === 'transfer-safeguards')?.articles).toContain(
      'Art. 45(1)',
    );
  });

  it('Art. 49(1): not knowing whether an Article 49 exception is used does not excuse a transfer to India without safeguards', () => {
    const india = {
      ...answersOf('dutch-webshop'),
      transfers: 'yes',
      'transfer-destinations': ['india'],
      'transfer-safeguards': 'no',
      'transfer-derogations': 'yes',
    };
    expect(gapIds(report({ ...india, 'transfer-derogations-used': 'dont-know' }))).toContain(
      'transfers-without-tool',
    );
    expect(
      gapIds(
        report({
          ...india,
          'transfer-derogations-used': 'yes',
          'transfer-derogations-cover-all': 'yes',
        }),
      ),
    ).not.toContain('transfers-without-tool');
  });

  it('Art. 49(1) (EDPB Guidelines 2/2018): a tour operator that sends every booking to its back office in India stays critical, though it uses the exceptions well for one-off transfers', () => {
    // Hotel bookings in Peru rest on the contract exception, now and then; the passenger lists
    // go to Bangalore every day, with standard contractual clauses for only some of them.
    const tourOperator = {
      ...answersOf('dutch-webshop'),
      'organisation-name': 'Verre Reizen BV',
      transfers: 'yes',
      'transfer-destinations': ['india', 'other-country'],
      'transfer-safeguards': 'partly',
      'transfer-derogations-used': 'yes',
      'transfer-derogations': 'yes',
    };
    const regular = report({ ...tourOperator, 'transfer-derogations-cover-all': 'no' });
    expect(gapIds(regular)).toContain('transfers-without-tool');
    expect(criticalQuestions(regular)).toContain('transfer-safeguards');
    expect(nowKeys(regular)).toContain(questionKey('transfer-safeguards'));
    // Not knowing whether the exceptions cover the rest does not excuse it either.
    const unsure = report({ ...tourOperator, 'transfer-derogations-cover-all': 'dont-know' });
    expect(gapIds(unsure)).toContain('transfers-without-tool');
    // Only when the exceptions cover every transfer without safeguards is there no critical gap.
    const covered = report({ ...tourOperator, 'transfer-derogations-cover-all': 'yes' });
    expect(gapIds(covered)).not.toContain('transfers-without-tool');
  });

  it('Art. 49(1) (EDPB Guidelines 2/2018): a firm that says the exceptions cover all, while one activity goes to India every day on an exception alone, stays critical', () => {
    // A translation agency sends its own marketing leads to a call centre in Pune each day and
    // names only the Article 49 exception for it.
    const agency = withActivity(
      {
        ...answersOf('dutch-webshop'),
        'organisation-name': 'Vertaalhuis BV',
        transfers: 'yes',
        'transfer-destinations': ['india'],
        'transfer-safeguards': 'no',
        'transfer-derogations-used': 'yes',
        'transfer-derogations': 'yes',
        'transfer-derogations-cover-all': 'yes',
      },
      activity('call-centre', {
        'activity-purposes': ['purpose-marketing'],
        'activity-transfers': 'yes',
        'activity-transfer-countries': ['india'],
        'activity-transfer-tool': ['art49-derogation'],
        'activity-occasional': 'no',
      }),
    );
    const model = report(agency);
    expect(gapIds(model)).toContain('transfers-without-tool');
    expect(criticalQuestions(model)).toContain('transfer-safeguards');
    expect(itemActionsOf(model, 'call-centre', 'activity-transfer-tool')).toMatchObject([
      { outcome: 'check-derogation' },
    ]);
    // The same transfer made now and then is what the exceptions are for.
    const list = agency['activities'];
    const occasional = {
      ...agency,
      activities: (isItemList(list) ? list : []).map((x) =>
        x.id === 'call-centre'
          ? { ...x, answers: { ...x.answers, 'activity-occasional': 'yes' } }
          : x,
      ),
    };
    expect(gapIds(report(occasional))).not.toContain('transfers-without-tool');
  });

  it('Art. 49(3): the question on the exceptions warns public authorities that consent, contract and the last resort are not for them', () => {
    const help = (texts: typeof questionsEn) =>
      texts.questions['transfer-derogations-cover-all'].help;
    expect(help(questionsEn)).toMatch(
      /public authority.*consent.*contract.*last-resort.*\(Article 49\(3\)\)/,
    );
    expect(help(questionsNl)).toMatch(
      /overheidsinstantie.*toestemming.*overeenkomst.*laatste uitzondering.*\(artikel 49, lid 3\)/,
    );
    expect(help(questionsNl)).toContain('afwijking');
    const question = questionnaire.sections
      .flatMap((x) => x.questions)
      .find((x) => x.id === 'transfer-derogations-cover-all');
    expect(question?.articles).toContain('Art. 49(3)');
  });

  it('Art. 49(1): the question whether the exceptions cover every transfer is asked only when they are used well and safeguards are not complete', () => {
    const base = {
      ...answersOf('dutch-webshop'),
      transfers: 'yes',
      'transfer-destinations': ['india'],
      'transfer-derogations-used': 'yes',
      'transfer-derogations': 'yes',
    };
    const shown = (answers: Answers) =>
      report(answers)
        .answers.flatMap((s) => s.questions)
        .find((x) => x.questionId === 'transfer-derogations-cover-all')?.shown;
    expect(shown({ ...base, 'transfer-safeguards': 'no' })).toBe(true);
    expect(shown({ ...base, 'transfer-safeguards': 'yes' })).toBe(false);
    expect(shown({ ...base, 'transfer-safeguards': 'no', 'transfer-derogations': 'partly' })).toBe(
      false,
    );
    expect(shown({ ...base, 'transfer-safeguards': 'no', 'transfer-derogations-used': 'no' })).toBe(
      false,
    );
  });
});

describe('random assessments: every critical gap that holds has a critical action, all of them now', () => {
  const NUMBERS = [0, 1, 20, 249, 250, 499_999_999, 500_000_000, 500_000_001, 2_000_000_000];
  const samples = fc.sample(completedAnswers(questionnaire, validAnswer(NUMBERS), SHIPPED.scope), {
    numRuns: 200,
    seed: 99,
  });

  it('holds for 200 in-scope assessments drawn with seed 99', () => {
    let gaps = 0;
    for (const answers of samples) {
      const model = report(answers);
      const now = new Set(nowKeys(model));
      for (const gap of model.criticalGaps) {
        gaps += 1;
        expect(nowActionsFor(model, gap.id), `${gap.id} in ${JSON.stringify(answers)}`).not.toEqual(
          [],
        );
      }
      for (const a of model.actions.filter((x) => x.critical))
        expect(now.has(actionKey(questionRef(a))), a.questionId).toBe(true);
      for (const a of model.itemActions.filter((x) => x.critical))
        expect(now.has(itemKey(a)), itemKey(a)).toBe(true);
    }
    // The draw must reach many gaps for the check to mean something.
    expect(gaps).toBeGreaterThan(200);
  });
});

describe('Art. 6(1), second subparagraph: a public body cannot rest its public tasks on legitimate interests', () => {
  /** A Dutch municipality that names legitimate interests for one activity, answered as given. */
  const municipality = (answer: string, item: RepeatedItem): Answers =>
    withActivity(
      {
        ...answersOf('dutch-webshop'),
        'organisation-name': 'Gemeente Dijkstad',
        sector: 'public-sector',
        'public-body': 'yes',
        'lawful-bases': ['public-task', 'legal-obligation', 'legitimate-interests'],
        'lawful-basis-recorded': 'yes',
        'legal-ground-in-law': 'yes',
        'legitimate-interests-public-body': answer,
      },
      item,
    );
  /** Issuing parking permits: a task the law gives the municipality. */
  const permits = activity('parking-permits', {
    'activity-name': 'Parking permits',
    'activity-purposes': ['purpose-legal-duties'],
    'activity-lawful-basis': ['legitimate-interests'],
  });
  /** Hiring out the town hall's wedding room to companies for events: no public task. */
  const hallHire = activity('hall-hire', {
    'activity-name': 'Hiring out the wedding room',
    'activity-purposes': ['purpose-orders'],
    'activity-data-subjects': ['business-contacts'],
    'activity-lawful-basis': ['legitimate-interests'],
  });
  const lawfulBasis = (model: ReportModel, itemId: string) =>
    model.itemVerdicts.flatMap((g) => g.items).find((i) => i.itemId === itemId)?.outcomes[
      'activity-lawful-basis'
    ];

  it('Art. 6(1)(e) and (c): legitimate interests for its public tasks is processing without a valid basis, fixed now', () => {
    const model = report(municipality('no', permits));
    expect(gapIds(model)).toContain('no-lawful-basis');
    expect(criticalQuestions(model)).toContain('legitimate-interests-public-body');
    expect(nowKeys(model)).toContain(questionKey('legitimate-interests-public-body'));
    // The activity that rests on legitimate interests alone is the one to look at first.
    expect(itemActionsOf(model, 'parking-permits', 'activity-lawful-basis')).toMatchObject([
      { outcome: 'unclear', critical: true, reasons: ['public-body-legitimate-interests'] },
    ]);
    const action = (texts: typeof questionsEn) =>
      texts.questions['legitimate-interests-public-body'].action;
    expect(action(questionsEn)).toMatch(/Article 6\(1\)\(e\).*Article 6\(1\)\(c\).*national law/);
    expect(action(questionsNl)).toMatch(/artikel 6, lid 1, onder e.*onder c.*nationale wet/);
  });

  it('Rec. 45: a public body stops processing only where no law gives it the task, not where no law names the processing', () => {
    const action = (texts: typeof questionsEn) =>
      texts.questions['legitimate-interests-public-body'].action;
    expect(action(questionsEn)).toMatch(
      /where no law gives you the task this processing serves, stop it\.$/,
    );
    expect(action(questionsEn)).not.toMatch(/no law covers the processing/);
    expect(action(questionsNl)).toMatch(
      /geeft geen wet je de taak waarvoor deze verwerking dient, stop er dan mee\.$/,
    );
  });

  it('Art. 6(1): not knowing whether legitimate interests is kept out of the public tasks is critical too; "partly" is no answer', () => {
    expect(gapIds(report(municipality('dont-know', hallHire)))).toContain('no-lawful-basis');
    const question = questionnaire.sections
      .flatMap((x) => x.questions)
      .find((x) => x.id === 'legitimate-interests-public-body');
    expect(question?.type === 'singleChoice' && question.options).toEqual([
      'yes',
      'no',
      'dont-know',
    ]);
  });

  it('Rec. 47: legitimate interests used only outside its public tasks leaves the activity a basis', () => {
    const model = report(municipality('yes', hallHire));
    expect(gapIds(model)).not.toContain('no-lawful-basis');
    expect(itemActionsOf(model, 'hall-hire', 'activity-lawful-basis')).toEqual([]);
    const [outcome] = lawfulBasis(model, 'hall-hire') ?? [];
    expect(outcome?.id).toBe('present');
    expect(outcome?.reasons).toContain('public-body-legitimate-interests');
  });

  it('Art. 6(1), second subparagraph, and Rec. 45: an activity serving its legal duties on legitimate interests alone stays unclear, though the body says it keeps them apart', () => {
    const model = report(municipality('yes', permits));
    expect(gapIds(model)).toContain('no-lawful-basis');
    expect(itemActionsOf(model, 'parking-permits', 'activity-lawful-basis')).toMatchObject([
      { outcome: 'unclear', critical: true, reasons: ['public-task-purpose'] },
    ]);
    expect(nowKeys(model)).toContain(
      itemKey(itemActionsOf(model, 'parking-permits', 'activity-lawful-basis')[0]!),
    );
    // The reason names the "yes" it contradicts, in both languages.
    const reason = (texts: typeof questionsEn) =>
      texts.determinations['activity-lawful-basis'].outcomes.unclear.reasons['public-task-purpose'];
    expect(reason(questionsEn)).toMatch(
      /^You said you use legitimate interests only outside your public tasks, but/,
    );
    expect(reason(questionsNl)).toMatch(
      /^Je zei dat je gerechtvaardigd belang alleen buiten je publieke taken gebruikt, maar/,
    );
    // With a public task named next to it, the activity has a basis.
    const fixed = report(
      municipality('yes', {
        ...permits,
        answers: {
          ...permits.answers,
          'activity-lawful-basis': ['public-task', 'legitimate-interests'],
        },
      }),
    );
    expect(lawfulBasis(fixed, 'parking-permits')).toMatchObject([{ id: 'present' }]);
  });

  it('Art. 6(1)(f): a private shop relying on legitimate interests is not asked about public tasks', () => {
    const shop = report(
      withActivity(
        { ...answersOf('dutch-webshop'), 'lawful-bases': ['contract', 'legitimate-interests'] },
        activity('fraud-checks', { 'activity-lawful-basis': ['legitimate-interests'] }),
      ),
    );
    const asked = shop.answers
      .flatMap((s) => s.questions)
      .find((x) => x.questionId === 'legitimate-interests-public-body');
    expect(asked?.shown).toBe(false);
    expect(itemActionsOf(shop, 'fraud-checks', 'activity-lawful-basis')).toEqual([]);
  });
});
