import { Link } from 'react-router';
import type { ProcessorAgreements } from '@/report/report.types';
import { paths } from '../wizard/paths';
import { useReportTexts } from '../wizard/use-report-texts';

export function ProcessorAgreementsPanel({ processors }: { processors: ProcessorAgreements }) {
  const rt = useReportTexts();
  const { vendors, elements, usesProcessors } = processors;
  if (vendors.length === 0 && !usesProcessors) return null;
  return (
    <section className="panel processor-agreements" aria-labelledby="processors-heading">
      <h2 id="processors-heading">{rt.t('processors.title')}</h2>
      {vendors.length === 0 ? (
        <p>{rt.t('processors.none')}</p>
      ) : (
        <>
          <p>{rt.t('processors.intro')}</p>
          <ul className="vendor-summary">
            {vendors.map((vendor) => (
              <li key={vendor.id}>
                <h3>{vendor.vendor ?? rt.t('processors.unnamed')}</h3>
                <p className={vendor.complete ? 'vendor-count complete' : 'vendor-count'}>
                  {rt.t('processors.covered', {
                    covered: vendor.covered.length,
                    total: elements.length,
                  })}
                  {vendor.complete && ` · ${rt.t('processors.complete')}`}
                </p>
                {!vendor.complete && (
                  <>
                    <p className="vendor-missing-label">{rt.t('processors.missing')}</p>
                    <ul className="vendor-missing">
                      {vendor.missing.map((id) => (
                        <li key={id}>
                          <Link to={`${paths.dpa.href()}#${id}`}>
                            {rt.t(`processors.items.${id}`)}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            ))}
          </ul>
          {vendors.some((v) => !v.complete) && <p className="hint">{rt.t('processors.advice')}</p>}
        </>
      )}
      <p>
        <Link to={paths.dpa.href()}>{rt.t('processors.open')}</Link>
      </p>
    </section>
  );
}
