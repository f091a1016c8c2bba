import { recordCells } from '../../report-content';
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
        const cells = recordCells(kind, row, record, model.organisation, texts);
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
