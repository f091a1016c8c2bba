import { PHASES, type Phase } from './first-steps';
import type { ActionItem, ActionRef, ItemAction, ReportModel } from './report.types';

/** An action the plan points at, found in the report: a question's or one item's. */
export type PlannedAction =
  | { readonly kind: 'question'; readonly key: string; readonly action: ActionItem }
  | { readonly kind: 'item'; readonly key: string; readonly action: ItemAction };

/** A stable key for an action, unique within a report (React keys, anchors). */
export function actionKey(ref: ActionRef): string {
  return ref.kind === 'question'
    ? `question-${ref.questionId}`
    : `item-${ref.group}-${ref.itemId}-${ref.determination}-${ref.outcome}`;
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
    const key = actionKey({ kind: 'question', questionId: action.questionId });
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
