import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import type {
  QuestionnaireBundle,
  QuestionnaireIssue,
} from '@/engine/questionnaire/parse-questionnaire';
import type { Example } from '@/engine/questionnaire/example.schema';
import type { RestoreResult } from '@/engine/session/restore-session';
import { toSession } from '@/engine/session/to-session';
import { sameLocation } from '@/engine/wizard/location';
import { wizardMachine, type WizardInput } from '@/engine/wizard/wizard.machine';
import { selectLocation } from '@/engine/wizard/wizard.selectors';
import { StorageNotice } from '@/ui/components/storage-notice';
import { useDeploymentConfig } from '@/ui/deployment/deployment-context';
import { QuestionnaireError } from '@/ui/routes/questionnaire-error';
import { ExamplesContext } from '@/ui/wizard/examples-context';
import { WizardContext } from '@/ui/wizard/wizard-context';
import { hrefFor, locationFromPath, modeFromPath } from '@/ui/wizard/paths';
import { loadExamples } from './questionnaire-source';
import { getLibrary, loadAssessment, openAssessment } from './library-store';
import { loadQuestionnaireBundle } from './use-questionnaire-bundle';

type LoadState =
  | { kind: 'loading' }
  | { kind: 'invalid'; issues: readonly QuestionnaireIssue[] }
  | ({ kind: 'ready'; bundle: QuestionnaireBundle } & OpenedAssessment);

/** Loads the questionnaire and saved progress, then runs the wizard for every wizard URL below it. */
export function WizardRoot() {
  const { t, i18n } = useTranslation();
  const questionnaireId = useDeploymentConfig().questionnaire;
  const [state, setState] = useState<LoadState>({ kind: 'loading' });
  const [examples, setExamples] = useState<readonly Example[]>([]);

  // Saved data is read here, once: a render that suspends (the lazy screens) is thrown away and
  // run again, and must not read it a second time after the first read moved unreadable data aside.
  useEffect(() => {
    let cancelled = false;
    void loadQuestionnaireBundle(questionnaireId, i18n).then((result) => {
      if (cancelled) return;
      if (!result.ok) {
        setState({ kind: 'invalid', issues: result.issues });
        return;
      }
      setState({ kind: 'ready', bundle: result.bundle, ...openActiveAssessment(result.bundle) });
      void loadExamples(questionnaireId).then((found) => {
        if (!cancelled) setExamples(found);
      });
    });
    return () => {
      cancelled = true;
    };
  }, [i18n, questionnaireId]);

  if (state.kind === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (state.kind === 'invalid') return <QuestionnaireError issues={state.issues} />;
  return (
    <ExamplesContext.Provider value={examples}>
      <WizardProvider
        key={state.assessmentId}
        bundle={state.bundle}
        assessmentId={state.assessmentId}
        restore={state.restore}
      />
    </ExamplesContext.Provider>
  );
}

interface OpenedAssessment {
  /** Null when the browser refuses to store anything: the wizard runs unsaved. */
  readonly assessmentId: string | null;
  readonly restore: RestoreResult;
}

/** The library's active assessment of the questionnaire, or a new one, with its saved progress. */
function openActiveAssessment(bundle: QuestionnaireBundle): OpenedAssessment {
  const library = getLibrary();
  const assessmentId = openAssessment(library, bundle.questionnaire.id);
  return {
    assessmentId,
    restore:
      assessmentId === null
        ? { kind: 'empty' }
        : loadAssessment(library, assessmentId, bundle.questionnaire),
  };
}

function WizardProvider({
  bundle,
  assessmentId,
  restore,
}: {
  bundle: QuestionnaireBundle;
  assessmentId: string | null;
  restore: RestoreResult;
}) {
  // Only absolute paths are navigated to, so the first navigate function stays correct.
  const navigate = useNavigate();
  const [logic] = useState(() =>
    wizardMachine.provide({
      actions: {
        navigate: (_, { location, replace }) => {
          // On a page outside the wizard that shares its assessment (the DPA guide), the wizard
          // must not take the person away when it opens.
          if (locationFromPath(window.location.pathname) === null) return;
          // A workshop stays in the presenter view wherever the wizard moves.
          const href = hrefFor(location, modeFromPath(window.location.pathname));
          if (window.location.pathname !== href) void navigate(href, { replace });
        },
      },
    }),
  );
  const [input] = useState<WizardInput>(() => ({
    questionnaire: bundle.questionnaire,
    requestedLocation: locationFromPath(window.location.pathname) ?? { screen: 'intro' },
    saved: restore.kind === 'restored' ? restore.session : undefined,
  }));
  return (
    <WizardContext.Provider logic={logic} options={{ input }}>
      <WizardSession assessmentId={assessmentId} restore={restore} />
    </WizardContext.Provider>
  );
}

function WizardSession({
  assessmentId,
  restore,
}: {
  assessmentId: string | null;
  restore: RestoreResult;
}) {
  const actor = WizardContext.useActorRef();
  const [saveFailed, setSaveFailed] = useState(false);
  const location = useLocation();
  const previousPath = useRef(location.pathname);

  useEffect(() => {
    let lastSaved = '';
    const subscription = actor.subscribe((snapshot) => {
      const session = toSession(snapshot.context);
      const { updatedAt: _, ...content } = session;
      const fingerprint = JSON.stringify(content);
      if (fingerprint === lastSaved) return;
      lastSaved = fingerprint;
      try {
        if (assessmentId === null) throw new Error('no storage');
        getLibrary().save(assessmentId, session);
        setSaveFailed(false);
      } catch {
        setSaveFailed(true);
      }
    });
    return () => subscription.unsubscribe();
  }, [actor, assessmentId]);

  useEffect(() => {
    if (location.pathname === previousPath.current) return;
    previousPath.current = location.pathname;
    const requested = locationFromPath(location.pathname);
    if (requested && !sameLocation(requested, selectLocation(actor.getSnapshot()))) {
      actor.send({ type: 'location.requested', location: requested });
    }
  }, [actor, location.pathname]);

  return (
    <>
      <StorageNotice restore={restore} saveFailed={saveFailed} />
      <Outlet />
    </>
  );
}
