import type { AnswerValue, Priority, Question } from '../engine/questionnaire/questionnaire.schema';
import { isMeasureList, measureAnswer } from '../engine/questionnaire/measures';
import type { Rag } from './report.types';

/**
 * The readiness scoring rules, written as data so they can be read, tested and
 * (for another questionnaire) replaced in one place. They follow the scoring
 * suggestions of the GDPR brief (section 25); `build-report.ts` applies them.
 */

/** The answer that never scores and drops out of both the sum and the maximum. */
export const NOT_APPLICABLE = 'not-applicable';

/** The answer that scores like "no" and also asks the person to find out (`investigate`). */
export const DONT_KNOW = 'dont-know';

/**
 * The complete set of scoring rules.
 *
 * WARNING: `answerCredit` only covers the standard answers; see {@link answerCredit}
 * for a scored question's own options.
 */
export interface ScoringRules {
  /** Credit (0-1) per standard answer option id. */
  readonly answerCredit: Readonly<Record<string, number>>;
  /** Weight of a scored question by its priority. */
  readonly priorityWeights: Readonly<Record<Priority, number>>;
  /** Lowest score (0-100) for green and for amber; anything lower is red. */
  readonly rag: { readonly green: number; readonly amber: number };
  /** Weight of a section in the overall score, by section id. */
  readonly sectionWeights: Readonly<Record<string, number>>;
  /** Weight of any section not named in `sectionWeights`. */
  readonly defaultSectionWeight: number;
}

/**
 * Yes counts in full, partly for half, no for nothing. "Don't know" also counts
 * for nothing, so not knowing never looks better than a plain "no" (brief §25);
 * the action it raises is marked `investigate`.
 */
export const ANSWER_CREDIT: Readonly<Record<string, number>> = {
  yes: 1,
  partly: 0.5,
  no: 0,
  [DONT_KNOW]: 0,
};

/** High-priority questions weigh three times as much as low ones (brief §25). */
export const PRIORITY_WEIGHTS: Readonly<Record<Priority, number>> = {
  high: 3,
  medium: 2,
  low: 1,
};

/**
 * Red/amber/green bands, applied to the rounded score.
 *
 * Why these numbers: a section where every answer is "partly" scores exactly 50,
 * so amber means "at least half of the weighted measures are in place", and a
 * single outright "no" next to otherwise partial answers drops a section into red.
 * Green at 80 leaves room for at most a fifth of the weighted measures to be
 * missing: in a section of five equally weighted questions, one "no" (80) is still
 * green, one "no" and one "partly" (70) is not. The brief names no thresholds;
 * these are our choice, and a single serious gap can hide inside a green section,
 * so the actions list, not the colour, is what to act on.
 */
export const RAG_THRESHOLDS = { green: 80, amber: 50 } as const;

/**
 * Sections that weigh double in the overall score: lawful basis and consent,
 * transparency, rights, breaches and transfers (brief §25, sections D, F, G, L and O),
 * where most Art. 83(5) exposure sits.
 *
 * WARNING: breach notification (Art. 33-34) itself falls in the lower tier,
 * Art. 83(4); it is doubled because the brief suggests it and because late or
 * missing breach handling is a common enforcement finding.
 */
export const DOUBLE_WEIGHT_SECTIONS: readonly string[] = [
  'lawful-basis',
  'transparency',
  'rights',
  'breaches',
  'transfers',
];

/** Section weights of the shipped GDPR questionnaire: 2 for {@link DOUBLE_WEIGHT_SECTIONS}, else 1. */
export const SECTION_WEIGHTS: Readonly<Record<string, number>> = Object.fromEntries(
  DOUBLE_WEIGHT_SECTIONS.map((id) => [id, 2]),
);

/** The rules the report uses unless told otherwise. */
export const DEFAULT_SCORING_RULES: ScoringRules = {
  answerCredit: ANSWER_CREDIT,
  priorityWeights: PRIORITY_WEIGHTS,
  rag: RAG_THRESHOLDS,
  sectionWeights: SECTION_WEIGHTS,
  defaultSectionWeight: 1,
};

/**
 * The credit (0-1) an answer earns on a scored question, or null when it does
 * not count: the question is unscored, unanswered, answered "not applicable",
 * or the value is not a single option id (nor a list of measures' ticks).
 *
 * The standard answers (yes, partly, no, dont-know) take their credit from the
 * rules. A list of measures earns the share of its measures ticked, each measure weighing the
 * same, so half the measures count like "partly"; "don't know" or "none of these" earn 0. Any other option of a scored question earns 1, unless the question
 * lists it in `scoring.gaps`, in which case it earns 0.
 *
 * @example
 * answerCredit(q, 'partly') // 0.5
 * answerCredit(q, 'not-applicable') // null
 * answerCredit(dpoQuestion, 'external-dpo') // 1, or 0 if scoring.gaps lists it
 * answerCredit(securityMeasures, ['measure-updates', 'measure-backups']) // 2 of 6 measures: 0.33…
 */
export function answerCredit(
  question: Question,
  value: AnswerValue | undefined,
  rules: ScoringRules = DEFAULT_SCORING_RULES,
): number | null {
  if (isMeasureList(question)) {
    const answer = measureAnswer(question, value);
    if (answer.kind === 'unanswered') return null;
    if (answer.kind === 'unknown') return 0;
    return answer.inPlace.length / (answer.inPlace.length + answer.missing.length);
  }
  if (!question.scoring || typeof value !== 'string' || value === NOT_APPLICABLE) return null;
  const standard = rules.answerCredit[value];
  if (standard !== undefined) return standard;
  return question.scoring.gaps?.includes(value) ? 0 : 1;
}

/** The weight of a scored question; 0 for an unscored one. */
export function questionWeight(
  question: Question,
  rules: ScoringRules = DEFAULT_SCORING_RULES,
): number {
  return question.scoring ? rules.priorityWeights[question.scoring.priority] : 0;
}

/** The weight of a section in the overall score. */
export function sectionWeight(
  sectionId: string,
  rules: ScoringRules = DEFAULT_SCORING_RULES,
): number {
  return rules.sectionWeights[sectionId] ?? rules.defaultSectionWeight;
}

/** Red, amber or green for a score (0-100), or null for no score. */
export function ragFor(
  score: number | null,
  rules: ScoringRules = DEFAULT_SCORING_RULES,
): Rag | null {
  if (score === null) return null;
  if (score >= rules.rag.green) return 'green';
  if (score >= rules.rag.amber) return 'amber';
  return 'red';
}
