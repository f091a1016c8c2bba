import { useTranslation } from 'react-i18next';
import { languageOr } from '@/i18n/languages';
import type { ExampleCard } from '../wizard/examples-context';

/** How long the check takes, per example organisation, from the questions each one answers. */
export function TimeEstimates({ examples }: { examples: readonly ExampleCard[] }) {
  const { t, i18n } = useTranslation();
  const timed = examples.flatMap((e) => (e.minutes === null ? [] : [{ ...e, minutes: e.minutes }]));
  if (timed.length === 0) return null;
  const lang = languageOr(i18n.resolvedLanguage);
  return (
    <div className="time-estimates">
      <p id="time-estimates-lead">{t('intro.durationLead')}</p>
      <ul aria-labelledby="time-estimates-lead">
        {timed.map((example) => (
          <li key={example.id}>
            {t('intro.durationFor', { title: example.title[lang], count: example.minutes })}
          </li>
        ))}
      </ul>
    </div>
  );
}
