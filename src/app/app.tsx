import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { Layout } from '@/ui/components/layout';
import { NotFound } from '@/ui/routes/not-found';
import { paths, workshopPaths } from '@/ui/wizard/paths';

const WizardRoot = lazy(() => import('./wizard-root').then((m) => ({ default: m.WizardRoot })));
const FaqPage = lazy(() => import('@/ui/knowledge/faq-page').then((m) => ({ default: m.FaqPage })));
const GlossaryPage = lazy(() =>
  import('@/ui/knowledge/glossary-page').then((m) => ({ default: m.GlossaryPage })),
);
const DpaPage = lazy(() => import('@/ui/knowledge/dpa-page').then((m) => ({ default: m.DpaPage })));
const AssessmentsRoot = lazy(() =>
  import('./assessments-root').then((m) => ({ default: m.AssessmentsRoot })),
);
const CompareRoot = lazy(() => import('./compare-root').then((m) => ({ default: m.CompareRoot })));
const MergeRoot = lazy(() => import('./merge-root').then((m) => ({ default: m.MergeRoot })));
const WizardScreen = lazy(() =>
  import('@/ui/routes/wizard-screen').then((m) => ({ default: m.WizardScreen })),
);
const WorkshopScreen = lazy(() =>
  import('@/ui/workshop/workshop-screen').then((m) => ({ default: m.WorkshopScreen })),
);

const wizardPaths = [
  paths.intro.path,
  paths.step.path,
  paths.review.path,
  paths.exit.path,
  paths.complete.path,
];

export function App() {
  const { t } = useTranslation();
  return (
    <Layout>
      <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
        <Routes>
          <Route element={<WizardRoot />}>
            {wizardPaths.map((path) => (
              <Route key={path} path={path} element={<WizardScreen />} />
            ))}
            {workshopPaths.map((path) => (
              <Route key={path} path={path} element={<WorkshopScreen />} />
            ))}
            {/* Inside the wizard's root: vendor agreement reviews are saved with the assessment. */}
            <Route path={paths.dpa.path} element={<DpaPage />} />
          </Route>
          <Route path={paths.faq.path} element={<FaqPage />} />
          <Route path={paths.glossary.path} element={<GlossaryPage />} />
          <Route path={paths.assessments.path} element={<AssessmentsRoot />} />
          <Route path={paths.compare.path} element={<CompareRoot />} />
          <Route path={paths.merge.path} element={<MergeRoot />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Suspense>
    </Layout>
  );
}
