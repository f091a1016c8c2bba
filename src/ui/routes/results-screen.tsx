import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FINE_FACTORS, casesById } from '@/report/fine-exposure';
import { toSession } from '@/engine/session/to-session';
import { buildReport } from '@/report/build-report';
import type { ReportModel } from '@/report/report.types';
import { RestartButton } from '../components/restart-button';
import { ScoreChart } from '../components/score-chart';
import { useDocumentTitle } from '../components/use-document-title';
import { PdfButton, PdfFailure, PdfProgress } from '../components/pdf-export-status';
import { usePdfExport } from '../components/use-pdf-export';
import { DeployerHelp } from '../deployment/deployer-links';
import { useFocusHeading } from '../components/use-focus-heading';
import { useReportTexts } from '../wizard/use-report-texts';
import { ProcessorAgreementsPanel } from './processor-agreements-panel';
import { useQuestionnaireText } from '../wizard/use-questionnaire-text';
import { ActionPlan, StartHere } from './action-plan-panel';
import { ItemActionsPanel } from './item-actions-panel';
import { ItemVerdictsPanel } from './item-verdicts-panel';
import { RecordPanel } from './record-panel';
import { WizardContext } from '../wizard/wizard-context';
import { paths } from '../wizard/paths';
import { TeamFields } from '../deliverable/team-fields';
import { WorkshopNotesPanel } from '../deliverable/workshop-notes-panel';
import { workshopNotes } from '@/report/workshop-notes';

const euro = (value: number, language: string) =>
  new Intl.NumberFormat(language, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  }).format(value);

export function ResultsScreen() {
  const { t } = useTranslation();
  const rt = useReportTexts();
  const qt = useQuestionnaireText();
  const actor = WizardContext.useActorRef();
  const questionnaire = WizardContext.useSelector((s) => s.context.questionnaire);
  const answers = WizardContext.useSelector((s) => s.context.answers);
  const plan = WizardContext.useSelector((s) => s.context.actionPlan);
  const processorReviews = WizardContext.useSelector((s) => s.context.processorReviews);
  const report = useMemo(
    () => buildReport(questionnaire, answers, plan, { processorReviews }),
    [questionnaire, answers, plan, processorReviews],
  );
  const notes = WizardContext.useSelector((s) => s.context.notes);
  const parked = WizardContext.useSelector((s) => s.context.parked);
  const noted = useMemo(
    () => workshopNotes(report.answers, notes, parked),
    [report, notes, parked],
  );
  const heading = useFocusHeading('results');
  useDocumentTitle(t('results.title'));
  const { pdf, run } = usePdfExport(questionnaire.id);
  const [embedNotes, setEmbedNotes] = useState(false);
  const embedHint = useId();
  const download = () =>
    run({ model: report, session: toSession(actor.getSnapshot().context), embedNotes });

  return (
    <section className="results" aria-labelledby="results-heading">
      <h1 id="results-heading" ref={heading} tabIndex={-1}>
        {t('results.title')}
        {report.organisation && <span className="results-organisation">{report.organisation}</span>}
      </h1>
      <p className="lead">{t('results.intro')}</p>

      {report.outOfScope && (
        <p className="panel out-of-scope" role="note">
          {rt.t('summary.outOfScope')}
        </p>
      )}
      <CriticalGaps report={report} />

      <div className="results-grid">
        <section className="panel overall" aria-labelledby="overall-heading">
          <h2 id="overall-heading">{rt.t('summary.overall')}</h2>
          <p className={`overall-score rag-${report.overall.rag ?? 'none'}`}>
            {report.overall.score === null ? rt.t('summary.noScore') : `${report.overall.score}`}
            {report.overall.score !== null && <span className="out-of"> / 100</span>}
          </p>
          <p className="rag-label">{rt.t(`readiness.${report.overall.readiness}`)}</p>
          {report.overall.criticalGaps > 0 && report.overall.score !== null && (
            <p className="hint">
              {rt.t('summary.ratingCapped', {
                score: report.overall.score,
                count: report.overall.criticalGaps,
              })}
            </p>
          )}
        </section>
        <FinePanel report={report} />
      </div>
      <StartHere report={report} />
      <section className="panel deliverable" aria-labelledby="deliverable-heading">
        <h2 id="deliverable-heading">{t('results.deliverableTitle')}</h2>
        <TeamFields />
        <div className="results-actions">
          <PdfButton pdf={pdf} onClick={() => void download()}>
            {t('results.download')}
          </PdfButton>
          <Link to={paths.report.href()} className="button secondary">
            {t('results.printReport')}
          </Link>
          <label className="results-embed">
            <input
              type="checkbox"
              checked={embedNotes}
              aria-describedby={embedHint}
              onChange={(event) => setEmbedNotes(event.target.checked)}
            />{' '}
            {t('results.embedNotes')}
          </label>
          <button
            type="button"
            className="button secondary"
            onClick={() => actor.send({ type: 'review.open' })}
          >
            {t('complete.reviewAgain')}
          </button>
          <RestartButton />
        </div>
        <PdfProgress pdf={pdf} />
        <p id={embedHint} className="hint">
          {t('results.embedNotesHint')}
        </p>
        <PdfFailure pdf={pdf} className="field-error" />
      </section>

      <section className="panel" aria-labelledby="chart-heading">
        <h2 id="chart-heading">{rt.t('chart.title')}</h2>
        <ScoreChart sections={report.sections} title={(id) => qt.text(`sections.${id}.title`)} />
      </section>

      <section className="panel" aria-labelledby="determinations-heading">
        <h2 id="determinations-heading">{rt.t('summary.determinations')}</h2>
        <dl className="determinations">
          {report.determinations.map((d) => (
            <div key={d.id} className="determination">
              <dt>{qt.text(`determinations.${d.id}.title`)}</dt>
              {d.outcomes.map((o) => (
                <dd key={o.id}>
                  <strong>{qt.text(`determinations.${d.id}.outcomes.${o.id}.label`)}</strong>
                  <span className="reason">
                    {qt.text(`determinations.${d.id}.outcomes.${o.id}.reason`)}
                  </span>
                  {o.reasons.length > 0 && (
                    <ul className="reasons">
                      {o.reasons.map((r) => (
                        <li key={r}>
                          {qt.text(`determinations.${d.id}.outcomes.${o.id}.reasons.${r}`)}
                        </li>
                      ))}
                    </ul>
                  )}
                </dd>
              ))}
            </div>
          ))}
        </dl>
      </section>

      <ItemVerdictsPanel
        verdicts={report.itemVerdicts}
        actions={report.itemActions}
        qt={qt}
        t={rt.t}
      />
      <RecordPanel
        questionnaire={questionnaire}
        records={report.records}
        organisation={report.organisation}
        t={rt.t}
        qt={qt}
      />

      <ActionPlan report={report} />
      <ItemActionsPanel actions={report.itemActions} qt={qt} t={rt.t} />
      <ProcessorAgreementsPanel processors={report.processors} />
      <WorkshopNotesPanel notes={noted} />
      <DeployerHelp />
    </section>
  );
}

function CriticalGaps({ report }: { report: ReportModel }) {
  const rt = useReportTexts();
  const qt = useQuestionnaireText();
  if (report.criticalGaps.length === 0) return null;
  return (
    <section className="panel critical-gaps" aria-labelledby="critical-heading">
      <h2 id="critical-heading">
        {rt.t('summary.criticalGapsCount', { count: report.criticalGaps.length })}
      </h2>
      <p>{rt.t('summary.criticalGapsRule')}</p>
      <ul>
        {report.criticalGaps.map((gap) => (
          <li key={gap.id}>
            <strong>{qt.text(`criticalGaps.${gap.id}.label`)}</strong>{' '}
            {qt.text(`criticalGaps.${gap.id}.detail`)}
          </li>
        ))}
      </ul>
    </section>
  );
}

function FinePanel({ report }: { report: ReportModel }) {
  const { i18n } = useTranslation();
  const rt = useReportTexts();
  const { fines } = report;
  const cases = casesById(fines.examples);
  const ceiling =
    fines.basis === 'national-law'
      ? rt.t('summary.ceilingNationalLaw')
      : fines.ceiling === null
        ? rt.t('summary.ceilingNone')
        : euro(fines.ceiling, i18n.language);
  return (
    <section className="panel fines" aria-labelledby="fines-heading">
      <h2 id="fines-heading">{rt.t('summary.ceiling')}</h2>
      <p className="ceiling">{ceiling}</p>
      <p className="hint">{rt.t('summary.ceilingNote')}</p>
      <p>
        {rt.t(`fines.basis.${fines.basis}`, {
          turnover: fines.turnover === null ? '' : euro(fines.turnover, i18n.language),
        })}
      </p>
      {fines.assumptions.map((a) => (
        <p key={a}>{rt.t(`fines.assumptions.${a}`)}</p>
      ))}
      <details>
        <summary>{rt.t('fines.factorsTitle')}</summary>
        <p>{rt.t('fines.factorsIntro')}</p>
        <ul>
          {FINE_FACTORS.map((f) => (
            <li key={f}>{rt.t(`fines.factors.${f}`)}</li>
          ))}
        </ul>
      </details>
      {cases.length > 0 && (
        <details>
          <summary>{rt.t('fines.casesTitle')}</summary>
          <ul>
            {cases.map((c) => (
              <li key={c.id}>
                <strong>{c.organisation}</strong> ({c.authority}, {c.date}):{' '}
                {euro(c.amountEur, i18n.language)} — {rt.t(`fines.cases.${c.reason}`)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
