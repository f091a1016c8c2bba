import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WizardContext } from '../wizard/wizard-context';
import { ConfirmDialog } from './confirm-dialog';

export function RestartButton() {
  const { t } = useTranslation();
  const actor = WizardContext.useActorRef();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button secondary" onClick={() => setOpen(true)}>
        {t('intro.startOver')}
      </button>
      <ConfirmDialog
        open={open}
        title={t('restart.title')}
        body={t('restart.body')}
        confirmLabel={t('restart.confirm')}
        cancelLabel={t('restart.cancel')}
        onCancel={() => setOpen(false)}
        onConfirm={() => {
          setOpen(false);
          actor.send({ type: 'assessment.restart' });
        }}
      />
    </>
  );
}
