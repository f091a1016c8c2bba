import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isItemList } from '@/engine/questionnaire/answer-value';
import { ExampleSchema } from '@/engine/questionnaire/example.schema';
import type { Answers, RepeatedItem } from '@/engine/questionnaire/questionnaire.schema';
import { buildReport } from '@/report/build-report';
import { criticalGapCauses } from '@/report/critical-actions';
import { actionKey } from '@/report/planned-actions';
import type { ActionRef, ItemAction, ReportModel } from '@/report/report.types';
import { loadExample } from './helpers/examples';
import { loadShippedQuestionnaire } from './helpers/questionnaires';

const questionnaire = loadShippedQuestionnaire();
const EXAMPLES = ['dutch-webshop', 'crm-saas', 'hospital', 'us-app-targeting-eu'] as const;
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
      .map((a) => questionKey(a.questionId)),
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
