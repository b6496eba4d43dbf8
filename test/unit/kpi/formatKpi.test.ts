import { afterAll, describe, expect, it } from 'vitest';
import { changeLanguage, i18next } from '../../../src/i18n';
import { formatInterval, formatValue, type Translate } from '../../../src/ui/kpi/formatKpi';
import { atLeastZero, combine, fromInterval, ratio } from '../../../src/protocol/kpi/kpiIntervals';

const t: Translate = (key, params) => i18next.t(`kpi:${key}`, params ?? {});

describe('KPI formatting', () => {
  afterAll(async () => { await changeLanguage('en'); });

  it('writes values with their units', async () => {
    await changeLanguage('en');
    expect(formatValue(0.873, 'percent', t)).toEqual({ number: '87%', unit: '' });
    expect(formatValue(38.4, 'minutes', t)).toEqual({ number: '38 min', unit: '' });
    expect(formatValue(18.34, 'patients', t)).toEqual({ number: '18.3', unit: 'patients' });
    expect(formatValue(1234.5, 'patientsPerDay', t)).toEqual({ number: '1,235', unit: 'patients/day' });
    expect(formatValue(NaN, 'patients', t).number).toBe('—');
  });

  it('writes the 95 % interval with the same digits at both ends', async () => {
    await changeLanguage('en');
    expect(formatInterval({ mean: 17.5, lo: 17, hi: 18.04, n: 30 }, 'patients', t)).toBe('95 % CI 17–18');
    expect(formatInterval({ mean: 0.87, lo: 0.82, hi: 0.91, n: 30 }, 'percent', t)).toBe('95 % CI 82%–91%');
    expect(formatInterval({ mean: 5, lo: 5, hi: 5, n: 1 }, 'patients', t)).toBe('one replication: no interval');
    expect(formatInterval({ mean: NaN, lo: NaN, hi: NaN, n: 0 }, 'minutes', t)).toBe('no data');
    expect(formatInterval({ mean: 21.2, lo: 20.7, hi: 21.7, n: 30 }, 'minutes', t)).toBe('95 % CI 21–22 min');
    expect(formatInterval({ mean: 4.2, lo: 3.75, hi: 4.71, n: 30 }, 'minutes', t, true)).toBe('CI 3.8–4.7 min');
    expect(formatValue(4.9, 'count', t)).toEqual({ number: '4.9', unit: '' });
  });

  it('follows the language (decimal comma in Portuguese and Spanish)', async () => {
    await changeLanguage('pt-BR');
    expect(formatValue(18.34, 'patients', t)).toEqual({ number: '18,3', unit: 'pacientes' });
    expect(formatInterval({ mean: 4.5, lo: 3.25, hi: 5.75, n: 30 }, 'hoursPerDay', t)).toBe('IC 95 % 3,3–5,8');
    await changeLanguage('es');
    expect(formatValue(0.5, 'percent', t).number).toMatch(/^50\s%$/); // Intl puts a no-break space
  });
});

describe('KPI interval arithmetic', () => {
  it('reads the result\'s interval shape', () => {
    expect(fromInterval({ mean: 2, ci95: [1, 3], n: 5 })).toEqual({ mean: 2, lo: 1, hi: 3, n: 5 });
    expect(fromInterval(undefined).n).toBe(0);
  });

  it('adds half-widths for sums and differences (conservative)', () => {
    const a = { mean: 10, lo: 9, hi: 11, n: 30 }, b = { mean: 4, lo: 3.5, hi: 4.5, n: 20 };
    expect(combine([[1, a], [-1, b]])).toEqual({ mean: 6, lo: 4.5, hi: 7.5, n: 20 });
    expect(combine([[0.5, a]])).toEqual({ mean: 5, lo: 4.5, hi: 5.5, n: 30 });
  });

  it('clamps at zero and divides with paired extremes', () => {
    expect(atLeastZero({ mean: -1, lo: -2, hi: 0.5, n: 3 })).toEqual({ mean: 0, lo: 0, hi: 0.5, n: 3 });
    const r = ratio({ mean: 9, lo: 8, hi: 10, n: 30 }, { mean: 10, lo: 9, hi: 11, n: 30 });
    expect(r.mean).toBeCloseTo(0.9);
    expect(r.lo).toBeCloseTo(8 / 11);
    expect(r.hi).toBeCloseTo(10 / 9);
    expect(Number.isNaN(ratio(r, { mean: 0, lo: 0, hi: 0, n: 1 }).mean)).toBe(true);
  });
});
