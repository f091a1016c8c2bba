import { preloadable } from '@/ui/components/preloadable';

// Every page's code but the first visit's intro is fetched when the page is first shown, or
// earlier by the first screen's preloading (preload.ts).
export const wizardRoot = preloadable(() => import('./wizard-root').then((m) => m.WizardRoot));
export const wizardScreen = preloadable(() =>
  import('@/ui/routes/wizard-screen').then((m) => m.WizardScreen),
);
export const workshopScreen = preloadable(() =>
  import('@/ui/workshop/workshop-screen').then((m) => m.WorkshopScreen),
);
export const faqPage = preloadable(() => import('@/ui/knowledge/faq-page').then((m) => m.FaqPage));
export const glossaryPage = preloadable(() =>
  import('@/ui/knowledge/glossary-page').then((m) => m.GlossaryPage),
);
export const reportPage = preloadable(() =>
  import('@/ui/report/report-page').then((m) => m.ReportPage),
);
export const dpaPage = preloadable(() => import('@/ui/knowledge/dpa-page').then((m) => m.DpaPage));
export const assessmentsRoot = preloadable(() =>
  import('./assessments-root').then((m) => m.AssessmentsRoot),
);
export const compareRoot = preloadable(() => import('./compare-root').then((m) => m.CompareRoot));
export const mergeRoot = preloadable(() => import('./merge-root').then((m) => m.MergeRoot));
