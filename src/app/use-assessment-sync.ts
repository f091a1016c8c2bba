import { useCallback, useEffect, useState } from 'react';
import type { AssessmentSync, SyncOutcome, SyncStatus } from '@/engine/library/assessment-sync';
import { INDEX_KEY, assessmentKey, revisionKey } from '@/engine/library/library-keys';
import type { Session } from '@/engine/session/session.schema';
import { toSession } from '@/engine/session/to-session';
import type {
  AssessmentWork,
  WizardContext as WizardMachineContext,
} from '@/engine/wizard/wizard.machine';
import { WizardContext } from '@/ui/wizard/wizard-context';

/**
 * Saves every change of the open wizard through `sync`, follows what other tabs save (the
 * browser's `storage` event fires in every other tab of the origin), and hands the person's
 * choices back to it. Without `sync` nothing can be stored, which the status says.
 */
export function useAssessmentSync(sync: AssessmentSync | null, assessmentId: string | null) {
  const actor = WizardContext.useActorRef();
  const [status, setStatus] = useState<SyncStatus>({ kind: 'saved' });

  const apply = useCallback(
    (outcome: SyncOutcome) => {
      switch (outcome.kind) {
        case 'unchanged':
          return;
        case 'updated':
          setStatus({ kind: 'saved' });
          actor.send({ type: 'assessment.synced', work: workOf(outcome.session) });
          return;
        case 'conflict':
          setStatus({ kind: 'conflict', conflicts: outcome.conflicts });
          return;
        default:
          setStatus({ kind: outcome.kind });
      }
    },
    [actor],
  );

  useEffect(() => {
    if (!sync) {
      setStatus({ kind: 'failed' });
      return;
    }
    let saved = actor.getSnapshot().context;
    apply(sync.save(toSession(saved)));
    const subscription = actor.subscribe(({ context }) => {
      if (!changesSaved(saved, context)) return;
      saved = context;
      apply(sync.save(toSession(context)));
    });
    return () => subscription.unsubscribe();
  }, [actor, sync, apply]);

  useEffect(() => {
    if (!sync || assessmentId === null) return;
    const watched = new Set([INDEX_KEY, assessmentKey(assessmentId), revisionKey(assessmentId)]);
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || watched.has(event.key)) apply(sync.external());
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [sync, assessmentId, apply]);

  return {
    status,
    resolve: (keep: 'mine' | 'theirs') => {
      if (sync) apply(sync.resolve(keep));
    },
    restore: () => {
      if (sync) apply(sync.restoreRemoved());
    },
  };
}

/**
 * Whether a snapshot changed what is saved. The machine replaces a part of its context only
 * when it changes, so comparing the parts by identity finds every edit and every move, and most
 * snapshots (a notice dismissed, a form's own events) cost nothing.
 */
function changesSaved(before: WizardMachineContext, after: WizardMachineContext): boolean {
  return SAVED_PARTS.some((part) => before[part] !== after[part]);
}

const SAVED_PARTS = [
  'answers',
  'overriddenExits',
  'completedAt',
  'actionPlan',
  'notes',
  'parked',
  'processorReviews',
  'team',
  'resumeLocation',
] as const satisfies readonly (keyof WizardMachineContext)[];

function workOf(session: Session): AssessmentWork {
  const { answers, overriddenExits, completedAt, actionPlan, notes, parked, processorReviews } =
    session;
  return {
    answers,
    overriddenExits,
    completedAt,
    actionPlan,
    notes,
    parked,
    processorReviews,
    team: session.team ?? {},
  };
}
