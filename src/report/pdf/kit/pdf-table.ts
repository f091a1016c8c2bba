import { autoTable, type CellHookData, type CellInput, type Styles } from 'jspdf-autotable';
import { CELL_PADDING, COLOR, FONT, PAGE, SIZE, SPACE, rgb, type Rgb } from './pdf-styles';
import type { PdfWriter } from './pdf-writer';

/**
 * Tables in the report's style, drawn with jspdf-autotable. A table is a list
 * of rows and a list of column specs; each spec says what its header is, how
 * wide and how aligned it is, and how to make its cell from a row, so no
 * drawing code refers to a column by its position.
 */

/**
 * One paragraph of a cell drawn in a style of its own. The cell's lines are
 * broken as the table broke them, in the cell's own font, so a run may be
 * lighter than the cell's style but only heavier when it is a short word.
 */
export interface CellRun {
  readonly text: string;
  readonly color?: Rgb;
  readonly bold?: boolean;
}

/** The last paragraph of a cell, drawn in a quieter colour. */
export interface CellNote {
  readonly text: string;
  readonly color: Rgb;
}

/** A cell with a style of its own; its paragraphs are `text`, then `note` (or only `runs`). */
export interface StyledCell {
  readonly text?: string;
  readonly color?: Rgb;
  readonly bold?: boolean;
  readonly note?: CellNote;
  /** Every paragraph of the cell in its own colour and weight, in place of `text` and `note`. */
  readonly runs?: readonly CellRun[];
}

export type TableCell = string | StyledCell;

export interface TableColumn<Row> {
  /** Names the column in the code that builds the table; never printed. */
  readonly id: string;
  readonly header: string;
  /** In mm; a column without one takes the room the others leave. */
  readonly width?: number;
  /** Of the body cells. */
  readonly align?: 'right';
  readonly headerAlign?: 'right';
  /** The body cells in bold. */
  readonly bold?: boolean;
  /** Links every legal reference in the column to the law. */
  readonly refs?: boolean;
  readonly cell: (row: Row, index: number) => TableCell;
}

export interface TableOptions {
  /** Shown above the table on each page it continues on. */
  readonly continued?: string;
  /** Of the body cells; the header keeps its own size. */
  readonly fontSize?: number;
  readonly cellPadding?: { top: number; bottom: number; left: number; right: number };
}

/** The text of a cell as the table lays it out: its paragraphs, one per line. */
export function cellText(cell: TableCell): string {
  if (typeof cell === 'string') return cell;
  if (cell.runs) return cell.runs.map((run) => run.text).join('\n');
  return [cell.text, cell.note?.text].filter((part) => part !== undefined).join('\n');
}

function cellInput(cell: TableCell): CellInput {
  if (typeof cell === 'string') return cell;
  const styles: Partial<Styles> = {};
  if (cell.color) styles.textColor = rgb(cell.color);
  if (cell.bold !== undefined) styles.fontStyle = cell.bold ? 'bold' : 'normal';
  return Object.keys(styles).length === 0 ? cellText(cell) : { content: cellText(cell), styles };
}

function columnStyles<Row>(column: TableColumn<Row>): Partial<Styles> {
  return {
    ...(column.width !== undefined && { cellWidth: column.width }),
    ...(column.bold && { fontStyle: 'bold' as const }),
    ...(column.align && { halign: column.align }),
  };
}

/** Draws a table at the cursor, continuing over pages as needed; the cursor moves below it. */
export function drawTable<Row>(
  w: PdfWriter,
  rows: readonly Row[],
  columns: readonly TableColumn<Row>[],
  { continued, fontSize, cellPadding }: TableOptions = {},
): void {
  const doc = w.doc;
  const k = doc.internal.scaleFactor;
  const lineHeight = (size: number) => (size / k) * doc.getLineHeightFactor();
  const grid = rows.map((row, i) => columns.map((column) => column.cell(row, i)));
  const bodyCell = (data: CellHookData): StyledCell | undefined => {
    if (data.section !== 'body') return undefined;
    const cell = grid[data.row.index]?.[data.column.index];
    return typeof cell === 'object' ? cell : undefined;
  };
  // The lines of note and run cells as autotable broke them, by cell.
  const noteLines = new Map<StyledCell, string[]>();
  const runLines = new Map<StyledCell, { line: string; run: CellRun }[]>();
  autoTable(doc, {
    startY: w.y,
    margin: {
      left: PAGE.left,
      right: PAGE.width - PAGE.right,
      top: continued === undefined ? PAGE.top : PAGE.top + 7,
      bottom: PAGE.height - PAGE.bottom,
    },
    willDrawPage: (data) => {
      if (continued === undefined || data.pageNumber === 1) return;
      w.style({ size: SIZE.continued, bold: true, color: COLOR.muted });
      doc.text(continued, PAGE.left, PAGE.top + 3.5);
    },
    theme: 'plain',
    rowPageBreak: 'avoid',
    head: [
      columns.map((column) =>
        column.headerAlign
          ? { content: column.header, styles: { halign: column.headerAlign } }
          : column.header,
      ),
    ],
    body: grid.map((cells) => cells.map(cellInput)),
    columnStyles: Object.fromEntries(
      columns.flatMap((column, index) => {
        const styles = columnStyles(column);
        return Object.keys(styles).length === 0 ? [] : [[index, styles]];
      }),
    ),
    styles: {
      font: FONT,
      fontSize: fontSize ?? SIZE.table,
      textColor: rgb(COLOR.ink),
      cellPadding: cellPadding ?? CELL_PADDING,
      valign: 'top',
      lineColor: rgb(COLOR.rule),
      lineWidth: { bottom: 0.2 },
      overflow: 'linebreak',
    },
    headStyles: {
      fontStyle: 'bold',
      textColor: rgb(COLOR.muted),
      fontSize: SIZE.tableHead,
      fillColor: rgb(COLOR.panel),
      lineWidth: { bottom: 0.35 },
      lineColor: rgb(COLOR.faint),
    },
    willDrawCell: (data) => {
      const cell = bodyCell(data);
      if (!cell?.runs && !cell?.note) return;
      // Broken as autotable broke the cell (its font is set), then drawn line by line.
      const width = data.cell.width - data.cell.padding('horizontal') + 1 / k;
      const split = (text: string) => doc.splitTextToSize(text, width) as string[];
      if (cell.runs) {
        runLines.set(
          cell,
          cell.runs.flatMap((run) => split(run.text).map((line) => ({ line, run }))),
        );
        data.cell.text = [];
        return;
      }
      if (!cell.note) return;
      // The note's lines are the cell's last ones.
      const lines = split(cell.note.text);
      data.cell.text = data.cell.text.slice(0, Math.max(0, data.cell.text.length - lines.length));
      noteLines.set(cell, lines);
    },
    didDrawCell: (data) => {
      if (data.section !== 'body') return;
      const cell = data.cell;
      const size = cell.styles.fontSize;
      const pos = cell.getTextPos();
      const linked = columns[data.column.index]?.refs ?? false;
      const lineTop = (i: number) => pos.y + i * lineHeight(size);
      const link = (line: string, i: number) => {
        if (linked) w.linkRefs(line, pos.x, lineTop(i), lineHeight(size));
      };
      cell.text.forEach(link);
      const styled = bodyCell(data);
      const runs = styled && runLines.get(styled);
      if (runs) {
        const weight = cell.styles.fontStyle === 'bold' ? 'bold' : 'normal';
        const ink = cell.styles.textColor;
        runs.forEach(({ line, run }, i) => {
          doc.setFont(FONT, run.bold === undefined ? weight : run.bold ? 'bold' : 'normal');
          if (run.color) doc.setTextColor(...run.color);
          else if (Array.isArray(ink)) doc.setTextColor(ink[0], ink[1], ink[2]);
          doc.text(line, pos.x, lineTop(i) + (size / k) * 0.85);
          link(line, i);
        });
        return;
      }
      const note = styled?.note;
      const lines = styled && noteLines.get(styled);
      if (!note || !lines) return;
      doc.setFont(FONT, 'normal');
      doc.setTextColor(...note.color);
      lines.forEach((line, j) => {
        const i = cell.text.length + j;
        doc.text(line, pos.x, lineTop(i) + (size / k) * 0.85);
        link(line, i);
      });
    },
  });
  const last = (doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable;
  w.y = (last?.finalY ?? w.y) + SPACE.table;
}
