import { describe, expect, it } from 'vitest';
import {
  choice,
  issuesOf,
  oneSection,
  parseRaw,
  type RawQuestion,
} from '../../../tests/helpers/raw-questionnaire';
import { loadFixtureQuestionnaire } from '../../../tests/helpers/questionnaires';
import { validateAnswer } from './answer-validation';
import { checkAnswers } from './check-answers';
import { evaluateCondition } from './conditions';
import { evaluateVerdicts } from './determinations';
import type { RepeatableQuestion, RepeatedItem } from './questionnaire.schema';
import { computeVisibility } from './visibility';

// The fixture: "activities" (1–20 items) of name, role, client (only for a processor) and
// "occasional"; a flag and a question for "some activity is done as a processor", and a
// record-keeping determination that is "exempt" only when every activity is occasional.
const q = loadFixtureQuestionnaire('activities');
const group = q.sections[1]!.questions[0] as RepeatableQuestion;

const item = (id: string, answers: RepeatedItem['answers']): RepeatedItem => ({ id, answers });
const orders = item('orders', {
  'activity-name': 'Customer orders',
  'activity-role': 'controller',
  'activity-occasional': 'no',
});
const payroll = item('payroll', {
  'activity-name': 'Payroll for a client',
  'activity-role': 'processor',
  'activity-client': 'Bakery Jansen',
  'activity-occasional': 'yes',
});

describe('a repeatable group answer', () => {
  it('is complete when each item answers what it shows', () => {
    expect(validateAnswer(group, [orders, payroll])).toBeNull();
  });

  it('asks a processor item for its client, and no one else', () => {
    const noClient = item('p2', { ...payroll.answers, 'activity-client': '' });
    expect(validateAnswer(group, [orders, noClient])).toEqual({
      code: 'itemIncomplete',
      item: 1,
      question: 'activity-client',
      error: { code: 'required' },
    });
    // The same answer on a controller's item is hidden there, so it neither counts nor blocks.
    const stray = item('o2', { ...orders.answers, 'activity-client': 42 });
    expect(validateAnswer(group, [stray])).toBeNull();
  });

  it('keeps to its number of items and to distinct item ids', () => {
    expect(validateAnswer(group, [])).toEqual({ code: 'required' });
    const many = Array.from({ length: 21 }, (_, n) => item(`a${n}`, orders.answers));
    expect(validateAnswer(group, many)).toEqual({ code: 'tooManyItems', max: 20 });
    expect(validateAnswer(group, [orders, { ...payroll, id: 'orders' }])).toEqual({
      code: 'wrongType',
    });
    expect(validateAnswer(group, 'yes')).toEqual({ code: 'wrongType' });
  });

  it('counts, in the effective answers, with the answers its items show', () => {
    const stray = item('o2', { ...orders.answers, 'activity-client': 'Nobody' });
    const { effectiveAnswers } = computeVisibility(q, { 'uses-data': 'yes', activities: [stray] });
    expect(effectiveAnswers.activities).toEqual([{ id: 'o2', answers: orders.answers }]);
  });

  it('does not count while an item is incomplete', () => {
    const half = item('h', { 'activity-name': 'Half done' });
    const { effectiveAnswers } = computeVisibility(q, { 'uses-data': 'yes', activities: [half] });
    expect(effectiveAnswers).not.toHaveProperty('activities');
  });
});

describe('anyItem and everyItem', () => {
  const processor = { question: 'activity-role', equals: 'processor' } as const;
  const never = () => false;

  it('anyItem holds when one item meets the condition', () => {
    expect(
      evaluateCondition(
        { anyItem: 'activities', where: processor },
        { activities: [orders, payroll] },
        never,
      ),
    ).toBe(true);
    expect(
      evaluateCondition(
        { anyItem: 'activities', where: processor },
        { activities: [orders] },
        never,
      ),
    ).toBe(false);
  });

  it('everyItem needs items, and every one of them to meet it', () => {
    const every = { everyItem: 'activities', where: processor };
    expect(evaluateCondition(every, { activities: [payroll] }, never)).toBe(true);
    expect(evaluateCondition(every, { activities: [payroll, orders] }, never)).toBe(false);
    // No items is not "every item": an exemption must rest on activities that were listed.
    expect(evaluateCondition(every, { activities: [] }, never)).toBe(false);
    expect(evaluateCondition(every, {}, never)).toBe(false);
  });

  it('shows a question when some activity is done for a client', () => {
    const shown = (items: RepeatedItem[]) =>
      computeVisibility(q, { 'uses-data': 'yes', activities: items }).questions.get(
        'processor-contracts',
      );
    expect(shown([orders])).toBe(false);
    expect(shown([orders, payroll])).toBe(true);
  });

  it('Art. 30(5): the record exemption holds only when every activity is occasional', () => {
    const outcome = (items: RepeatedItem[]) =>
      evaluateVerdicts(q, { 'uses-data': 'yes', activities: items })
        .determinations.find((d) => d.id === 'records')
        ?.outcomes.map((o) => o.id);
    expect(outcome([payroll])).toEqual(['exempt']);
    expect(outcome([payroll, orders])).toEqual(['required']);
  });
});

describe('a determination reached for each item', () => {
  it('gives each activity its own role, in the order of the list', () => {
    const { itemDeterminations, determinations } = evaluateVerdicts(q, {
      'uses-data': 'yes',
      activities: [orders, payroll],
    });
    expect(itemDeterminations[0]).toEqual({
      id: 'activity-role',
      group: 'activities',
      items: [
        {
          itemId: 'orders',
          outcomes: [{ id: 'controller', articles: ['Art. 24(1)', 'Art. 30(1)'], reasons: [] }],
        },
        {
          itemId: 'payroll',
          outcomes: [{ id: 'processor', articles: ['Art. 28(3)', 'Art. 30(2)'], reasons: [] }],
        },
      ],
    });
    // It is not one of the organisation's own determinations.
    expect(determinations.map((d) => d.id)).toEqual(['records']);
  });

  it('marks an outcome that leaves a gap in its item, with the rank its gap is given', () => {
    const { itemDeterminations } = evaluateVerdicts(q, {
      'uses-data': 'yes',
      activities: [orders, payroll],
    });
    // Orders keeps no retention period; payroll is work for a client, who decides it.
    expect(itemDeterminations[1]!.items).toEqual([
      {
        itemId: 'orders',
        outcomes: [
          {
            id: 'missing',
            articles: ['Art. 5(1)(e)', 'Art. 30(1)(f)'],
            reasons: [],
            gap: { priority: 'medium', fineTier: 'art83-5', effort: 'quick-win' },
          },
        ],
      },
      {
        itemId: 'payroll',
        outcomes: [{ id: 'processor', articles: ['Art. 28(3)(g)'], reasons: [] }],
      },
    ]);
  });

  it('has no items to judge while the list does not count', () => {
    const half = item('h', { 'activity-name': 'Half done' });
    const { itemDeterminations } = evaluateVerdicts(q, { 'uses-data': 'yes', activities: [half] });
    expect(itemDeterminations.map((d) => d.items)).toEqual([[], []]);
  });
});

describe('checks of a repeatable group', () => {
  const group = (extra: Record<string, unknown> = {}): RawQuestion => ({
    id: 'acts',
    type: 'repeatable',
    questions: [
      { id: 'act-name', type: 'shortText' },
      { id: 'act-kind', type: 'singleChoice', options: ['a', 'b'] },
    ],
    ...extra,
  });
  const codes = (...questions: RawQuestion[]) =>
    issuesOf(parseRaw(oneSection(...questions))).map((i) => [i.code, i.path]);

  it('refuses an outside condition on a question of the items', () => {
    expect(
      codes(group(), choice('after', { showIf: { question: 'act-kind', equals: 'a' } })),
    ).toEqual([['item-question', '$.sections[0].questions[1].showIf.question']]);
  });

  it('refuses an item condition on anything but its own earlier questions', () => {
    const own = (showIf: unknown) =>
      group({
        questions: [
          { id: 'act-name', type: 'shortText' },
          { id: 'act-kind', type: 'singleChoice', options: ['a', 'b'], showIf },
        ],
      });
    expect(codes(choice('first'), own({ question: 'first', equals: 'yes' }))).toEqual([
      ['outside-item', '$.sections[0].questions[1].questions[1].showIf.question'],
    ]);
    const path = '$.sections[0].questions[0].questions[1].showIf';
    expect(codes(own({ flag: 'someFlag' }))).toEqual([['outside-item', path]]);
    expect(codes(own({ question: 'act-kind', equals: 'a' }))).toEqual([
      ['forward-reference', `${path}.question`],
    ]);
  });

  it('tests the group only with answered, anyItem and everyItem', () => {
    expect(codes(group(), choice('after', { showIf: { question: 'acts', equals: 'a' } }))).toEqual([
      ['operator-mismatch', '$.sections[0].questions[1].showIf'],
    ]);
    expect(
      codes(
        choice('before'),
        choice('after', {
          showIf: { anyItem: 'before', where: { question: 'x', answered: true } },
        }),
      ),
    ).toEqual([['operator-mismatch', '$.sections[0].questions[1].showIf.anyItem']]);
    const where = { question: 'act-kind', equals: 'c' };
    expect(codes(group(), choice('after', { showIf: { anyItem: 'acts', where } }))).toEqual([
      ['unknown-option', '$.sections[0].questions[1].showIf.where.equals'],
    ]);
  });

  it('refuses a range that fits no list, scoring inside items, and a bad template', () => {
    expect(codes(group({ minItems: 3, maxItems: 2 }))).toEqual([
      ['bad-range', '$.sections[0].questions[0].minItems'],
    ]);
    const scored = group({
      questions: [
        {
          id: 'act-kind',
          type: 'singleChoice',
          options: ['a', 'b'],
          scoring: { priority: 'high', fineTier: 'art83-4', effort: 'days' },
        },
      ],
    });
    expect(codes(scored)).toContainEqual([
      'unscorable-question',
      '$.sections[0].questions[0].questions[0].scoring',
    ]);
    const templates = [{ id: 't', answers: { 'act-kind': 'c' } }];
    expect(codes(group({ templates }))).toEqual([
      ['bad-template', '$.sections[0].questions[0].templates[0].answers.act-kind'],
    ]);
  });

  it('judges items one by one only for a repeatable group, which may test their questions', () => {
    const perItem = (forEach: string, when: unknown) => ({
      determinations: [{ id: 'd', forEach, outcomes: [{ id: 'a', when }, { id: 'b' }] }],
    });
    const raw = (extra: object) => ({ ...oneSection(choice('first'), group()), ...extra });
    const kind = { question: 'act-kind', equals: 'a' };
    expect(parseRaw(raw(perItem('acts', kind))).ok).toBe(true);
    expect(issuesOf(parseRaw(raw(perItem('first', kind)))).map((i) => i.code)).toEqual([
      'not-a-group',
      'item-question',
    ]);
  });

  it('lets only a per-item outcome leave a gap, whose "unless" may test the item', () => {
    const raw = (forEach: string | undefined) => ({
      ...oneSection(choice('first'), group()),
      determinations: [
        {
          id: 'd',
          ...(forEach ? { forEach } : {}),
          outcomes: [
            {
              id: 'open',
              gap: {
                priority: 'high',
                fineTier: 'art83-5',
                effort: 'days',
                unless: forEach
                  ? { question: 'act-kind', equals: 'b' }
                  : { question: 'first', equals: 'yes' },
              },
            },
          ],
        },
      ],
    });
    expect(parseRaw(raw('acts')).ok).toBe(true);
    expect(issuesOf(parseRaw(raw(undefined))).map((i) => [i.code, i.path])).toEqual([
      ['gap-outside-item', '$.determinations[0].outcomes[0].gap'],
    ]);
    const parsed = parseRaw(raw('acts'));
    if (!parsed.ok) throw new Error('does not parse');
    const gaps = evaluateVerdicts(parsed.bundle.questionnaire, {
      first: 'yes',
      acts: [
        { id: 'x', answers: { 'act-name': 'X', 'act-kind': 'a' } },
        { id: 'y', answers: { 'act-name': 'Y', 'act-kind': 'b' } },
      ],
    }).itemDeterminations[0]!.items.map((i) => i.outcomes[0]!.gap?.priority ?? null);
    // Item y answers what closes the gap.
    expect(gaps).toEqual(['high', null]);
  });

  it('shows in its overview only determinations reached for its own items', () => {
    const raw = (summary: string[]) => ({
      ...oneSection(choice('first'), group({ summary })),
      determinations: [
        { id: 'per-item', forEach: 'acts', outcomes: [{ id: 'a' }] },
        { id: 'whole', outcomes: [{ id: 'a' }] },
      ],
    });
    expect(parseRaw(raw(['per-item'])).ok).toBe(true);
    expect(issuesOf(parseRaw(raw(['per-item', 'whole']))).map((i) => [i.code, i.path])).toEqual([
      ['bad-summary', '$.sections[0].questions[1].summary[1]'],
    ]);
  });

  it('shares question ids with the rest of the questionnaire', () => {
    expect(codes(choice('act-name'), group())).toEqual([
      ['duplicate-id', '$.sections[0].questions[1].questions[0].id'],
    ]);
  });

  it('finds an item question that no earlier answer in the item shows', () => {
    const contradiction = group({
      questions: [
        { id: 'act-kind', type: 'singleChoice', options: ['a', 'b'] },
        {
          id: 'act-detail',
          type: 'shortText',
          showIf: {
            all: [
              { question: 'act-kind', equals: 'a' },
              { question: 'act-kind', equals: 'b' },
            ],
          },
        },
      ],
    });
    expect(codes(contradiction)).toEqual([
      ['unreachable-question', '$.sections[0].questions[0].questions[1].showIf'],
    ]);
  });

  it('finds an outside question that no list of items shows', () => {
    const both = {
      all: [
        { everyItem: 'acts', where: { question: 'act-kind', equals: 'a' } },
        { anyItem: 'acts', where: { question: 'act-kind', equals: 'b' } },
      ],
    };
    expect(codes(group(), choice('after', { showIf: both }))).toEqual([
      ['unreachable-question', '$.sections[0].questions[1].showIf'],
    ]);
    const either = { anyItem: 'acts', where: { question: 'act-kind', equals: 'b' } };
    expect(parseRaw(oneSection(group(), choice('after', { showIf: either }))).ok).toBe(true);
  });
});

describe('checking a file’s group answer', () => {
  it('points at each wrong answer inside an item, and lets an unfinished list through', () => {
    const problems = checkAnswers(
      q,
      {
        activities: [
          { id: 'a', answers: { 'activity-role': 'boss', 'activity-colour': 'red' } },
          { id: 'b', answers: { 'activity-name': 'Unfinished' } },
        ],
      },
      { path: ['answers'] },
    );
    expect(problems.map((p) => [p.code, p.path.join('.')])).toEqual([
      ['unknownOption', 'answers.activities.0.answers.activity-role'],
      ['unknownQuestion', 'answers.activities.0.answers.activity-colour'],
    ]);
  });

  it('refuses what is not a list of items, and a list too long', () => {
    const code = (value: unknown) => checkAnswers(q, { activities: value }).map((p) => p.code);
    expect(code('Customer orders')).toEqual(['expectedItems']);
    expect(
      code([
        { id: 'x', answers: {} },
        { id: 'x', answers: {} },
      ]),
    ).toEqual(['expectedItems']);
    expect(code(Array.from({ length: 21 }, (_, n) => ({ id: `i${n}`, answers: {} })))).toEqual([
      'tooManyItems',
    ]);
  });
});
