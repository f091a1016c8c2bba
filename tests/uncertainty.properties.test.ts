import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateVerdicts } from '@/engine/questionnaire/determinations';
import type { AnswerValue, Answers, Question } from '@/engine/questionnaire/questionnaire.schema';
import { buildReport } from '@/report/build-report';
import { completeAnswers, loadShippedQuestionnaire } from './helpers/questionnaires';
import { neutral } from './helpers/assess';

/**
 * Issue 11, rule 1: uncertainty is never turned into a "no". For generated answer sets full of
 * "don't know", a verdict that a duty does not apply ("not required", "exempt", "not needed",
 * "does not apply", "none") must survive every way of resolving each "don't know": the answer
 * flipped to each definite option, the person's other answers kept, and questions the flip
 * reveals answered neutrally. If some resolution makes the duty apply, the verdict had to be
 * "not clear yet" instead.
 */
const q = loadShippedQuestionnaire();
const questions = q.sections.flatMap((s) => s.questions);

/** The outcomes of each determination that say a duty or the law does not apply. */
const NEGATIVE: Readonly<Record<string, readonly string[]>> = {
  'gdpr-applies': ['not-applicable'],
  roles: ['no-role'],
  'sensitive-data': ['none'],
  dpo: ['not-required', 'voluntary'],
  dpia: ['not-indicated', 'processor-assists'],
  'eu-representative': ['exempt', 'not-needed'],
  records: ['exempt', 'no-role', 'contractual'],
  transfers: ['none'],
  'dutch-law': ['not-indicated'],
};

const isDontKnow = (option: string) => option.startsWith('dont-know');

/** A chooser that answers "don't know" often, and otherwise picks from the stream. */
function chooser(stream: Iterator<number>) {
  const pick = () => stream.next().value as number;
  return (question: Question): AnswerValue => {
    switch (question.type) {
      case 'singleChoice': {
        const dk = question.options.find(isDontKnow);
        if (dk && pick() % 3 === 0) return dk;
        return question.options[pick() % question.options.length]!;
      }
      case 'multiChoice': {
        const dk = question.options.find(isDontKnow);
        if (dk && pick() % 3 === 0) return [dk];
        const plain = question.options.filter((o) => !question.exclusive.includes(o));
        const chosen = plain.filter(() => pick() % 3 === 0);
        if (chosen.length > 0) return chosen;
        const none = question.exclusive.find((o) => !isDontKnow(o));
        return [none ?? plain[0]!];
      }
      case 'number':
        return [1, 12, 249, 250, 2400][pick() % 5]!;
      default:
        return 'Acme';
    }
  };
}

/** Every definite answer a "don't know" could resolve to. */
function resolutions(question: Question): AnswerValue[] {
  if (question.type === 'singleChoice') return question.options.filter((o) => !isDontKnow(o));
  if (question.type === 'multiChoice')
    return question.options.filter((o) => !isDontKnow(o)).map((o) => [o]);
  return [];
}

function negativeVerdicts(answers: Answers): Map<string, boolean> {
  const result = new Map<string, boolean>();
  for (const d of evaluateVerdicts(q, answers).determinations) {
    const negative = NEGATIVE[d.id];
    if (negative)
      result.set(
        d.id,
        d.outcomes.every((o) => negative.includes(o.id)),
      );
  }
  return result;
}

describe('uncertainty is never turned into a "no" (properties)', () => {
  it('Art. 27(2), 30(5), 35, 37 and the scope rules: a "not required", "exempt" or "not needed" survives every resolution of each "don\'t know"', () => {
    fc.assert(
      fc.property(fc.infiniteStream(fc.nat()), (stream) => {
        const answers = completeAnswers(q, {}, chooser(stream[Symbol.iterator]()));
        const before = negativeVerdicts(answers);
        const { visibility } = evaluateVerdicts(q, answers);
        for (const question of questions) {
          const value = answers[question.id];
          const unsure = Array.isArray(value)
            ? value.some(isDontKnow)
            : typeof value === 'string' && isDontKnow(value);
          if (!unsure || !visibility.questions.get(question.id)) continue;
          for (const resolved of resolutions(question)) {
            const after = negativeVerdicts(
              completeAnswers(q, { ...answers, [question.id]: resolved }, neutral),
            );
            for (const [id, wasNegative] of before) {
              if (!wasNegative) continue;
              expect
                .soft(
                  after.get(id) ?? true,
                  `${id}: "${question.id}" = ${JSON.stringify(resolved)} instead of don't know`,
                )
                .toBe(true);
            }
          }
        }
      }),
      { numRuns: 60, seed: 11 },
    );
  }, 240_000);

  it("Issue 11 rule 2: no report with a critical gap shows green, overall or in the gap's section", () => {
    fc.assert(
      fc.property(fc.infiniteStream(fc.nat()), (stream) => {
        const answers = completeAnswers(q, {}, chooser(stream[Symbol.iterator]()));
        const report = buildReport(q, answers);
        for (const gap of report.criticalGaps) {
          expect(report.sections.find((s) => s.sectionId === gap.section)?.rag).not.toBe('green');
        }
        if (report.criticalGaps.length > 0) expect(report.overall.rag).toBe('red');
      }),
      { numRuns: 150, seed: 5 },
    );
  }, 120_000);
});
