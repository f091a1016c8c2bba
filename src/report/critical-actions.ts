import { isItemList } from '../engine/questionnaire/answer-value';
import { evaluateCondition } from '../engine/questionnaire/conditions';
import { isGapAnswer, type Verdicts } from '../engine/questionnaire/determinations';
import type {
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
 * that makes it hold is a cause to remove, not only the question the gap names as its `action`.
 *
 * - A question's action is critical when a critical gap holds and either
 *   - the question is the gap's `action` and its answer is a gap, or
 *   - a leaf `{question, equals | in}` of the gap's own `when`, not under a `not`, tests it for
 *     answers that are all gap answers of its scoring, and that leaf holds
 *     (`processor-records` = no for Art. 30(2), `access-requests` = no for Art. 15).
 *   Leaves inside flags do not count: flags say when a duty applies (the organisation's size,
 *   its role), not that it is unmet.
 * - An item's action (one processing activity's gap) is critical when its outcome's `gap.critical`
 *   names a critical gap that holds and the item is one of its causes: some `anyItem` leaf over
 *   the item's group, not under a `not`, in the gap's `when` or in a flag it uses, holds for that
 *   item alone. So an activity without a lawful basis is critical under Art. 6(1), while one whose
 *   outcome is "unclear" for another reason (not knowing whether it transfers at all) is not.
 */
export interface CriticalActions {
  /** Ids of the questions whose actions are critical. */
  readonly questions: ReadonlySet<string>;
  /** Whether an item's outcome that feeds `gapId` is critical for that item. */
  readonly item: (gapId: string, group: string, itemId: string) => boolean;
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
  const questions = new Map<string, Question>(
    q.sections.flatMap((s) => s.questions.map((x) => [x.id, x] as const)),
  );
  const leaves = positiveLeaves(gap.when).flatMap((leaf): GapLeaf[] => {
    if (!('question' in leaf) || !('equals' in leaf || 'in' in leaf)) return [];
    const question = questions.get(leaf.question);
    const tested = 'in' in leaf ? leaf.in : [leaf.equals];
    return question?.scoring &&
      tested.every((v) => typeof v === 'string' && isGapAnswer(question, v))
      ? [leaf]
      : [];
  });
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
export function criticalActions(q: Questionnaire, verdicts: Verdicts): CriticalActions {
  const { visibility } = verdicts;
  const effective = visibility.effectiveAnswers;
  const flag = (name: string) => visibility.flags[name] === true;
  const questions = new Map<string, Question>(
    q.sections.flatMap((s) => s.questions.map((x) => [x.id, x] as const)),
  );
  const holding = new Set(verdicts.criticalGaps.map((g) => g.id));
  const gaps = q.criticalGaps.filter((g) => holding.has(g.id));

  const isGap = (id: string): boolean => {
    const question = questions.get(id);
    return (
      question !== undefined &&
      visibility.questions.get(id) === true &&
      isGapAnswer(question, effective[id])
    );
  };
  const critical = new Set<string>();
  for (const gap of gaps) {
    if (gap.action !== undefined && isGap(gap.action)) critical.add(gap.action);
    for (const leaf of criticalGapCauses(q, gap).leaves)
      if (evaluateCondition(leaf, effective, flag) && isGap(leaf.question))
        critical.add(leaf.question);
  }

  const causes = new Map<string, { group: string; where: Condition }[]>(
    gaps.map((g) => [g.id, itemCauses(g.when, q.flags)]),
  );
  const item = (gapId: string, group: string, itemId: string): boolean => {
    const list = effective[group];
    const found = isItemList(list) ? list.find((x) => x.id === itemId) : undefined;
    if (!found) return false;
    const answers = { ...effective, ...found.answers };
    return (causes.get(gapId) ?? []).some(
      (c) => c.group === group && evaluateCondition(c.where, answers, flag),
    );
  };
  return { questions: critical, item };
}
