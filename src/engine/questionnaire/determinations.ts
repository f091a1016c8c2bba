import { isItemList } from './answer-value';
import { evaluateCondition, type FlagResolver, type GapResolver } from './conditions';
import type {
  AnswerValue,
  Answers,
  Condition,
  Determination,
  FineTier,
  OutcomeGap,
  Question,
  Questionnaire,
  RepeatedItem,
} from './questionnaire.schema';
import { isMeasureList, measureAnswer } from './measures';
import { computeVisibility, type Visibility } from './visibility';

/** Options that count as a gap when a scored question does not name its own. */
export const DEFAULT_GAP_OPTIONS: readonly string[] = ['no', 'partly', 'dont-know'];

/**
 * Whether an answer to a scored question shows a gap to close: for a list of measures, a
 * measure not ticked or "don't know".
 */
export function isGapAnswer(question: Question, value: AnswerValue | undefined): boolean {
  if (isMeasureList(question)) {
    const answer = measureAnswer(question, value);
    return answer.kind === 'unknown' || (answer.kind === 'known' && answer.missing.length > 0);
  }
  if (!question.scoring || typeof value !== 'string') return false;
  return (question.scoring.gaps ?? DEFAULT_GAP_OPTIONS).includes(value);
}

/** One outcome a determination reached, with every legal reference the report cites for it. */
export interface DeterminationOutcome {
  readonly id: string;
  /** The outcome's own articles, then those of each reason that holds, without repeats. */
  readonly articles: readonly string[];
  /** Ids of the outcome's reasons that hold, in the order the questionnaire lists them. */
  readonly reasons: readonly string[];
  /** Present on a per-item outcome that leaves a gap in its item (and whose `unless` fails). */
  readonly gap?: OutcomeGap;
}

/** The outcome(s) a determination reaches, with the legal references the report cites. */
export interface DeterminationResult {
  readonly id: string;
  readonly outcomes: readonly DeterminationOutcome[];
}

/** A determination reached for each item of a group (`forEach`), in the items' order. */
export interface ItemDeterminationResult {
  readonly id: string;
  readonly group: string;
  readonly items: readonly {
    readonly itemId: string;
    readonly outcomes: readonly DeterminationOutcome[];
  }[];
}

/** A mandatory duty the answers leave unmet (see `CriticalGapSchema`). */
export interface CriticalGapResult {
  readonly id: string;
  readonly section: string;
  readonly articles: readonly string[];
  /** The scored question whose action closes the gap, if any. */
  readonly action: string | null;
}

/** Why the GDPR does not reach the organisation: the exit that holds and its reasons. */
export interface OutOfScope {
  readonly exitId: string;
  readonly reasons: readonly string[];
}

/** Evaluates conditions the way determinations see them: shown answers only, flags and gap leaves. */
interface Evaluator {
  readonly visibility: Visibility;
  /** With `item`, that item's answers count beside the others (its ids are its own). */
  readonly holds: (condition: Condition, item?: RepeatedItem) => boolean;
  /** Fine tiers that count as gaps besides the questions' own: those single items leave. */
  readonly itemGapTiers: Set<FineTier>;
}

function evaluator(q: Questionnaire, answers: Answers): Evaluator {
  const visibility = computeVisibility(q, answers);
  const effective = visibility.effectiveAnswers;
  // The visibility walk ends by working out every flag on these same effective answers.
  const flag: FlagResolver = (name) => visibility.flags[name] === true;
  // The fine tiers with a gap, found in one pass over the questions when a condition first asks.
  let gapTiers: ReadonlySet<FineTier> | undefined;
  const gap: GapResolver = (tier: FineTier) => {
    gapTiers ??= new Set(
      q.sections.flatMap((s) =>
        s.questions.flatMap((x) =>
          x.scoring && visibility.questions.get(x.id) && isGapAnswer(x, effective[x.id])
            ? [x.scoring.fineTier]
            : [],
        ),
      ),
    );
    return gapTiers.has(tier) || itemGapTiers.has(tier);
  };
  const itemGapTiers = new Set<FineTier>();
  // An item's answers beside the others, merged once per item rather than once per condition.
  const merged = new WeakMap<RepeatedItem, Answers>();
  const withItem = (item: RepeatedItem | undefined): Answers => {
    if (!item) return effective;
    let answers = merged.get(item);
    if (!answers) merged.set(item, (answers = { ...effective, ...item.answers }));
    return answers;
  };
  return {
    visibility,
    itemGapTiers,
    holds: (condition, item) => evaluateCondition(condition, withItem(item), flag, gap),
  };
}

/** Everything the report concludes from a set of answers, worked out in one pass. */
export interface Verdicts {
  readonly visibility: Visibility;
  /** Non-null when an exit holds: the GDPR does not reach the organisation. */
  readonly outOfScope: OutOfScope | null;
  readonly determinations: readonly DeterminationResult[];
  /** The determinations with `forEach`, per item of the group as it counts. */
  readonly itemDeterminations: readonly ItemDeterminationResult[];
  readonly criticalGaps: readonly CriticalGapResult[];
}

/**
 * Works out the scope, every determination and the critical gaps for a set of
 * answers. Only the answers of shown questions count, and `gap` leaves look at
 * the shown, scored questions of a fine tier and, outside items, at the gaps the
 * per-item outcomes leave.
 *
 * - Scope: the first exit whose condition holds (such as "the GDPR does not
 *   apply"), with the reasons that hold. A person may continue past an exit, but
 *   then only the determinations marked `scope` are given, and no critical gaps:
 *   a report on an organisation the GDPR does not reach states no duties.
 * - Determinations: each outcome carries the reasons that hold and their
 *   articles, so "a DPIA is required" cites Art. 35(3)(b) or Art. 35(4),
 *   whichever made it so.
 * - Critical gaps: the mandatory duties left unmet, in questionnaire order.
 */
export function evaluateVerdicts(q: Questionnaire, answers: Answers): Verdicts {
  const { visibility, holds, itemGapTiers } = evaluator(q, answers);
  const exit = q.exits.find((e) => holds(e.when));
  const scope: OutOfScope | null = exit
    ? { exitId: exit.id, reasons: exit.reasons.filter((r) => holds(r.when)).map((r) => r.id) }
    : null;
  const reach = (determination: Determination, item?: RepeatedItem): DeterminationOutcome[] => {
    const holding = determination.outcomes.filter((o) => o.when && holds(o.when, item));
    const fallback = determination.outcomes.filter((o) => !o.when);
    const chosen =
      holding.length === 0
        ? fallback
        : determination.match === 'first'
          ? holding.slice(0, 1)
          : holding;
    return chosen.map((o) => {
      const reasons = o.reasons.filter((r) => holds(r.when, item));
      const gap = o.gap && !(o.gap.unless && holds(o.gap.unless, item)) ? o.gap : null;
      return {
        id: o.id,
        articles: [...new Set([...o.articles, ...reasons.flatMap((r) => r.articles)])],
        reasons: reasons.map((r) => r.id),
        ...(gap ? { gap } : {}),
      };
    });
  };
  const stated = q.determinations.filter(
    (determination) =>
      (!scope || determination.scope) &&
      (determination.onlyWhen === undefined || holds(determination.onlyWhen)),
  );
  // Items first: the gaps they leave count in the organisation's `gap` leaves (the fine tier
  // exposed), while an item's own conditions see only the questions' gaps.
  const itemDeterminations = stated.flatMap((determination) => {
    const group = determination.forEach;
    if (group === undefined) return [];
    const items = visibility.effectiveAnswers[group];
    return [
      {
        id: determination.id,
        group,
        items: (isItemList(items) ? items : []).map((item) => ({
          itemId: item.id,
          outcomes: reach(determination, item),
        })),
      },
    ];
  });
  for (const { items } of itemDeterminations)
    for (const { outcomes } of items)
      for (const { gap } of outcomes) if (gap) itemGapTiers.add(gap.fineTier);
  const determinations = stated
    .filter((determination) => determination.forEach === undefined)
    .map((determination) => ({ id: determination.id, outcomes: reach(determination) }));
  const criticalGaps = scope
    ? []
    : q.criticalGaps
        .filter((gap) => holds(gap.when))
        .map((gap) => ({
          id: gap.id,
          section: gap.section,
          articles: gap.articles,
          action: gap.action ?? null,
        }));
  return { visibility, outOfScope: scope, determinations, itemDeterminations, criticalGaps };
}

/** The determinations alone; see {@link evaluateVerdicts}. */
export function evaluateDeterminations(
  q: Questionnaire,
  answers: Answers,
): readonly DeterminationResult[] {
  return evaluateVerdicts(q, answers).determinations;
}
