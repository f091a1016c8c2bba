import type { AnswerValue, Questionnaire } from '../questionnaire/questionnaire.schema';
import { isBeforeVersion } from '../questionnaire/versions';

/** An answer saved before its question changed meaning (see `changes` in the questionnaire). */
export interface ChangedAnswer {
  readonly question: string;
  /** What the person answered to the question as it was. */
  readonly before: AnswerValue;
  /** The answer carried over, when the old one means exactly that; null leaves it to answer again. */
  readonly kept: AnswerValue | null;
}

/**
 * Carries saved answers over the question changes made since `savedVersion`: each answer to a
 * changed question is kept only as the change's `keep` says, and reported in `changed` with the
 * old answer, so the person can be told what to answer again. Other answers pass unchanged, and
 * so does an answer the question as it is now accepts (`accepts`), which was given to it already.
 *
 * WARNING: a change that keeps a question's answer shape but alters its meaning cannot be told
 * apart this way; give such a question a new id instead.
 *
 * @example
 * applyQuestionChanges(q, '1.2.0', { 'security-measures': 'partly' })
 * // { answers: {}, changed: [{ question: 'security-measures', before: 'partly', kept: null }] }
 */
export function applyQuestionChanges(
  q: Pick<Questionnaire, 'changes'>,
  savedVersion: string,
  answers: Readonly<Record<string, AnswerValue>>,
  accepts: (question: string, value: AnswerValue) => boolean = () => false,
): { answers: Record<string, AnswerValue>; changed: ChangedAnswer[] } {
  const result: Record<string, AnswerValue> = { ...answers };
  const changed = new Map<string, ChangedAnswer>();
  for (const change of q.changes) {
    if (!isBeforeVersion(savedVersion, change.version) || !Object.hasOwn(result, change.question))
      continue;
    const old = result[change.question]!;
    if (accepts(change.question, old)) continue;
    const kept =
      typeof old === 'string' && Object.hasOwn(change.keep, old) ? change.keep[old]! : null;
    if (kept === null) delete result[change.question];
    else result[change.question] = kept;
    // A question changed twice since the save: the person said the first `before`.
    const before = changed.get(change.question)?.before ?? old;
    changed.set(change.question, { question: change.question, before, kept });
  }
  return { answers: result, changed: [...changed.values()] };
}
