import type { ItemAction } from '@/report/report.types';
import type { Translate } from '../wizard/use-report-texts';
import type { QuestionnaireText } from '../wizard/use-questionnaire-text';
import { useCite } from '../components/use-cite';

/**
 * What to do about the gaps single items leave (a processing activity without a lawful basis,
 * say), grouped by item so that whoever runs that activity finds their list in one place.
 */
export function ItemActionsPanel({
  actions,
  qt,
  t,
}: {
  /** In the report's order: per group, item by item. */
  actions: readonly ItemAction[];
  qt: QuestionnaireText;
  t: Translate;
}) {
  const cite = useCite();
  const groups = [...new Set(actions.map((a) => a.group))];
  return groups.map((group) => {
    const heading = `item-actions-${group}`;
    const word = qt.text(`questions.${group}.item`);
    const own = actions.filter((a) => a.group === group);
    const items = [...new Set(own.map((a) => a.itemId))];
    return (
      <section key={group} className="panel item-actions" aria-labelledby={heading}>
        <h2 id={heading}>{qt.text(`questions.${group}.actions`)}</h2>
        {items.map((itemId) => {
          const list = own.filter((a) => a.itemId === itemId);
          const first = list[0]!;
          return (
            <section key={itemId} className="item-action-group">
              <h3>{first.name ?? `${word} ${first.position}`}</h3>
              <ol className="action-plan">
                {list.map((a) => {
                  const key = `determinations.${a.determination}.outcomes.${a.outcome}`;
                  return (
                    <li key={a.determination} className={`action priority-${a.priority}`}>
                      <p className="action-text">{qt.text(`${key}.action`)}</p>
                      <p className="action-meta">
                        <span>
                          {qt.text(`determinations.${a.determination}.title`)}:{' '}
                          {qt.text(`${key}.label`)}
                        </span>
                        <span>{t(`report:priority.${a.priority}`)}</span>
                        <span>{t(`report:tier.${a.fineTier}`)}</span>
                        <span>{cite(a.articles)}</span>
                      </p>
                    </li>
                  );
                })}
              </ol>
            </section>
          );
        })}
      </section>
    );
  });
}
