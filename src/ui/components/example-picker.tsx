import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useExamples, type ExampleCard } from '../wizard/examples-context';
import { WizardContext } from '../wizard/wizard-context';
import { ConfirmDialog } from './confirm-dialog';

/** Lets a person try the check with a made-up organisation; asks first when that would replace answers. */
export function ExamplePicker({ hasAnswers }: { hasAnswers: boolean }) {
  const { t, i18n } = useTranslation();
  const actor = WizardContext.useActorRef();
  const examples = useExamples();
  const [pending, setPending] = useState<ExampleCard | null>(null);
  const [failed, setFailed] = useState(false);
  if (examples.length === 0) return null;
  const lang = i18n.resolvedLanguage === 'nl' ? 'nl' : 'en';
  const load = async (card: ExampleCard) => {
    const example = await card.load();
    setFailed(example === null);
    if (example) actor.send({ type: 'assessment.load', answers: example.answers });
  };
  return (
    <section className="examples" aria-labelledby="examples-heading">
      <h2 id="examples-heading">{t('intro.examplesTitle')}</h2>
      <p>{t('intro.examplesBody')}</p>
      {failed && (
        <p className="field-error" role="alert">
          {t('intro.exampleFailed')}
        </p>
      )}
      <ul className="example-list">
        {examples.map((example) => (
          <li key={example.id}>
            <button
              type="button"
              className="button secondary"
              onClick={() => (hasAnswers ? setPending(example) : void load(example))}
            >
              {t('intro.loadExample', { title: example.title[lang] })}
            </button>
            <span className="example-description">{example.description[lang]}</span>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={pending !== null}
        title={t('intro.replaceTitle')}
        body={t('intro.replaceBody')}
        confirmLabel={t('intro.replaceConfirm')}
        cancelLabel={t('restart.cancel')}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (pending) void load(pending);
          setPending(null);
        }}
      />
    </section>
  );
}
