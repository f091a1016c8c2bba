import { COLOR, PAGE, RAG_COLOR, SHY, WIDTH, type Rgb } from '../kit/pdf-styles';
import { drawTable, type CellRun } from '../kit/pdf-table';
import type { ReportTexts } from '../report-texts';
import { plannedActions } from '../../planned-actions';
import { ceilingFigure } from '../../report-content';
import type { ReportModel } from '../../report.types';
import type { DeterminationResult } from '../../../engine/questionnaire/determinations';
import { actionRuns, priorityCell } from './action-cells';
import type { DrawChapter, ReportWriter } from './chapter';
import { drawCriticalGaps, drawOutOfScope } from './summary-notices';

/** A compact table: smaller type and tighter rows than the default. */
const COMPACT = {
  fontSize: 7.8,
  cellPadding: { top: 1.3, bottom: 1.3, left: 1.8, right: 1.8 },
} as const;

/**
 * The executive summary: the critical gaps above the score (or, out of scope,
 * why the GDPR does not reach the organisation), three key-figure cards, the
 * first steps of the plan with a pointer to the action plan's page, and the
 * determinations with the reasons that hold.
 */
export const drawSummary: DrawChapter = (w, report, texts) => {
  const { model } = report;
  const { t } = texts;
  w.chapter('summary', t('report:summary.title'));
  if (model.outOfScope) {
    drawOutOfScope(w, model.outOfScope, texts);
  } else {
    drawCriticalGaps(w, model.criticalGaps, texts);
    drawSummaryCards(w, report, texts);
    drawFirstSteps(w, model, texts);
  }

  // Each outcome in bold, with the reasons that hold under it in a quieter colour.
  const outcomeRuns = (d: DeterminationResult) =>
    d.outcomes.flatMap((o): CellRun[] => [
      { text: t(`determinations.${d.id}.outcomes.${o.id}.label`) },
      ...o.reasons.map((r) => ({
        text: `– ${t(`determinations.${d.id}.outcomes.${o.id}.reasons.${r}`)}`,
        color: COLOR.muted,
        bold: false,
      })),
    ]);
  w.heading(t('report:summary.determinations'), 30);
  drawTable(
    w,
    model.determinations,
    [
      {
        id: 'determination',
        header: t('report:summary.determinationColumn'),
        width: 50,
        bold: true,
        cell: (d) => t(`determinations.${d.id}.title`),
      },
      {
        id: 'outcome',
        header: t('report:summary.outcomeColumn'),
        bold: true,
        cell: (d) => ({ runs: outcomeRuns(d) }),
      },
      {
        id: 'basis',
        header: t('report:summary.basisColumn'),
        width: 34,
        refs: true,
        cell: (d) => texts.cite([...new Set(d.outcomes.flatMap((o) => o.articles))]),
      },
    ],
    COMPACT,
  );
};

/**
 * The first steps of the plan (see `first-steps.ts`), with a pointer to the action plan's
 * page, which is known only once it is drawn.
 */
function drawFirstSteps(w: ReportWriter, model: ReportModel, texts: ReportTexts): void {
  const { t } = texts;
  const count = model.actions.length + model.itemActions.length;
  w.heading(t('report:summary.topActions'), 30);
  if (count === 0) {
    w.paragraph(t('report:summary.noActions'), { color: COLOR.muted });
    return;
  }
  drawTable(
    w,
    plannedActions(model, model.plan.firstSteps),
    [
      {
        id: 'number',
        header: t('report:actions.columns.number'),
        width: 7,
        cell: (_, i) => String(i + 1),
      },
      {
        id: 'priority',
        header: t('report:actions.columns.priority'),
        width: 18,
        cell: (p) => priorityCell(p.action, texts),
      },
      {
        id: 'action',
        header: t('report:actions.columns.action'),
        cell: (p) => ({ runs: actionRuns(p, texts) }),
      },
      {
        id: 'articles',
        header: t('report:actions.columns.articles'),
        width: 30,
        refs: true,
        cell: (p) => texts.cite(p.action.articles),
      },
      {
        id: 'effort',
        header: t('report:actions.columns.effort').replaceAll(SHY, ''),
        width: 20,
        cell: (p) => t(`report:effortShort.${p.action.effort}`),
      },
    ],
    COMPACT,
  );
  const page = w.page();
  const y = w.y - 1.5;
  w.later(() => {
    const plan = w.pageOf('actions') ?? page;
    w.doc.setPage(page);
    w.style({ size: 8, color: COLOR.muted });
    const line = t('report:summary.topActionsMore', { count, page: plan });
    w.doc.text(line, PAGE.left, y);
    w.doc.link(PAGE.left, y - 3, w.doc.getTextWidth(line), 4, { pageNumber: plan });
  });
  w.y += 4;
}

/** The overall score and rating, the number of actions, and the fine ceiling, side by side. */
const drawSummaryCards: DrawChapter = (w, { model }, texts) => {
  const { doc } = w;
  const { t } = texts;
  const gap = 4;
  const cardWidth = (WIDTH - 2 * gap) / 3;
  // Red while a critical gap is open: the score card says so under the rating.
  const capped =
    model.overall.criticalGaps > 0 && model.overall.score !== null
      ? w.split(
          t('report:summary.ratingCapped', {
            score: model.overall.score,
            count: model.overall.criticalGaps,
          }),
          cardWidth - 8,
          { size: 7.5 },
        )
      : [];
  const height = 34 + (capped.length > 0 ? 1 + capped.length * w.lineHeight(7.5) : 0);
  const top = w.y;
  const [scoreX, actionsX, fineX] = [0, 1, 2].map((i) => PAGE.left + i * (cardWidth + gap)) as [
    number,
    number,
    number,
  ];
  for (const x of [scoreX, actionsX, fineX]) {
    doc.setFillColor(...COLOR.panel);
    doc.rect(x, top, cardWidth, height, 'F');
  }
  const label = (x: number, value: string) => {
    w.style({ size: 8, bold: true, color: COLOR.muted });
    doc.text(value.toUpperCase(), x + 4, top + 6);
  };

  // Overall score and its colour
  const rag = model.overall.rag;
  label(scoreX, t('report:summary.overall'));
  if (model.overall.score === null) {
    w.style({ size: 14, bold: true, color: COLOR.muted });
    doc.text(t('report:summary.noScore'), scoreX + 4, top + 18);
  } else {
    const score = String(model.overall.score);
    w.style({ size: 26, bold: true, color: RAG_COLOR[rag ?? 'none'] });
    doc.text(score, scoreX + 4, top + 19);
    const scoreWidth = doc.getTextWidth(score);
    w.style({ size: 8.5, color: COLOR.muted });
    doc.text(t('report:summary.outOf'), scoreX + 6 + scoreWidth, top + 19);
  }
  if (rag !== null)
    drawChip(w, texts.readiness(model.overall.readiness), RAG_COLOR[rag], scoreX + 4, top + 24);
  w.style({ size: 7.5, color: COLOR.muted });
  capped.forEach((line, i) => doc.text(line, scoreX + 4, top + 33 + i * w.lineHeight(7.5)));

  // Number of actions
  label(actionsX, t('report:summary.gaps'));
  w.style({ size: 16, bold: true });
  doc.text(t('report:summary.gapsValue', { count: model.actions.length }), actionsX + 4, top + 17);
  const high = model.actions.filter((a) => a.priority === 'high').length;
  w.style({ size: 8.5, color: high > 0 ? COLOR.red : COLOR.muted });
  doc.text(t('report:summary.highPriority', { count: high }), actionsX + 4, top + 24);

  // Fine ceiling
  label(fineX, t('report:summary.ceiling'));
  const { value, amount, note } = ceilingFigure(model.fines, texts);
  const size = amount ? 15 : 9.5;
  w.split(value, cardWidth - 8, { size, bold: true })
    .slice(0, 2)
    .forEach((line, i) => {
      w.style({ size, bold: true });
      doc.text(line, fineX + 4, top + (amount ? 17 : 14) + i * w.lineHeight(size));
    });
  if (note !== null) {
    w.split(note, cardWidth - 8, { size: 7.5 })
      .slice(0, 2)
      .forEach((line, i) => {
        w.style({ size: 7.5, color: COLOR.muted });
        doc.text(line, fineX + 4, top + 24 + i * w.lineHeight(7.5));
        w.linkRefs(line, fineX + 4, top + 21.5 + i * w.lineHeight(7.5), w.lineHeight(7.5));
      });
  }
  w.y = top + height + 6;
};

/** A rating as white text on a rounded chip of its colour. */
function drawChip(w: ReportWriter, label: string, color: Rgb, x: number, y: number): void {
  const { doc } = w;
  w.style({ size: 7.5, bold: true, color: COLOR.white });
  const width = doc.getTextWidth(label) + 4;
  doc.setFillColor(...color);
  doc.roundedRect(x, y, width, 5, 1, 1, 'F');
  doc.text(label, x + 2, y + 3.6);
}
