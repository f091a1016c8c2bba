import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGUAGES } from '@/i18n/i18n';
import { LanguagePreparation } from './language-preparation';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const prepare = useContext(LanguagePreparation);
  const choose = async (language: string) => {
    await prepare(language);
    await i18n.changeLanguage(language);
  };
  return (
    <div className="language-switcher">
      <label htmlFor="language-select">{t('language.label')}</label>
      <select
        id="language-select"
        value={i18n.resolvedLanguage ?? i18n.language}
        onChange={(e) => void choose(e.target.value)}
      >
        {SUPPORTED_LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {t(`language.${lng}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
