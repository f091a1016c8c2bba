import { isItemList, isOptionList } from '../engine/questionnaire/answer-value';
import { itemName } from '../engine/questionnaire/item-name';
import { processingRecords } from '../engine/record/processing-record';
import {
  evaluateVerdicts,
  isGapAnswer,
  type Verdicts,
} from '../engine/questionnaire/determinations';
import { isMeasureList, measureAnswer } from '../engine/questionnaire/measures';
import type {
  AnswerValue,
  Answers,
  Effort,
  FineTier,
  Priority,
  Question,
  Questionnaire,
  Scoring,
} from '../engine/questionnaire/questionnaire.schema';
import type { ProcessorReview } from '../engine/session/session.schema';
import { criticalActions, type CriticalActions } from './critical-actions';
import { fineExposure } from './fine-exposure';
import { planActions, type PlanCandidate } from './first-steps';
import { actionPlanKey, questionRef } from './planned-actions';
import { suggestedOwner } from './owner-roles';
import { readiness } from './readiness-labels';
import { processorAgreements } from './processor-reviews';
import type {
  ActionItem,
  AppliedNationalLaw,
  ActionPlan,
  ActionPlanEntry,
  ActionRef,
  AnswerSection,
  ItemAction,
  ItemVerdicts,
  Rag,
  ReportModel,
  SectionScore,
} from './report.types';
import {
  DEFAULT_SCORING_RULES,
  DONT_KNOW,
  answerCredit,
  questionWeight,
  ragFor,
  sectionWeight,
  type ScoringRules,
} from './scoring-rules';

/** Which questions carry the organisation's profile, by id. */
export interface ProfileQuestions {
  /** A text question: the organisation's name. */
  readonly organisationName: string;
  /**
   * A single-choice question: `yes` means a public authority or body (Art. 83(7)),
   * `dont-know` that it is not known.
   */
  readonly publicBody: string;
  /** A number question: worldwide group turnover of the preceding financial year, in euro. */
  readonly turnover: string;
  /**
   * A single-choice question: `yes` or `no` to carrying on an economic activity,
   * that is, being an undertaking (Rec. 150); anything else counts as unknown.
   */
  readonly economicActivity: string;
  /** A multi-choice question: the member states of establishment, options as in {@link COUNTRY_OPTIONS}. */
  readonly establishmentCountries: string;
  /** A number question: how many people work for the organisation. */
  readonly employees: string;
  /** A single-choice question: the sector, for picking enforcement examples. */
  readonly sector: string;
}

/** The profile questions of the shipped GDPR questionnaire. */
export const DEFAULT_PROFILE_QUESTIONS: ProfileQuestions = {
  organisationName: 'organisation-name',
  publicBody: 'public-body',
  turnover: 'group-turnover',
  economicActivity: 'economic-activity',
  establishmentCountries: 'establishment-countries',
  employees: 'employees',
  sector: 'sector',
};

/** ISO 3166-1 codes of the establishment-country options that name one country. */
export const COUNTRY_OPTIONS: Readonly<Record<string, string>> = {
  netherlands: 'NL',
  belgium: 'BE',
  germany: 'DE',
  france: 'FR',
  denmark: 'DK',
};

/** Settings for {@link buildReport}; the defaults suit the shipped GDPR questionnaire. */
export interface BuildReportOptions {
  /** Profile question ids, for questionnaires that name theirs differently. */
  readonly profile?: Partial<ProfileQuestions>;
  /** Scoring rules, such as other section weights. */
  readonly rules?: ScoringRules;
  /** Vendors' agreements checked on the DPA guide, as kept with the assessment. Default: none. */
  readonly processorReviews?: readonly ProcessorReview[];
  /**
   * The questionnaire flag that is true when the organisation uses processors;
   * a report without reviews then points to the DPA guide. Default: `usesProcessors`.
   */
  readonly processorsFlag?: string;
  /**
   * The questionnaire flag that is true when the law reaches the organisation only
   * through its clients' contracts (a service provider outside the EU): no authority
   * can fine it under Art. 83, so its gaps carry no fine exposure. Default:
   * `reachedThroughClients`.
   */
  readonly contractualFlag?: string;
  /**
   * The questionnaire flag that is true when the organisation's sector makes it an
   * undertaking without asking (a shop, a software house, a bank). Default: `commercialSector`.
   */
  readonly undertakingFlag?: string;
  /**
   * A single-choice question asking whether the list of processing activities is complete;
   * when it is shown, anything but `yes` keeps the report from "ready": the answers then
   * describe only part of the processing (Art. 30(1)). Default: `activities-complete`.
   */
  readonly listCompleteQuestion?: string;
}

const PRIORITY_ORDER: Readonly<Record<Priority, number>> = { high: 0, medium: 1, low: 2 };
const TIER_ORDER: Readonly<Record<FineTier, number>> = { 'art83-5': 0, 'art83-4': 1, none: 2 };

type ArticleKey = readonly [article: number, paragraph: number, point: string];

/**
 * Sort key of a question's first GDPR article: [article, paragraph, point].
 * Recitals and national law are skipped; a question citing no GDPR article sorts last.
 */
function articleKey(articles: readonly string[]): ArticleKey {
  for (const ref of articles) {
    const match = /^Art\. (\d+)(?:\((\d+)\))?(?:\(([a-z])\))?$/.exec(ref);
    if (match) return [Number(match[1]), match[2] ? Number(match[2]) : 0, match[3] ?? ''];
  }
  return [Infinity, 0, ''];
}

function compareArticles([an, ap, ax]: ArticleKey, [bn, bp, bx]: ArticleKey): number {
  if (an !== bn) return an < bn ? -1 : 1;
  return ap - bp || ax.localeCompare(bx);
}

/** A rating with critical gaps is red, whatever the score; without a score there is no rating. */
function capRag(rag: Rag | null, criticalGaps: number): Rag | null {
  return rag !== null && criticalGaps > 0 ? 'red' : rag;
}

/** Whole-number percentage of a weighted sum, or null when nothing counted. */
function percent(sum: number, max: number): number | null {
  return max > 0 ? Math.round((100 * sum) / max) : null;
}

/**
 * Builds the readiness report for a set of answers: scores, determinations,
 * actions, fine exposure and the answers appendix, as plain data.
 *
 * - Only shown questions count: answers to hidden questions (and answers that are
 *   not valid for their question) are ignored, via `computeVisibility`.
 * - Section score: the priority-weighted credit of its shown, answered, scored
 *   questions as a percentage of their weighted maximum, rounded to a whole
 *   number; "not applicable" drops out of both. Null when nothing counted.
 * - Overall: the section-weighted average of the (rounded) section scores, rounded;
 *   null when no section has a score. So it always lies between the lowest and the
 *   highest section score.
 * - Critical gaps: mandatory duties left unmet (the questionnaire's `criticalGaps`).
 *   Each caps the rating of its section and the overall rating at red, whatever
 *   the score, so a report never looks ready while such a duty is unmet.
 * - Scope: when an exit holds (the GDPR does not apply), the report gives no
 *   scores, actions, critical gaps, fine tiers or verdicts other than the scope
 *   determination; see `evaluateVerdicts`.
 * - Actions: one per shown scored question with a gap answer (`isGapAnswer`),
 *   ordered with the actions that close a critical gap first (`critical-actions.ts`: every
 *   answer and item that makes it hold, or else the gap's own action), then by priority,
 *   fine tier (Art. 83(5) first), first GDPR article by number
 *   (Art. 5 before Art. 30 before Art. 32(1)), then questionnaire order. Unanswered
 *   questions raise no action: the review step does not let a person through with them.
 *   An answer other answers contradict (a record of lawful bases "in order" while the bases
 *   are not known) is scored and acted on as "don't know", with the answers that disagree.
 * - Readiness words: see `readiness-labels.ts`; what keeps a section from "ready" is any
 *   high-priority gap, any gap a fine backs where nothing is in place, any processing
 *   activity's gap, and a list of activities said not to be complete.
 * - Plan: the first steps and the phases every action falls in (`first-steps.ts`); each
 *   action's suggested owner fits the organisation's size (`owner-roles.ts`).
 * - Fines: from the tiers and articles of the gaps and the profile answers (public
 *   body, economic activity, countries of establishment, turnover, staff and sector),
 *   see `fineExposure`.
 * - Processors: each reviewed vendor's covered and missing Art. 28 elements, see
 *   `processorAgreements`; they never change a score, as the questionnaire asks about
 *   agreements itself.
 *
 * @param plan owner names and due dates a person gave, keyed by question id.
 * @example
 * const report = buildReport(questionnaire, answers, { 'privacy-notice': { ownerName: 'Sam', dueDate: '2026-03-01' } });
 */
export function buildReport(
  q: Questionnaire,
  answers: Answers,
  plan: Readonly<Record<string, ActionPlanEntry>> = {},
  options: BuildReportOptions = {},
): ReportModel {
  const rules = options.rules ?? DEFAULT_SCORING_RULES;
  const profile = { ...DEFAULT_PROFILE_QUESTIONS, ...options.profile };
  const verdicts = evaluateVerdicts(q, answers);
  const { visibility } = verdicts;
  const inScope = verdicts.outOfScope === null;
  const contractualOnly =
    visibility.flags[options.contractualFlag ?? 'reachedThroughClients'] === true;
  const criticalOnes = criticalActions(q, verdicts, { items: !contractualOnly });
  const effective = visibility.effectiveAnswers;
  const shownSections = new Set(visibility.steps);
  const isShown = (question: Question) => visibility.questions.get(question.id) === true;
  const criticalPerSection = new Map<string, number>();
  for (const gap of verdicts.criticalGaps)
    criticalPerSection.set(gap.section, (criticalPerSection.get(gap.section) ?? 0) + 1);

  const groupVerdicts = itemVerdicts(q, verdicts);
  const itemActions = contractualOnly ? [] : itemGaps(groupVerdicts, criticalOnes.item);
  const listComplete = options.listCompleteQuestion ?? 'activities-complete';
  const unlawfulToday = new Set<string>();
  const employeesAnswer = effective[profile.employees];
  const employees = typeof employeesAnswer === 'number' ? employeesAnswer : null;
  const sections: SectionScore[] = [];
  const weakness = new Map<string, { serious: number; finedGaps: number }>();
  // Sort keys are worked out once per action, not once per comparison.
  const actions: {
    item: ActionItem;
    order: number;
    article: ArticleKey;
    nothingInPlace: boolean;
  }[] = [];
  let order = 0;
  for (const section of q.sections) {
    let sum = 0;
    let max = 0;
    let scoredQuestions = 0;
    let gaps = 0;
    // What keeps the section from "ready" (see `readiness-labels.ts`), and its gaps a fine backs.
    let serious = 0;
    let finedGaps = 0;
    for (const question of section.questions) {
      order += 1;
      if (!inScope || !isShown(question)) continue;
      if (question.id === listComplete && effective[question.id] !== 'yes') serious += 1;
      const own = itemActions.filter((a) => a.group === question.id);
      serious += own.length;
      finedGaps += own.filter((a) => a.fineTier !== 'none').length;
      if (!question.scoring) continue;
      // An answer other answers contradict proves nothing: it counts as "don't know".
      const conflict = criticalOnes.conflicts.get(question.id);
      const value = conflict
        ? isMeasureList(question)
          ? [DONT_KNOW]
          : DONT_KNOW
        : effective[question.id];
      const credit = answerCredit(question, value, rules);
      if (credit !== null) {
        const weight = questionWeight(question, rules);
        sum += credit * weight;
        max += weight;
        scoredQuestions += 1;
      }
      if (!isGapAnswer(question, value)) continue;
      const { priority, fineTier } = question.scoring;
      // A question counts once here, at its own priority, however many measures it misses.
      if (priority === 'high' || (credit === 0 && fineTier !== 'none')) serious += 1;
      if (question.scoring.unlawfulToday === true) unlawfulToday.add(question.id);
      for (const gap of gapsOf(question, question.scoring, value)) {
        gaps += 1;
        if (fineTier !== 'none') finedGaps += 1;
        const entry = plan[actionPlanKey({ questionId: question.id, measure: gap.measure })];
        actions.push({
          order,
          article: articleKey(gap.articles),
          // A measure not ticked is not in place at all, whatever else is.
          nothingInPlace: credit === 0 || gap.measure !== null,
          item: {
            questionId: question.id,
            measure: gap.measure,
            sectionId: section.id,
            answer: gap.answer,
            critical: criticalOnes.questions.has(question.id),
            priority: gap.priority,
            fineTier: question.scoring.fineTier,
            articles: gap.articles,
            effort: gap.effort,
            ownerRole: question.scoring.owner ?? null,
            suggestedOwner: suggestedOwner(question.scoring.owner ?? null, employees),
            investigate: gap.answer === DONT_KNOW,
            conflict:
              conflict && typeof effective[question.id] === 'string'
                ? { answered: effective[question.id] as string, with: conflict }
                : null,
            guidance: question.scoring.guidance ?? null,
            ownerName: entry?.ownerName ?? null,
            dueDate: entry?.dueDate ?? null,
          },
        });
      }
    }
    const score = percent(sum, max);
    const critical = criticalPerSection.get(section.id) ?? 0;
    weakness.set(section.id, { serious, finedGaps });
    sections.push({
      sectionId: section.id,
      shown: shownSections.has(section.id),
      score,
      rag: capRag(ragFor(score, rules), critical),
      readiness: readiness(score, { critical, serious }),
      scoredQuestions,
      gaps,
      criticalGaps: critical,
    });
  }

  let weightedSum = 0;
  let totalWeight = 0;
  for (const s of sections) {
    if (s.score === null) continue;
    const weight = sectionWeight(s.sectionId, rules);
    weightedSum += s.score * weight;
    totalWeight += weight;
  }
  const overallScore = totalWeight > 0 ? Math.round(weightedSum / totalWeight) : null;

  actions.sort(
    (a, b) =>
      Number(b.item.critical) - Number(a.item.critical) ||
      PRIORITY_ORDER[a.item.priority] - PRIORITY_ORDER[b.item.priority] ||
      TIER_ORDER[a.item.fineTier] - TIER_ORDER[b.item.fineTier] ||
      compareArticles(a.article, b.article) ||
      a.order - b.order,
  );
  const orderedActions = actions.map((a) => a.item);
  const redSections = new Set(sections.filter((s) => s.rag === 'red').map((s) => s.sectionId));
  const groupSection = new Map(
    q.sections.flatMap((s) => s.questions.map((x) => [x.id, s.id] as const)),
  );
  const phased: ActionPlan = planActions<ActionRef>([
    ...actions.map(({ item, nothingInPlace }): PlanCandidate<ActionRef> => ({
      ref: questionRef(item),
      critical: item.critical,
      priority: item.priority,
      fineTier: item.fineTier,
      effort: item.effort,
      nothingInPlace,
      sectionRed: redSections.has(item.sectionId),
      unlawfulToday: unlawfulToday.has(item.questionId),
    })),
    ...itemActions.map((a): PlanCandidate<ActionRef> => ({
      ref: {
        kind: 'item',
        group: a.group,
        itemId: a.itemId,
        determination: a.determination,
        outcome: a.outcome,
      },
      critical: a.critical,
      priority: a.priority,
      fineTier: a.fineTier,
      effort: a.effort,
      // An item's gap is a verdict that something is missing or not known for it.
      nothingInPlace: true,
      sectionRed: redSections.has(groupSection.get(a.group) ?? ''),
    })),
  ]);

  const name = effective[profile.organisationName];
  const turnover = effective[profile.turnover];
  const countries = effective[profile.establishmentCountries];
  const sector = effective[profile.sector];
  const answerSections: AnswerSection[] = q.sections.map((section) => ({
    sectionId: section.id,
    shown: shownSections.has(section.id),
    questions: section.questions.map((question) => {
      const value = effective[question.id];
      return {
        questionId: question.id,
        shown: isShown(question),
        value,
        ...(question.type === 'repeatable' && isItemList(value)
          ? { itemNames: value.map((item) => itemName(question, item)) }
          : {}),
      };
    }),
  }));

  return {
    questionnaireId: q.id,
    questionnaireVersion: q.version,
    organisation: typeof name === 'string' && name.trim() !== '' ? name.trim() : null,
    overall: {
      score: overallScore,
      rag: capRag(ragFor(overallScore, rules), verdicts.criticalGaps.length),
      readiness: readiness(overallScore, {
        critical: verdicts.criticalGaps.length,
        serious: [...weakness.values()].reduce((sum, w) => sum + w.serious, 0),
        // A section weak only through gaps no fine backs (no one named for privacy) does not
        // hold back the whole report on its own.
        sections: sections
          .filter((s) => s.shown && (weakness.get(s.sectionId)?.finedGaps ?? 0) > 0)
          .map((s) => s.readiness),
      }),
      criticalGaps: verdicts.criticalGaps.length,
    },
    outOfScope: verdicts.outOfScope,
    criticalGaps: verdicts.criticalGaps,
    sections,
    determinations: verdicts.determinations,
    nationalLaws: appliedNationalLaws(q, verdicts),
    itemVerdicts: groupVerdicts,
    itemActions,
    records: inScope ? processingRecords(q, answers) : [],
    actions: orderedActions,
    plan: phased,
    fines: fineExposure({
      publicBody:
        effective[profile.publicBody] === 'yes'
          ? true
          : effective[profile.publicBody] === 'dont-know'
            ? 'unknown'
            : false,
      undertaking:
        effective[profile.economicActivity] === 'yes' ||
        visibility.flags[options.undertakingFlag ?? 'commercialSector'] === true
          ? 'yes'
          : effective[profile.economicActivity] === 'no'
            ? 'no'
            : 'unknown',
      establishedIn: (isOptionList(countries) ? countries : []).flatMap((c) =>
        COUNTRY_OPTIONS[c] ? [COUNTRY_OPTIONS[c]] : [],
      ),
      turnover: typeof turnover === 'number' ? turnover : null,
      employees,
      sector: typeof sector === 'string' ? sector : null,
      gapTiers: contractualOnly ? [] : [...orderedActions, ...itemActions].map((a) => a.fineTier),
      gapArticles: [...orderedActions, ...itemActions].flatMap((a) => a.articles),
    }),
    answers: answerSections,
    processors: processorAgreements(
      options.processorReviews ?? [],
      visibility.flags[options.processorsFlag ?? 'usesProcessors'] === true,
    ),
  };
}

/** One gap a scored question's answer leaves: the whole question's, or one measure's. */
interface AnswerGap {
  /** The measure not in place, or null for the question's own action. */
  readonly measure: string | null;
  readonly answer: string;
  readonly articles: readonly string[];
  readonly effort: Effort;
  readonly priority: Priority;
}

/**
 * The gaps of a gap answer: one for a plain question; for a list of measures one per measure
 * not ticked (answered "no" for that measure), or the question's own to find out when the
 * person does not know which are in place.
 */
function gapsOf(question: Question, scoring: Scoring, value: AnswerValue | undefined): AnswerGap[] {
  const own = {
    measure: null,
    articles: question.articles,
    effort: scoring.effort,
    priority: scoring.priority,
  };
  if (!isMeasureList(question)) return typeof value === 'string' ? [{ ...own, answer: value }] : [];
  const answer = measureAnswer(question, value);
  if (answer.kind === 'unknown') return [{ ...own, answer: DONT_KNOW }];
  if (answer.kind === 'unanswered') return [];
  return answer.missing.map((measure) => ({
    measure,
    answer: 'no',
    articles: question.measures[measure]?.articles ?? question.articles,
    effort: question.measures[measure]?.effort ?? scoring.effort,
    priority: question.measures[measure]?.priority ?? scoring.priority,
  }));
}

/**
 * The gaps the per-item verdicts leave, item by item, the most pressing first within each: those
 * that close a critical gap first (see `critical-actions.ts`), then by priority, tier and article.
 */
function itemGaps(
  groups: readonly ItemVerdicts[],
  isCritical: CriticalActions['item'],
): ItemAction[] {
  return groups.flatMap((group) =>
    group.items.flatMap((item, n) =>
      group.determinations
        .flatMap((id) =>
          (item.outcomes[id] ?? []).flatMap((o): ItemAction[] =>
            o.gap
              ? [
                  {
                    group: group.group,
                    itemId: item.itemId,
                    name: item.name,
                    position: n + 1,
                    determination: id,
                    outcome: o.id,
                    reasons: o.reasons,
                    articles: o.articles,
                    priority: o.gap.priority,
                    fineTier: o.gap.fineTier,
                    effort: o.gap.effort,
                    critical:
                      o.gap.critical !== undefined &&
                      isCritical(o.gap.critical, group.group, item.itemId),
                  },
                ]
              : [],
          ),
        )
        .sort(
          (a, b) =>
            Number(b.critical) - Number(a.critical) ||
            PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority] ||
            TIER_ORDER[a.fineTier] - TIER_ORDER[b.fineTier] ||
            compareArticles(articleKey(a.articles), articleKey(b.articles)),
        ),
    ),
  );
}

/** The per-item determinations, grouped by their group, with each item's name. */
function itemVerdicts(q: Questionnaire, verdicts: Verdicts): ItemVerdicts[] {
  const groups = new Map(
    q.sections
      .flatMap((s) => s.questions)
      .flatMap((x) => (x.type === 'repeatable' ? [[x.id, x] as const] : [])),
  );
  const result: ItemVerdicts[] = [];
  for (const [id, group] of groups) {
    const own = verdicts.itemDeterminations.filter((d) => d.group === id);
    if (own.length === 0) continue;
    const listed = verdicts.visibility.effectiveAnswers[id];
    const items = isItemList(listed) ? listed : [];
    result.push({
      group: id,
      determinations: own.map((d) => d.id),
      summary: group.summary,
      items: items.map((item) => ({
        itemId: item.id,
        name: itemName(group, item),
        outcomes: Object.fromEntries(
          own.map((d) => [d.id, d.items.find((x) => x.itemId === item.id)?.outcomes ?? []]),
        ),
      })),
    });
  }
  return result;
}

/** The national modules whose law applies: their determination's outcome `applies` holds. */
function appliedNationalLaws(q: Questionnaire, verdicts: Verdicts): AppliedNationalLaw[] {
  return q.nationalModules.flatMap((m) => {
    const applies = verdicts.determinations
      .find((d) => d.id === m.determination)
      ?.outcomes.find((o) => o.id === 'applies');
    if (!applies) return [];
    return [
      {
        id: m.id,
        country: m.country,
        act: m.law.act,
        title: m.law.title,
        citation: m.law.citation,
        sources: m.sources,
        lastChecked: m.lastChecked,
        determination: m.determination,
        reasons: applies.reasons,
      },
    ];
  });
}
