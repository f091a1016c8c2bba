import { preloadable } from '../components/preloadable';

// The wizard's screens but the intro, each fetched when first shown or preloaded: the questions
// bring react-hook-form and the field components, the review the consultant texts, the results
// the report texts, the chart and the PDF button. Apart from wizard-screen.tsx so that the first
// screen's preloading can start them without loading the wizard.
export const wizardScreens = {
  step: preloadable(() => import('./step-screen').then((m) => m.StepScreen)),
  review: preloadable(() => import('./review-screen').then((m) => m.ReviewScreen)),
  exit: preloadable(() => import('./exit-screen').then((m) => m.ExitScreen)),
  complete: preloadable(() => import('./results-screen').then((m) => m.ResultsScreen)),
} as const;
