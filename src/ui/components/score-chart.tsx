import { useTranslation } from 'react-i18next';
import type { SectionScore } from '@/report/report.types';
import { useReportTexts } from '../wizard/use-report-texts';

const BAR_HEIGHT = 22;
const GAP = 10;
const LABEL_WIDTH = 350;
const BAR_WIDTH = 360;

/** Section scores as horizontal bars; the same values are in a table for screen readers. */
export function ScoreChart({
  sections,
  title,
}: {
  sections: readonly SectionScore[];
  title: (id: string) => string;
}) {
  const { t } = useTranslation();
  const rt = useReportTexts();
  const shown = sections.filter((s) => s.shown);
  const height = shown.length * (BAR_HEIGHT + GAP);
  return (
    <figure className="score-chart">
      <svg
        viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + 60} ${height}`}
        width="100%"
        aria-hidden="true"
        focusable="false"
        className="score-chart-svg"
      >
        {shown.map((section, i) => {
          const y = i * (BAR_HEIGHT + GAP);
          const width = ((section.score ?? 0) / 100) * BAR_WIDTH;
          return (
            <g key={section.sectionId} transform={`translate(0 ${y})`}>
              <text
                x={LABEL_WIDTH - 8}
                y={BAR_HEIGHT / 2 + 5}
                textAnchor="end"
                className="chart-label"
              >
                {title(section.sectionId)}
              </text>
              <rect
                x={LABEL_WIDTH}
                y={0}
                width={BAR_WIDTH}
                height={BAR_HEIGHT}
                className="chart-track"
                rx={4}
              />
              {section.score !== null && (
                <rect
                  x={LABEL_WIDTH}
                  y={0}
                  width={width}
                  height={BAR_HEIGHT}
                  className={`chart-bar rag-${section.rag ?? 'none'}`}
                  rx={4}
                />
              )}
              <text x={LABEL_WIDTH + BAR_WIDTH + 8} y={BAR_HEIGHT / 2 + 5} className="chart-value">
                {section.score === null ? '–' : `${section.score}`}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="visually-hidden">
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
              <td>{section.score === null ? rt.t('chart.notScored') : `${section.score} / 100`}</td>
              <td>{rt.t(`rag.${section.rag ?? 'none'}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
