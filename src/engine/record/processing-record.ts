import { itemVisibility } from '../questionnaire/answer-validation';
import { isEmptyAnswer, isItemList } from '../questionnaire/answer-value';
import { evaluateCondition } from '../questionnaire/conditions';
import { itemName } from '../questionnaire/item-name';
import { computeVisibility } from '../questionnaire/visibility';
import type {
  Answers,
  PlainAnswerValue,
  Questionnaire,
  RecordField,
  RepeatableQuestion,
} from '../questionnaire/questionnaire.schema';

/** One activity as a row of the record: its values by field, and the required ones it lacks. */
export interface RecordRow {
  readonly itemId: string;
  readonly name: string | null;
  readonly values: Readonly<Partial<Record<RecordField, PlainAnswerValue>>>;
  /** Fields the article requires that the activity leaves empty: flagged, never left blank. */
  readonly missing: readonly RecordField[];
  /** The activity sends no data to a third country: its transfer fields say "none". */
  readonly noTransfers: boolean;
}

/** The record of processing activities of one group: the controller's (Art. 30(1)) and the processor's (Art. 30(2)). */
export interface ProcessingRecord {
  readonly group: string;
  /** The group's question that answers each field, to write its answers as the person reads them. */
  readonly questions: Readonly<Partial<Record<RecordField, string>>>;
  readonly controller: readonly RecordRow[];
  readonly processor: readonly RecordRow[];
}

/** The fields of each record, in the article's order, and which of them it requires. */
export const RECORD_FIELDS: Readonly<
  Record<'controller' | 'processor', readonly { field: RecordField; required: boolean }[]>
> = {
  // Art. 30(1)(b)–(g); (f) and (g) only "where possible".
  controller: [
    { field: 'purposes', required: true },
    { field: 'dataSubjects', required: true },
    { field: 'dataCategories', required: true },
    { field: 'recipients', required: true },
    { field: 'transfers', required: true },
    { field: 'transferSafeguards', required: false },
    { field: 'retention', required: false },
    { field: 'security', required: false },
  ],
  // Art. 30(2)(a)–(d); (d) only "where possible".
  processor: [
    { field: 'controller', required: true },
    { field: 'purposes', required: true },
    { field: 'transfers', required: true },
    { field: 'transferSafeguards', required: false },
    { field: 'security', required: false },
  ],
};

/** The fields an activity without transfers to third countries leaves out, saying "none". */
export const TRANSFER_FIELDS: ReadonlySet<RecordField> = new Set([
  'transfers',
  'transferSafeguards',
]);

/**
 * The Art. 30 record the answers hold, one per group that maps its questions to the record's
 * fields. It is made from the list as it stands, finished or not, so it can be exported while
 * work goes on: a field the article requires and the activity leaves empty is listed in
 * `missing` (a field the questionnaire does not ask is missing too). A required field is
 * only "required" for the record: the questionnaire may still let it be skipped. A group the
 * answers hide (its section skipped, say) keeps its stored list but makes no record.
 */
export function processingRecords(q: Questionnaire, answers: Answers): ProcessingRecord[] {
  const { questions } = computeVisibility(q, answers);
  return q.sections
    .flatMap((s) => s.questions)
    .flatMap((x) =>
      x.type === 'repeatable' && x.record && questions.get(x.id) === true
        ? [recordOf(x, answers[x.id])]
        : [],
    );
}

function recordOf(group: RepeatableQuestion, value: Answers[string] | undefined): ProcessingRecord {
  const mapping = group.record!;
  const controller: RecordRow[] = [];
  const processor: RecordRow[] = [];
  for (const item of isItemList(value) ? value : []) {
    const { effectiveAnswers } = itemVisibility(group, item.answers);
    const asProcessor =
      mapping.processorWhen !== undefined &&
      evaluateCondition(mapping.processorWhen, effectiveAnswers, () => false);
    const noTransfers =
      mapping.noTransfersWhen !== undefined &&
      evaluateCondition(mapping.noTransfersWhen, effectiveAnswers, () => false);
    const fields = RECORD_FIELDS[asProcessor ? 'processor' : 'controller'];
    const values: Partial<Record<RecordField, PlainAnswerValue>> = {};
    const missing: RecordField[] = [];
    for (const { field, required } of fields) {
      if (noTransfers && TRANSFER_FIELDS.has(field)) continue;
      const id = mapping.fields[field];
      const answer = id === undefined ? undefined : effectiveAnswers[id];
      if (!isEmptyAnswer(answer)) values[field] = answer;
      else if (required) missing.push(field);
    }
    const row = { itemId: item.id, name: itemName(group, item), values, missing, noTransfers };
    (asProcessor ? processor : controller).push(row);
  }
  return { group: group.id, questions: { ...mapping.fields }, controller, processor };
}

/**
 * The record as a JSON document for other tools: the article's fields by name, answers as the
 * questionnaire stores them (option ids, numbers, texts), and the required fields left empty.
 */
export function recordJson(record: ProcessingRecord, organisation: string | null): string {
  const rows = (list: readonly RecordRow[]) =>
    list.map((row) => ({
      id: row.itemId,
      name: row.name,
      ...row.values,
      ...(row.noTransfers ? { transfers: 'none' } : {}),
      missing: row.missing,
    }));
  return JSON.stringify(
    {
      type: 'gdpr-processing-record',
      version: 1,
      article: 'Art. 30',
      organisation,
      group: record.group,
      controller: rows(record.controller),
      processor: rows(record.processor),
    },
    null,
    2,
  );
}
