import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGE_STORAGE_KEY, pickLanguage, type Language } from './language';
import { namespaces, resources } from './resources';

function storedLanguage(): string | null {
  try {
    return globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
  } catch {
    return null; // storage blocked (privacy mode, sandboxed iframe)
  }
}

function queryLanguage(): string | null {
  return typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('lang');
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

function setDocumentLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

export const initialLanguage: Language = pickLanguage(queryLanguage(), storedLanguage(), browserLanguages());

// Synchronous init: the resources are bundled, so the first render already has every string.
void i18next.use(initReactI18next).init({
  resources,
  lng: initialLanguage,
  fallbackLng: 'en',
  supportedLngs: ['en', 'es', 'pt-BR'],
  ns: namespaces,
  defaultNS: 'common',
  fallbackNS: 'common',
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
  initAsync: false,
});
setDocumentLanguage(i18next.language);
i18next.on('languageChanged', setDocumentLanguage);

/** Switches the language and remembers the choice. */
export async function changeLanguage(language: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // not remembered; still switch
  }
  await i18next.changeLanguage(language);
}

export { i18next };
export { SUPPORTED_LANGUAGES, type Language } from './language';
