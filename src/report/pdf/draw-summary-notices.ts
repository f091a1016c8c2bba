import type { CriticalGapResult, OutOfScope } from '../../engine/questionnaire/determinations';
import { citation, type Translate } from './report-texts';

/**
 * The two notices the executive summary can open with, each in a panel with a
 * coloured bar: the critical gaps, listed above the score with the rule that
 * caps the rating, or, for an organisation the GDPR does not reach, why it does
 * not and that the report therefore states no duties.
 *
 * Kept apart from render-pdf.ts, which hands in its page writer and colours:
 * this file sees only the few drawing calls it uses, so it needs no jsPDF.
 */

type Rgb = readonly [number, number, number];

/** The part of render-pdf's page writer (and of jsPDF under it) the notices draw with. */
export interface NoticeWriter {
  y: number;
  readonly doc: {
    setFillColor(r: number, g: number, b: number): unknown;
    rect(x: number, y: number, width: number, height: number, style?: string): unknown;
    circle(x: number, y: number, radius: number, style?: string): unknown;
  };
  split(text: string, width: number, style?: { size?: number; bold?: boolean }): string[];
  lineHeight(size: number): number;
  ensure(height: number): void;
  paragraph(
    text: string,
    style?: {
      size?: number;
      bold?: boolean;
      color?: Rgb;
      indent?: number;
      width?: number;
      after?: number;
      refs?: boolean;
    },
  ): void;
}

export interface NoticeOptions {
  /**
   * Resolves `report:summary.*` and the questionnaire's `criticalGaps.<id>.label`,
   * `.detail` and `exits.<id>.reasons.<reason>`.
   */
  readonly t: Translate;
  readonly colors: {
    /** The bar and bullets: red for critical gaps, the accent for the scope. */
    readonly bar: Rgb;
    readonly panel: Rgb;
    readonly muted: Rgb;
  };
  /** Page geometry in mm. */
  readonly page: { readonly left: number; readonly width: number };
}

/** One paragraph of a panel; `bullet` puts a dot of that colour before it. */
interface Block {
  readonly text: string;
  readonly size: number;
  readonly bold?: boolean;
  readonly color?: Rgb;
  readonly bullet?: Rgb;
  /** Under a bulleted paragraph, aligned with its text. */
  readonly hanging?: boolean;
  readonly refs?: boolean;
  /** Space after, in mm. */
  readonly after: number;
}

const PAD = 3.5;
const TEXT_INDENT = 5;
const BULLET_INDENT = 3.5;

/** Blocks measured, a panel drawn behind them, then the blocks written into it. */
function drawPanel(w: NoticeWriter, blocks: readonly Block[], options: NoticeOptions): void {
  const { page, colors } = options;
  const indentOf = (b: Block) => TEXT_INDENT + (b.bullet || b.hanging ? BULLET_INDENT : 0);
  const widthOf = (b: Block) => page.width - indentOf(b) - TEXT_INDENT;
  const height =
    2 * PAD +
    blocks.reduce(
      (sum, b, i) =>
        sum +
        w.split(b.text, widthOf(b), b).length * w.lineHeight(b.size) +
        (i === blocks.length - 1 ? 0 : b.after),
      0,
    );
  w.ensure(height + 6);
  const top = w.y;
  w.doc.setFillColor(...colors.panel);
  w.doc.rect(page.left, top, page.width, height, 'F');
  w.doc.setFillColor(...colors.bar);
  w.doc.rect(page.left, top, 1.2, height, 'F');
  w.y = top + PAD;
  blocks.forEach((b, i) => {
    if (b.bullet) {
      w.doc.setFillColor(...b.bullet);
      w.doc.circle(page.left + TEXT_INDENT + 1, w.y + b.size * 0.17, 0.7, 'F');
    }
    w.paragraph(b.text, {
      size: b.size,
      bold: b.bold,
      color: b.color,
      indent: indentOf(b),
      width: widthOf(b),
      refs: b.refs,
      after: i === blocks.length - 1 ? 0 : b.after,
    });
  });
  w.y = top + height + 6;
}

/**
 * The critical gaps above the score: how many, the rule that keeps the rating
 * red while one is open, and for each gap the duty, why it cannot wait and the
 * articles it rests on (each linked to the law).
 */
export function drawCriticalGaps(
  w: NoticeWriter,
  gaps: readonly CriticalGapResult[],
  options: NoticeOptions,
): void {
  if (gaps.length === 0) return;
  const { t, colors } = options;
  drawPanel(
    w,
    [
      {
        text: t('report:summary.criticalGapsCount', { count: gaps.length }),
        size: 11,
        bold: true,
        color: colors.bar,
        after: 1,
      },
      { text: t('report:summary.criticalGapsRule'), size: 8.5, color: colors.muted, after: 3 },
      ...gaps.flatMap((gap): Block[] => [
        {
          text: t(`criticalGaps.${gap.id}.label`),
          size: 9,
          bold: true,
          bullet: colors.bar,
          after: 0.4,
        },
        { text: t(`criticalGaps.${gap.id}.detail`), size: 8.5, hanging: true, after: 0.4 },
        {
          text: citation(gap.articles),
          size: 7.5,
          color: colors.muted,
          hanging: true,
          refs: true,
          after: 2.5,
        },
      ]),
    ],
    options,
  );
}

/**
 * In place of the score: the GDPR probably does not reach the organisation, so
 * the report states no duties, with each reason of the exit that holds.
 */
export function drawOutOfScope(w: NoticeWriter, scope: OutOfScope, options: NoticeOptions): void {
  const { t, colors } = options;
  drawPanel(
    w,
    [
      { text: t('report:summary.outOfScope'), size: 10, bold: true, after: 2.5 },
      ...scope.reasons.map((reason): Block => ({
        text: t(`exits.${scope.exitId}.reasons.${reason}`),
        size: 8.5,
        bullet: colors.bar,
        refs: true,
        after: 1.5,
      })),
    ],
    options,
  );
}
