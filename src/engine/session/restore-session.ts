import { isRecord } from '../is-record';
import { validateAnswer } from '../questionnaire/answer-validation';
import type { AnswerValue, Question, Questionnaire } from '../questionnaire/questionnaire.schema';
import { upgradeEnvelope, type Migrations } from '../upgrade-envelope';
import { isMeasureList, measurePlanKey } from '../questionnaire/measures';
import { applyQuestionChanges, type ChangedAnswer } from './answer-changes';
import { SESSION_TYPE, SESSION_VERSION, SessionSchema, type Session } from './session.schema';

/** The outcome of reading saved progress. Nothing here throws: bad data is reported, never trusted. */
export type RestoreResult =
  | { readonly kind: 'empty' }
  | {
      readonly kind: 'restored';
      readonly session: Session;
      /** Answers left behind because the questionnaire changed since they were saved. */
      readonly dropped: readonly string[];
      /** The values of `dropped`, by question id, so they can be handed back to the person. */
      readonly droppedAnswers: Readonly<Record<string, AnswerValue>>;
      /** Answers to questions that changed meaning since the save, to answer again or check. */
      readonly changed: readonly ChangedAnswer[];
    }
  | { readonly kind: 'corrupt'; readonly raw: string }
  | { readonly kind: 'unknown-version'; readonly raw: string; readonly version: unknown }
  | {
      readonly kind: 'other-questionnaire';
      readonly raw: string;
      readonly questionnaireId: string;
    };

/**
 * Older envelope versions are upgraded here, one version at a time, before
 * the shape is checked.
 */
const migrations: Migrations = {
  // Version 2 added the action plan; older saves had none.
  1: (old) => ({ ...old, version: 2, actionPlan: {} }),
  // Version 3 added workshop notes, parked questions and processor agreement reviews.
  2: (old) => ({ ...old, version: 3, notes: {}, parked: [], processorReviews: [] }),
  // Version 4 lets an answer be a list of items; every version 3 answer is a version 4 one.
  3: (old) => ({ ...old, version: 4 }),
};

/**
 * Reads saved progress for a questionnaire from its stored text.
 *
 * A save made for an older questionnaire version first has its answers to questions that
 * changed meaning carried over as the questionnaire's `changes` say (listed in `changed`),
 * then keeps every answer that is still valid for a question that still exists; the rest are
 * listed in `dropped` so the person can be told. A save of the current version keeps
 * every answer to an existing question, valid or not.
 */
export function restoreSession(raw: string | null, q: Questionnaire): RestoreResult {
  if (raw === null || raw === '') return { kind: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'corrupt', raw };
  }
  if (!isRecord(data) || data.type !== SESSION_TYPE || data.version === undefined)
    return { kind: 'corrupt', raw };

  const envelope = upgradeSession(data);
  if (envelope.version !== SESSION_VERSION)
    return { kind: 'unknown-version', raw, version: data.version };

  const parsed = SessionSchema.safeParse(envelope);
  if (!parsed.success) return { kind: 'corrupt', raw };
  const session = parsed.data;
  if (session.questionnaireId !== q.id)
    return { kind: 'other-questionnaire', raw, questionnaireId: session.questionnaireId };

  const questions = new Map(
    q.sections.flatMap((s) => s.questions).map((question) => [question.id, question]),
  );
  // Within one questionnaire version an answer that fails validation is still the person's own
  // input (a number out of range, say): keep it so the step can show what to fix. Only a changed
  // questionnaire, or a question that no longer exists, drops answers.
  const sameVersion = session.questionnaireVersion === q.version;
  const fits = (id: string, value: AnswerValue): boolean => {
    const question = questions.get(id);
    return question !== undefined && validateAnswer(question, value) === null;
  };
  const { answers: carried, changed } = sameVersion
    ? { answers: session.answers, changed: [] }
    : applyQuestionChanges(q, session.questionnaireVersion, session.answers, fits);
  const answers: Record<string, AnswerValue> = {};
  const dropped: [string, AnswerValue][] = [];
  for (const [id, value] of Object.entries(carried)) {
    if (sameVersion ? questions.has(id) : fits(id, value)) answers[id] = value;
    else dropped.push([id, value]);
  }
  const known = new Set(q.exits.map((e) => e.id));
  return {
    kind: 'restored',
    session: {
      ...session,
      answers,
      actionPlan: carryPlanToMeasures(session.actionPlan, changed, questions),
      overriddenExits: session.overriddenExits.filter((id) => known.has(id)),
      notes: Object.fromEntries(Object.entries(session.notes).filter(([id]) => questions.has(id))),
      parked: session.parked.filter((id) => questions.has(id)),
      questionnaireVersion: q.version,
    },
    dropped: dropped.map(([id]) => id),
    // fromEntries defines own properties, so even an id such as `__proto__` is handed back.
    droppedAnswers: Object.fromEntries(dropped),
    changed,
  };
}

/**
 * Runs the migrations on a saved session's envelope until none applies. The
 * result is unchecked: its `version` is {@link SESSION_VERSION} when every step
 * was known, and its shape still has to pass `SessionSchema`. Exported so that
 * an import can point at the first field that does not fit.
 */
export function upgradeSession(data: Record<string, unknown>): Record<string, unknown> {
  return upgradeEnvelope(data, migrations);
}

/**
 * The owner and due date someone set for a question that has since become a list of measures,
 * copied to each measure's own action (`<question>.<measure>`), where the plan now asks for them:
 * nothing entered is lost. An entry a measure already has is left as it is, and the question's
 * own entry stays for its "find out" action.
 */
function carryPlanToMeasures(
  plan: Session['actionPlan'],
  changed: readonly ChangedAnswer[],
  questions: ReadonlyMap<string, Question>,
): Session['actionPlan'] {
  const result = { ...plan };
  for (const { question: id } of changed) {
    const question = questions.get(id);
    const entry = Object.hasOwn(plan, id) ? plan[id] : undefined;
    if (!entry || !question || !isMeasureList(question)) continue;
    for (const measure of Object.keys(question.measures)) {
      const key = measurePlanKey(id, measure);
      if (!Object.hasOwn(result, key)) result[key] = { ...entry };
    }
  }
  return result;
}
