import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useExamples, type ExampleCard } from '../wizard/examples-context';
import { WizardContext } from '../wizard/wizard-context';
import { ConfirmDialog } from './confirm-dialog';
import { ExampleList, useExampleLoader } from './example-list';

/** Lets a person try the check with a made-up organisation; asks first when that would replace answers. */
export function ExamplePicker({ hasAnswers }: { hasAnswers: boolean }) {
  const { t } = useTranslation();
  const actor = WizardContext.useActorRef();
  const examples = useExamples();
  const [pending, setPending] = useState<ExampleCard | null>(null);
  const { failed, load } = useExampleLoader((answers) =>
    actor.send({ type: 'assessment.load', answers }),
  );
  return (
    <>
      <ExampleList
        examples={examples}
        failed={failed}
        onPick={(example) => (hasAnswers ? setPending(example) : load(example))}
      />
      <ConfirmDialog
        open={pending !== null}
        title={t('intro.replaceTitle')}
        body={t('intro.replaceBody')}
        confirmLabel={t('intro.replaceConfirm')}
        cancelLabel={t('restart.cancel')}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (pending) load(pending);
          setPending(null);
        }}
      />
    </>
  );
}
