import { actionTextKey } from '../../planned-actions';
import type { ActionItem } from '../../report.types';
import { COLOR, PAGE, WIDTH, type Rgb } from '../kit/pdf-styles';
import { drawTable, type StyledCell, type TableColumn } from '../kit/pdf-table';
import type { DrawChapter } from './chapter';

/**
 * The "Progress since <date>" chapter, drawn when the options hold a
 * comparison: how the assessment moved since an earlier one (see
 * `compareReports`): the overall score, the score of every section, the
 * answers that got better or worse, and the actions closed and opened.
 */

const BETTER = COLOR.green;
const WORSE = COLOR.red;

/** A score, or a dash where there is none. */
const score = (value: number | null) => (value === null ? '–' : String(value));

/** A signed change: "+7", "−40" (a true minus sign), "0", or a dash. */
const signed = (delta: number | null) =>
  delta === null ? '–' : delta > 0 ? `+${delta}` : delta < 0 ? `−${-delta}` : '0';

const deltaColor = (delta: number | null): Rgb =>
  delta === null || delta === 0 ? COLOR.muted : delta > 0 ? BETTER : WORSE;

/** A section's row, or the overall row in bold. */
interface ScoreRow {
  readonly title: string;
  readonly before: number | null;
  readonly after: number | null;
  readonly delta: number | null;
  readonly overall: boolean;
}

export const drawComparison: DrawChapter = (w, { model, options, numbers }, texts) => {
  if (!options.comparison) return;
  const { changes, since, earlierName } = options.comparison;
  const { t } = texts;
  const date = texts.date(since);

  w.chapter('comparison', t('report:comparison.title', { date }));
  w.paragraph(
    earlierName === null
      ? t('report:comparison.introUnnamed', { date })
      : t('report:comparison.intro', { date, name: earlierName }),
    { color: COLOR.muted, after: 4 },
  );

  // Key figures: the overall change, then how many answers and actions moved.
  const { overall } = changes;
  const figures: [string, string, Rgb][] = [
    [t('report:comparison.overall'), signed(overall.delta), deltaColor(overall.delta)],
    [t('report:comparison.improvedCount'), String(changes.improved.length), BETTER],
    [t('report:comparison.regressedCount'), String(changes.regressed.length), WORSE],
    [t('report:comparison.closedCount'), String(changes.closed.length), BETTER],
    [t('report:comparison.openedCount'), String(changes.opened.length), WORSE],
  ];
  const gap = 3;
  const cardWidth = (WIDTH - gap * (figures.length - 1)) / figures.length;
  const labels = figures.map(([label]) =>
    w.split(label.toUpperCase(), cardWidth - 6, { size: 6.8, bold: true }),
  );
  const labelHeight = Math.max(...labels.map((lines) => lines.length)) * 3;
  const height = labelHeight + 17;
  w.ensure(height + 6);
  const top = w.y;
  figures.forEach(([, value, color], i) => {
    const x = PAGE.left + i * (cardWidth + gap);
    w.doc.setFillColor(...COLOR.panel);
    w.doc.rect(x, top, cardWidth, height, 'F');
    w.style({ size: 6.8, bold: true, color: COLOR.muted });
    (labels[i] ?? []).forEach((line, j) => w.doc.text(line, x + 3, top + 5 + j * 3));
    w.style({ size: 18, bold: true, color: value === '0' ? COLOR.muted : color });
    w.doc.text(value, x + 3, top + labelHeight + 10);
    if (i === 0) {
      w.style({ size: 7.5, color: COLOR.muted });
      const detail = t('report:comparison.overallDetail', {
        before: score(overall.before),
        after: score(overall.after),
      });
      w.doc.text(detail, x + 3, top + labelHeight + 14.5);
    }
  });
  w.y = top + height + 6;

  w.heading(t('report:comparison.sectionsTitle'), 30);
  const bold = (row: ScoreRow, text: string): StyledCell | string =>
    row.overall ? { text, bold: true } : text;
  const number = (
    id: 'before' | 'after',
    width: number,
    value: (row: ScoreRow) => string,
  ): TableColumn<ScoreRow> => ({
    id,
    header: t(`report:comparison.columns.${id}`),
    headerAlign: 'right',
    width,
    align: 'right',
    cell: (row) => bold(row, value(row)),
  });
  drawTable(
    w,
    [
      { title: t('report:comparison.overall'), ...overall, overall: true },
      ...changes.sections.map((s) => ({
        title: texts.section(s.sectionId, numbers.get(s.sectionId)),
        ...s,
        overall: false,
      })),
    ],
    [
      {
        id: 'section',
        header: t('report:comparison.columns.section'),
        cell: (row) => bold(row, row.title),
      },
      number('before', 20, (row) => score(row.before)),
      number('after', 20, (row) => score(row.after)),
      {
        id: 'change',
        header: t('report:comparison.columns.change'),
        headerAlign: 'right',
        width: 22,
        align: 'right',
        cell: (row) => ({ text: signed(row.delta), color: deltaColor(row.delta), bold: true }),
      },
    ],
    { continued: t('report:comparison.sectionsTitle') },
  );

  for (const kind of ['improved', 'regressed'] as const) {
    const list = changes[kind];
    w.heading(t(`report:comparison.${kind}Title`), list.length === 0 ? 10 : 24);
    if (list.length === 0) {
      w.paragraph(t(`report:comparison.${kind}None`), { color: COLOR.muted, after: 4 });
      continue;
    }
    drawTable(
      w,
      list,
      [
        {
          id: 'question',
          header: t('report:comparison.columns.question'),
          cell: (c) => t(`questions.${c.questionId}.label`),
        },
        {
          id: 'before',
          header: t('report:comparison.columns.before'),
          width: 32,
          cell: (c) => texts.answer(c.questionId, c.before),
        },
        {
          id: 'after',
          header: t('report:comparison.columns.after'),
          width: 32,
          cell: (c) => ({
            text: texts.answer(c.questionId, c.after),
            color: kind === 'improved' ? BETTER : WORSE,
          }),
        },
      ],
      { continued: t(`report:comparison.${kind}Title`) },
    );
  }

  for (const kind of ['closed', 'opened'] as const) {
    const actions: readonly ActionItem[] = changes[kind];
    w.heading(t(`report:comparison.${kind}Title`), actions.length === 0 ? 10 : 24);
    if (actions.length === 0) {
      w.paragraph(t(`report:comparison.${kind}None`), { color: COLOR.muted, after: 4 });
      continue;
    }
    drawTable(
      w,
      actions,
      [
        {
          id: 'action',
          header: t('report:actions.columns.action'),
          cell: (a) => t(actionTextKey(a)),
        },
        {
          id: 'priority',
          header: t('report:actions.columns.priority'),
          width: 20,
          cell: (a) => t(`report:priority.${a.priority}`),
        },
        {
          id: 'articles',
          header: t('report:actions.columns.articles'),
          width: 34,
          refs: true,
          cell: (a) => texts.cite(a.articles),
        },
      ],
      { continued: t(`report:comparison.${kind}Title`) },
    );
  }

  const groups = [
    ...new Set([
      ...model.itemVerdicts.map((g) => g.group),
      ...changes.items.map((c) => c.group),
      ...changes.uncomparedGroups,
    ]),
  ];
  for (const group of groups) {
    const items = changes.items.filter((c) => c.group === group);
    w.heading(t(`questions.${group}.label`), items.length === 0 ? 10 : 24);
    if (changes.uncomparedGroups.includes(group) || items.length === 0) {
      const text = changes.uncomparedGroups.includes(group) ? 'itemsUncompared' : 'itemsNone';
      w.paragraph(t(`report:comparison.${text}`), { color: COLOR.muted, after: 4 });
      continue;
    }
    const outcomes = (id: string, list: readonly string[]) =>
      list.map((o) => t(`determinations.${id}.outcomes.${o}.label`)).join(', ') || '–';
    drawTable(
      w,
      items,
      [
        {
          id: 'item',
          header: t(`questions.${group}.item`),
          width: 50,
          bold: true,
          cell: (c) => c.name ?? t(`questions.${group}.item`),
        },
        {
          id: 'change',
          header: t('report:comparison.itemChange'),
          cell: (c) =>
            c.change === 'added'
              ? { text: t('report:comparison.itemAdded'), color: COLOR.muted }
              : c.change === 'removed'
                ? { text: t('report:comparison.itemRemoved'), color: COLOR.muted }
                : c.verdicts
                    .map((v) =>
                      t('report:comparison.itemVerdict', {
                        verdict: t(`determinations.${v.determination}.title`),
                        before: outcomes(v.determination, v.before),
                        after: outcomes(v.determination, v.after),
                      }),
                    )
                    .join('\n'),
        },
      ],
      { continued: t(`questions.${group}.label`) },
    );
  }
};
