import {
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { afterNextPaint } from '@/ui/components/after-paint';
import { ExampleList, useExampleLoader } from '@/ui/components/example-list';
import { LoadingStatus } from '@/ui/components/loading-status';
import { useDeploymentConfig } from '@/ui/deployment/deployment-context';
import { IntroView } from '@/ui/routes/intro-view';
import { paths } from '@/ui/wizard/paths';
import { nothingStored } from './browser-store';
import { wizardRoot, wizardScreen } from './lazy-routes';
import { exampleCards } from './questionnaire-source';
import { registerLeads, startQuestionnaireLoad } from './use-questionnaire-bundle';
import { WizardBootContext, type BootIntent, type WizardBoot } from './wizard-boot';

const WizardRoot = wizardRoot.Component;

type Phase = 'welcome' | 'loading' | 'shown';

// What can take focus on the intro, in the same order on both intros.
const FOCUSABLE = 'h1, button, a[href]';

/**
 * Every wizard address. On a first visit to the intro (nothing stored in this browser) the intro
 * shows at once from what is built into the app, and the wizard — its engine, the questionnaire,
 * the code that reads and checks saved work — loads after it has painted, out of sight, and
 * takes over when it has a screen to show. A Start or an example picked meanwhile is handed on.
 */
export function WizardEntry() {
  const questionnaireId = useDeploymentConfig().questionnaire;
  const { i18n } = useTranslation();
  const { pathname } = useLocation();
  const [phase, setPhase] = useState<Phase>(() =>
    pathname === paths.intro.path && nothingStored() && registerLeads(questionnaireId, i18n)
      ? 'welcome'
      : 'shown',
  );
  const [intent, setIntent] = useState<BootIntent | null>(null);
  const welcomeRef = useRef<HTMLDivElement>(null);
  const wizardRef = useRef<HTMLDivElement>(null);
  const focusAt = useRef(-1);

  useEffect(() => {
    if (phase !== 'welcome') return;
    return afterNextPaint(() => {
      // Side by side rather than each when the one before it asks.
      void startQuestionnaireLoad(questionnaireId);
      void wizardRoot.preload();
      void wizardScreen.preload();
      setPhase('loading');
    });
  }, [phase, questionnaireId]);

  const shown = useCallback(() => {
    const focusable = [...(welcomeRef.current?.querySelectorAll(FOCUSABLE) ?? [])];
    focusAt.current = focusable.findIndex((element) => element === document.activeElement);
    setPhase('shown');
  }, []);
  const consumed = useCallback(() => setIntent(null), []);
  const boot = useMemo<WizardBoot>(() => ({ intent, consumed, shown }), [intent, consumed, shown]);

  // The person keeps their place: what had focus on the first intro has it on the wizard's.
  useLayoutEffect(() => {
    if (phase !== 'shown' || focusAt.current < 0) return;
    const target = wizardRef.current?.querySelectorAll<HTMLElement>(FOCUSABLE)[focusAt.current];
    focusAt.current = -1;
    target?.focus();
  }, [phase]);

  // Leaving the intro (the workshop link) shows the wizard, loading or not.
  const showWizard = phase === 'shown' || pathname !== paths.intro.path;
  return (
    <>
      {!showWizard && (
        <div ref={welcomeRef} className="wizard-boot">
          <FirstIntro questionnaireId={questionnaireId} intent={intent} onIntent={setIntent} />
        </div>
      )}
      {(phase !== 'welcome' || showWizard) && (
        <div ref={wizardRef} className="wizard-boot" hidden={!showWizard}>
          <WizardBootContext.Provider value={boot}>
            <Suspense fallback={<LoadingStatus />}>
              <WizardRoot />
            </Suspense>
          </WizardBootContext.Provider>
        </div>
      )}
    </>
  );
}

/** The intro of a first visit: nothing is stored, so nothing to continue or start over. */
function FirstIntro({
  questionnaireId,
  intent,
  onIntent,
}: {
  questionnaireId: string;
  intent: BootIntent | null;
  onIntent: (intent: BootIntent) => void;
}) {
  const examples = useMemo(() => exampleCards(questionnaireId), [questionnaireId]);
  const { failed, load } = useExampleLoader((answers) => onIntent({ kind: 'load', answers }));
  return (
    <IntroView
      questionnaireId={questionnaireId}
      answered={0}
      onStart={() => onIntent({ kind: 'start' })}
      starting={intent !== null}
      examples={<ExampleList examples={examples} failed={failed} onPick={load} />}
      estimates={examples}
    />
  );
}
