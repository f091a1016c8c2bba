import { formatDate } from './format-date';
import { Fragment, useMemo } from 'react';
import { useWorkflowTexts } from '../wizard/use-workflow-texts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AssessmentMeta } from '@/engine/library/library';
import type { Answers, Question, Questionnaire } from '@/engine/questionnaire/questionnaire.schema';
import type { Session } from '@/engine/session/session.schema';
import { buildReport } from '@/report/build-report';
import { comparableAnswers, compareReports, type QuestionChange } from '@/report/compare-reports';
import { actionKey, actionTextKey, questionRef } from '@/report/planned-actions';
import { answerText } from '../components/answer-text';
import { useDocumentTitle } from '../components/use-document-title';
import { PdfButton, PdfFailure, PdfProgress } from '../components/pdf-export-status';
import { usePdfExport } from '../components/use-pdf-export';
import { useFocusHeading } from '../components/use-focus-heading';
import { useQuestionnaireTextFor } from '../wizard/use-questionnaire-text-for';
import { paths } from '../wizard/paths';

export interface ComparedSide {
  readonly meta: AssessmentMeta;
  readonly session: Session;
  /** Questions whose meaning changed since this assessment was saved; left out of the comparison. */
  readonly changed: readonly string[];
}

export interface ComparePageProps {
  readonly questionnaire: Questionnaire;
  /** Null when the assessment does not exist, cannot be read or is of another questionnaire. */
  readonly before: ComparedSide | null;
  readonly after: ComparedSide | null;
}

function signed(delta: number | null, language: string): string {
  if (delta === null) return '—';
  return new Intl.NumberFormat(language, { signDisplay: 'exceptZero' }).format(delta);
}

export function ComparePage({ questionnaire, before, after }: ComparePageProps) {
  useWorkflowTexts();
  const { t, i18n } = useTranslation();
  const qt = useQuestionnaireTextFor(questionnaire.id);
  const heading = useFocusHeading('compare');
  useDocumentTitle(t('compare.title'));
  const { pdf, run } = usePdfExport(questionnaire.id);

  const result = useMemo(() => {
    if (!before || !after) return null;
    const skipped = [...new Set([...before.changed, ...after.changed])];
    const earlier = buildReport(
      questionnaire,
      comparableAnswers(before.session.answers, skipped),
      before.session.actionPlan,
    );
    const laterOf = (answers: Answers) =>
      buildReport(questionnaire, answers, after.session.actionPlan, {
        processorReviews: after.session.processorReviews,
      });
    const comparedLater = laterOf(comparableAnswers(after.session.answers, skipped));
    // The download is the later assessment's own report, whole; only the changes leave out `skipped`.
    const later = skipped.length === 0 ? comparedLater : laterOf(after.session.answers);
    return {
      earlier,
      later,
      skipped,
      changes: compareReports(questionnaire, earlier, comparedLater),
    };
  }, [questionnaire, before, after]);

  const questions = useMemo(
    () => new Map(questionnaire.sections.flatMap((s) => s.questions).map((q) => [q.id, q])),
    [questionnaire],
  );

  if (!before || !after || !result) {
    return (
      <section aria-labelledby="compare-heading">
        <h1 id="compare-heading" ref={heading} tabIndex={-1}>
          {t('compare.title')}
        </h1>
        <p className="notice notice-warning" role="alert">
          {t('compare.missing')}
        </p>
        <Link to={paths.assessments.href()}>{t('compare.back')}</Link>
      </section>
    );
  }

  const name = (side: ComparedSide, organisation: string | null) =>
    side.meta.name || organisation || t('compare.unnamed');
  const date = (side: ComparedSide) =>
    formatDate(side.session.completedAt ?? side.session.updatedAt, i18n.language);
  const { changes, earlier, later, skipped } = result;
  const sameOrganisation =
    earlier.organisation === null ||
    later.organisation === null ||
    earlier.organisation === later.organisation;

  const changeList = (items: readonly QuestionChange[], empty: string) =>
    items.length === 0 ? (
      <p>{empty}</p>
    ) : (
      <ul className="compare-list">
        {items.map((item) => {
          const question = questions.get(item.questionId) as Question;
          return (
            <li key={item.questionId}>
              <strong>{qt.text(`questions.${item.questionId}.label`)}</strong>
              <br />
              {t('compare.answerChange', {
                before: answerText(question, item.before, qt, i18n.language),
                after: answerText(question, item.after, qt, i18n.language),
              })}
            </li>
          );
        })}
      </ul>
    );

  const download = () =>
    run({
      model: later,
      session: after.session,
      comparison: {
        changes,
        since: new Date(before.session.completedAt ?? before.session.updatedAt),
        earlierName: before.meta.name || earlier.organisation,
      },
    });

  return (
    <section className="compare" aria-labelledby="compare-heading">
      <h1 id="compare-heading" ref={heading} tabIndex={-1}>
        {t('compare.title')}
      </h1>
      <p className="lead">
        {t('compare.between', {
          before: name(before, earlier.organisation),
          beforeDate: date(before),
          after: name(after, later.organisation),
          afterDate: date(after),
        })}
      </p>
      {!sameOrganisation && (
        <p className="notice notice-warning">
          {t('compare.otherOrganisation', {
            before: earlier.organisation,
            after: later.organisation,
          })}
        </p>
      )}

      {skipped.length > 0 && (
        <p className="notice notice-warning">
          {t('compare.changedLeftOut', {
            count: skipped.length,
            questions: skipped.map((id) => `“${qt.text(`questions.${id}.label`)}”`).join(', '),
          })}
        </p>
      )}

      <p className="compare-overall">
        {t('compare.overall', {
          before: changes.overall.before ?? '—',
          after: changes.overall.after ?? '—',
          delta: signed(changes.overall.delta, i18n.language),
        })}
      </p>

      <div className="results-actions">
        <PdfButton pdf={pdf} onClick={() => void download()}>
          {t('compare.download')}
        </PdfButton>
        <Link className="button secondary" to={paths.assessments.href()}>
          {t('compare.back')}
        </Link>
      </div>
      <PdfProgress pdf={pdf} />
      <PdfFailure pdf={pdf} className="notice notice-warning" />

      <h2>{t('compare.sections')}</h2>
      <table className="compare-table">
        <thead>
          <tr>
            <th scope="col">{t('compare.section')}</th>
            <th scope="col">{t('compare.before')}</th>
            <th scope="col">{t('compare.after')}</th>
            <th scope="col">{t('compare.change')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.sections.map((s) => (
            <tr key={s.sectionId}>
              <th scope="row">{qt.text(`sections.${s.sectionId}.title`)}</th>
              <td>{s.before ?? '—'}</td>
              <td>{s.after ?? '—'}</td>
              <td
                className={
                  s.delta === null || s.delta === 0 ? '' : s.delta > 0 ? 'delta-up' : 'delta-down'
                }
              >
                {signed(s.delta, i18n.language)}
                {s.delta !== null && s.delta !== 0 && (
                  <span className="visually-hidden">
                    {' '}
                    {s.delta > 0 ? t('compare.better') : t('compare.worse')}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t('compare.improved', { count: changes.improved.length })}</h2>
      {changeList(changes.improved, t('compare.noneImproved'))}
      <h2>{t('compare.regressed', { count: changes.regressed.length })}</h2>
      {changeList(changes.regressed, t('compare.noneRegressed'))}

      <h2>{t('compare.closed', { count: changes.closed.length })}</h2>
      <ul className="compare-list">
        {changes.closed.map((a) => (
          <li key={actionKey(questionRef(a))}>{qt.text(actionTextKey(a))}</li>
        ))}
      </ul>
      <h2>{t('compare.opened', { count: changes.opened.length })}</h2>
      <ul className="compare-list">
        {changes.opened.map((a) => (
          <li key={actionKey(questionRef(a))}>{qt.text(actionTextKey(a))}</li>
        ))}
      </ul>

      {[
        ...new Set([
          ...later.itemVerdicts.map((g) => g.group),
          ...changes.items.map((c) => c.group),
        ]),
      ].map((group) => {
        const items = changes.items.filter((c) => c.group === group);
        const word = qt.text(`questions.${group}.item`);
        const outcomes = (id: string, list: readonly string[]) =>
          list.map((o) => qt.text(`determinations.${id}.outcomes.${o}.label`)).join(', ') || '—';
        return (
          <Fragment key={group}>
            <h2>{qt.text(`questions.${group}.label`)}</h2>
            {changes.uncomparedGroups.includes(group) ? (
              <p>{t('compare.itemsUncompared')}</p>
            ) : items.length === 0 ? (
              <p>{t('compare.noItemChanges')}</p>
            ) : (
              <ul className="compare-list">
                {items.map((c, n) => {
                  const item = c.name ?? word;
                  if (c.change !== 'changed')
                    return (
                      <li key={n}>
                        {t(c.change === 'added' ? 'compare.itemAdded' : 'compare.itemRemoved', {
                          item,
                        })}
                      </li>
                    );
                  return (
                    <li key={n}>
                      <strong>{item}</strong>
                      {c.verdicts.map((v) => (
                        <Fragment key={v.determination}>
                          <br />
                          {t('compare.itemVerdict', {
                            verdict: qt.text(`determinations.${v.determination}.title`),
                            before: outcomes(v.determination, v.before),
                            after: outcomes(v.determination, v.after),
                          })}
                        </Fragment>
                      ))}
                    </li>
                  );
                })}
              </ul>
            )}
          </Fragment>
        );
      })}
    </section>
  );
}
