import { evaluateCondition, type GapResolver } from './conditions';
import type {
  AnswerValue,
  Answers,
  FineTier,
  Question,
  Questionnaire,
} from './questionnaire.schema';
import { computeVisibility, flagResolver } from './visibility';

/** Options that count as a gap when a scored question does not name its own. */
export const DEFAULT_GAP_OPTIONS: readonly string[] = ['no', 'partly', 'dont-know'];

/** Whether an answer to a scored question shows a gap to close. */
export function isGapAnswer(question: Question, value: AnswerValue | undefined): boolean {
  if (!question.scoring || typeof value !== 'string') return false;
  return (question.scoring.gaps ?? DEFAULT_GAP_OPTIONS).includes(value);
}

/** The outcome(s) a determination reaches, with the legal references the report cites. */
export interface DeterminationResult {
  readonly id: string;
  readonly outcomes: readonly { readonly id: string; readonly articles: readonly string[] }[];
}

/**
 * Works out every determination of a questionnaire for a set of answers: only
 * the answers of shown questions count, and `gap` leaves look at the shown,
 * scored questions of a fine tier.
 */
export function evaluateDeterminations(q: Questionnaire, answers: Answers): DeterminationResult[] {
  const visibility = computeVisibility(q, answers);
  const effective = visibility.effectiveAnswers;
  const flag = flagResolver(q, effective);
  const scored = q.sections
    .flatMap((s) => s.questions)
    .filter((x) => x.scoring && visibility.questions.get(x.id));
  const gap: GapResolver = (tier: FineTier) =>
    scored.some((x) => x.scoring?.fineTier === tier && isGapAnswer(x, effective[x.id]));

  return q.determinations.map((determination) => {
    const holds = determination.outcomes.filter(
      (o) => o.when && evaluateCondition(o.when, effective, flag, gap),
    );
    const fallback = determination.outcomes.filter((o) => !o.when);
    const chosen =
      holds.length === 0 ? fallback : determination.match === 'first' ? holds.slice(0, 1) : holds;
    return {
      id: determination.id,
      outcomes: chosen.map((o) => ({ id: o.id, articles: o.articles })),
    };
  });
}
