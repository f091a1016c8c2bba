import { Suspense, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import type { QuestionnaireBundle } from '@/engine/questionnaire/parse-questionnaire';
import type { Questionnaire } from '@/engine/questionnaire/questionnaire.schema';
import { AssessmentSync } from '@/engine/library/assessment-sync';
import { restoreSession, type RestoreResult } from '@/engine/session/restore-session';
import { sameLocation } from '@/engine/wizard/location';
import { wizardMachine, type WizardInput } from '@/engine/wizard/wizard.machine';
import { selectLocation } from '@/engine/wizard/wizard.selectors';
import { LibraryRepairNotice } from '@/ui/components/library-repair-notice';
import { LoadingStatus } from '@/ui/components/loading-status';
import { StorageNotice } from '@/ui/components/storage-notice';
import { ChangedAnswersNotice } from '@/ui/components/changed-answers-notice';
import { SyncNotice } from '@/ui/components/sync-notice';
import { ExamplesContext } from '@/ui/wizard/examples-context';
import { WizardContext } from '@/ui/wizard/wizard-context';
import { hrefFor, locationFromPath, modeFromPath, paths } from '@/ui/wizard/paths';
import { afterPaint, type AddressBar } from './address-bar';
import { exampleCards } from './questionnaire-source';
import { QuestionnaireGate } from './questionnaire-gate';
import { QuestionnaireTexts } from './questionnaire-texts';
import { getLibrary, loadAssessment, openAssessment } from './library-store';
import { useAssessmentSync } from './use-assessment-sync';
import { BootShown, useWizardBoot, type BootIntent } from './wizard-boot';

/** Loads the questionnaire and saved progress, then runs the wizard for every wizard URL below it. */
export function WizardRoot() {
  return (
    <QuestionnaireGate texts="own">
      {(bundle) => <OpenedWizard bundle={bundle} />}
    </QuestionnaireGate>
  );
}

function OpenedWizard({ bundle }: { bundle: QuestionnaireBundle }) {
  const [opened, setOpened] = useState<OpenedAssessment | null>(null);
  const openedFor = useRef<QuestionnaireBundle | null>(null);

  // Saved data is read after the first commit, and once: a render that suspends (the lazy
  // screens) is thrown away and run again, and must not read it a second time after the first
  // read moved unreadable data aside. Before paint, so no empty frame shows.
  useLayoutEffect(() => {
    if (openedFor.current === bundle) return;
    openedFor.current = bundle;
    setOpened(openActiveAssessment(bundle));
  }, [bundle]);

  const questionnaireId = bundle.questionnaire.id;
  const examples = useMemo(() => exampleCards(questionnaireId), [questionnaireId]);

  if (opened === null) return null;
  return (
    <ExamplesContext.Provider value={examples}>
      <WizardProvider
        key={opened.assessmentId}
        bundle={bundle}
        assessmentId={opened.assessmentId}
        restore={opened.restore}
        sync={opened.sync}
      />
    </ExamplesContext.Provider>
  );
}

interface OpenedAssessment {
  /** Null when the browser refuses to store anything: the wizard runs unsaved. */
  readonly assessmentId: string | null;
  readonly restore: RestoreResult;
  /** Keeps the open assessment and its stored copy in step with other tabs; null when unsaved. */
  readonly sync: AssessmentSync | null;
}

/** The library's active assessment of the questionnaire, or a new one, with its saved progress. */
function openActiveAssessment(bundle: QuestionnaireBundle): OpenedAssessment {
  const library = getLibrary();
  const { questionnaire } = bundle;
  const assessmentId = openAssessment(library, questionnaire.id);
  if (assessmentId === null) return { assessmentId, restore: { kind: 'empty' }, sync: null };
  const restore = loadAssessment(library, assessmentId, questionnaire);
  const read = (raw: string) => {
    const result = restoreSession(raw, questionnaire);
    return result.kind === 'restored' ? result.session : null;
  };
  const opened = restore.kind === 'restored' ? restore.session : null;
  const afterSave = summaryAfterSaves(questionnaire, assessmentId);
  return {
    assessmentId,
    restore,
    sync: new AssessmentSync(library, assessmentId, read, opened, { afterSave }),
  };
}

/**
 * Keeps an assessment's summary current after saves in the wizard. A save comes with every
 * answer (each keystroke in a text), so the scoring, and the code it needs, waits until the
 * saves pause; if the tab closes first, the library page finds the summary stale and makes it.
 */
function summaryAfterSaves(questionnaire: Questionnaire, id: string): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      void import('./assessment-summaries').then((m) => m.getSummaries(questionnaire).refresh(id));
    }, 1000);
  };
}

function WizardProvider({
  bundle,
  assessmentId,
  restore,
  sync,
}: {
  bundle: QuestionnaireBundle;
  assessmentId: string | null;
  restore: RestoreResult;
  sync: AssessmentSync | null;
}) {
  // Only absolute paths are navigated to, so the first navigate function stays correct.
  const navigate = useNavigate();
  const [addressBar] = useState(() => afterPaint(navigate));
  useEffect(() => addressBar.cancel, [addressBar]);
  const [logic] = useState(() =>
    wizardMachine.provide({
      actions: {
        navigate: (_, { location, replace }) => {
          // On a page outside the wizard that shares its assessment (the DPA guide), the wizard
          // must not take the person away when it opens.
          if (locationFromPath(window.location.pathname) === null) return;
          // A workshop stays in the presenter view wherever the wizard moves.
          const href = hrefFor(location, modeFromPath(window.location.pathname));
          addressBar.go(href, replace);
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
      <WizardSession
        assessmentId={assessmentId}
        restore={restore}
        sync={sync}
        addressBar={addressBar}
      />
    </WizardContext.Provider>
  );
}

function WizardSession({
  assessmentId,
  restore,
  sync,
  addressBar,
}: {
  assessmentId: string | null;
  restore: RestoreResult;
  sync: AssessmentSync | null;
  addressBar: AddressBar;
}) {
  const actor = WizardContext.useActorRef();
  const { status, resolve, restore: putBack } = useAssessmentSync(sync, assessmentId);
  const location = useLocation();
  const previousPath = useRef(location.pathname);
  const questionnaireId = WizardContext.useSelector((s) => s.context.questionnaire.id);
  // The intro shows only the title and introduction; every other screen needs all the texts,
  // and so does the intro's address once the machine has moved on (the address follows later).
  const machineOnIntro = WizardContext.useSelector((s) => s.matches('intro'));
  const onIntro = machineOnIntro && location.pathname === paths.intro.path;

  useEffect(() => {
    if (location.pathname === previousPath.current) return;
    previousPath.current = location.pathname;
    requestPath(actor, location.pathname);
  }, [actor, location.pathname]);

  // Back straight after Next can land before React renders the Next's address: the router's
  // location then goes from this step to this step, the effect above never runs, and the wizard
  // would stay on the next step under this step's address. The browser's own event always comes.
  useEffect(() => {
    const onPop = () => {
      // Back before the address followed Next: the late move would undo the person's Back.
      addressBar.cancel();
      requestPath(actor, window.location.pathname);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [actor, addressBar]);

  useBootIntent(actor);

  return (
    <>
      <LibraryRepairNotice library={getLibrary()} />
      <StorageNotice restore={restore} saveFailed={status.kind === 'failed'} />
      <SyncNotice status={status} onKeep={resolve} onRestore={putBack} />
      <Suspense fallback={<LoadingStatus />}>
        <QuestionnaireTexts id={questionnaireId} needed={!onIntro}>
          {!onIntro && restore.kind === 'restored' && (
            <ChangedAnswersNotice changed={restore.changed} />
          )}
          <Outlet />
          <BootShown />
        </QuestionnaireTexts>
      </Suspense>
    </>
  );
}

/** Does what the person asked for on the first visit's intro while the wizard was loading. */
function useBootIntent(actor: ReturnType<typeof WizardContext.useActorRef>): void {
  const boot = useWizardBoot();
  const applied = useRef<BootIntent | null>(null);
  useEffect(() => {
    const intent = boot?.intent;
    if (!intent || applied.current === intent) return;
    applied.current = intent;
    boot.consumed();
    if (intent.kind === 'start') actor.send({ type: 'assessment.start' });
    else actor.send({ type: 'assessment.load', answers: intent.answers });
  }, [actor, boot]);
}

function requestPath(actor: ReturnType<typeof WizardContext.useActorRef>, pathname: string): void {
  const requested = locationFromPath(pathname);
  if (requested && !sameLocation(requested, selectLocation(actor.getSnapshot()))) {
    actor.send({ type: 'location.requested', location: requested });
  }
}
