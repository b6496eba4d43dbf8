import { afterAll, describe, expect, it } from 'vitest';
import { changeLanguage, i18next } from '../../../src/i18n';
import { metricText, rangeText } from '../../../src/scene/metricText';

describe('metric values as text in real units', () => {
  afterAll(async () => {
    await changeLanguage('en');
  });

  it('writes the legend ranges as planners read them', async () => {
    await changeLanguage('en');
    const t = i18next.t.bind(i18next);
    expect(rangeText(t, 'percent', 100)).toBe('0 % … 100 %+');
    expect(rangeText(t, 'patients', 25)).toBe('0 … 25+ patients');
    expect(rangeText(t, 'minutes', 120)).toBe('0 … 120+ min');
  });

  it('shows occupancy fractions as percentages, NaN as a dash, in the UI language', async () => {
    await changeLanguage('en');
    const t = i18next.t.bind(i18next);
    expect(metricText(t, 'occupancyPct', 0.853)).toBe('85 %');
    expect(metricText(t, 'staffLoad', Number.NaN)).toBe('—');
    expect(metricText(t, 'staffLoad', 2.25)).toBe('2.3 patients per staff member');
    await changeLanguage('pt-BR');
    expect(metricText(i18next.t.bind(i18next), 'staffLoad', 2.25)).toBe('2,3 pacientes por profissional');
  });
});
