import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageOr } from '@/i18n/languages';
import type { AnswerValue } from '@/engine/questionnaire/questionnaire.schema';
import type { ExampleCard } from '../wizard/examples-context';

/**
 * Fetches a picked example's answers and hands them to `onLoaded`; `failed` says the last one could
 * not be loaded (the list shows why).
 */
export function useExampleLoader(
  onLoaded: (answers: Readonly<Record<string, AnswerValue>>) => void,
) {
  const [failed, setFailed] = useState(false);
  const load = async (card: ExampleCard) => {
    const example = await card.load();
    setFailed(example === null);
    if (example) onLoaded(example.answers);
  };
  return { failed, load: (card: ExampleCard) => void load(card) };
}

/** The intro's "try an example" list; what a pick does is up to the caller. */
export function ExampleList({
  examples,
  failed,
  onPick,
}: {
  examples: readonly ExampleCard[];
  /** The last picked example could not be loaded. */
  failed: boolean;
  onPick: (example: ExampleCard) => void;
}) {
  const { t, i18n } = useTranslation();
  if (examples.length === 0) return null;
  const lang = languageOr(i18n.resolvedLanguage);
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
            <button type="button" className="button secondary" onClick={() => onPick(example)}>
              {t('intro.loadExample', { title: example.title[lang] })}
            </button>
            <span className="example-description">{example.description[lang]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
