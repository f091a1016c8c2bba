import type {
  PlainAnswerValue,
  PlainQuestion,
  Questionnaire,
} from '@/engine/questionnaire/questionnaire.schema';
import { recordJson, type ProcessingRecord } from '@/engine/record/processing-record';
import { answerText } from '../components/answer-text';
import { recordCsv } from '@/report/record-csv';
import { downloadFile } from '../components/download-file';
import { useInterfaceLanguage } from '../components/use-interface-language';
import type { Translate } from '../wizard/use-report-texts';
import type { QuestionnaireText } from '../wizard/use-questionnaire-text';

/**
 * The record of processing activities (Art. 30) made from the person's list: a download of the
 * controller's record and of the processor's, as CSV for a spreadsheet, and how many required
 * fields are still empty.
 */
export function RecordPanel({
  questionnaire,
  records,
  organisation,
  t,
  qt,
}: {
  questionnaire: Questionnaire;
  /** The report's records (none when the GDPR does not apply). */
  records: readonly ProcessingRecord[];
  organisation: string | null;
  t: Translate;
  qt: QuestionnaireText;
}) {
  const language = useInterfaceLanguage();
  const texts = {
    t,
    locale: language,
    answer: (question: PlainQuestion, value: PlainAnswerValue) =>
      answerText(question, value, qt, language),
  };
  return records
    .filter((r) => r.controller.length + r.processor.length > 0)
    .map((record) => {
      const heading = `record-${record.group}`;
      const missing = [...record.controller, ...record.processor].reduce(
        (n, row) => n + row.missing.length,
        0,
      );
      return (
        <section key={record.group} className="panel record" aria-labelledby={heading}>
          <h2 id={heading}>{t('report:record.title')}</h2>
          <p>{t('report:record.intro')}</p>
          {missing > 0 && (
            <p className="hint">{t('report:record.missingCount', { count: missing })}</p>
          )}
          <div className="results-actions">
            {(['controller', 'processor'] as const).map((kind) => {
              const count = record[kind].length;
              return (
                count > 0 && (
                  <button
                    key={kind}
                    type="button"
                    className="button secondary"
                    onClick={() =>
                      downloadFile(
                        `${t(`report:record.file.${kind}`)}.csv`,
                        recordCsv(questionnaire, record, kind, texts, organisation),
                        'text/csv;charset=utf-8',
                      )
                    }
                  >
                    {t(`report:record.download.${kind}`, { count })}
                  </button>
                )
              );
            })}
            <button
              type="button"
              className="button secondary"
              onClick={() =>
                downloadFile(
                  `${t('report:record.file.json')}.json`,
                  recordJson(record, organisation),
                  'application/json',
                )
              }
            >
              {t('report:record.download.json')}
            </button>
          </div>
        </section>
      );
    });
}
