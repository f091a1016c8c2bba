import type { WizardContext } from '../wizard/wizard.machine';
import { SESSION_TYPE, SESSION_VERSION, type Session } from './session.schema';

/** The saved form of a wizard's progress, stamped with the time it was made. */
export function toSession(context: WizardContext, now: Date = new Date()): Session {
  return {
    type: SESSION_TYPE,
    version: SESSION_VERSION,
    questionnaireId: context.questionnaire.id,
    questionnaireVersion: context.questionnaire.version,
    answers: { ...context.answers },
    location: context.resumeLocation ?? { screen: 'intro' },
    overriddenExits: [...context.overriddenExits],
    completedAt: context.completedAt,
    updatedAt: now.toISOString(),
    actionPlan: { ...context.actionPlan },
    notes: { ...context.notes },
    parked: [...context.parked],
    processorReviews: context.processorReviews.map((r) => ({ ...r, checked: [...r.checked] })),
    // Left out while empty, so an assessment nobody named saves as it did before the field.
    ...(Object.keys(context.team).length > 0 && { team: { ...context.team } }),
  };
}
