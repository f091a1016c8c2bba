import { useTranslation } from 'react-i18next';
import type { SectionScore } from '@/report/report.types';
import { useReportTexts } from '../wizard/use-report-texts';

/**
 * Section scores as horizontal bars, drawn in HTML so the labels keep their size and wrap on a
 * phone; the same values are in a table for screen readers.
 */
export function ScoreChart({
  sections,
  title,
  tableShown = false,
}: {
  sections: readonly SectionScore[];
  title: (id: string) => string;
  /** Show the table too (the printable report), not only to screen readers. */
  tableShown?: boolean;
}) {
  const { t } = useTranslation();
  const rt = useReportTexts();
  const shown = sections.filter((s) => s.shown);
  return (
    <figure className="score-chart">
      <div className="score-bars" aria-hidden="true">
        {shown.map((section) => (
          <div key={section.sectionId} className="score-bar">
            <span className="score-bar-label">{title(section.sectionId)}</span>
            <span className="score-bar-track">
              {section.score !== null && (
                <span
                  className={`score-bar-fill rag-${section.rag ?? 'none'}`}
                  style={{ width: `${section.score}%` }}
                />
              )}
            </span>
            <span className="score-bar-value">{section.score ?? '–'}</span>
          </div>
        ))}
      </div>
      <div className={tableShown ? 'score-table' : 'visually-hidden'}>
        <table>
          <caption>{rt.t('chart.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.section')}</th>
              <th scope="col">{t('results.score')}</th>
              <th scope="col">{t('results.status')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((section) => (
              <tr key={section.sectionId}>
                <th scope="row">{title(section.sectionId)}</th>
                <td>
                  {section.score === null ? rt.t('chart.notScored') : `${section.score} / 100`}
                </td>
                <td>{rt.t(`readiness.${section.readiness}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
