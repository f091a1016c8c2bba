import { itemVisibility, validateAnswer } from './answer-validation';
import { isEmptyAnswer, isItemList } from './answer-value';
import { evaluateCondition, type FlagResolver } from './conditions';
import type {
  AnswerValue,
  Answers,
  Condition,
  Questionnaire,
  RepeatedItem,
} from './questionnaire.schema';

/** What a questionnaire shows for a set of answers. */
export interface Visibility {
  /** Visible sections that have at least one visible question: the steps, in order. */
  readonly steps: readonly string[];
  readonly sections: ReadonlyMap<string, boolean>;
  readonly questions: ReadonlyMap<string, boolean>;
  /** Answers of visible questions only: answers to hidden questions are kept but never count. */
  readonly effectiveAnswers: Answers;
  readonly flags: Readonly<Record<string, boolean>>;
}

/** A flag resolver over a fixed set of answers; flags may use flags declared before them. */
export function flagResolver(q: Questionnaire, answers: Answers): FlagResolver {
  const resolve = (name: string): boolean => {
    const condition: Condition | undefined = q.flags[name];
    return condition ? evaluateCondition(condition, answers, resolve) : false;
  };
  return resolve;
}

/**
 * Walks the questionnaire in order and decides what is shown.
 *
 * Conditions may only refer to earlier questions (the parser checks this), so a
 * single pass works: each show-condition sees the effective answers before it.
 * WARNING: the stored answers of a question that is hidden, and answers that
 * are not valid for their question (a number out of range, say), are left out
 * of `effectiveAnswers`, and so out of every later condition and flag. A group
 * counts only when every item is complete, each with its effective answers.
 */
export function computeVisibility(q: Questionnaire, answers: Answers): Visibility {
  if (!Object.isFrozen(answers)) return walk(q, answers);
  const known = computed.get(answers);
  if (known?.questionnaire === q) return known.visibility;
  const visibility = walk(q, answers);
  computed.set(answers, { questionnaire: q, visibility });
  return visibility;
}

// The machine, its selectors and the screens ask about the same answers many times per change.
// Only frozen answers (see `frozenAnswers`) are remembered, by identity: answers that can still
// change in place could give a stale result. A WeakMap lets old answers go with their results.
const computed = new WeakMap<Answers, { questionnaire: Questionnaire; visibility: Visibility }>();

/**
 * The same answers, frozen with their lists, so that their visibility is worked out once however
 * often it is asked for. The wizard holds its answers this way.
 */
export function frozenAnswers(answers: Answers): Answers {
  if (Object.isFrozen(answers)) return answers;
  // Lists are copied, not frozen where they are: the caller may still change its own.
  return Object.freeze(
    Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, frozenValue(value)])),
  );
}

// Typed as the schema's (mutable) lists; changing one in place now throws.
function frozenValue(value: AnswerValue): AnswerValue {
  if (isItemList(value))
    return Object.freeze(
      value.map((item) =>
        Object.freeze({
          id: item.id,
          answers: frozenAnswers(item.answers) as RepeatedItem['answers'],
        }),
      ),
    ) as RepeatedItem[];
  return Array.isArray(value) ? (Object.freeze([...value]) as string[]) : value;
}

function walk(q: Questionnaire, answers: Answers): Visibility {
  const effective: Record<string, AnswerValue> = {};
  const flag = flagResolver(q, effective);
  const sections = new Map<string, boolean>();
  const questions = new Map<string, boolean>();
  const steps: string[] = [];

  for (const section of q.sections) {
    const sectionShown = !section.showIf || evaluateCondition(section.showIf, effective, flag);
    sections.set(section.id, sectionShown);
    let anyShown = false;
    for (const question of section.questions) {
      const shown =
        sectionShown && (!question.showIf || evaluateCondition(question.showIf, effective, flag));
      questions.set(question.id, shown);
      anyShown ||= shown;
      const value = answers[question.id];
      if (shown && !isEmptyAnswer(value) && validateAnswer(question, value) === null)
        effective[question.id] =
          question.type === 'repeatable' && isItemList(value)
            ? value.map((item) => ({
                id: item.id,
                answers: { ...itemVisibility(question, item.answers).effectiveAnswers },
              }))
            : value;
    }
    if (anyShown) steps.push(section.id);
  }

  const flags: Record<string, boolean> = {};
  for (const name of Object.keys(q.flags)) flags[name] = flag(name);
  return { steps, sections, questions, effectiveAnswers: { ...effective }, flags };
}
