import type { ActionItem, ItemAction } from '../../report.types';
import { COLOR, SHY } from '../kit/pdf-styles';
import { cellText, drawTable, type TableColumn } from '../kit/pdf-table';
import { citation } from '../report-texts';
import { actionRuns, priorityCell } from './action-cells';
import type { DrawChapter, ReportWriter } from './chapter';

/** How narrow a column may be: as wide as its longest word, or its longest line when `whole`. */
interface Fit {
  readonly whole?: boolean;
  /** In mm, before padding. */
  readonly min?: number;
}

type PlanColumn = Omit<TableColumn<ActionItem>, 'width'> & { readonly fit?: Fit };

const SIZE = 7.5;
const PADDING = 1.3;

/**
 * The action plan: every action, critical ones marked and first, with its
 * priority, articles, fine tier, owner and due date, after the DPA guide's
 * address. Every column but the action's is as narrow as its words allow, in
 * either language; the action text gets the rest.
 */
export const drawActionPlan: DrawChapter = (w, { model, dpaUrl }, texts) => {
  const { t } = texts;
  w.chapter('actions', t('report:actions.title'));
  w.paragraph(t('report:actions.intro'), { color: COLOR.muted, after: 0.5 });
  w.appPage(dpaUrl, t('report:pages.dpa'), { after: 4 });
  if (model.actions.length === 0) {
    if (model.itemActions.length === 0) w.paragraph(t('report:actions.none'));
    drawItemActions(w, model.itemActions, texts);
    return;
  }
  const header = (column: string) => t(`report:actions.columns.${column}`);
  const investigate = t('report:actions.investigate');
  // Short values (number, priority, tier, date) stay on one line.
  const columns: PlanColumn[] = [
    { id: 'number', header: header('number'), fit: { whole: true }, cell: (_, i) => String(i + 1) },
    {
      id: 'priority',
      header: header('priority'),
      fit: { whole: true },
      cell: (a) => priorityCell(a, texts),
    },
    {
      id: 'action',
      header: header('action'),
      cell: (a) => ({
        runs: [
          ...actionRuns(a, texts),
          ...(a.investigate ? [{ text: investigate, color: COLOR.red }] : []),
        ],
      }),
    },
    {
      id: 'articles',
      header: header('articles'),
      refs: true,
      fit: { min: 17 },
      cell: (a) => citation(a.articles),
    },
    {
      id: 'tier',
      header: header('tier'),
      refs: true,
      fit: { whole: true },
      cell: (a) => citation([t(`report:tierShort.${a.fineTier}`)]),
    },
    {
      id: 'role',
      header: header('role'),
      fit: { min: 12 },
      cell: (a) => (a.ownerRole ? t(`report:ownerRole.${a.ownerRole}`) : ''),
    },
    { id: 'owner', header: header('owner'), fit: { min: 14 }, cell: (a) => a.ownerName ?? '' },
    {
      id: 'due',
      header: header('due'),
      fit: { whole: true, min: 12 },
      cell: (a) => (a.dueDate ? texts.isoDate(a.dueDate) : ''),
    },
  ];
  const widths = columns.map((column) =>
    column.fit ? fitWidth(w, column, column.fit, model.actions) : undefined,
  );
  drawTable(
    w,
    model.actions,
    columns.map(({ fit: _, ...column }, i) => ({
      ...column,
      width: widths[i],
      header: hyphenate(w, column.header, widths[i]),
    })),
    { fontSize: SIZE, cellPadding: { top: 1.6, bottom: 1.6, left: PADDING, right: PADDING } },
  );
  drawItemActions(w, model.itemActions, texts);
};

/** The gaps single items leave, a table per group with each item's actions together. */
function drawItemActions(
  w: ReportWriter,
  actions: readonly ItemAction[],
  texts: Parameters<DrawChapter>[2],
): void {
  const { t } = texts;
  for (const group of new Set(actions.map((a) => a.group))) {
    const title = t(`questions.${group}.actions`);
    const word = t(`questions.${group}.item`);
    const rows = actions.filter((a) => a.group === group);
    w.heading(title, 24);
    drawTable(
      w,
      rows,
      [
        {
          id: 'item',
          header: word,
          width: 34,
          bold: true,
          // The item's name on its first row only, so its actions read as one block.
          cell: (a, i) =>
            i > 0 && rows[i - 1]!.itemId === a.itemId ? '' : (a.name ?? `${word} ${a.position}`),
        },
        {
          id: 'action',
          header: t('report:actions.columns.action'),
          cell: (a) => {
            const key = `determinations.${a.determination}.outcomes.${a.outcome}`;
            return {
              runs: [
                { text: t(`${key}.action`) },
                {
                  text: `${t(`determinations.${a.determination}.title`)}: ${t(`${key}.label`)}`,
                  color: COLOR.muted,
                },
              ],
            };
          },
        },
        {
          id: 'priority',
          header: t('report:actions.columns.priority'),
          width: 17,
          cell: (a) => t(`report:priority.${a.priority}`),
        },
        {
          id: 'articles',
          header: t('report:actions.columns.articles'),
          width: 30,
          refs: true,
          cell: (a) => citation([...a.articles, t(`report:tierShort.${a.fineTier}`)]),
        },
      ],
      { continued: title, fontSize: SIZE },
    );
  }
}

function textWidth(w: ReportWriter, value: string, bold: boolean): number {
  w.style({ size: SIZE, bold });
  return w.doc.getTextWidth(value);
}

/**
 * A header's words and the parts a soft hyphen (U+00AD) splits them into, as in
 * "Boete­categorie": the column need only be as wide as the widest part.
 */
function headerParts(value: string): string[] {
  return value
    .split(/\s+/)
    .flatMap((word) =>
      word.split(SHY).map((part, i, all) => (i < all.length - 1 ? `${part}-` : part)),
    );
}

/** The narrowest width of a column that breaks no word of its header or cells. */
function fitWidth(
  w: ReportWriter,
  column: PlanColumn,
  { whole = false, min = 0 }: Fit,
  actions: readonly ActionItem[],
): number {
  const cells = actions.map((action, i) => column.cell(action, i));
  const parts = cells.flatMap((cell) => {
    const bold = typeof cell === 'object' && cell.bold === true;
    const text = cellText(cell);
    return (whole ? text.split('\n') : text.split(/[\s,]+/)).map((part) => ({ part, bold }));
  });
  const widths = [
    ...headerParts(column.header).map((part) => textWidth(w, part, true)),
    ...parts.map(({ part, bold }) => textWidth(w, part, bold)),
  ];
  return Math.max(min, ...widths) + 2 * PADDING + 0.6;
}

/** A header with a word broken at its soft hyphen only where it does not fit the column. */
function hyphenate(w: ReportWriter, label: string, width: number | undefined): string {
  const room = (width ?? Infinity) - 2 * PADDING;
  return label
    .split(' ')
    .map((word) => {
      const whole = word.replaceAll(SHY, '');
      return textWidth(w, whole, true) > room
        ? word.replace(SHY, '-\n').replaceAll(SHY, '')
        : whole;
    })
    .join(' ');
}
