import type { Ref } from 'react';
import { Link } from 'react-router';
import {
  actionKey,
  plannedActions,
  plannedPhases,
  questionRef,
  type PlannedAction,
} from '@/report/planned-actions';
import type { ChapterId } from '@/report/report-chapters';
import { conflictSentences } from '@/report/conflict-text';
import {
  actionFacts,
  actionLines,
  actionOwner,
  ceilingFigure,
  coverRows,
  findingMeta,
  findingLabel,
} from '@/report/report-content';
import type { ReportModel } from '@/report/report.types';
import type { ReportTexts } from '@/report/report-texts';
import { RAG_THRESHOLDS } from '@/report/scoring-rules';
import { READY_FROM } from '@/report/readiness-labels';
import { ScoreChart } from '../components/score-chart';
import { paths } from '../wizard/paths';
import { Chapter, Refs } from './report-parts';

/** What every chapter of the page reads: the model, its texts and the section numbers. */
export interface ReportView {
  readonly model: ReportModel;
  readonly texts: ReportTexts;
  readonly organisation: string;
  readonly numbers: ReadonlyMap<string, number>;
}

/** A chapter's title as the PDF's contents give it; the item chapters are one per group. */
export function chapterTitles(id: ChapterId, { model, texts }: ReportView): string[] {
  const { t } = texts;
  switch (id) {
    case 'items':
      return model.itemVerdicts
        .filter((group) => group.items.length > 0)
        .map((group) => t(`questions.${group.group}.label`));
    case 'record':
      return [t('report:record.title')];
    case 'processors':
      return [t('report:processors.title')];
    case 'notes':
      return [t('report:notes.title')];
    case 'cover':
    case 'comparison':
      return [];
    default:
      return [t(`report:${id}.title`)];
  }
}

export function Cover({
  view,
  chapters,
  who,
  headingRef,
}: {
  view: ReportView;
  chapters: readonly ChapterId[];
  headingRef: Ref<HTMLHeadingElement>;
  who: { assessor: string | null; participants: string | null; generatedAt: Date };
}) {
  const { model, texts, organisation } = view;
  const { t } = texts;
  const rows = coverRows(model, { ...who, organisation }, texts);
  const titles = chapters.flatMap((id) =>
    chapterTitles(id, view).map((title, i) => ({ id: i === 0 ? id : `${id}-${i}`, title })),
  );
  return (
    <header className="report-cover">
      <p className="report-eyebrow">{t('report:cover.eyebrow')}</p>
      <h1 id="report-heading" ref={headingRef} tabIndex={-1}>
        {organisation}
      </h1>
      <p className="report-subtitle">{t('report:document.subtitle')}</p>
      <dl className="report-facts">
        {rows.map((row) => (
          <div key={row.label}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      <nav className="report-contents" aria-labelledby="report-contents-title">
        <h2 id="report-contents-title">{t('report:cover.contents')}</h2>
        <ol>
          {titles.map(({ id, title }) => (
            <li key={id}>
              <a href={`#${id}-title`}>{title}</a>
            </li>
          ))}
        </ol>
      </nav>
      <p className="report-note">{t('report:cover.confidential')}</p>
    </header>
  );
}

export function Summary({ view }: { view: ReportView }) {
  const { model, texts } = view;
  const { t } = texts;
  const ceiling = ceilingFigure(model.fines, texts);
  const high = model.actions.filter((a) => a.priority === 'high').length;
  return (
    <Chapter id="summary" title={t('report:summary.title')}>
      {model.outOfScope ? (
        <div className="report-panel">
          <p>
            <strong>{t('report:summary.outOfScope')}</strong>
          </p>
          <ul>
            {model.outOfScope.reasons.map((reason) => (
              <li key={reason}>
                <Refs text={t(`exits.${model.outOfScope?.exitId}.reasons.${reason}`)} />
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <>
          {model.criticalGaps.length > 0 && (
            <div className="report-panel report-critical">
              <h3>{t('report:summary.criticalGapsCount', { count: model.criticalGaps.length })}</h3>
              <p>{t('report:summary.criticalGapsRule')}</p>
              <ul>
                {model.criticalGaps.map((gap) => (
                  <li key={gap.id}>
                    <strong>{t(`criticalGaps.${gap.id}.label`)}</strong>{' '}
                    {t(`criticalGaps.${gap.id}.detail`)}{' '}
                    <span className="report-refs">
                      <Refs text={texts.cite(gap.articles)} />
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <dl className="report-figures">
            <div>
              <dt>{t('report:summary.overall')}</dt>
              <dd className={`report-score rag-${model.overall.rag ?? 'none'}`}>
                {model.overall.score === null
                  ? t('report:summary.noScore')
                  : `${model.overall.score} ${t('report:summary.outOf')}`}
              </dd>
              {model.overall.rag !== null && <dd>{texts.readiness(model.overall.readiness)}</dd>}
              {model.overall.criticalGaps > 0 && model.overall.score !== null && (
                <dd className="report-quiet">
                  {t('report:summary.ratingCapped', {
                    score: model.overall.score,
                    count: model.overall.criticalGaps,
                  })}
                </dd>
              )}
            </div>
            <div>
              <dt>{t('report:summary.gaps')}</dt>
              <dd className="report-figure">
                {t('report:summary.gapsValue', { count: model.actions.length })}
              </dd>
              <dd>{t('report:summary.highPriority', { count: high })}</dd>
            </div>
            <div>
              <dt>{t('report:summary.ceiling')}</dt>
              <dd className={ceiling.amount ? 'report-figure' : undefined}>{ceiling.value}</dd>
              {ceiling.note && (
                <dd className="report-quiet">
                  <Refs text={ceiling.note} />
                </dd>
              )}
            </div>
          </dl>
          <FirstSteps view={view} />
        </>
      )}
      <h3>{t('report:summary.determinations')}</h3>
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">{t('report:summary.determinationColumn')}</th>
            <th scope="col">{t('report:summary.outcomeColumn')}</th>
            <th scope="col">{t('report:summary.basisColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {model.determinations.map((d) => (
            <tr key={d.id}>
              <th scope="row">{t(`determinations.${d.id}.title`)}</th>
              <td>
                {d.outcomes.map((o) => (
                  <div key={o.id}>
                    <strong>{t(`determinations.${d.id}.outcomes.${o.id}.label`)}</strong>
                    {o.reasons.length > 0 && (
                      <ul className="report-quiet">
                        {o.reasons.map((r) => (
                          <li key={r}>
                            {t(`determinations.${d.id}.outcomes.${o.id}.reasons.${r}`)}
                          </li>
                        ))}
                      </ul>
                    )}
                  </div>
                ))}
              </td>
              <td>
                <Refs text={texts.cite([...new Set(d.outcomes.flatMap((o) => o.articles))])} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Chapter>
  );
}

function FirstSteps({ view }: { view: ReportView }) {
  const { model, texts } = view;
  const { t } = texts;
  const count = model.actions.length + model.itemActions.length;
  const header = (column: string) => columnHeader(column, texts);
  return (
    <>
      <h3>{t('report:summary.topActions')}</h3>
      {count === 0 ? (
        <p className="report-quiet">{t('report:summary.noActions')}</p>
      ) : (
        <>
          <table className="report-table first-steps stacked-table">
            <HeaderRow
              columns={['number', 'priority', 'action', 'articles', 'effort']}
              header={header}
            />
            <tbody>
              {plannedActions(model, model.plan.firstSteps).map((p, i) => (
                <tr key={p.key}>
                  <td data-label={header('number')}>{i + 1}</td>
                  <td data-label={header('priority')} className={`priority-${p.action.priority}`}>
                    {t(`report:priority.${p.action.priority}`)}
                  </td>
                  <td data-label={header('action')}>
                    <ActionCell planned={p} texts={texts} />
                  </td>
                  <td data-label={header('articles')}>
                    <Refs text={texts.cite(p.action.articles)} />
                  </td>
                  <td data-label={header('effort')}>
                    {t(`report:effortShort.${p.action.effort}`)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="report-quiet">
            <a href="#actions-title">{t('report:actions.title')}</a>
          </p>
        </>
      )}
    </>
  );
}

/** An action plan column's header, without the soft hyphen the PDF's narrow column needs. */
/** The header row of a report table: one column header per column, in order. */
function HeaderRow({
  columns,
  header,
}: {
  columns: readonly string[];
  header: (column: string) => string;
}) {
  return (
    <thead>
      <tr>
        {columns.map((c) => (
          <th key={c} scope="col">
            {header(c)}
          </th>
        ))}
      </tr>
    </thead>
  );
}

function columnHeader(column: string, { t }: ReportTexts): string {
  return t(`report:actions.columns.${column}`).replaceAll('\u00ad', '');
}

function ActionCell({ planned, texts }: { planned: PlannedAction; texts: ReportTexts }) {
  const { critical, text, detail } = actionLines(planned, texts);
  return (
    <>
      {critical && (
        <strong className="report-critical-mark">
          {texts.t('report:summary.criticalAction')}{' '}
        </strong>
      )}
      {text}
      {detail && <span className="report-quiet report-line">{detail}</span>}
    </>
  );
}

export function Chart({ view }: { view: ReportView }) {
  const { model, texts, numbers } = view;
  const { t } = texts;
  return (
    <Chapter id="chart" title={t('report:chart.title')} intro={t('report:chart.intro')}>
      <ScoreChart
        sections={model.sections}
        title={(id) => texts.section(id, numbers.get(id))}
        tableShown
      />
      <ul className="report-legend">
        <li className="rag-red">{t('report:chart.legendRed', { amber: RAG_THRESHOLDS.amber })}</li>
        <li className="rag-amber">
          {t('report:chart.legendAmber', {
            amber: RAG_THRESHOLDS.amber,
            below: RAG_THRESHOLDS.green - 1,
          })}
        </li>
        <li className="rag-green">
          {t('report:chart.legendGreen', { green: RAG_THRESHOLDS.green, ready: READY_FROM })}
        </li>
      </ul>
      {model.sections.some((s) => s.criticalGaps > 0) && (
        <p className="report-quiet">{t('report:chart.legendCritical')}</p>
      )}
    </Chapter>
  );
}

export function Findings({ view }: { view: ReportView }) {
  const { model, texts, numbers } = view;
  const { t } = texts;
  const skipped = model.sections.filter((s) => !s.shown);
  return (
    <Chapter id="findings" title={t('report:findings.title')} intro={t('report:findings.intro')}>
      {model.sections
        .filter((s) => s.shown)
        .map((section) => {
          const gaps = model.actions.filter((a) => a.sectionId === section.sectionId);
          return (
            <section key={section.sectionId} className="report-finding">
              <h3>{texts.section(section.sectionId, numbers.get(section.sectionId))}</h3>
              {section.score !== null && (
                <p className={`report-quiet rag-${section.rag ?? 'none'}`}>
                  {t('report:findings.score', { score: section.score })} ·{' '}
                  {texts.readiness(section.readiness)} ·{' '}
                  {t('report:findings.gaps', { count: section.gaps })}
                </p>
              )}
              {gaps.length === 0 ? (
                <p className="report-quiet">
                  {t(
                    section.score === null ? 'report:findings.notScored' : 'report:findings.noGaps',
                  )}
                </p>
              ) : (
                <ul>
                  {gaps.map((action) => (
                    <li
                      key={actionKey(questionRef(action))}
                      className={`priority-${action.priority}`}
                    >
                      {findingLabel(action, texts)}
                      <span className="report-quiet report-line">
                        <Refs text={findingMeta(action, texts)} />
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      {skipped.length > 0 && (
        <>
          <h3>{t('report:findings.skippedTitle')}</h3>
          <p className="report-quiet">{t('report:findings.skippedIntro')}</p>
          <ul>
            {skipped.map((s) => (
              <li key={s.sectionId}>{texts.section(s.sectionId, numbers.get(s.sectionId))}</li>
            ))}
          </ul>
        </>
      )}
    </Chapter>
  );
}

export function ActionPlanChapter({ view }: { view: ReportView }) {
  const { model, texts } = view;
  const { t } = texts;
  const phases = plannedPhases(model);
  const all = phases.flatMap((p) => p.actions);
  const numbers = new Map(all.map((p, i) => [p.key, i + 1]));
  const header = (column: string) => columnHeader(column, texts);
  const columns = ['number', 'priority', 'action', 'ownerDue'];
  return (
    <Chapter id="actions" title={t('report:actions.title')} intro={t('report:actions.intro')}>
      <p>
        <Link to={paths.dpa.href()}>{t('report:about.dpa')}</Link>
      </p>
      {phases.length === 0 && <p>{t('report:actions.none')}</p>}
      {phases.map(({ phase, actions }) => (
        <section key={phase} aria-labelledby={`phase-${phase}`}>
          <h3 id={`phase-${phase}`}>{t(`report:plan.phaseTitle.${phase}`)}</h3>
          <p className="report-quiet">{t(`report:plan.phaseIntro.${phase}`)}</p>
          <table className="report-table action-table stacked-table">
            <HeaderRow columns={columns} header={header} />
            <tbody>
              {actions.map((p) => (
                <tr key={p.key}>
                  <td data-label={header('number')}>{numbers.get(p.key)}</td>
                  <td data-label={header('priority')} className={`priority-${p.action.priority}`}>
                    {t(`report:priority.${p.action.priority}`)}
                  </td>
                  <td data-label={header('action')}>
                    <ActionCell planned={p} texts={texts} />
                    {p.kind === 'question' &&
                      conflictSentences(
                        p.action,
                        (key, values) => t(`report:${key}`, values),
                        (id) => t(`questions.${id}.label`),
                        (id, option) => texts.option(id, option),
                        (group) => t(`questions.${group}.item`),
                      ).map((text) => (
                        <span key={text} className="report-critical-mark report-line">
                          {text}
                        </span>
                      ))}
                    {p.kind === 'question' && p.action.investigate && !p.action.conflict && (
                      <span className="report-critical-mark report-line">
                        {t('report:actions.investigate')}
                      </span>
                    )}
                    <span className="report-quiet report-line">
                      <Refs text={actionFacts(p, texts)} />
                    </span>
                  </td>
                  <td data-label={header('ownerDue')}>
                    <OwnerCell planned={p} texts={texts} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <ItemActions view={view} />
    </Chapter>
  );
}

function OwnerCell({ planned, texts }: { planned: PlannedAction; texts: ReportTexts }) {
  const { owner, due, suggested } = actionOwner(planned, texts);
  return (
    <>
      {owner && <strong className="report-line">{owner}</strong>}
      {due && <span className="report-line">{due}</span>}
      {suggested && <span className="report-quiet report-line">{suggested}</span>}
    </>
  );
}

function ItemActions({ view }: { view: ReportView }) {
  const { model, texts } = view;
  const { t } = texts;
  return (
    <>
      {[...new Set(model.itemActions.map((a) => a.group))].map((group) => {
        const word = t(`questions.${group}.item`);
        const rows = model.itemActions.filter((a) => a.group === group);
        return (
          <section key={group} aria-labelledby={`item-actions-${group}`}>
            <h3 id={`item-actions-${group}`}>{t(`questions.${group}.actions`)}</h3>
            <table className="report-table">
              <thead>
                <tr>
                  <th scope="col">{word}</th>
                  <th scope="col">{t('report:actions.columns.action')}</th>
                  <th scope="col">{t('report:actions.columns.priority')}</th>
                  <th scope="col">{t('report:actions.columns.articles')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((a) => {
                  const key = `determinations.${a.determination}.outcomes.${a.outcome}`;
                  return (
                    <tr key={`${a.itemId}-${a.determination}-${a.outcome}`}>
                      <th scope="row">{a.name ?? `${word} ${a.position}`}</th>
                      <td>
                        {t(`${key}.action`)}
                        <span className="report-quiet report-line">
                          {t(`determinations.${a.determination}.title`)}: {t(`${key}.label`)}
                        </span>
                      </td>
                      <td>{t(`report:priority.${a.priority}`)}</td>
                      <td>
                        <Refs
                          text={texts.cite([...a.articles, t(`report:tierShort.${a.fineTier}`)])}
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        );
      })}
    </>
  );
}
