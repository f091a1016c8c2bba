import { measurePlanKey } from '../engine/questionnaire/measures';
import { PHASES, type Phase } from './first-steps';
import type { ActionItem, ActionRef, ItemAction, ReportModel } from './report.types';

/** An action the plan points at, found in the report: a question's or one item's. */
export type PlannedAction =
  | { readonly kind: 'question'; readonly key: string; readonly action: ActionItem }
  | { readonly kind: 'item'; readonly key: string; readonly action: ItemAction };

/** A stable key for an action, unique within a report (React keys, anchors). */
export function actionKey(ref: ActionRef): string {
  if (ref.kind === 'item')
    return `item-${ref.group}-${ref.itemId}-${ref.determination}-${ref.outcome}`;
  return ref.measure === undefined
    ? `question-${ref.questionId}`
    : `question-${ref.questionId}-${ref.measure}`;
}

/**
 * Where a question's action keeps its owner and due date in the saved action plan: the
 * question's id, or for one measure of a list its `measurePlanKey`.
 */
export function actionPlanKey(action: Pick<ActionItem, 'questionId' | 'measure'>): string {
  return action.measure === null
    ? action.questionId
    : measurePlanKey(action.questionId, action.measure);
}

/** The locale key of what to do about a question's gap: the question's action or the measure's. */
export function actionTextKey(action: Pick<ActionItem, 'questionId' | 'measure'>): string {
  return action.measure === null
    ? `questions.${action.questionId}.action`
    : `questions.${action.questionId}.measures.${action.measure}`;
}

/** The ref that points at a question's action. */
export function questionRef(action: Pick<ActionItem, 'questionId' | 'measure'>): ActionRef {
  return action.measure === null
    ? { kind: 'question', questionId: action.questionId }
    : { kind: 'question', questionId: action.questionId, measure: action.measure };
}

/**
 * The actions the refs point at, in the refs' order.
 *
 * @example
 * plannedActions(report, report.plan.firstSteps)[0]?.action.priority // 'high'
 */
export function plannedActions(
  report: Pick<ReportModel, 'actions' | 'itemActions'>,
  refs: readonly ActionRef[],
): PlannedAction[] {
  const byKey = new Map<string, PlannedAction>();
  for (const action of report.actions) {
    const key = actionKey(questionRef(action));
    byKey.set(key, { kind: 'question', key, action });
  }
  for (const action of report.itemActions) {
    const key = actionKey({ kind: 'item', ...action });
    byKey.set(key, { kind: 'item', key, action });
  }
  return refs.flatMap((ref) => {
    const found = byKey.get(actionKey(ref));
    return found ? [found] : [];
  });
}

/** The phases with their actions, leaving out empty ones. */
export function plannedPhases(
  report: Pick<ReportModel, 'actions' | 'itemActions' | 'plan'>,
): { readonly phase: Phase; readonly actions: PlannedAction[] }[] {
  return PHASES.map((phase) => ({
    phase,
    actions: plannedActions(report, report.plan.phases[phase]),
  })).filter((p) => p.actions.length > 0);
}
