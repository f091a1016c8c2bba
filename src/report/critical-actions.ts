import { isItemList, isOptionList } from '../engine/questionnaire/answer-value';
import { evaluateCondition } from '../engine/questionnaire/conditions';
import { itemName } from '../engine/questionnaire/item-name';
import { isGapAnswer, type Verdicts } from '../engine/questionnaire/determinations';
import { flagResolver } from '../engine/questionnaire/visibility';
import type {
  Answers,
  Condition,
  CriticalGap,
  Question,
  Questionnaire,
} from '../engine/questionnaire/questionnaire.schema';

/**
 * Which actions close a critical gap that holds, so the plan puts them first and in "now".
 *
 * A critical gap's `when` can hold through several answers (Art. 30: the records of a controller
 * or those of a processor; Art. 6(1): the organisation's answer or one activity's), and each one
 * that makes it hold is a cause to remove.
 *
 * - A question's action is critical when a critical gap holds and a leaf `{question, equals | in}`
 *   of the gap's own `when`, not under a `not`, tests it for answers that are all gap answers of
 *   its scoring, and that leaf holds (`processor-records` = no for Art. 30(2), `access-requests`
 *   = no for Art. 15). The gap's `action` is such a cause only when one of these leaves tests it:
 *   "partly" records next to a processor's missing ones is a gap to close, not the unmet duty.
 *   Leaves inside flags do not count: flags say when a duty applies (the organisation's size,
 *   its role), not that it is unmet.
 * - An item's action (one processing activity's gap) is critical when its outcome's `gap.critical`
 *   names a critical gap that holds and the item is one of its causes: a top-level branch of the
 *   gap's `when` holds through items (no answer of the organisation's own in it holds, and it would
 *   not hold with the items left out), and some `anyItem` leaf over the item's group in that
 *   branch, not under a `not`, here or in a flag it uses, holds for that item alone. So an activity
 *   without a lawful basis is critical under Art. 6(1), while one whose outcome is "unclear" for
 *   another reason (not knowing whether it transfers at all, or whether it holds criminal data)
 *   is not.
 * - **Fallback.** A gap can hold through an answer no action closes (an unscored question such as
 *   "which lawful bases?" answered "don't know") while the gap's `action` is answered "yes": the
 *   answers disagree. The fallback is worked out per top-level `any` branch of the gap's `when`
 *   (the whole `when` when it is no `any`), so one branch's cause does not hide another branch's
 *   disagreement (an activity without a basis next to "don't know" to the lawful bases): a branch
 *   that holds without a cause above gets the gap's `action` as critical, unless the branch holds
 *   through items (an `anyItem` leaf, here or in a flag it uses) and one of its items' actions is
 *   critical. If that answer is not a gap answer, it is a conflict ({@link ConflictingAnswer}):
 *   two answers that cannot both be true, so the one saying all is well is scored as "don't know"
 *   until checked, and the report names the answers that disagree (for a record of grounds, such
 *   as the lawful bases, Art. 5(2) adds that a record that cannot name its grounds proves
 *   nothing). So every critical gap that holds has a critical action.
 */
export interface CriticalActions {
  /** Ids of the questions whose actions are critical. */
  readonly questions: ReadonlySet<string>;
  /** Whether an item's outcome that feeds `gapId` is critical for that item. */
  readonly item: (gapId: string, group: string, itemId: string) => boolean;
  /** Questions whose answer other answers contradict, by id: scored as "don't know". */
  readonly conflicts: ReadonlyMap<string, readonly ConflictingAnswer[]>;
}

/** An answer that makes a critical gap hold while the gap's own action says all is well. */
export interface ConflictingAnswer {
  readonly questionId: string;
  /** The option the gap tests for and the person chose. */
  readonly option: string;
  /** The item (a processing activity) whose answer it is, when it is an item's. */
  readonly item?: ConflictingItem;
}

/** Where an item's conflicting answer was given: its group, and how a list names the item. */
export interface ConflictingItem {
  readonly group: string;
  readonly itemId: string;
  /** Its name (see `itemName`), or null when it has none; the report then numbers it. */
  readonly name: string | null;
  /** Its place in the group, from 1. */
  readonly position: number;
}

/** The positive leaves of a condition: those not under a `not`. */
function positiveLeaves(condition: Condition): Condition[] {
  if ('all' in condition) return condition.all.flatMap(positiveLeaves);
  if ('any' in condition) return condition.any.flatMap(positiveLeaves);
  if ('not' in condition) return [];
  return [condition];
}

/** The `anyItem` leaves of a condition, not under a `not`, looking through the flags it uses. */
function itemCauses(
  condition: Condition,
  flags: Questionnaire['flags'],
  seen: Set<string> = new Set(),
): { group: string; where: Condition }[] {
  return positiveLeaves(condition).flatMap((leaf) => {
    if ('anyItem' in leaf) return [{ group: leaf.anyItem, where: leaf.where }];
    if ('flag' in leaf && !seen.has(leaf.flag) && flags[leaf.flag]) {
      seen.add(leaf.flag);
      return itemCauses(flags[leaf.flag]!, flags, seen);
    }
    return [];
  });
}

/** A leaf of a critical gap's `when` that tests a scored question for gap answers only. */
type GapLeaf =
  | Extract<Condition, { question: string; equals: string | number }>
  | Extract<Condition, { question: string; in: string[] }>;

function questionsById(q: Questionnaire): Map<string, Question> {
  return new Map(q.sections.flatMap((s) => s.questions.map((x) => [x.id, x] as const)));
}

/** The positive leaves of a condition that test a scored question for gap answers only. */
function gapLeaves(questions: ReadonlyMap<string, Question>, condition: Condition): GapLeaf[] {
  return positiveLeaves(condition).flatMap((leaf): GapLeaf[] => {
    if (!('question' in leaf) || !('equals' in leaf || 'in' in leaf)) return [];
    const question = questions.get(leaf.question);
    const tested = 'in' in leaf ? leaf.in : [leaf.equals];
    return question?.scoring &&
      // A multiple-choice leaf tests one option among those chosen: that option alone.
      tested.every(
        (v) =>
          typeof v === 'string' && isGapAnswer(question, question.type === 'multiChoice' ? [v] : v),
      )
      ? [leaf]
      : [];
  });
}

/** The parts of a gap's `when` the fallback looks at one by one: its top-level `any` branches. */
function branchesOf(when: Condition): readonly Condition[] {
  return 'any' in when ? when.any : [when];
}

/**
 * What can make a critical gap's action critical, read from the questionnaire alone: the leaves
 * of its `when` that test a scored question for gap answers only (see {@link CriticalActions}),
 * and the per-item outcomes whose gap names it. `npm run rules` lists these with each gap.
 */
export function criticalGapCauses(
  q: Questionnaire,
  gap: CriticalGap,
): {
  readonly leaves: readonly GapLeaf[];
  readonly outcomes: readonly { readonly determination: string; readonly outcome: string }[];
} {
  const leaves = gapLeaves(questionsById(q), gap.when);
  const outcomes = q.determinations.flatMap((d) =>
    d.outcomes
      .filter((o) => o.gap?.critical === gap.id)
      .map((o) => ({ determination: d.id, outcome: o.id })),
  );
  return { leaves, outcomes };
}

/**
 * Works out the critical actions for a report; see {@link CriticalActions}.
 *
 * @example
 * criticalActions(q, evaluateVerdicts(q, answers)).questions.has('processor-records') // true
 */
export function criticalActions(
  q: Questionnaire,
  verdicts: Verdicts,
  options: { readonly items?: boolean } = {},
): CriticalActions {
  const { visibility } = verdicts;
  const effective = visibility.effectiveAnswers;
  const flag = (name: string) => visibility.flags[name] === true;
  const questions = questionsById(q);
  const holding = new Set(verdicts.criticalGaps.map((g) => g.id));
  const gaps = q.criticalGaps.filter((g) => holding.has(g.id));

  const shown = (id: string) => visibility.questions.get(id) === true;
  const isGap = (id: string): boolean => {
    const question = questions.get(id);
    return question !== undefined && shown(id) && isGapAnswer(question, effective[id]);
  };

  /**
   * Whether `branch` holds through items: no answer of the organisation's own in it holds (those
   * are its causes, "don't know" to the lawful bases), and it would not hold with the items' groups
   * left empty. So a flag that only says who the duty applies to ("a controller", true through one
   * activity as well as through the organisation's own answer) makes no item a cause.
   */
  const throughItems = (branch: Condition): boolean => {
    const groups = itemCauses(branch, q.flags).map((c) => c.group);
    if (groups.length === 0) return false;
    const own = positiveLeaves(branch).filter((leaf) => 'question' in leaf);
    if (own.some((leaf) => evaluateCondition(leaf, effective, flag))) return false;
    const emptied = { ...effective, ...Object.fromEntries(groups.map((g) => [g, []])) };
    return !evaluateCondition(branch, emptied, flagResolver(q, emptied));
  };
  /** The top-level branches of each holding gap, with whether each holds through items. */
  const holdingBranches = new Map(
    gaps.map((g) => [
      g.id,
      branchesOf(g.when)
        .filter((branch) => evaluateCondition(branch, effective, flag))
        .map((branch) => ({ branch, items: throughItems(branch) })),
    ]),
  );
  /** Whether one of the item causes of `branch` holds for the item alone. */
  const causedBy = (branch: Condition, group: string, itemId: string): boolean => {
    const list = effective[group];
    const listed = isItemList(list) ? list.find((x) => x.id === itemId) : undefined;
    if (!listed) return false;
    const answers = { ...effective, ...listed.answers };
    return itemCauses(branch, q.flags).some(
      (c) => c.group === group && evaluateCondition(c.where, answers, flag),
    );
  };
  const item = (gapId: string, group: string, itemId: string): boolean =>
    (holdingBranches.get(gapId) ?? []).some(
      ({ branch, items }) => items && causedBy(branch, group, itemId),
    );
  /** Whether an item that makes `branch` hold has a gap feeding `gapId` the report lists. */
  const itemCauseIn = (gapId: string, branch: Condition): boolean =>
    options.items !== false &&
    verdicts.itemDeterminations.some((d) =>
      d.items.some(
        (x) =>
          x.outcomes.some((o) => o.gap?.critical === gapId) && causedBy(branch, d.group, x.itemId),
      ),
    );

  const critical = new Set<string>();
  const conflicts = new Map<string, ConflictingAnswer[]>();
  for (const gap of gaps) {
    for (const { branch, items } of holdingBranches.get(gap.id) ?? []) {
      let caused = false;
      for (const leaf of gapLeaves(questions, branch))
        if (evaluateCondition(leaf, effective, flag) && isGap(leaf.question)) {
          critical.add(leaf.question);
          caused = true;
        }
      if (caused || (items && itemCauseIn(gap.id, branch))) continue;
      if (gap.action === undefined || !shown(gap.action)) continue;
      critical.add(gap.action);
      if (!isGap(gap.action))
        conflicts.set(gap.action, [
          ...(conflicts.get(gap.action) ?? []),
          ...conflictingAnswers(branch, gap.action, effective, flag),
          // Items the report does not list (reached only through clients) still name their answers.
          ...(items ? itemConflicts(q, branch, effective, flag) : []),
        ]);
    }
  }
  return { questions: critical, item, conflicts };
}

/** The option of a holding question leaf that `answers` chose, if any. */
function chosenOption(leaf: Condition, answers: Answers): string | undefined {
  if (!('question' in leaf)) return undefined;
  const value = answers[leaf.question];
  const tested = 'in' in leaf ? leaf.in : 'equals' in leaf ? [leaf.equals] : [];
  const option = tested.find((v) =>
    isOptionList(value) ? value.some((x) => x === v) : value === v,
  );
  return typeof option === 'string' ? option : undefined;
}

/**
 * The leaves that make a condition hold, not under a `not`: every part of an `all`, and only the
 * parts of an `any` that hold, so a country tested in an alternative that fails is not named.
 */
function holdingLeaves(
  condition: Condition,
  answers: Answers,
  flag: (name: string) => boolean,
): Condition[] {
  if ('all' in condition) return condition.all.flatMap((c) => holdingLeaves(c, answers, flag));
  if ('any' in condition)
    return condition.any
      .filter((c) => evaluateCondition(c, answers, flag))
      .flatMap((c) => holdingLeaves(c, answers, flag));
  if ('not' in condition || !evaluateCondition(condition, answers, flag)) return [];
  return [condition];
}

/**
 * The answers of each item that makes a branch hold through items: the question leaves of the
 * `anyItem` condition that make it hold for that item (an activity's "none of these" lawful
 * bases; that it goes abroad, with no transfer tool), see {@link holdingLeaves}.
 */
function itemConflicts(
  q: Questionnaire,
  branch: Condition,
  effective: Answers,
  flag: (name: string) => boolean,
): ConflictingAnswer[] {
  const groups = new Map(
    q.sections.flatMap((s) =>
      s.questions.flatMap((x) => (x.type === 'repeatable' ? [[x.id, x] as const] : [])),
    ),
  );
  return itemCauses(branch, q.flags).flatMap(({ group, where }) => {
    const list = effective[group];
    const question = groups.get(group);
    if (!isItemList(list) || !question) return [];
    return list.flatMap((listed, n): ConflictingAnswer[] => {
      const answers = { ...effective, ...listed.answers };
      if (!evaluateCondition(where, answers, flag)) return [];
      const item = { group, itemId: listed.id, name: itemName(question, listed), position: n + 1 };
      return holdingLeaves(where, answers, flag).flatMap((leaf): ConflictingAnswer[] => {
        if (!('question' in leaf)) return [];
        const option = chosenOption(leaf, answers);
        return option === undefined ? [] : [{ questionId: leaf.question, option, item }];
      });
    });
  });
}

/** The answers that make a gap's `when` hold, read from its own question leaves. */
function conflictingAnswers(
  when: Condition,
  action: string,
  effective: Answers,
  flag: (name: string) => boolean,
): ConflictingAnswer[] {
  return positiveLeaves(when).flatMap((leaf): ConflictingAnswer[] => {
    if (!('question' in leaf) || leaf.question === action) return [];
    if (!evaluateCondition(leaf, effective, flag)) return [];
    const option = chosenOption(leaf, effective);
    return option === undefined ? [] : [{ questionId: leaf.question, option }];
  });
}
