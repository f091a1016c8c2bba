import { matchPath } from 'react-router';
import { locationFromPath, paths, wizardPaths, workshopPaths } from '@/ui/wizard/paths';
import { wizardScreens } from '@/ui/routes/wizard-screens';
import { nothingStored } from './browser-store';
import { wizardRoot, wizardScreen } from './lazy-routes';
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
    void wizardRoot.preload();
    void wizardScreen.preload();
    const screen = locationFromPath(pathname)?.screen;
    if (screen && screen !== 'intro') void wizardScreens[screen].preload();
  }
}
