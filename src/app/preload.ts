import { matchPath } from 'react-router';
import { wizardPaths, workshopPaths } from '@/ui/wizard/paths';
import { DEFAULT_QUESTIONNAIRE, loadExamples } from './questionnaire-source';
import { startQuestionnaireLoad } from './use-questionnaire-bundle';

/**
 * Starts fetching what the first screen needs while config.json is on its way: the
 * questionnaire in the language the page starts in, its examples and, on a wizard address, the
 * wizard's code. Each would otherwise wait for the one before it. The deployment may still pick
 * another questionnaire or language; what it needs then is fetched when it is known.
 */
export function preloadFirstScreen(pathname: string, language: string): void {
  void startQuestionnaireLoad(DEFAULT_QUESTIONNAIRE, language);
  void loadExamples(DEFAULT_QUESTIONNAIRE);
  if ([...wizardPaths, ...workshopPaths].some((path) => matchPath(path, pathname))) {
    void import('./wizard-root');
    void import('@/ui/routes/wizard-screen');
  }
}
