import type { ItemVerdicts } from '@/report/report.types';
import type { QuestionnaireText } from '../wizard/use-questionnaire-text';

/**
 * The verdicts reached for each item of a group (each processing activity's role, DPIA
 * screening and the like): a card per item, so that a long list reads as well on a phone.
 */
export function ItemVerdictsPanel({
  verdicts,
  qt,
}: {
  verdicts: readonly ItemVerdicts[];
  qt: QuestionnaireText;
}) {
  return verdicts
    .filter((group) => group.items.length > 0)
    .map((group) => {
      const heading = `item-verdicts-${group.group}`;
      const word = qt.text(`questions.${group.group}.item`);
      return (
        <section key={group.group} className="panel item-verdicts" aria-labelledby={heading}>
          <h2 id={heading}>{qt.text(`questions.${group.group}.label`)}</h2>
          <ul className="item-verdict-list">
            {group.items.map((item, n) => (
              <li key={item.itemId} className="item-verdict">
                <h3>{item.name ?? `${word} ${n + 1}`}</h3>
                <dl>
                  {group.determinations.map((id) => (
                    <div key={id}>
                      <dt>{qt.text(`determinations.${id}.title`)}</dt>
                      {(item.outcomes[id] ?? []).map((o) => (
                        <dd key={o.id}>
                          <strong>{qt.text(`determinations.${id}.outcomes.${o.id}.label`)}</strong>{' '}
                          <span className="reason">
                            {qt.text(`determinations.${id}.outcomes.${o.id}.reason`)}
                          </span>{' '}
                          <span className="articles">({o.articles.join(', ')})</span>
                        </dd>
                      ))}
                    </div>
                  ))}
                </dl>
              </li>
            ))}
          </ul>
        </section>
      );
    });
}
