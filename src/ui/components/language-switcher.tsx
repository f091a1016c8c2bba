import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGUAGES } from '@/i18n/i18n';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switcher">
      <label htmlFor="language-select">{t('language.label')}</label>
      <select
        id="language-select"
        value={i18n.resolvedLanguage ?? i18n.language}
        onChange={(e) => void i18n.changeLanguage(e.target.value)}
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
