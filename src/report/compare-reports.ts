import type {
  AnswerValue,
  Answers,
  Question,
  Questionnaire,
} from '../engine/questionnaire/questionnaire.schema';
import { buildReport, type BuildReportOptions } from './build-report';
import { actionKey, questionRef } from './planned-actions';
import type { ActionItem, ActionPlanEntry, ItemVerdicts, ReportModel } from './report.types';
import { answerCredit, DEFAULT_SCORING_RULES, type ScoringRules } from './scoring-rules';

/** A score in an earlier and a later assessment; `delta` is null unless both have one. */
export interface ScoreChange {
  readonly before: number | null;
  readonly after: number | null;
  /** after − before, in points. */
  readonly delta: number | null;
}

export interface SectionChange extends ScoreChange {
  readonly sectionId: string;
}

/** A scored question whose answer earns more (improved) or less (regressed) credit than before. */
export interface QuestionChange {
  readonly questionId: string;
  readonly sectionId: string;
  readonly before: AnswerValue;
  readonly after: AnswerValue;
  /** Credit 0-1, as `answerCredit` gives it. */
  readonly creditBefore: number;
  readonly creditAfter: number;
}

/** A verdict on an item that differs between the two assessments: the outcome ids of each. */
export interface VerdictChange {
  readonly determination: string;
  readonly before: readonly string[];
  readonly after: readonly string[];
}

/**
 * An item (a processing activity) that only one of the assessments lists, or whose verdicts
 * changed. An item is the same in both when it keeps its id (an assessment copied and done
 * again) or, failing that, its name.
 */
export interface ItemChange {
  readonly group: string;
  /** The later name, or the earlier one for a removed item; null when unnamed. */
  readonly name: string | null;
  readonly change: 'added' | 'removed' | 'changed';
  /** For a changed item: each verdict that moved, in questionnaire order. */
  readonly verdicts: readonly VerdictChange[];
}

/** What changed between two assessments of one questionnaire. */
export interface ReportComparison {
  readonly questionnaireId: string;
  readonly overall: ScoreChange;
  /** Every section shown in either assessment, in questionnaire order. */
  readonly sections: readonly SectionChange[];
  /** In questionnaire order. */
  readonly improved: readonly QuestionChange[];
  /** In questionnaire order. */
  readonly regressed: readonly QuestionChange[];
  /** Gaps of the earlier assessment that are gaps no longer, as the earlier report listed them. */
  readonly closed: readonly ActionItem[];
  /** Gaps of the later assessment that the earlier one did not have, as the later report lists them. */
  readonly opened: readonly ActionItem[];
  /** Items added, removed or judged differently; per group, later order, removed ones last. */
  readonly items: readonly ItemChange[];
  /**
   * Groups whose list counts in only one of the two (unfinished, or hidden in the other): their
   * items are not compared, as every item would seem added or removed.
   */
  readonly uncomparedGroups: readonly string[];
}

/** The parts of a saved assessment a comparison reads. */
export interface ComparedAssessment {
  readonly answers: Answers;
  readonly actionPlan?: Readonly<Record<string, ActionPlanEntry>>;
}

const change = (before: number | null, after: number | null): ScoreChange => ({
  before,
  after,
  delta: before === null || after === null ? null : after - before,
});

/**
 * The answers to compare: without those to questions whose meaning changed since either save
 * (`restoreSession`'s `changed`), as an old "no" and a new list of measures do not measure the
 * same thing. Left out on both sides, such a question counts in no score change, and opens or
 * closes no action.
 *
 * @example
 * comparableAnswers({ 'security-measures': ['measure-multi-factor'], employees: 12 }, ['security-measures'])
 * // { employees: 12 }
 */
export function comparableAnswers(answers: Answers, changed: readonly string[]): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([id]) => !changed.includes(id)));
}

/**
 * Compares two reports of the same questionnaire, an earlier and a later one,
 * for a "progress since" view. Scores come from the reports as `buildReport`
 * made them; a question's credit is `answerCredit` of the answer that counted
 * in each report, so nothing here scores on its own.
 *
 * - A question improved or regressed only when it counted in both (shown,
 *   answered, not "not applicable") and its credit changed; a question that
 *   only counts in one of them shows up through its section score, and as an
 *   opened or closed action if it is a gap.
 * - An action is closed when its question is no gap in the later report,
 *   whether it was answered better, became "not applicable" or is no longer asked.
 *
 * WARNING: throws when the reports are of different questionnaires, or not
 * of `q`: comparing those is a programming error, not something a person can fix.
 */
export function compareReports(
  q: Questionnaire,
  earlier: ReportModel,
  later: ReportModel,
  options: Pick<BuildReportOptions, 'rules'> = {},
): ReportComparison {
  if (earlier.questionnaireId !== q.id || later.questionnaireId !== q.id)
    throw new Error(
      `cannot compare reports of ${earlier.questionnaireId} and ${later.questionnaireId} with questionnaire ${q.id}`,
    );
  const rules = options.rules ?? DEFAULT_SCORING_RULES;

  const afterSections = new Map(later.sections.map((s) => [s.sectionId, s]));
  const sections = earlier.sections.flatMap((before): SectionChange[] => {
    const after = afterSections.get(before.sectionId);
    if (!before.shown && !after?.shown) return [];
    return [
      {
        sectionId: before.sectionId,
        ...change(before.shown ? before.score : null, after?.shown ? after.score : null),
      },
    ];
  });

  const counted = (report: ReportModel) =>
    new Map(
      report.answers.flatMap((s) =>
        s.questions.flatMap((row) =>
          row.value === undefined ? [] : [[row.questionId, row.value]],
        ),
      ),
    );
  const valuesBefore = counted(earlier);
  const valuesAfter = counted(later);
  const improved: QuestionChange[] = [];
  const regressed: QuestionChange[] = [];
  for (const section of q.sections) {
    for (const question of section.questions) {
      const found = creditChange(
        question,
        valuesBefore.get(question.id),
        valuesAfter.get(question.id),
        rules,
      );
      if (!found) continue;
      const item = { ...found, questionId: question.id, sectionId: section.id };
      if (item.creditAfter > item.creditBefore) improved.push(item);
      else if (item.creditAfter < item.creditBefore) regressed.push(item);
    }
  }

  const gapsBefore = new Set(earlier.actions.map((a) => actionKey(questionRef(a))));
  const gapsAfter = new Set(later.actions.map((a) => actionKey(questionRef(a))));
  return {
    questionnaireId: q.id,
    overall: change(earlier.overall.score, later.overall.score),
    sections,
    improved,
    regressed,
    closed: earlier.actions.filter((a) => !gapsAfter.has(actionKey(questionRef(a)))),
    opened: later.actions.filter((a) => !gapsBefore.has(actionKey(questionRef(a)))),
    ...itemComparison(earlier, later),
  };
}

type VerdictItem = ItemVerdicts['items'][number];

function itemComparison(
  earlier: ReportModel,
  later: ReportModel,
): Pick<ReportComparison, 'items' | 'uncomparedGroups'> {
  // A list that does not count (an item unfinished) reaches no verdicts: it has no items here.
  const counted = (report: ReportModel) =>
    new Map(report.itemVerdicts.filter((g) => g.items.length > 0).map((g) => [g.group, g]));
  const before = counted(earlier);
  const after = counted(later);
  const groups = [...new Set([...later.itemVerdicts, ...earlier.itemVerdicts].map((g) => g.group))];
  return {
    items: groups.flatMap((group) =>
      before.has(group) && after.has(group)
        ? itemChanges(group, before.get(group), after.get(group))
        : [],
    ),
    uncomparedGroups: groups.filter((group) => before.has(group) !== after.has(group)),
  };
}

function itemChanges(
  group: string,
  earlier: ItemVerdicts | undefined,
  later: ItemVerdicts | undefined,
): ItemChange[] {
  const before = [...(earlier?.items ?? [])];
  const key = (name: string | null) => name?.trim().toLocaleLowerCase() ?? null;
  // Taken from `before` once matched, so that two items cannot match one.
  const take = (found: number) => (found < 0 ? undefined : before.splice(found, 1)[0]);
  const match = (item: VerdictItem) =>
    take(before.findIndex((b) => b.itemId === item.itemId)) ??
    (item.name === null
      ? undefined
      : take(before.findIndex((b) => key(b.name) === key(item.name))));
  const changes = (later?.items ?? []).flatMap((item): ItemChange[] => {
    const old = match(item);
    if (!old) return [{ group, name: item.name, change: 'added', verdicts: [] }];
    const verdicts = (later?.determinations ?? []).flatMap((id): VerdictChange[] => {
      const was = (old.outcomes[id] ?? []).map((o) => o.id);
      const is = (item.outcomes[id] ?? []).map((o) => o.id);
      return was.join() === is.join() ? [] : [{ determination: id, before: was, after: is }];
    });
    return verdicts.length === 0 ? [] : [{ group, name: item.name, change: 'changed', verdicts }];
  });
  const removed = before.map((item): ItemChange => ({
    group,
    name: item.name,
    change: 'removed',
    verdicts: [],
  }));
  return [...changes, ...removed];
}

function creditChange(
  question: Question,
  before: AnswerValue | undefined,
  after: AnswerValue | undefined,
  rules: ScoringRules,
) {
  if (before === undefined || after === undefined) return null;
  const creditBefore = answerCredit(question, before, rules);
  const creditAfter = answerCredit(question, after, rules);
  if (creditBefore === null || creditAfter === null) return null;
  return { before, after, creditBefore, creditAfter };
}

/**
 * Builds both reports with `buildReport` and compares them; see
 * {@link compareReports}.
 *
 * @example
 * const progress = compareAssessments(q, januarySession, juneSession);
 * progress.overall // { before: 48, after: 63, delta: 15 }
 */
export function compareAssessments(
  q: Questionnaire,
  earlier: ComparedAssessment,
  later: ComparedAssessment,
  options: BuildReportOptions = {},
): ReportComparison {
  return compareReports(
    q,
    buildReport(q, earlier.answers, earlier.actionPlan, options),
    buildReport(q, later.answers, later.actionPlan, options),
    options,
  );
}
