import { describe, expect, it } from 'vitest';
import type { Question } from '@/engine/questionnaire/questionnaire.schema';
import en from '../questionnaires/gdpr-readiness/locales/en.json';
import nl from '../questionnaires/gdpr-readiness/locales/nl.json';
import { loadShippedQuestionnaire } from './helpers/questionnaires';

/** The instruction the step adds to every multi-choice ("Choose all that apply."), said again. */
const REPEATS = { en: /^(select|choose|tick)\b/i, nl: /^(kies|selecteer|vink)\b/i } as const;

function multiChoices(questions: readonly Question[]): Question[] {
  return questions.flatMap((q) =>
    q.type === 'repeatable' ? multiChoices(q.questions) : q.type === 'multiChoice' ? [q] : [],
  );
}

describe('a multi-choice question', () => {
  const questions = multiChoices(loadShippedQuestionnaire().sections.flatMap((s) => s.questions));

  it.each([
    ['en', en],
    ['nl', nl],
  ] as const)('gives its instruction once: its hint does not repeat it (%s)', (lang, texts) => {
    expect(questions.length).toBeGreaterThan(10);
    const hints = texts.questions as Record<string, { hint?: string }>;
    const repeated = questions
      .map((q) => [q.id, hints[q.id]?.hint ?? ''] as const)
      .filter(([, hint]) => REPEATS[lang].test(hint));
    expect(repeated).toEqual([]);
  });
});
