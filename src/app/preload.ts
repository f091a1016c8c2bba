import { matchPath } from 'react-router';
import { locationFromPath, paths, wizardPaths, workshopPaths } from '@/ui/wizard/paths';
import { nothingStored } from './browser-store';
import { DEFAULT_QUESTIONNAIRE } from './questionnaire-source';
import { startQuestionnaireLoad, startTextsLoad } from './use-questionnaire-bundle';

/**
 * Starts fetching what the first screen needs while config.json is on its way: the
 * questionnaire with its texts in the language the page starts in and, on a wizard address, the
 * wizard's code. Each would otherwise wait for the one before it. The deployment may still pick
 * another questionnaire or language; what it needs then is fetched when it is known.
 */
export function preloadFirstScreen(pathname: string, language: string): void {
  // A first visit's intro is built into the app: the wizard loads once it has painted (wizard-entry.tsx).
  if (pathname === paths.intro.path && nothingStored()) return;
  void startQuestionnaireLoad(DEFAULT_QUESTIONNAIRE);
  // The intro shows only the title and introduction built into the app: there the texts of the
  // questions are fetched after it has painted.
  if (pathname !== paths.intro.path) void startTextsLoad(DEFAULT_QUESTIONNAIRE, language);
  if ([...wizardPaths, ...workshopPaths].some((path) => matchPath(path, pathname))) {
    void import('./wizard-root');
    void import('@/ui/routes/wizard-screen');
    const screen = locationFromPath(pathname)?.screen;
    if (screen && screen !== 'intro') void screenCode[screen]();
  }
}

// The code of each wizard screen but the intro, which comes with the wizard's own.
const screenCode = {
  step: () => import('@/ui/routes/step-screen'),
  review: () => import('@/ui/routes/review-screen'),
  exit: () => import('@/ui/routes/exit-screen'),
  complete: () => import('@/ui/routes/results-screen'),
} as const;
