import { csvSeparator, toCsv } from '../engine/record/csv';
import {
  RECORD_FIELDS,
  type ProcessingRecord,
  type RecordRow,
} from '../engine/record/processing-record';
import type {
  PlainAnswerValue,
  PlainQuestion,
  Questionnaire,
  RecordField,
} from '../engine/questionnaire/questionnaire.schema';

/** What the record needs to write answers as a person reads them, in one language. */
export interface RecordTexts {
  readonly t: (key: string, params?: Record<string, unknown>) => string;
  /** A BCP 47 locale: it also picks the CSV separator. */
  readonly locale: string;
  readonly answer: (question: PlainQuestion, value: PlainAnswerValue) => string;
}

/**
 * One record of processing activities as CSV: the controller's own activities (Art. 30(1)) or
 * those done as a processor (Art. 30(2)), a row per activity with every field the article
 * lists. Answers read as on the report (option labels, numbers in the language's way); a
 * required field left empty says so in its cell.
 */
export function recordCsv(
  q: Questionnaire,
  record: ProcessingRecord,
  kind: 'controller' | 'processor',
  texts: RecordTexts,
  organisation: string | null,
): string {
  const { t } = texts;
  const group = q.sections.flatMap((s) => s.questions).find((x) => x.id === record.group);
  const mapping = group?.type === 'repeatable' ? group.record : undefined;
  const fields = RECORD_FIELDS[kind];
  const word = t(`questions.${record.group}.item`);
  const header = [
    word,
    t(`report:record.columns.${kind === 'controller' ? 'ourController' : 'ourProcessor'}`),
    ...fields.map(({ field }) => t(`report:record.columns.${kind}.${field}`)),
  ];
  const cell = (row: RecordRow, field: RecordField) => {
    const value = row.values[field];
    const id = mapping?.fields[field];
    const question =
      group?.type === 'repeatable' ? group.questions.find((x) => x.id === id) : undefined;
    if (row.noTransfers && field === 'transfers') return t('report:record.noTransfers');
    if (value === undefined || question === undefined)
      return row.missing.includes(field) ? t('report:record.missing') : '';
    return texts.answer(question, value);
  };
  const rows = (kind === 'controller' ? record.controller : record.processor).map((row, n) => [
    row.name ?? `${word} ${n + 1}`,
    organisation ?? t('report:record.missing'),
    ...fields.map(({ field }) => cell(row, field)),
  ]);
  return toCsv([header, ...rows], csvSeparator(texts.locale));
}
