import { COLOR, PAGE, PRIORITY_COLOR, RAG_COLOR, WIDTH } from '../kit/pdf-styles';
import { findingLabel, findingMeta } from '../../report-content';
import type { DrawChapter } from './chapter';

/**
 * The findings per section shown: its title beside its score and rating, then
 * each gap with a dot in its priority's colour, the answer given, the articles
 * and the priority; then the sections that were skipped.
 */
export const drawFindings: DrawChapter = (w, { model, numbers }, texts) => {
  const { doc } = w;
  const { t } = texts;
  w.chapter('findings', t('report:findings.title'));
  w.paragraph(t('report:findings.intro'), { color: COLOR.muted, after: 4 });

  for (const section of model.sections.filter((s) => s.shown)) {
    const gaps = model.actions.filter((a) => a.sectionId === section.sectionId);
    const color = RAG_COLOR[section.rag ?? 'none'];
    const titleLines = w.split(
      texts.section(section.sectionId, numbers.get(section.sectionId)),
      WIDTH - 62,
      { size: 10.5, bold: true },
    );
    const titleHeight = Math.max(titleLines.length * w.lineHeight(10.5), 7.5);
    const items = gaps.map((action) => {
      const label = findingLabel(action, texts);
      const meta = findingMeta(action, texts);
      const height =
        w.split(label, WIDTH - 8, { size: 8.5 }).length * w.lineHeight(8.5) +
        w.split(meta, WIDTH - 8, { size: 7.5 }).length * w.lineHeight(7.5) +
        2.2;
      return { action, label, meta, height };
    });
    // Keep the section's title with its first finding.
    w.ensure(2 + titleHeight + 2 + (items[0]?.height ?? 8));
    w.y += 2;
    const top = w.y;
    doc.setFillColor(...color);
    doc.rect(PAGE.left, top, 1.2, titleHeight, 'F');
    w.style({ size: 10.5, bold: true });
    titleLines.forEach((line, i) =>
      doc.text(line, PAGE.left + 3.5, top + 3.7 + i * w.lineHeight(10.5)),
    );
    if (section.score !== null) {
      w.style({ size: 8, bold: true, color });
      doc.text(
        `${t('report:findings.score', { score: section.score })} · ${texts.readiness(section.readiness)}`,
        PAGE.right,
        top + 3.5,
        { align: 'right' },
      );
      w.style({ size: 7.5, color: COLOR.muted });
      doc.text(t('report:findings.gaps', { count: section.gaps }), PAGE.right, top + 7, {
        align: 'right',
      });
    }
    w.y = top + titleHeight + 2;

    if (items.length === 0) {
      w.paragraph(
        t(section.score === null ? 'report:findings.notScored' : 'report:findings.noGaps'),
        { color: COLOR.muted, indent: 3.5, size: 8.5 },
      );
      continue;
    }
    for (const item of items) {
      w.ensure(item.height);
      doc.setFillColor(...PRIORITY_COLOR[item.action.priority]);
      doc.circle(PAGE.left + 5, w.y + 1.9, 0.8, 'F');
      w.paragraph(item.label, { indent: 8, size: 8.5, after: 0.2 });
      w.paragraph(item.meta, { indent: 8, size: 7.5, color: COLOR.muted, after: 2, refs: true });
    }
  }

  const skipped = model.sections.filter((s) => !s.shown);
  if (skipped.length === 0) return;
  w.heading(t('report:findings.skippedTitle'));
  w.paragraph(t('report:findings.skippedIntro'), { color: COLOR.muted, after: 1.5 });
  for (const s of skipped)
    w.paragraph(texts.section(s.sectionId, numbers.get(s.sectionId)), { indent: 3.5, after: 0.8 });
};
