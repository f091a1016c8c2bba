import type { ActionItem } from '../../report.types';
import { COLOR, PRIORITY_COLOR } from '../kit/pdf-styles';
import type { CellRun, TableCell } from '../kit/pdf-table';
import type { ReportTexts } from '../report-texts';

/** Cells the summary's top actions and the action plan share. */

/** An action's priority in its colour, in bold. */
export function priorityCell(action: ActionItem, texts: ReportTexts): TableCell {
  return {
    text: texts.t(`report:priority.${action.priority}`),
    color: PRIORITY_COLOR[action.priority],
    bold: true,
  };
}

/** What to do, with a critical action's mark above it in red. */
export function actionRuns(action: ActionItem, texts: ReportTexts): CellRun[] {
  const { t } = texts;
  const text = t(`questions.${action.questionId}.action`);
  return action.critical
    ? [{ text: t('report:summary.criticalAction'), color: COLOR.red, bold: true }, { text }]
    : [{ text }];
}
