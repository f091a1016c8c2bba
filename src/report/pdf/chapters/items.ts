import { COLOR } from '../kit/pdf-styles';
import { drawTable } from '../kit/pdf-table';
import type { DrawChapter } from './chapter';

/**
 * The verdicts reached for each item of a group (each processing activity), one chapter per
 * group with items: a row per item and verdict, the item's name on its first row.
 */
export const drawItemVerdicts: DrawChapter = (w, { model }, texts) => {
  const { t } = texts;
  for (const group of model.itemVerdicts) {
    if (group.items.length === 0) continue;
    w.chapter('items', t(`questions.${group.group}.label`));
    const word = t(`questions.${group.group}.item`);
    const rows = group.items.flatMap((item, n) =>
      group.determinations.map((id, k) => ({
        name: k === 0 ? (item.name ?? `${word} ${n + 1}`) : '',
        id,
        outcomes: item.outcomes[id] ?? [],
      })),
    );
    drawTable(
      w,
      rows,
      [
        { id: 'item', header: word, width: 42, bold: true, cell: (row) => row.name },
        {
          id: 'question',
          header: t('report:items.verdict'),
          width: 48,
          cell: (row) => t(`determinations.${row.id}.title`),
        },
        {
          id: 'outcome',
          header: t('report:items.outcome'),
          refs: true,
          cell: (row) =>
            row.outcomes
              .map(
                (o) =>
                  `${t(`determinations.${row.id}.outcomes.${o.id}.label`)}: ${t(
                    `determinations.${row.id}.outcomes.${o.id}.reason`,
                  )} (${texts.cite(o.articles)})`,
              )
              .join('\n'),
        },
      ],
      { continued: t(`questions.${group.group}.label`) },
    );
    w.paragraph(t('report:items.note'), { color: COLOR.muted, after: 4 });
  }
};
