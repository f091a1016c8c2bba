import { plannedPhases, type PlannedAction } from '../../planned-actions';
import type { ItemAction } from '../../report.types';
import { COLOR, SHY } from '../kit/pdf-styles';
import {
  cellText,
  drawTable,
  type CellRun,
  type TableCell,
  type TableColumn,
} from '../kit/pdf-table';
import type { ReportTexts } from '../report-texts';
import { actionFacts, actionOwner } from '../../report-content';
import { conflictSentences } from '../../conflict-text';
import { actionRuns, priorityCell } from './action-cells';
import type { DrawChapter, ReportWriter } from './chapter';

/** How narrow a column may be: as wide as its longest word, or its longest line when `whole`. */
interface Fit {
  readonly whole?: boolean;
  /** In mm, before padding. */
  readonly min?: number;
}

type PlanColumn = Omit<TableColumn<PlannedAction>, 'width'> & { readonly fit?: Fit };

const SIZE = 7.5;
const PADDING = 1.3;

/**
 * The action plan: every action (a question's or an item's) in its phase, now, within 3 months
 * or later (see `first-steps.ts`), numbered through, the first steps first, after the DPA
 * guide's address. Four columns, so that the action's text gets most of the width: number,
 * priority, the action with its articles, fine tier and effort on a line below it, and who does
 * it by when (the owner and due date, or the suggested role, with room to write in a workshop).
 * The number and priority columns are as narrow as their words allow, in either language, and
 * the same in every phase.
 */
export const drawActionPlan: DrawChapter = (w, { model, dpaUrl }, texts) => {
  const { t } = texts;
  w.chapter('actions', t('report:actions.title'));
  w.paragraph(t('report:actions.intro'), { color: COLOR.muted, after: 0.5 });
  w.appPage(dpaUrl, t('report:pages.dpa'), { after: 4 });
  const phases = plannedPhases(model);
  if (phases.length === 0) {
    w.paragraph(t('report:actions.none'));
    return;
  }
  const header = (column: string) => t(`report:actions.columns.${column}`);
  const investigate = t('report:actions.investigate');
  const all = phases.flatMap((p) => p.actions);
  const numbers = new Map(all.map((p, i) => [p.key, i + 1]));
  // Short values (number, priority, tier, date) stay on one line.
  const columns: PlanColumn[] = [
    {
      id: 'number',
      header: header('number'),
      fit: { whole: true },
      cell: (p) => String(numbers.get(p.key)),
    },
    {
      id: 'priority',
      header: header('priority'),
      fit: { whole: true },
      cell: (p) => priorityCell(p.action, texts),
    },
    {
      id: 'action',
      header: header('action'),
      refs: true,
      cell: (p) => ({
        runs: [
          ...actionRuns(p, texts),
          ...(p.kind === 'question'
            ? conflictSentences(
                p.action,
                (key, values) => t(`report:${key}`, values),
                (id) => t(`questions.${id}.label`),
                (id, option) => texts.option(id, option),
                (group) => t(`questions.${group}.item`),
              ).map((text) => ({ text, color: COLOR.red }))
            : []),
          ...(p.kind === 'question' && p.action.investigate && !p.action.conflict
            ? [{ text: investigate, color: COLOR.red }]
            : []),
          { text: actionFacts(p, texts), color: COLOR.muted },
        ],
      }),
    },
    {
      id: 'owner',
      header: header('ownerDue'),
      fit: { min: 30 },
      cell: (p) => ownerCell(p, texts),
    },
  ];
  const widths = columns.map((column) =>
    column.fit ? fitWidth(w, column, column.fit, all) : undefined,
  );
  for (const { phase, actions } of phases) {
    const title = t(`report:plan.phaseTitle.${phase}`);
    // Room for the heading, its line and the table's header with a first row.
    w.heading(title, 45);
    w.paragraph(t(`report:plan.phaseIntro.${phase}`), { color: COLOR.muted, after: 1.5 });
    drawTable(
      w,
      actions,
      columns.map(({ fit: _, ...column }, i) => ({
        ...column,
        width: widths[i],
        header: hyphenate(w, column.header, widths[i]),
      })),
      {
        continued: title,
        fontSize: SIZE,
        cellPadding: { top: 1.6, bottom: 1.6, left: PADDING, right: PADDING },
      },
    );
  }
  // Each item's actions once more together, for whoever runs that item.
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
          cell: (a) => texts.cite([...a.articles, t(`report:tierShort.${a.fineTier}`)]),
        },
      ],
      { continued: title, fontSize: SIZE },
    );
  }
}

/** The owner and due date agreed, then the role this check suggests, in a quieter colour. */
function ownerCell(planned: PlannedAction, texts: ReportTexts): TableCell {
  const { owner, due, suggested } = actionOwner(planned, texts);
  const runs: CellRun[] = [
    ...(owner ? [{ text: owner, bold: true }] : []),
    ...(due ? [{ text: due }] : []),
    ...(suggested ? [{ text: suggested, color: COLOR.muted }] : []),
  ];
  return runs.length === 0 ? '' : { runs };
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
  actions: readonly PlannedAction[],
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
