import type { ItemAction, ItemVerdicts } from '@/report/report.types';
import type { Translate } from '../wizard/use-report-texts';
import type { QuestionnaireText } from '../wizard/use-questionnaire-text';
import { useCite } from '../components/use-cite';

/**
 * The verdicts reached for each item of a group (each processing activity's role, DPIA
 * screening and the like): first a table with a row per item, its main verdicts (the group's
 * `summary`) and its number of actions; then a card per item with every verdict, folded, so
 * that a long list reads as well on a phone.
 */
export function ItemVerdictsPanel({
  verdicts,
  actions,
  qt,
  t,
}: {
  verdicts: readonly ItemVerdicts[];
  actions: readonly ItemAction[];
  qt: QuestionnaireText;
  t: Translate;
}) {
  const cite = useCite();
  return verdicts
    .filter((group) => group.items.length > 0)
    .map((group) => {
      const heading = `item-verdicts-${group.group}`;
      const word = qt.text(`questions.${group.group}.item`);
      const name = (item: ItemVerdicts['items'][number], n: number) =>
        item.name ?? `${word} ${n + 1}`;
      const label = (
        id: string,
        outcomes: ItemVerdicts['items'][number]['outcomes'][string] | undefined,
      ) =>
        (outcomes ?? [])
          .map((o) => qt.text(`determinations.${id}.outcomes.${o.id}.label`))
          .join(', ');
      return (
        <section key={group.group} className="panel item-verdicts" aria-labelledby={heading}>
          <h2 id={heading}>{qt.text(`questions.${group.group}.label`)}</h2>
          <table className="item-summary">
            <caption className="visually-hidden">{t('report:items.overview')}</caption>
            <thead>
              <tr>
                <th scope="col">{word}</th>
                {group.summary.map((id) => (
                  <th scope="col" key={id}>
                    {qt.text(`determinations.${id}.title`)}
                  </th>
                ))}
                <th scope="col">{t('report:items.todo')}</th>
              </tr>
            </thead>
            <tbody>
              {group.items.map((item, n) => (
                <tr key={item.itemId}>
                  <th scope="row">{name(item, n)}</th>
                  {group.summary.map((id) => (
                    <td key={id}>{label(id, item.outcomes[id])}</td>
                  ))}
                  <td>
                    {
                      actions.filter((a) => a.group === group.group && a.itemId === item.itemId)
                        .length
                    }
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul className="item-verdict-list">
            {group.items.map((item, n) => (
              <li key={item.itemId} className="item-verdict">
                <h3>{name(item, n)}</h3>
                <details>
                  <summary>{t('report:items.details', { item: name(item, n) })}</summary>
                  <dl>
                    {group.determinations.map((id) => (
                      <div key={id}>
                        <dt>{qt.text(`determinations.${id}.title`)}</dt>
                        {(item.outcomes[id] ?? []).map((o) => (
                          <dd key={o.id}>
                            <strong>
                              {qt.text(`determinations.${id}.outcomes.${o.id}.label`)}
                            </strong>{' '}
                            <span className="reason">
                              {qt.text(`determinations.${id}.outcomes.${o.id}.reason`)}
                            </span>{' '}
                            <span className="articles">({cite(o.articles)})</span>
                          </dd>
                        ))}
                      </div>
                    ))}
                  </dl>
                </details>
              </li>
            ))}
          </ul>
        </section>
      );
    });
}
