import { useTranslation } from 'react-i18next';
import type { ExampleCard } from '../wizard/examples-context';

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
  const lang = i18n.resolvedLanguage === 'nl' ? 'nl' : 'en';
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
