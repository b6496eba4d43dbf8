import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGE_STORAGE_KEY, pickLanguage, type Language } from './language';
import { englishResources, loadLanguage, namespaces } from './resources';

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

// Synchronous init with the bundled English; `i18nReady` adds the starting language before the first render.
void i18next.use(initReactI18next).init({
  resources: englishResources,
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

/** Makes sure a language's strings are loaded (once); a language that fails to load falls back to English. */
const loading = new Map<Language, Promise<void>>();
function ensureLanguage(language: Language): Promise<void> {
  let pending = loading.get(language);
  if (!pending) {
    pending = loadLanguage(language).then((bundles) => {
      for (const [namespace, messages] of Object.entries(bundles)) i18next.addResourceBundle(language, namespace, messages, true, true);
    });
    pending.catch(() => loading.delete(language)); // try again on the next switch
    loading.set(language, pending);
  }
  return pending;
}

/** Resolves when the starting language's strings are in (main.tsx renders after it; never rejects). */
export const i18nReady: Promise<void> = ensureLanguage(initialLanguage)
  .then(() => { void i18next.changeLanguage(initialLanguage); })
  .catch(() => undefined);

/** Switches the language and remembers the choice. */
export async function changeLanguage(language: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // not remembered; still switch
  }
  await ensureLanguage(language).catch(() => undefined);
  await i18next.changeLanguage(language);
}

export { i18next };
export { SUPPORTED_LANGUAGES, type Language } from './language';
