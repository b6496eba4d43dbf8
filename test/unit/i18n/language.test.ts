import { describe, expect, it } from 'vitest';
import { pickLanguage, toSupportedLanguage } from '../../../src/i18n/language';

describe('choosing the UI language', () => {
  it('maps regional tags to the supported languages', () => {
    expect(toSupportedLanguage('es-MX')).toBe('es');
    expect(toSupportedLanguage('es_CL')).toBe('es');
    expect(toSupportedLanguage('pt')).toBe('pt-BR');
    expect(toSupportedLanguage('pt-PT')).toBe('pt-BR');
    expect(toSupportedLanguage('en-GB')).toBe('en');
    expect(toSupportedLanguage('fr-FR')).toBeUndefined();
    expect(toSupportedLanguage('')).toBeUndefined();
  });

  it('prefers ?lang=, then the stored choice, then the browser languages, then English', () => {
    expect(pickLanguage('pt-BR', 'es', ['en-US'])).toBe('pt-BR');
    expect(pickLanguage(null, 'es', ['en-US'])).toBe('es');
    expect(pickLanguage('xx', null, ['fr-FR', 'es-AR'])).toBe('es');
    expect(pickLanguage(undefined, undefined, ['de-DE'])).toBe('en');
  });
});
