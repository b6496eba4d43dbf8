import { afterAll, describe, expect, it } from 'vitest';
import { changeLanguage, SUPPORTED_LANGUAGES, type Language } from '../../../src/i18n';
import { formatArea, formatDateTime, formatDuration, formatNumber } from '../../../src/i18n/format';

async function inLanguage<T>(language: Language, run: () => T): Promise<T> {
  await changeLanguage(language); // loads the language's strings first (only English is bundled)
  return run();
}

describe('Intl formatting in the current language', () => {
  afterAll(async () => {
    await changeLanguage('en');
  });

  it('writes 1234.5 as 1.234,5 in Brazilian Portuguese and 1,234.5 in English', async () => {
    expect(await inLanguage('pt-BR', () => formatNumber(1234.5))).toBe('1.234,5');
    expect(await inLanguage('en', () => formatNumber(1234.5))).toBe('1,234.5');
  });

  it('passes number options through', async () => {
    expect(await inLanguage('en', () => formatNumber(0.256, { style: 'percent' }))).toBe('26%');
  });

  it('formats areas in square metres with one decimal', async () => {
    expect(await inLanguage('en', () => formatArea(12.5))).toBe('12.5 m²');
    expect(await inLanguage('es', () => formatArea(12.5))).toBe('12,5 m²');
    expect(await inLanguage('pt-BR', () => formatArea(12.54))).toBe('12,5 m²');
    expect(await inLanguage('en', () => formatArea(30))).toBe('30 m²');
  });

  it('uses a 24-hour clock', async () => {
    const afternoon = new Date(2026, 2, 5, 15, 7);
    for (const language of SUPPORTED_LANGUAGES) {
      const text = await inLanguage(language, () => formatDateTime(afternoon));
      expect(text).toContain('15:07');
      expect(text).not.toMatch(/PM/i);
    }
  });

  it('writes durations in minutes, hours and days', async () => {
    expect(await inLanguage('en', () => formatDuration(45))).toBe('45 min');
    expect(await inLanguage('en', () => formatDuration(135))).toBe('2 hr 15 min');
    expect(await inLanguage('pt-BR', () => formatDuration(135))).toBe('2 h 15 min');
    expect(await inLanguage('en', () => formatDuration(60))).toBe('1 hr');
    expect(await inLanguage('es', () => formatDuration(3 * 1440 + 4 * 60 + 30))).toBe('3 d 4 h');
    expect(await inLanguage('en', () => formatDuration(-30))).toBe('−30 min');
  });
});
