import { choiceOptions, walkLeaves, type ConditionLeaf } from './condition-leaves';
import { conditionRefs } from './conditions';
import { issueCollector, type QuestionnaireIssue } from './questionnaire-issue';
import type {
  Condition,
  PlainQuestion,
  Question,
  Questionnaire,
  RepeatableQuestion,
} from './questionnaire.schema';

type Add = ReturnType<typeof issueCollector>['add'];

interface Located {
  readonly question: Question;
  /** Position in the whole questionnaire, to tell earlier questions from later ones. */
  readonly index: number;
}

/** A question inside a repeatable group. */
interface InItem {
  readonly group: RepeatableQuestion;
  readonly question: PlainQuestion;
  /** Position in the group. */
  readonly index: number;
}

/**
 * Checks every condition: flags, show-conditions, exits, determinations and
 * critical gaps. A leaf must test a question or flag that exists, with an
 * operator and options that fit that question; a flag may only use flags
 * declared before it; a question or section may only depend, directly or
 * through flags, on questions that come before it, since it is shown in
 * order. Exits, flags and determinations may test any question.
 *
 * A repeatable group's own conditions (its questions' show-conditions, and the `where` of
 * `anyItem` and `everyItem`) test only that group's questions, earlier ones for a
 * show-condition; everything else tests the group's items through `anyItem` and `everyItem`,
 * or the group itself with `answered`, never one of its questions directly, except in a
 * determination reached for each of its items (`forEach`).
 */
export function conditionIssues(file: string, q: Questionnaire): QuestionnaireIssue[] {
  const { issues, add } = issueCollector(file);

  // The first question with an id wins; a second one is a duplicate-id, not a second target.
  const questions = new Map<string, Located>();
  q.sections
    .flatMap((s) => s.questions)
    .forEach((question, index) => {
      if (!questions.has(question.id)) questions.set(question.id, { question, index });
    });
  const inItems = new Map<string, InItem>();
  for (const group of q.sections.flatMap((s) => s.questions))
    if (group.type === 'repeatable')
      group.questions.forEach((question, index) => {
        if (!inItems.has(question.id)) inItems.set(question.id, { group, question, index });
      });
  const flagNames = Object.keys(q.flags);
  /** The questions each flag depends on, through the flags it uses too. */
  const flagQuestions = new Map<string, string[]>();

  const check = (
    condition: Condition,
    path: string,
    options: {
      before?: number;
      flags?: readonly string[];
      gap?: boolean;
      /** A determination reached per item of this group may test its questions too. */
      item?: RepeatableQuestion;
    } = {},
  ) => {
    const { before, flags = flagNames, gap = false, item } = options;
    walkLeaves(condition, path, (leaf, leafPath) => {
      if ('gap' in leaf) {
        if (!gap)
          add(
            `${leafPath}.gap`,
            'misplaced-gap',
            'gap looks at the whole questionnaire, so only determinations and critical gaps may use it',
          );
      } else if ('flag' in leaf) {
        if (!flagNames.includes(leaf.flag))
          add(`${leafPath}.flag`, 'unknown-flag', `flag "${leaf.flag}" is not defined in $.flags`);
        else if (!flags.includes(leaf.flag))
          add(
            `${leafPath}.flag`,
            'flag-order',
            `flag "${leaf.flag}" must be declared before the flag that uses it`,
          );
        else if (before !== undefined)
          for (const ref of flagQuestions.get(leaf.flag) ?? []) {
            const target = questions.get(ref);
            if (target && target.index >= before)
              add(
                `${leafPath}.flag`,
                'forward-reference',
                `flag "${leaf.flag}" depends on question "${ref}", which does not come earlier`,
              );
          }
      } else if ('anyItem' in leaf || 'everyItem' in leaf) {
        const [operator, id] =
          'anyItem' in leaf
            ? (['anyItem', leaf.anyItem] as const)
            : (['everyItem', leaf.everyItem] as const);
        const target = questions.get(id);
        if (!target) {
          add(`${leafPath}.${operator}`, 'unknown-question', `question "${id}" does not exist`);
          return;
        }
        if (target.question.type !== 'repeatable') {
          add(
            `${leafPath}.${operator}`,
            'operator-mismatch',
            `question "${id}" is not a repeatable group, so ${operator} cannot apply`,
          );
          return;
        }
        if (before !== undefined && target.index >= before)
          add(
            `${leafPath}.${operator}`,
            'forward-reference',
            `question "${id}" must come before the question or section that tests it`,
          );
        checkInItem(leaf.where, `${leafPath}.where`, target.question);
      } else {
        const target = questions.get(leaf.question);
        const inItem = inItems.get(leaf.question);
        if (!target && inItem && inItem.group === item) {
          operatorIssues(leaf, inItem.question, leafPath, add);
          return;
        }
        if (!target) {
          if (inItem)
            add(
              `${leafPath}.question`,
              'item-question',
              `question "${leaf.question}" is asked of each item of "${inItem.group.id}": test it inside anyItem or everyItem`,
            );
          else
            add(
              `${leafPath}.question`,
              'unknown-question',
              `question "${leaf.question}" does not exist`,
            );
          return;
        }
        if (before !== undefined && target.index >= before)
          add(
            `${leafPath}.question`,
            'forward-reference',
            `question "${leaf.question}" must come before the question or section that tests it`,
          );
        if (target.question.type === 'repeatable') {
          if (!('answered' in leaf))
            add(
              leafPath,
              'operator-mismatch',
              `"${leaf.question}" is a repeatable group: test it with answered, or its items with anyItem or everyItem`,
            );
        } else operatorIssues(leaf, target.question, leafPath, add);
      }
    });
  };

  /** A condition inside an item of `group`: its own questions only, earlier ones when `before` is set. */
  const checkInItem = (
    condition: Condition,
    path: string,
    group: RepeatableQuestion,
    before?: number,
  ) =>
    walkLeaves(condition, path, (leaf, leafPath) => {
      if (!('question' in leaf)) {
        const what = 'flag' in leaf ? 'a flag' : 'gap' in leaf ? 'a gap' : 'the items of a group';
        add(
          leafPath,
          'outside-item',
          `a condition inside the items of "${group.id}" tests ${what}: it may test only that item's own answers`,
        );
        return;
      }
      const target = inItems.get(leaf.question);
      if (!target || target.group !== group) {
        add(
          `${leafPath}.question`,
          'outside-item',
          `question "${leaf.question}" is not one of the questions of "${group.id}", which is all a condition inside its items may test`,
        );
        return;
      }
      if (before !== undefined && target.index >= before)
        add(
          `${leafPath}.question`,
          'forward-reference',
          `question "${leaf.question}" must come before the question that tests it`,
        );
      operatorIssues(leaf, target.question, leafPath, add);
    });

  flagNames.forEach((name, i) => {
    const condition = q.flags[name]!;
    check(condition, `$.flags.${name}`, { flags: flagNames.slice(0, i) });
    const direct = conditionRefs(condition);
    flagQuestions.set(name, [
      ...direct.questions,
      ...direct.flags.flatMap((f) => flagQuestions.get(f) ?? []),
    ]);
  });

  q.sections.forEach((section, s) => {
    const first = section.questions[0] && questions.get(section.questions[0].id);
    if (section.showIf)
      check(section.showIf, `$.sections[${s}].showIf`, { before: first ? first.index : 0 });
    section.questions.forEach((question, i) => {
      const own = questions.get(question.id);
      if (question.showIf && own?.question === question)
        check(question.showIf, `$.sections[${s}].questions[${i}].showIf`, { before: own.index });
      if (question.type === 'repeatable')
        for (const key of ['processorWhen', 'noTransfersWhen'] as const) {
          const condition = question.record?.[key];
          if (condition)
            checkInItem(condition, `$.sections[${s}].questions[${i}].record.${key}`, question);
        }
      if (question.type === 'repeatable')
        question.questions.forEach((inner, k) => {
          if (inner.showIf)
            checkInItem(
              inner.showIf,
              `$.sections[${s}].questions[${i}].questions[${k}].showIf`,
              question,
              k,
            );
        });
    });
  });

  q.exits.forEach((exit, e) => {
    check(exit.when, `$.exits[${e}].when`);
    exit.reasons.forEach((reason, r) => check(reason.when, `$.exits[${e}].reasons[${r}].when`));
  });

  q.sections
    .flatMap((section, s) => section.questions.map((question, i) => ({ question, s, i })))
    .forEach(({ question, s, i }) => {
      if (question.type !== 'repeatable') return;
      question.summary.forEach((id, k) => {
        if (!q.determinations.some((d) => d.id === id && d.forEach === question.id))
          add(
            `$.sections[${s}].questions[${i}].summary[${k}]`,
            'bad-summary',
            `"${id}" is not a determination reached for each item of "${question.id}" (forEach)`,
          );
      });
    });

  q.determinations.forEach((determination, d) => {
    const group = questions.get(determination.forEach ?? '')?.question;
    const item = group?.type === 'repeatable' ? group : undefined;
    if (determination.forEach !== undefined && !item)
      add(
        `$.determinations[${d}].forEach`,
        'not-a-group',
        `"${determination.forEach}" is not a repeatable group, so there are no items to judge one by one`,
      );
    if (determination.onlyWhen) check(determination.onlyWhen, `$.determinations[${d}].onlyWhen`);
    determination.outcomes.forEach((outcome, o) => {
      const path = `$.determinations[${d}].outcomes[${o}]`;
      if (outcome.when) check(outcome.when, `${path}.when`, { gap: true, item });
      outcome.reasons.forEach((reason, r) =>
        check(reason.when, `${path}.reasons[${r}].when`, { gap: true, item }),
      );
      if (outcome.gap && determination.forEach === undefined)
        add(
          `${path}.gap`,
          'gap-outside-item',
          'only a per-item determination (forEach) raises gaps; for the whole organisation, score a question or add a critical gap',
        );
      if (outcome.gap?.unless) check(outcome.gap.unless, `${path}.gap.unless`, { gap: true, item });
    });
  });

  q.criticalGaps.forEach((gap, g) => check(gap.when, `$.criticalGaps[${g}].when`, { gap: true }));
  return issues;
}

/** Whether a leaf's operator and values fit the question it tests. */
function operatorIssues(
  leaf: Extract<ConditionLeaf, { question: string }>,
  target: PlainQuestion,
  path: string,
  add: Add,
): void {
  const isChoice = target.type === 'singleChoice' || target.type === 'multiChoice';
  const options = choiceOptions(target);
  if ('equals' in leaf) {
    if (isChoice && typeof leaf.equals === 'string' && !options.includes(leaf.equals))
      add(
        `${path}.equals`,
        'unknown-option',
        `"${leaf.equals}" is not an option of question "${target.id}"`,
      );
    else if (isChoice && typeof leaf.equals !== 'string')
      add(
        `${path}.equals`,
        'operator-mismatch',
        `question "${target.id}" has options, so equals needs an option id`,
      );
    else if (target.type === 'number' && typeof leaf.equals !== 'number')
      add(
        `${path}.equals`,
        'operator-mismatch',
        `question "${target.id}" is a number question, so equals needs a number`,
      );
    else if (!isChoice && target.type !== 'number')
      add(
        `${path}.equals`,
        'operator-mismatch',
        `text question "${target.id}" can only be tested with answered`,
      );
  } else if ('minSelected' in leaf) {
    if (target.type !== 'multiChoice')
      add(
        `${path}.minSelected`,
        'operator-mismatch',
        `question "${target.id}" is not a multiple-choice question, so minSelected cannot apply`,
      );
    else if (leaf.minSelected > target.options.length)
      add(
        `${path}.minSelected`,
        'min-selected-too-high',
        `question "${target.id}" has only ${target.options.length} options, fewer than ${leaf.minSelected}`,
      );
  } else if ('in' in leaf) {
    if (!isChoice)
      add(
        `${path}.in`,
        'operator-mismatch',
        `question "${target.id}" has no options, so "in" cannot apply`,
      );
    else
      leaf.in.forEach((option, i) => {
        if (!options.includes(option))
          add(
            `${path}.in[${i}]`,
            'unknown-option',
            `"${option}" is not an option of question "${target.id}"`,
          );
      });
  } else if (!('answered' in leaf) && target.type !== 'number') {
    const operator = 'gt' in leaf ? 'gt' : 'gte' in leaf ? 'gte' : 'lt' in leaf ? 'lt' : 'lte';
    add(
      `${path}.${operator}`,
      'operator-mismatch',
      `question "${target.id}" is not a number question, so it cannot be compared with gt, gte, lt or lte`,
    );
  }
}
