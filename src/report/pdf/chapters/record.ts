import { RECORD_FIELDS } from '../../../engine/record/processing-record';
import { COLOR } from '../kit/pdf-styles';
import { drawTable } from '../kit/pdf-table';
import type { DrawChapter } from './chapter';

/**
 * The record of processing activities (Art. 30): the organisation's own activities (30(1)),
 * then the work it does for clients (30(2)), each activity a table of every field the article
 * lists. A required field left empty says so in red, so the record cannot pass for complete.
 */
export const drawRecord: DrawChapter = (w, { model }, texts) => {
  const { t } = texts;
  const records = model.records.filter((r) => r.controller.length + r.processor.length > 0);
  if (records.length === 0) return;
  w.chapter('record', t('report:record.title'));
  w.paragraph(t('report:record.pdf.intro'), { color: COLOR.muted, after: 4 });
  for (const record of records)
    for (const kind of ['controller', 'processor'] as const) {
      const rows = kind === 'controller' ? record.controller : record.processor;
      if (rows.length === 0) continue;
      w.heading(t(`report:record.pdf.${kind}`));
      const word = t(`questions.${record.group}.item`);
      rows.forEach((row, n) => {
        const cells = [
          {
            label: t(
              `report:record.columns.${kind === 'controller' ? 'ourController' : 'ourProcessor'}`,
            ),
            text: model.organisation ?? '',
            // Art. 30(1)(a), 30(2)(a): the name is required; the organisation question may be skipped.
            missing: model.organisation === null,
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
        drawTable(
          w,
          cells,
          [
            {
              id: 'field',
              header: row.name ?? `${word} ${n + 1}`,
              width: 70,
              bold: true,
              cell: (c) => c.label,
            },
            {
              id: 'value',
              header: '',
              cell: (c) =>
                c.missing ? { text: t('report:record.missing'), color: COLOR.red } : c.text,
            },
          ],
          { continued: row.name ?? `${word} ${n + 1}` },
        );
      });
    }
};
