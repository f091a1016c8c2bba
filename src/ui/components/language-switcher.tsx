import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '@/i18n/languages';
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
        {LANGUAGES.map(({ code, name }) => (
          <option key={code} value={code} lang={code}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
