import { Fragment } from 'react';
import { Link } from 'react-router';
import { FINE_FACTORS, casesById } from '@/report/fine-exposure';
import {
  answerRow,
  ceilingHeadline,
  helpLinks,
  recordCells,
  skippedSection,
} from '@/report/report-content';
import { paths } from '../wizard/paths';
import type { ReportView } from './report-document';
import { Chapter, Lines, Refs } from './report-parts';

export function ItemVerdicts({ view }: { view: ReportView }) {
  const { model, texts } = view;
  const { t } = texts;
  return (
    <>
      {model.itemVerdicts
        .filter((group) => group.items.length > 0)
        .map((group, g) => {
          const word = t(`questions.${group.group}.item`);
          return (
            <Chapter
              key={group.group}
              id={g === 0 ? 'items' : `items-${g}`}
              title={t(`questions.${group.group}.label`)}
            >
              <table className="report-table">
                <thead>
                  <tr>
                    <th scope="col">{word}</th>
                    <th scope="col">{t('report:items.verdict')}</th>
                    <th scope="col">{t('report:items.outcome')}</th>
                  </tr>
                </thead>
                {group.items.map((item, n) => (
                  <tbody key={item.itemId}>
                    {group.determinations.map((id, k) => (
                      <tr key={id}>
                        {k === 0 && (
                          <th scope="rowgroup" rowSpan={group.determinations.length}>
                            {item.name ?? `${word} ${n + 1}`}
                          </th>
                        )}
                        <td>{t(`determinations.${id}.title`)}</td>
                        <td>
                          {(item.outcomes[id] ?? []).map((o) => (
                            <span key={o.id} className="report-line">
                              <Refs
                                text={`${t(`determinations.${id}.outcomes.${o.id}.label`)}: ${t(
                                  `determinations.${id}.outcomes.${o.id}.reason`,
                                )} (${texts.cite(o.articles)})`}
                              />
                            </span>
                          ))}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                ))}
              </table>
              <p className="report-quiet">{t('report:items.note')}</p>
            </Chapter>
          );
        })}
    </>
  );
}

export function Record({ view }: { view: ReportView }) {
  const { model, texts } = view;
  const { t } = texts;
  const records = model.records.filter((r) => r.controller.length + r.processor.length > 0);
  return (
    <Chapter id="record" title={t('report:record.title')} intro={t('report:record.pdf.intro')}>
      {records.map((record) =>
        (['controller', 'processor'] as const).map((kind) => {
          const rows = kind === 'controller' ? record.controller : record.processor;
          if (rows.length === 0) return null;
          const word = t(`questions.${record.group}.item`);
          return (
            <Fragment key={`${record.group}-${kind}`}>
              <h3>{t(`report:record.pdf.${kind}`)}</h3>
              {rows.map((row, n) => (
                <table key={n} className="report-table record-table">
                  <caption>{row.name ?? `${word} ${n + 1}`}</caption>
                  <tbody>
                    {recordCells(kind, row, record, model.organisation, texts).map((cell) => (
                      <tr key={cell.label}>
                        <th scope="row">{cell.label}</th>
                        <td className={cell.missing ? 'report-missing' : undefined}>
                          {cell.missing ? t('report:record.missing') : <Lines text={cell.text} />}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ))}
            </Fragment>
          );
        }),
      )}
    </Chapter>
  );
}

export function Processors({ view }: { view: ReportView }) {
  const { model, texts } = view;
  const { t } = texts;
  const { vendors, elements } = model.processors;
  const articles = new Map(elements.map((e) => [e.id, e.articles]));
  return (
    <Chapter id="processors" title={t('report:processors.title')}>
      {vendors.length === 0 ? (
        <p>{t('report:processors.none')}</p>
      ) : (
        <>
          <p className="report-intro">{t('report:processors.intro')}</p>
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">{t('report:processors.columns.vendor')}</th>
                <th scope="col">{t('report:processors.columns.covered')}</th>
                <th scope="col">{t('report:processors.columns.missing')}</th>
              </tr>
            </thead>
            <tbody>
              {vendors.map((vendor, i) => (
                <tr key={i}>
                  <th scope="row">{vendor.vendor ?? t('report:processors.unnamed')}</th>
                  <td>
                    {t('report:processors.covered', {
                      covered: vendor.covered.length,
                      total: elements.length,
                    })}
                  </td>
                  <td>
                    {vendor.complete
                      ? t('report:processors.complete')
                      : vendor.missing.map((id) => (
                          <span key={id} className="report-line">
                            <Refs
                              text={`${t(`report:processors.items.${id}`)} (${texts.cite(articles.get(id) ?? [])})`}
                            />
                          </span>
                        ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {vendors.some((v) => !v.complete) && <p>{t('report:processors.advice')}</p>}
        </>
      )}
      <p className="report-quiet">
        {t('report:processors.guide')} <Link to={paths.dpa.href()}>{t('report:about.dpa')}</Link>
      </p>
    </Chapter>
  );
}

export function Fines({ view }: { view: ReportView }) {
  const { model, texts } = view;
  const { t } = texts;
  const { fines } = model;
  const fixedOnly = fines.basis === 'not-undertaking' || fines.basis === 'public-body-fixed-caps';
  const cases = casesById(fines.examples);
  return (
    <Chapter id="fines" title={t('report:fines.title')} intro={t('report:fines.intro')}>
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">{t('report:fines.tierColumn')}</th>
            <th scope="col">{t('report:fines.provisionsColumn')}</th>
            <th scope="col">{t('report:fines.capColumn')}</th>
            <th scope="col">{t('report:fines.gapsColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {(['art83-4', 'art83-5'] as const).map((tier) => {
            const cap = fines.tiers[tier].cap;
            return (
              <tr key={tier}>
                <th scope="row">
                  <Refs text={texts.tier(tier)} />
                </th>
                <td>{t(`report:fines.provisions.${tier}`)}</td>
                <td>
                  {cap === null ? (
                    t('report:fines.capNationalLaw')
                  ) : (
                    <>
                      {texts.amount(cap)}
                      <span className="report-quiet report-line">
                        {t(`report:fines.${fixedOnly ? 'ruleFixed' : 'rule'}.${tier}`)}
                      </span>
                    </>
                  )}
                </td>
                <td className="report-number">{fines.tiers[tier].gaps}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h3>{t('report:fines.basisTitle')}</h3>
      <p>
        <Refs
          text={t(`report:fines.basis.${fines.basis}`, {
            turnover: fines.turnover === null ? '' : texts.amount(fines.turnover),
          })}
        />
      </p>
      {fines.assumptions.map((a) => (
        <p key={a}>
          <Refs text={t(`report:fines.assumptions.${a}`)} />
        </p>
      ))}
      <div className="report-panel">
        <h3>{t('report:fines.ceilingTitle')}</h3>
        <p>
          <strong>
            <Refs text={ceilingHeadline(fines, texts)} />
          </strong>
        </p>
        <p className="report-quiet">{t('report:fines.ceilingNote')}</p>
      </div>
      <h3>{t('report:fines.factorsTitle')}</h3>
      <p>
        <Refs text={t('report:fines.factorsIntro')} />
      </p>
      <ol className="report-factors">
        {FINE_FACTORS.map((factor) => (
          <li key={factor}>
            <Refs text={t(`report:fines.factors.${factor}`)} />
          </li>
        ))}
      </ol>
      {cases.length > 0 && (
        <>
          <h3>{t('report:fines.casesTitle')}</h3>
          <p className="report-quiet">{t('report:fines.casesIntro')}</p>
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">{t('report:fines.casesColumns.organisation')}</th>
                <th scope="col">{t('report:fines.casesColumns.authority')}</th>
                <th scope="col">{t('report:fines.casesColumns.amount')}</th>
                <th scope="col">{t('report:fines.casesColumns.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {cases.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{c.organisation}</th>
                  <td>
                    {c.authority} ({c.country})
                    <span className="report-line">{texts.isoDate(c.date)}</span>
                  </td>
                  <td className="report-number">{texts.amount(c.amountEur)}</td>
                  <td>
                    {t(`report:fines.cases.${c.reason}`)}
                    <span className="report-quiet report-line">
                      <Refs text={texts.cite(c.articles)} />
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Chapter>
  );
}

export function Answers({ view }: { view: ReportView }) {
  const { model, texts, numbers } = view;
  const { t } = texts;
  return (
    <Chapter id="answers" title={t('report:answers.title')} intro={t('report:answers.intro')}>
      {model.answers.map((section) => {
        const title = texts.section(section.sectionId, numbers.get(section.sectionId));
        return (
          <section key={section.sectionId} aria-labelledby={`answers-${section.sectionId}`}>
            <h3 id={`answers-${section.sectionId}`}>{title}</h3>
            {!section.shown ? (
              <p className="report-quiet">{skippedSection(section.sectionId, texts)}</p>
            ) : (
              <table className="report-table answers-table">
                <thead>
                  <tr>
                    <th scope="col">{t('report:answers.question')}</th>
                    <th scope="col">{t('report:answers.answer')}</th>
                  </tr>
                </thead>
                <tbody>
                  {section.questions.map((row) => {
                    const cell = answerRow(row, texts);
                    return (
                      <tr key={row.questionId}>
                        <th scope="row">
                          {cell.question}
                          {cell.skipReason && (
                            <span className="report-quiet report-line">{cell.skipReason}</span>
                          )}
                        </th>
                        <td className={cell.quiet ? 'report-quiet' : undefined}>
                          <Lines text={cell.answer} />
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
    </Chapter>
  );
}

export function About({ view }: { view: ReportView }) {
  const { model, texts } = view;
  const { t } = texts;
  const pageHref = { faq: paths.faq.href(), dpa: paths.dpa.href() };
  return (
    <Chapter id="about" title={t('report:about.title')}>
      {(['notAdvice', 'method', 'privacy'] as const).map((part) => (
        <Fragment key={part}>
          <h3>{t(`report:about.${part}Title`)}</h3>
          <p>{t(`report:about.${part}`)}</p>
        </Fragment>
      ))}
      <p>
        <strong>{t('report:embedded.nothing')}</strong>
      </p>
      <h3>{t('report:about.linksTitle')}</h3>
      <ul className="report-links">
        {helpLinks(texts, model.nationalLaws).map((link) => (
          <li key={link.label}>
            {'page' in link ? (
              <Link to={pageHref[link.page]}>{link.label}</Link>
            ) : (
              <a href={link.url} rel="noreferrer">
                {link.label}
              </a>
            )}
          </li>
        ))}
        <li>
          <Link to={paths.glossary.href()}>{t('report:about.glossary')}</Link>
        </li>
      </ul>
    </Chapter>
  );
}
