import type { ActionItem, Rag } from '../../report.types';

/**
 * The report's look in one place: the page, the font, the type sizes, the
 * spacing and the colours every part of the PDF draws with. Lengths are in
 * millimetres, type sizes in points.
 */

/** Red, green and blue, 0 to 255. */
export type Rgb = readonly [number, number, number];

/** A colour as the mutable tuple jsPDF and autotable want. */
export function rgb(color: Rgb): [number, number, number] {
  return [color[0], color[1], color[2]];
}

/** Embedded DejaVu Sans: the built-in fonts know only Windows-1252 (see `createDocument`). */
export const FONT = 'DejaVuSans';

/** Millimetres per point. */
export const PT = 25.4 / 72;

/** Line height of running text, as a multiple of the font size. */
export const LINE = 1.3;

/** A4 portrait and the margins of the text on it. */
export const PAGE = {
  width: 210,
  height: 297,
  left: 20,
  right: 190,
  top: 24,
  bottom: 274,
} as const;

/** The width of the text column. */
export const WIDTH = PAGE.right - PAGE.left;

/** Type sizes of the kit's own elements. */
export const SIZE = {
  body: 9,
  chapter: 17,
  heading: 11.5,
  table: 8,
  tableHead: 7.5,
  /** The "continued" line above a table that runs onto another page. */
  continued: 9,
} as const;

/** Vertical spacing of the kit's own elements. */
export const SPACE = {
  /** Below a paragraph unless it says otherwise. */
  paragraph: 2.5,
  /** Below a table. */
  table: 5,
  /** Kept below a heading on its page unless it says otherwise. */
  keep: 18,
} as const;

/** Padding inside a table cell. */
export const CELL_PADDING = { top: 1.6, bottom: 1.6, left: 1.8, right: 1.8 } as const;

export const COLOR = {
  ink: [33, 37, 41],
  muted: [92, 101, 110],
  faint: [140, 148, 156],
  rule: [210, 216, 222],
  panel: [243, 245, 247],
  track: [228, 232, 236],
  /** The app's own accent, when no deployer colour is given. */
  navy: [29, 78, 137],
  white: [255, 255, 255],
  red: [183, 50, 40],
  amber: [201, 128, 0],
  green: [46, 125, 50],
} as const satisfies Record<string, Rgb>;

/** A rating's colour, and grey for no rating. */
export const RAG_COLOR: Record<Rag | 'none', Rgb> = {
  red: COLOR.red,
  amber: COLOR.amber,
  green: COLOR.green,
  none: COLOR.faint,
};

export const PRIORITY_COLOR: Record<ActionItem['priority'], Rgb> = {
  high: COLOR.red,
  medium: COLOR.amber,
  low: COLOR.muted,
};

/** Soft hyphen: where a table header word may be broken. */
export const SHY = '\u00ad';
