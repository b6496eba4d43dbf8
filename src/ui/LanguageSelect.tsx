import { useTranslation } from 'react-i18next';
import { changeLanguage, SUPPORTED_LANGUAGES, type Language } from '../i18n';

const isLanguage = (value: string): value is Language => (SUPPORTED_LANGUAGES as readonly string[]).includes(value);

/** The interface language switch (the choice is remembered; see src/i18n/language.ts). */
export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <label className="language-switch">
      <span>{t('header.language')}</span>
      <select data-testid="language-select" value={language} onChange={(e) => { if (isLanguage(e.target.value)) void changeLanguage(e.target.value); }}>
        {SUPPORTED_LANGUAGES.map((lang) => <option key={lang} value={lang} lang={lang}>{t(`language.${lang}`)}</option>)}
      </select>
    </label>
  );
}
