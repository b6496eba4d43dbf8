import { describe, expect, it } from 'vitest';
import { EQUIPMENT_TYPES, ROOM_KINDS, STAFF_ROLES, UNIT_KINDS } from '../../../src/domain/vocabulary';
import { SUPPORTED_LANGUAGES } from '../../../src/i18n/language';
import { loadAllResources } from '../../../src/i18n/resources';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Flattens nested messages to "a.b.c" → string. */
function flatten(messages: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (messages && typeof messages === 'object') {
    for (const [key, value] of Object.entries(messages)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (value && typeof value === 'object') for (const [k, v] of flatten(value, path)) out.set(k, v);
      else out.set(path, value);
    }
  }
  return out;
}

const resources = await loadAllResources(SUPPORTED_LANGUAGES);

function messagesOf(language: string, namespace: string): Map<string, unknown> {
  return flatten(resources[language]?.[namespace]);
}

const namespaces = [...new Set(SUPPORTED_LANGUAGES.flatMap((lang) => Object.keys(resources[lang] ?? {})))];

describe('locale files', () => {
  it('exist for every supported language with a common namespace', () => {
    for (const language of SUPPORTED_LANGUAGES) expect(Object.keys(resources[language] ?? {})).toContain('common');
  });

  describe.each(namespaces)('namespace %s', (namespace) => {
    const baseKeys = (language: string) =>
      new Set([...messagesOf(language, namespace).keys()].map((key) => key.replace(PLURAL_SUFFIX, '')));

    it.each(SUPPORTED_LANGUAGES)('has every key of every other language in %s', (language) => {
      const mine = baseKeys(language);
      const everyone = new Set(SUPPORTED_LANGUAGES.flatMap((other) => [...baseKeys(other)]));
      const missing = [...everyone].filter((key) => !mine.has(key));
      expect(missing).toEqual([]);
    });

    it.each(SUPPORTED_LANGUAGES)('has only non-empty strings in %s', (language) => {
      const bad = [...messagesOf(language, namespace)].filter(([, v]) => typeof v !== 'string' || v.trim() === '');
      expect(bad.map(([key]) => key)).toEqual([]);
    });

    it.each(SUPPORTED_LANGUAGES)('has every plural form %s needs', (language) => {
      const messages = messagesOf(language, namespace);
      const pluralBases = new Set([...messages.keys()].filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, '')));
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      const missing = [...pluralBases].flatMap((base) => categories.map((c) => `${base}_${c}`)).filter((k) => !messages.has(k));
      expect(missing).toEqual([]);
    });

    it('uses the same {{placeholders}} in every language', () => {
      const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort().join(',');
      const en = messagesOf('en', namespace);
      const mismatches: string[] = [];
      for (const language of SUPPORTED_LANGUAGES) {
        for (const [key, text] of messagesOf(language, namespace)) {
          const enKey = en.has(key) ? key : `${key.replace(PLURAL_SUFFIX, '')}_other`;
          if (en.has(enKey) && placeholders(en.get(enKey)) !== placeholders(text)) mismatches.push(`${language}:${key}`);
        }
      }
      expect(mismatches).toEqual([]);
    });
  });

  it.each(SUPPORTED_LANGUAGES)('translates every vocabulary value in %s', (language) => {
    const common = messagesOf(language, 'common');
    const expected = [
      ...UNIT_KINDS.map((v) => `unitKind.${v}`),
      ...ROOM_KINDS.map((v) => `roomKind.${v}`),
      ...EQUIPMENT_TYPES.map((v) => `equipmentType.${v}`),
      ...STAFF_ROLES.map((v) => `staffRole.${v}`),
    ];
    expect(expected.filter((key) => !common.has(key))).toEqual([]);
  });

  it('uses the medical terms of each country for intensive care and emergency', () => {
    expect(messagesOf('es', 'common').get('unitKind.icu')).toMatch(/UCI/);
    expect(messagesOf('es', 'common').get('unitKind.emergency')).toBe('Urgencias');
    expect(messagesOf('pt-BR', 'common').get('unitKind.icu')).toMatch(/UTI/);
    expect(messagesOf('pt-BR', 'common').get('unitKind.emergency')).toBe('Pronto-socorro');
  });
});
