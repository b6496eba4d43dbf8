/** The languages the app ships, in the order the language switch lists them. */
export const SUPPORTED_LANGUAGES = ['en', 'es', 'pt-BR'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const FALLBACK_LANGUAGE: Language = 'en';
/** localStorage key that remembers the user's choice. */
export const LANGUAGE_STORAGE_KEY = 'hospital-twin.language';

/**
 * Maps a BCP 47 tag to a supported language: any Spanish (es-MX, es-CL...) → es, any Portuguese
 * (pt-BR, pt-PT...) → pt-BR, any English → en. Unknown or empty tags give undefined.
 */
export function toSupportedLanguage(tag: string | null | undefined): Language | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'es') return 'es';
  if (primary === 'pt') return 'pt-BR';
  if (primary === 'en') return 'en';
  return undefined;
}

/** First supported language among: the `?lang=` query value, the stored choice, the browser's languages. */
export function pickLanguage(
  queryLang: string | null | undefined,
  storedLang: string | null | undefined,
  browserLangs: readonly string[],
): Language {
  for (const candidate of [queryLang, storedLang, ...browserLangs]) {
    const supported = toSupportedLanguage(candidate);
    if (supported) return supported;
  }
  return FALLBACK_LANGUAGE;
}
