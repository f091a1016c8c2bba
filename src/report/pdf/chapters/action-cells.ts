import type { PlannedAction } from '../../planned-actions';
import { actionLines } from '../../report-content';
import type { Priority } from '../../../engine/questionnaire/questionnaire.schema';
import { COLOR, PRIORITY_COLOR } from '../kit/pdf-styles';
import type { CellRun, TableCell } from '../kit/pdf-table';
import type { ReportTexts } from '../report-texts';

/** Cells the summary's first steps and the action plan share. */

/** An action's priority in its colour, in bold. */
export function priorityCell(
  action: { readonly priority: Priority },
  texts: ReportTexts,
): TableCell {
  return {
    text: texts.t(`report:priority.${action.priority}`),
    color: PRIORITY_COLOR[action.priority],
    bold: true,
  };
}

/**
 * What to do: a critical action's mark above it in red; for an item's action, which item and
 * the verdict under it in a quieter colour.
 */
export function actionRuns(planned: PlannedAction, texts: ReportTexts): CellRun[] {
  const { critical, text, detail } = actionLines(planned, texts);
  return [
    ...(critical
      ? [{ text: texts.t('report:summary.criticalAction'), color: COLOR.red, bold: true }]
      : []),
    { text },
    ...(detail === null ? [] : [{ text: detail, color: COLOR.muted }]),
  ];
}
