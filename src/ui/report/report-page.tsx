import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { languageOr } from '@/i18n/languages';
import { isReadyForReview } from '@/engine/wizard/navigation';
import { buildReport } from '@/report/build-report';
import { reportChapters, type ChapterId } from '@/report/report-chapters';
import { ReportTexts } from '@/report/report-texts';
import { useDocumentTitle } from '../components/use-document-title';
import { useFocusHeading } from '../components/use-focus-heading';
import { useReportTexts } from '../wizard/use-report-texts';
import { WizardContext } from '../wizard/wizard-context';
import { paths } from '../wizard/paths';
import { About, Answers, Fines, ItemVerdicts, Processors, Record } from './report-appendix';
import {
  ActionPlanChapter,
  Chart,
  Cover,
  Findings,
  Summary,
  type ReportView,
} from './report-document';

const CHAPTERS: Partial<Record<ChapterId, (props: { view: ReportView }) => ReactNode>> = {
  summary: Summary,
  chart: Chart,
  findings: Findings,
  actions: ActionPlanChapter,
  items: ItemVerdicts,
  record: Record,
  processors: Processors,
  fines: Fines,
  answers: Answers,
  about: About,
};

/**
 * The whole readiness report as one page, in the PDF's chapters and order, for screen readers
 * and for the browser's "Save as PDF", which makes a tagged PDF of it.
 */
export function ReportPage() {
  const finished = WizardContext.useSelector(
    (s) => s.context.completedAt !== null && isReadyForReview(s.context),
  );
  return finished ? <FinishedReport /> : <NoReport />;
}

function NoReport() {
  const { t } = useTranslation();
  const heading = useFocusHeading('no-report');
  useDocumentTitle(t('report.noneTitle'));
  return (
    <section className="report-none" aria-labelledby="report-none-heading">
      <h1 id="report-none-heading" ref={heading} tabIndex={-1}>
        {t('report.noneTitle')}
      </h1>
      <p>{t('report.none')}</p>
      <p>
        <Link to={paths.intro.href()} className="button primary">
          {t('report.toStart')}
        </Link>
      </p>
    </section>
  );
}

function FinishedReport() {
  const { t, i18n } = useTranslation();
  const rt = useReportTexts();
  const context = WizardContext.useSelector((s) => s.context);
  const { questionnaire, answers, actionPlan, processorReviews, team } = context;
  // Dated the day it is made, as the downloaded PDF is.
  const [generatedAt] = useState(() => new Date());
  const model = useMemo(
    () => buildReport(questionnaire, answers, actionPlan, { processorReviews }),
    [questionnaire, answers, actionPlan, processorReviews],
  );
  const language = languageOr(i18n.language);
  const texts = new ReportTexts(rt.t, language);
  const organisation = model.organisation ?? texts.t('report:cover.unnamed');
  const view: ReportView = {
    model,
    texts,
    organisation,
    numbers: new Map(model.sections.map((s, i) => [s.sectionId, i + 1])),
  };
  const chapters = reportChapters(model, { comparison: false, notes: 0 });
  const heading = useFocusHeading('report');
  useDocumentTitle(`${texts.t('report:document.title')}: ${organisation}`);
  return (
    <article className="report" aria-labelledby="report-heading">
      <div className="report-toolbar">
        <button type="button" className="button primary" onClick={() => window.print()}>
          {t('report.print')}
        </button>
        <Link to={paths.complete.href()} className="button secondary">
          {t('report.back')}
        </Link>
        <p className="hint">{t('report.printHint')}</p>
      </div>
      <Cover
        view={view}
        chapters={chapters}
        headingRef={heading}
        who={{
          assessor: team.assessedBy ?? null,
          participants: team.participants ?? null,
          generatedAt,
        }}
      />
      {chapters.map((id) => {
        const Chapter = CHAPTERS[id];
        return Chapter ? <Chapter key={id} view={view} /> : null;
      })}
    </article>
  );
}
