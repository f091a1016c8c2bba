import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ASSESSED_BY, MAX_PARTICIPANTS } from '@/engine/session/session.schema';
import { WizardContext } from '../wizard/wizard-context';
import './deliverable.css';

export function TeamFields() {
  const { t } = useTranslation();
  const actor = WizardContext.useActorRef();
  const team = WizardContext.useSelector((s) => s.context.team);
  const hint = useId();
  return (
    <fieldset className="team-fields">
      <legend>{t('team.legend')}</legend>
      <p id={hint} className="hint">
        {t('team.hint')}
      </p>
      <div className="team-fields-row">
        <label>
          <span>{t('team.assessedBy')}</span>
          <input
            type="text"
            name="team-assessed-by"
            autoComplete="name"
            maxLength={MAX_ASSESSED_BY}
            aria-describedby={hint}
            defaultValue={team.assessedBy ?? ''}
            onChange={(e) => actor.send({ type: 'team.set', assessedBy: e.target.value })}
          />
        </label>
        <label>
          <span>{t('team.participants')}</span>
          <input
            type="text"
            name="team-participants"
            autoComplete="off"
            maxLength={MAX_PARTICIPANTS}
            aria-describedby={hint}
            defaultValue={team.participants ?? ''}
            onChange={(e) => actor.send({ type: 'team.set', participants: e.target.value })}
          />
        </label>
      </div>
    </fieldset>
  );
}
