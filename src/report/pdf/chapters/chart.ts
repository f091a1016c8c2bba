import type { SectionScore } from '../../report.types';
import { RAG_THRESHOLDS } from '../../scoring-rules';
import { READY_FROM } from '../../readiness-labels';
import { COLOR, PAGE, RAG_COLOR, WIDTH, type Rgb } from '../kit/pdf-styles';
import type { DrawChapter } from './chapter';

/**
 * A bar per section with its score in its rating's colour, on a 0–100 scale
 * with the red/amber/green thresholds dashed, and a legend below.
 */
export const drawChart: DrawChapter = (w, { model, numbers }, texts) => {
  const { doc } = w;
  const { t } = texts;
  w.chapter('chart', t('report:chart.title'));
  w.paragraph(t('report:chart.intro'), { color: COLOR.muted, after: 5 });

  const { sections } = model;
  const labelWidth = 66;
  const barX = PAGE.left + labelWidth + 3;
  const barWidth = WIDTH - labelWidth - 3 - 12;
  const rowHeight = 8.6;
  const barHeight = 4.4;
  const top = w.y + 6;
  const bottom = top + sections.length * rowHeight;

  // The scale, with the red/amber/green thresholds dashed
  w.style({ size: 7, color: COLOR.muted });
  const thresholds = new Set<number>([RAG_THRESHOLDS.amber, RAG_THRESHOLDS.green]);
  const ticks = [...new Set([0, 25, 50, 75, 100, ...thresholds])].sort((a, b) => a - b);
  for (const tick of ticks) {
    const x = barX + (barWidth * tick) / 100;
    const threshold = thresholds.has(tick);
    const lineColor: Rgb = threshold ? COLOR.faint : COLOR.rule;
    doc.setDrawColor(...lineColor);
    doc.setLineWidth(threshold ? 0.3 : 0.15);
    if (threshold) doc.setLineDashPattern([1, 1], 0);
    doc.line(x, top - 1.5, x, bottom);
    doc.setLineDashPattern([], 0);
    if (threshold || tick === 0 || tick === 100)
      doc.text(String(tick), x, top - 2.5, { align: 'center' });
  }

  sections.forEach((section: SectionScore, i) => {
    const middle = top + i * rowHeight + rowHeight / 2;
    const lines = w
      .split(texts.section(section.sectionId, numbers.get(section.sectionId)), labelWidth, {
        size: 8.5,
      })
      .slice(0, 2);
    const lh = w.lineHeight(8.5);
    w.style({ size: 8.5, color: section.shown ? COLOR.ink : COLOR.faint });
    lines.forEach((line, j) =>
      doc.text(line, PAGE.left, middle - ((lines.length - 1) * lh) / 2 + j * lh + 1.1),
    );

    if (!section.shown || section.score === null) {
      w.style({ size: 7.5, color: COLOR.faint });
      doc.text(
        t(section.shown ? 'report:chart.notScored' : 'report:chart.skipped'),
        barX + 2,
        middle + 1,
      );
      return;
    }
    const color = RAG_COLOR[section.rag ?? 'none'];
    doc.setFillColor(...COLOR.track);
    doc.rect(barX, middle - barHeight / 2, barWidth, barHeight, 'F');
    doc.setFillColor(...color);
    doc.rect(
      barX,
      middle - barHeight / 2,
      Math.max(0.6, (barWidth * section.score) / 100),
      barHeight,
      'F',
    );
    w.style({ size: 8.5, bold: true, color });
    doc.text(String(section.score), PAGE.right, middle + 1.1, { align: 'right' });
  });

  let x = PAGE.left;
  const y = bottom + 7;
  const legend: [Rgb, string][] = [
    [COLOR.red, t('report:chart.legendRed', { amber: RAG_THRESHOLDS.amber })],
    [
      COLOR.amber,
      t('report:chart.legendAmber', {
        amber: RAG_THRESHOLDS.amber,
        below: RAG_THRESHOLDS.green - 1,
      }),
    ],
    [
      COLOR.green,
      t('report:chart.legendGreen', { green: RAG_THRESHOLDS.green, ready: READY_FROM }),
    ],
  ];
  for (const [color, label] of legend) {
    doc.setFillColor(...color);
    doc.rect(x, y - 2.8, 3.5, 3.5, 'F');
    w.style({ size: 7.5, color: COLOR.muted });
    doc.text(label, x + 5, y);
    x += 5 + doc.getTextWidth(label) + 8;
  }
  w.y = y + 6;
  if (sections.some((s) => s.criticalGaps > 0))
    w.paragraph(t('report:chart.legendCritical'), { size: 7.5, color: COLOR.muted, after: 0 });
};
