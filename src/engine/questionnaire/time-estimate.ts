import { isItemList } from './answer-value';
import type { Answers, Questionnaire, Timing } from './questionnaire.schema';
import { computeVisibility } from './visibility';

/**
 * How long a person with these answers takes over the questionnaire, in seconds: each question
 * they are asked at its type's time, and each item of a repeatable group at the item's time.
 * Given a whole example's answers, that is the path such an organisation takes.
 */
export function estimateSeconds(q: Questionnaire, answers: Answers, timing: Timing): number {
  const visibility = computeVisibility(q, answers);
  let total = 0;
  for (const section of q.sections)
    for (const question of section.questions) {
      if (!visibility.questions.get(question.id)) continue;
      if (question.type !== 'repeatable') {
        total += timing[question.type];
        continue;
      }
      const items = answers[question.id];
      total += (isItemList(items) ? items.length : 0) * timing.repeatableItem;
    }
  return total;
}

/**
 * Minutes to the nearest five, and at least five: a precise-looking "about 37 minutes" would
 * promise more than a per-question average can tell.
 */
export function roundedMinutes(seconds: number): number {
  return Math.max(5, Math.round(seconds / 300) * 5);
}

/** The intro's estimate for an example in minutes, or null when the questionnaire gives no timing. */
export function estimateMinutes(q: Questionnaire, answers: Answers): number | null {
  return q.timing ? roundedMinutes(estimateSeconds(q, answers, q.timing)) : null;
}
