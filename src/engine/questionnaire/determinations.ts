import { evaluateCondition, type FlagResolver, type GapResolver } from './conditions';
import type {
  AnswerValue,
  Answers,
  Condition,
  FineTier,
  Question,
  Questionnaire,
} from './questionnaire.schema';
import { computeVisibility, type Visibility } from './visibility';

/** Options that count as a gap when a scored question does not name its own. */
export const DEFAULT_GAP_OPTIONS: readonly string[] = ['no', 'partly', 'dont-know'];

/** Whether an answer to a scored question shows a gap to close. */
export function isGapAnswer(question: Question, value: AnswerValue | undefined): boolean {
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
}

/** The outcome(s) a determination reaches, with the legal references the report cites. */
export interface DeterminationResult {
  readonly id: string;
  readonly outcomes: readonly DeterminationOutcome[];
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
  readonly holds: (condition: Condition) => boolean;
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
    return gapTiers.has(tier);
  };
  return { visibility, holds: (condition) => evaluateCondition(condition, effective, flag, gap) };
}

/** Everything the report concludes from a set of answers, worked out in one pass. */
export interface Verdicts {
  readonly visibility: Visibility;
  /** Non-null when an exit holds: the GDPR does not reach the organisation. */
  readonly outOfScope: OutOfScope | null;
  readonly determinations: readonly DeterminationResult[];
  readonly criticalGaps: readonly CriticalGapResult[];
}

/**
 * Works out the scope, every determination and the critical gaps for a set of
 * answers. Only the answers of shown questions count, and `gap` leaves look at
 * the shown, scored questions of a fine tier.
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
  const { visibility, holds } = evaluator(q, answers);
  const exit = q.exits.find((e) => holds(e.when));
  const scope: OutOfScope | null = exit
    ? { exitId: exit.id, reasons: exit.reasons.filter((r) => holds(r.when)).map((r) => r.id) }
    : null;
  const determinations = q.determinations
    .filter((determination) => !scope || determination.scope)
    .map((determination) => {
      const holding = determination.outcomes.filter((o) => o.when && holds(o.when));
      const fallback = determination.outcomes.filter((o) => !o.when);
      const chosen =
        holding.length === 0
          ? fallback
          : determination.match === 'first'
            ? holding.slice(0, 1)
            : holding;
      return {
        id: determination.id,
        outcomes: chosen.map((o) => {
          const reasons = o.reasons.filter((r) => holds(r.when));
          return {
            id: o.id,
            articles: [...new Set([...o.articles, ...reasons.flatMap((r) => r.articles)])],
            reasons: reasons.map((r) => r.id),
          };
        }),
      };
    });
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
  return { visibility, outOfScope: scope, determinations, criticalGaps };
}

/** The determinations alone; see {@link evaluateVerdicts}. */
export function evaluateDeterminations(
  q: Questionnaire,
  answers: Answers,
): readonly DeterminationResult[] {
  return evaluateVerdicts(q, answers).determinations;
}
