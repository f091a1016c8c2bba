import { Suspense, useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { LanguagePreparation } from '@/ui/components/language-preparation';
import { Layout } from '@/ui/components/layout';
import { LoadingStatus } from '@/ui/components/loading-status';
import { RouteErrorBoundary } from '@/ui/components/route-error-boundary';
import { UpdateBanner } from '@/ui/components/update-banner';
import { NotFound } from '@/ui/routes/not-found';
import { paths, wizardPaths, workshopPaths } from '@/ui/wizard/paths';
import { prepareAppTexts } from '@/i18n/app-texts';
import { prepareQuestionnaireTexts } from './use-questionnaire-bundle';
import {
  assessmentsRoot,
  compareRoot,
  dpaPage,
  faqPage,
  glossaryPage,
  mergeRoot,
  reportPage,
  wizardScreen,
  workshopScreen,
} from './lazy-routes';
import { WizardEntry } from './wizard-entry';

const FaqPage = faqPage.Component;
const GlossaryPage = glossaryPage.Component;
const DpaPage = dpaPage.Component;
const ReportPage = reportPage.Component;
const AssessmentsRoot = assessmentsRoot.Component;
const CompareRoot = compareRoot.Component;
const MergeRoot = mergeRoot.Component;
const WizardScreen = wizardScreen.Component;
const WorkshopScreen = workshopScreen.Component;

const guarded = (route: ReactNode) => <RouteErrorBoundary>{route}</RouteErrorBoundary>;

export function App() {
  const { i18n } = useTranslation();
  const prepare = useCallback(
    (language: string) =>
      Promise.all([
        prepareAppTexts(i18n, language),
        prepareQuestionnaireTexts(language, i18n),
      ]).then(() => undefined),
    [i18n],
  );
  return (
    <LanguagePreparation.Provider value={prepare}>
      <Layout>
        <UpdateBanner />
        <RouteErrorBoundary>
          <Suspense fallback={<LoadingStatus />}>
            <Routes>
              <Route element={guarded(<WizardEntry />)}>
                {wizardPaths.map((path) => (
                  <Route key={path} path={path} element={guarded(<WizardScreen />)} />
                ))}
                {workshopPaths.map((path) => (
                  <Route key={path} path={path} element={guarded(<WorkshopScreen />)} />
                ))}
                {/* Inside the wizard's root: vendor agreement reviews are saved with the assessment. */}
                <Route path={paths.dpa.path} element={guarded(<DpaPage />)} />
                <Route path={paths.report.path} element={guarded(<ReportPage />)} />
              </Route>
              <Route path={paths.faq.path} element={guarded(<FaqPage />)} />
              <Route path={paths.glossary.path} element={guarded(<GlossaryPage />)} />
              <Route path={paths.assessments.path} element={guarded(<AssessmentsRoot />)} />
              <Route path={paths.compare.path} element={guarded(<CompareRoot />)} />
              <Route path={paths.merge.path} element={guarded(<MergeRoot />)} />
              <Route path="*" element={<NotFound />} />
            </Routes>
          </Suspense>
        </RouteErrorBoundary>
      </Layout>
    </LanguagePreparation.Provider>
  );
}
