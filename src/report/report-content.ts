import {
  RECORD_FIELDS,
  type ProcessingRecord,
  type RecordRow,
} from '../engine/record/processing-record';
import { actionTextKey, type PlannedAction } from './planned-actions';
import type {
  ActionItem,
  AnswerRow,
  AppliedNationalLaw,
  FineExposure,
  ReportModel,
} from './report.types';
import { languageEntry } from '../i18n/languages';
import { GDPR_URL, UAVG_URL, type ReportTexts } from './report-texts';

/**
 * What the report says where the choice of words depends on the model: the
 * PDF's chapters and the printable page (`/report`) both take their texts from
 * here and only lay them out, so the two never drift apart.
 */

/** Who, when and what: the cover's panel, a label and a value per row. */
export function coverRows(
  model: Pick<ReportModel, 'questionnaireId' | 'questionnaireVersion'>,
  who: {
    readonly organisation: string;
    readonly assessor: string | null;
    readonly participants?: string | null;
    readonly generatedAt: Date;
  },
  texts: ReportTexts,
): { readonly label: string; readonly value: string }[] {
  const { t } = texts;
  return [
    { label: t('report:cover.organisation'), value: who.organisation },
    { label: t('report:cover.assessor'), value: who.assessor ?? t('report:cover.notStated') },
    ...(who.participants
      ? [{ label: t('report:cover.participants'), value: who.participants }]
      : []),
    { label: t('report:cover.date'), value: texts.date(who.generatedAt) },
    {
      label: t('report:cover.questionnaire'),
      value: t('report:cover.questionnaireValue', {
        id: model.questionnaireId,
        version: model.questionnaireVersion,
      }),
    },
    { label: t('report:cover.language'), value: languageEntry(texts.language).name },
  ];
}

/**
 * The fine ceiling on the summary: the amount with a note of its tier, or (no
 * amount) why there is none.
 */
export function ceilingFigure(
  fines: FineExposure,
  texts: ReportTexts,
): { readonly value: string; readonly amount: boolean; readonly note: string | null } {
  const { t } = texts;
  if (fines.basis === 'national-law' || fines.ceiling === null)
    return {
      value: t(
        fines.basis === 'national-law'
          ? 'report:summary.ceilingNationalLaw'
          : 'report:summary.ceilingNone',
      ),
      amount: false,
      note: null,
    };
  return {
    value: texts.amount(fines.ceiling),
    amount: true,
    note: `${t('report:summary.ceilingNote')} · ${texts.tier(fines.highestTier)}`,
  };
}

/** The fine chapter's ceiling in a sentence: the tier and amount, or why there is none. */
export function ceilingHeadline(fines: FineExposure, texts: ReportTexts): string {
  const { t } = texts;
  if (fines.basis === 'national-law') return t('report:fines.ceilingNationalLaw');
  if (fines.ceiling === null) return t('report:fines.ceilingNone');
  return t('report:fines.ceilingText', {
    tier: texts.tier(fines.highestTier),
    amount: texts.amount(fines.ceiling),
  });
}

/** What a finding is about: its question, or for one measure of a list that measure. */
export function findingLabel(action: ActionItem, texts: ReportTexts): string {
  return action.measure === null
    ? texts.t(`questions.${action.questionId}.label`)
    : texts.option(action.questionId, action.measure);
}

/** Under a finding: critical or not, the answer given, the articles and the priority. */
export function findingMeta(action: ActionItem, texts: ReportTexts): string {
  const { t } = texts;
  return [
    action.critical ? t('report:summary.criticalAction') : '',
    action.measure === null
      ? t('report:findings.answer', { answer: texts.option(action.questionId, action.answer) })
      : t('report:findings.measureMissing'),
    texts.cite(action.articles),
    t(`report:priority.${action.priority}`),
  ]
    .filter((part) => part !== '')
    .join(' · ');
}

/**
 * What to do about a planned action: whether it meets a critical duty, the
 * action, and for an item's action which item and verdict it is about.
 */
export function actionLines(
  planned: PlannedAction,
  texts: ReportTexts,
): { readonly critical: boolean; readonly text: string; readonly detail: string | null } {
  const { t } = texts;
  const critical = planned.action.critical;
  if (planned.kind === 'item') {
    const { group, name, position, determination, outcome } = planned.action;
    const key = `determinations.${determination}.outcomes.${outcome}`;
    const item = name ?? `${t(`questions.${group}.item`)} ${position}`;
    return {
      critical,
      text: t(`${key}.action`),
      detail: `${item}: ${t(`determinations.${determination}.title`)}: ${t(`${key}.label`)}`,
    };
  }
  return { critical, text: t(actionTextKey(planned.action)), detail: null };
}

/**
 * One row of the answers chapter: the question, why it was not asked where the
 * questionnaire says, and the answer as a person reads it (`quiet` when there
 * is none to read: not asked).
 */
export function answerRow(
  row: AnswerRow,
  texts: ReportTexts,
): {
  readonly question: string;
  readonly skipReason: string | null;
  readonly answer: string;
  readonly quiet: boolean;
} {
  const { t } = texts;
  const question = t(`questions.${row.questionId}.label`);
  if (!row.shown)
    return {
      question,
      skipReason: texts.optional(`questions.${row.questionId}.skipReason`),
      answer: t('report:answers.notAsked'),
      quiet: true,
    };
  return {
    question,
    skipReason: null,
    answer:
      row.value === undefined
        ? t('report:answers.notAnswered')
        : texts.answer(row.questionId, row.value, row.itemNames),
    quiet: false,
  };
}

/** Why a skipped section was skipped, in the answers chapter. */
export function skippedSection(sectionId: string, texts: ReportTexts): string {
  const reason = texts.optional(`sections.${sectionId}.skipReason`);
  return reason === null
    ? texts.t('report:answers.skippedGeneric')
    : texts.t('report:answers.skipped', { reason });
}

/** Where the closing chapter sends the reader: the app's own pages where linked, then the law. */
export type HelpLink =
  | { readonly label: string; readonly page: 'faq' | 'dpa' }
  | { readonly label: string; readonly url: string };

/** The app's pages, the law, and the sources of each national law that applies, each link once. */
export function helpLinks(
  { t }: ReportTexts,
  nationalLaws: readonly AppliedNationalLaw[] = [],
): HelpLink[] {
  const links: HelpLink[] = [
    { label: t('report:about.faq'), page: 'faq' },
    { label: t('report:about.dpa'), page: 'dpa' },
    { label: t('report:about.gdpr'), url: GDPR_URL },
    { label: t('report:about.uavg'), url: UAVG_URL },
  ];
  const seen = new Set([GDPR_URL, UAVG_URL]);
  for (const source of nationalLaws.flatMap((law) => law.sources))
    if (!seen.has(source.url)) {
      seen.add(source.url);
      links.push({ label: source.title, url: source.url });
    }
  return links;
}

/**
 * One activity of the record (Art. 30): every field the article lists with its
 * label and value as a person reads it, `missing` where a required one is
 * empty. The organisation's own name comes first: 30(1)(a) and 30(2)(a) require
 * it, and the question that asks it may have been skipped.
 */
export function recordCells(
  kind: 'controller' | 'processor',
  row: RecordRow,
  record: ProcessingRecord,
  organisation: string | null,
  texts: ReportTexts,
): { readonly label: string; readonly text: string; readonly missing: boolean }[] {
  const { t } = texts;
  return [
    {
      label: t(`report:record.columns.${kind === 'controller' ? 'ourController' : 'ourProcessor'}`),
      text: organisation ?? '',
      missing: organisation === null,
    },
    ...RECORD_FIELDS[kind].map(({ field }) => {
      const value = row.values[field];
      const question = record.questions[field];
      return {
        label: t(`report:record.columns.${kind}.${field}`),
        text:
          row.noTransfers && field === 'transfers'
            ? t('report:record.noTransfers')
            : value !== undefined && question !== undefined
              ? texts.answer(question, value)
              : '',
        missing: row.missing.includes(field),
      };
    }),
  ];
}

/**
 * An action's articles, fine tier and effort, each after its column's caption: the quiet line
 * under the action's text, which leaves the text most of the width.
 */
export function actionFacts(planned: PlannedAction, texts: ReportTexts): string {
  const { t } = texts;
  const caption = (column: string) =>
    t(`report:actions.columns.${column}`).replaceAll('\u00ad', '');
  const { action } = planned;
  return [
    `${caption('articles')}: ${texts.cite(action.articles)}`,
    `${caption('tier')}: ${texts.tier(action.fineTier)}`,
    `${caption('effort')}: ${t(`report:effortShort.${action.effort}`)}`,
  ].join(' · ');
}

/** Who does an action by when: the owner and due date agreed, and the role this check suggests. */
export function actionOwner(
  planned: PlannedAction,
  texts: ReportTexts,
): { owner: string | null; due: string | null; suggested: string | null } {
  if (planned.kind !== 'question') return { owner: null, due: null, suggested: null };
  const { t } = texts;
  const { ownerName, dueDate, suggestedOwner } = planned.action;
  return {
    owner: ownerName ?? null,
    due: dueDate ? texts.isoDate(dueDate) : null,
    suggested: suggestedOwner
      ? t('report:actions.suggestedRole', { role: t(`report:${suggestedOwner}`) })
      : null,
  };
}
