import type { CriticalGapResult, OutOfScope } from '../../../engine/questionnaire/determinations';
import { COLOR, PAGE, WIDTH, type Rgb } from '../kit/pdf-styles';
import type { ReportTexts } from '../report-texts';
import type { ReportWriter } from './chapter';

/**
 * The two notices the executive summary can open with, each in a panel with a
 * coloured bar: the critical gaps, listed above the score with the rule that
 * caps the rating, or, for an organisation the GDPR does not reach, why it does
 * not and that the report therefore states no duties.
 */

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
function drawPanel(w: ReportWriter, blocks: readonly Block[], bar: Rgb): void {
  const indentOf = (b: Block) => TEXT_INDENT + (b.bullet || b.hanging ? BULLET_INDENT : 0);
  const widthOf = (b: Block) => WIDTH - indentOf(b) - TEXT_INDENT;
  const height =
    2 * PAD +
    blocks.reduce(
      (sum, b, i) =>
        sum +
        w.split(b.text, widthOf(b), b).length * w.lineHeight(b.size) +
        (i === blocks.length - 1 ? 0 : b.after),
      0,
    );
  w.panel(height, bar, (top) => {
    w.y = top + PAD;
    blocks.forEach((b, i) => {
      if (b.bullet) {
        w.doc.setFillColor(...b.bullet);
        w.doc.circle(PAGE.left + TEXT_INDENT + 1, w.y + b.size * 0.17, 0.7, 'F');
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
  });
}

/**
 * The critical gaps above the score: how many, the rule that keeps the rating
 * red while one is open, and for each gap the duty, why it cannot wait and the
 * articles it rests on (each linked to the law).
 */
export function drawCriticalGaps(
  w: ReportWriter,
  gaps: readonly CriticalGapResult[],
  texts: ReportTexts,
): void {
  if (gaps.length === 0) return;
  const { t } = texts;
  const bar = COLOR.red;
  drawPanel(
    w,
    [
      {
        text: t('report:summary.criticalGapsCount', { count: gaps.length }),
        size: 11,
        bold: true,
        color: bar,
        after: 1,
      },
      { text: t('report:summary.criticalGapsRule'), size: 8.5, color: COLOR.muted, after: 3 },
      ...gaps.flatMap((gap): Block[] => [
        { text: t(`criticalGaps.${gap.id}.label`), size: 9, bold: true, bullet: bar, after: 0.4 },
        { text: t(`criticalGaps.${gap.id}.detail`), size: 8.5, hanging: true, after: 0.4 },
        {
          text: texts.cite(gap.articles),
          size: 7.5,
          color: COLOR.muted,
          hanging: true,
          refs: true,
          after: 2.5,
        },
      ]),
    ],
    bar,
  );
}

/**
 * In place of the score: the GDPR probably does not reach the organisation, so
 * the report states no duties, with each reason of the exit that holds.
 */
export function drawOutOfScope(w: ReportWriter, scope: OutOfScope, { t }: ReportTexts): void {
  drawPanel(
    w,
    [
      { text: t('report:summary.outOfScope'), size: 10, bold: true, after: 2.5 },
      ...scope.reasons.map((reason): Block => ({
        text: t(`exits.${scope.exitId}.reasons.${reason}`),
        size: 8.5,
        bullet: w.accent,
        refs: true,
        after: 1.5,
      })),
    ],
    w.accent,
  );
}
