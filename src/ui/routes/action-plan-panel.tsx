import { useTranslation } from 'react-i18next';
import { conflictSentences } from '@/report/conflict-text';
import {
  actionPlanKey,
  actionTextKey,
  plannedActions,
  plannedPhases,
  type PlannedAction,
} from '@/report/planned-actions';
import type { ActionItem, ItemAction, ReportModel } from '@/report/report.types';
import { FaqLinks } from '../knowledge/lazy-links';
import { useAnswerTexts } from '../questions/answer-control';
import { useReportTexts, type Translate } from '../wizard/use-report-texts';
import { useQuestionnaireText, type QuestionnaireText } from '../wizard/use-questionnaire-text';
import { WizardContext } from '../wizard/wizard-context';
import { useCite } from '../components/use-cite';

function actionText(planned: PlannedAction, qt: QuestionnaireText): string {
  if (planned.kind === 'question') return qt.text(actionTextKey(planned.action));
  const { determination, outcome } = planned.action;
  return qt.text(`determinations.${determination}.outcomes.${outcome}.action`);
}

function itemLabel(action: ItemAction, qt: QuestionnaireText): string {
  return action.name ?? `${qt.text(`questions.${action.group}.item`)} ${action.position}`;
}

export function StartHere({ report }: { report: ReportModel }) {
  const rt = useReportTexts();
  const qt = useQuestionnaireText();
  const steps = plannedActions(report, report.plan.firstSteps);
  if (steps.length === 0) return null;
  return (
    <section className="panel start-here" aria-labelledby="start-here-heading">
      <h2 id="start-here-heading">{rt.t('plan.startHere')}</h2>
      <p>{rt.t('plan.startHereIntro')}</p>
      <ol className="start-here-steps">
        {steps.map((step) => (
          <li key={step.key}>
            <p className="start-here-action">
              {actionText(step, qt)}
              {step.kind === 'item' && (
                <span className="start-here-item">
                  {' '}
                  ({rt.t('plan.captions.item')}: {itemLabel(step.action, qt)})
                </span>
              )}
            </p>
            <ActionFacts planned={step} t={rt.t} />
            <a href={`#${step.key}`} className="start-here-link">
              {rt.t('plan.toAction')}
            </a>
          </li>
        ))}
      </ol>
      <p className="hint">{rt.t('plan.startHereMore')}</p>
    </section>
  );
}

/** The facts about an action, each with its caption. */
function ActionFacts({ planned, t }: { planned: PlannedAction; t: Translate }) {
  const cite = useCite();
  const { action } = planned;
  const owner = planned.kind === 'question' ? planned.action.suggestedOwner : null;
  const facts: [caption: string, value: string][] = [
    [t('plan.captions.priority'), t(`priority.${action.priority}`)],
    [t('plan.captions.fineTier'), cite([t(`tierShort.${action.fineTier}`)])],
    [t('plan.captions.article'), cite(action.articles)],
    [t('plan.captions.effort'), t(`effort.${action.effort}`)],
    ...(owner ? [[t('plan.captions.owner'), t(owner)] as [string, string]] : []),
  ];
  return (
    <dl className="action-facts">
      {facts.map(([caption, value]) => (
        <div key={caption}>
          <dt>{caption}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ActionPlan({ report }: { report: ReportModel }) {
  const { t } = useTranslation();
  const rt = useReportTexts();
  const phases = plannedPhases(report);
  const count = report.actions.length + report.itemActions.length;
  const firstSteps = new Map(
    plannedActions(report, report.plan.firstSteps).map((p, i) => [p.key, i + 1]),
  );
  // Numbered through the phases, so the first steps are 1 to 5 here too.
  const offsets = phases.map((_, i) =>
    phases.slice(0, i).reduce((sum, p) => sum + p.actions.length, 0),
  );
  return (
    <section className="panel" aria-labelledby="plan-heading">
      <h2 id="plan-heading">{rt.t('actions.title')}</h2>
      {count === 0 ? (
        <p>{rt.t('actions.none')}</p>
      ) : (
        <>
          <p>{t('results.planIntro', { count })}</p>
          {phases.map(({ phase, actions }, p) => (
            <section
              key={phase}
              className={`plan-phase phase-${phase}`}
              aria-labelledby={`phase-${phase}`}
            >
              <h3 id={`phase-${phase}`}>{rt.t(`plan.phaseTitle.${phase}`)}</h3>
              <p className="hint">{rt.t(`plan.phaseIntro.${phase}`)}</p>
              <ol className="action-plan" start={offsets[p]! + 1}>
                {actions.map((planned, i) => (
                  <PlanEntry
                    key={planned.key}
                    planned={planned}
                    number={offsets[p]! + i + 1}
                    firstStep={firstSteps.get(planned.key)}
                  />
                ))}
              </ol>
            </section>
          ))}
        </>
      )}
    </section>
  );
}

function PlanEntry({
  planned,
  number,
  firstStep,
}: {
  planned: PlannedAction;
  number: number;
  firstStep: number | undefined;
}) {
  const texts = useAnswerTexts();
  const rt = useReportTexts();
  const qt = useQuestionnaireText();
  const { action } = planned;
  return (
    <li id={planned.key} className={`action priority-${action.priority}`}>
      {firstStep !== undefined && (
        <p className="action-first-step">{rt.t('plan.firstStep', { number: firstStep })}</p>
      )}
      <p className="action-text">{actionText(planned, qt)}</p>
      {planned.kind === 'item' && (
        <p className="action-item">
          {rt.t('plan.captions.item')}: {itemLabel(planned.action, qt)} —{' '}
          {qt.text(`determinations.${planned.action.determination}.title`)}:{' '}
          {qt.text(
            `determinations.${planned.action.determination}.outcomes.${planned.action.outcome}.label`,
          )}
        </p>
      )}
      {planned.kind === 'question' &&
        conflictSentences(
          planned.action,
          rt.t,
          (id) => qt.text(`questions.${id}.label`),
          qt.option,
          (group) => qt.text(`questions.${group}.item`),
        ).map((sentence) => (
          <p key={sentence} className="hint">
            {sentence}
          </p>
        ))}
      {planned.kind === 'question' && planned.action.investigate && !planned.action.conflict && (
        <p className="hint">{rt.t('actions.investigate')}</p>
      )}
      {planned.kind === 'question' && (
        <FaqLinks questionId={planned.action.questionId} texts={texts} />
      )}
      {planned.action.critical && (
        <p className="action-meta">
          <span className="critical">{rt.t('summary.criticalAction')}</span>
        </p>
      )}
      <ActionFacts planned={planned} t={rt.t} />
      {planned.kind === 'question' && <PlanFields action={planned.action} number={number} />}
    </li>
  );
}

function PlanFields({ action, number }: { action: ActionItem; number: number }) {
  const { t } = useTranslation();
  const actor = WizardContext.useActorRef();
  const key = actionPlanKey(action);
  const update = (ownerName: string | null, dueDate: string | null) =>
    actor.send({ type: 'action.update', questionId: key, ownerName, dueDate });
  return (
    <div className="action-fields">
      <PlanField
        label={t('results.owner')}
        number={number}
        type="text"
        name={`owner-${key}`}
        value={action.ownerName}
        onChange={(value) => update(value, action.dueDate)}
      />
      <PlanField
        label={t('results.due')}
        number={number}
        type="date"
        name={`due-${key}`}
        value={action.dueDate}
        onChange={(value) => update(action.ownerName, value)}
      />
    </div>
  );
}

interface PlanFieldProps {
  readonly label: string;
  /** The action's place in the plan, so each field's name is unique for screen readers. */
  readonly number: number;
  readonly type: 'text' | 'date';
  readonly name: string;
  readonly value: string | null;
  readonly onChange: (value: string | null) => void;
}

function PlanField({ label, number, type, name, value, onChange }: PlanFieldProps) {
  const { t } = useTranslation();
  return (
    <label>
      <span>
        {label}
        <span className="visually-hidden"> ({t('results.actionNumber', { number })})</span>
      </span>
      <input
        type={type}
        name={name}
        maxLength={type === 'text' ? 200 : undefined}
        defaultValue={value ?? ''}
        onChange={(e) => onChange(e.target.value || null)}
      />
    </label>
  );
}
