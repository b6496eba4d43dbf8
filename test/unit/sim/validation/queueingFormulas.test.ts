import { describe, expect, it } from 'vitest';
import { erlangB, erlangC, mmc, momentsOfPmf, poissonPmf, totalVariation } from './queueingFormulas';

describe('queueing closed forms', () => {
  it('Erlang B matches textbook tables and the one-server formula A / (1 + A)', () => {
    expect(erlangB(10, 7)).toBeCloseTo(0.07874, 4);
    expect(erlangB(5, 3)).toBeCloseTo(0.11005, 4);
    expect(erlangB(1, 0.5)).toBeCloseTo(0.5 / 1.5, 12);
    expect(erlangB(0, 4)).toBe(1);
  });

  it('Erlang B stays finite and decreases with servers for large loads (no factorial overflow)', () => {
    const values = [900, 950, 1000, 1050].map((c) => erlangB(c, 950));
    for (const v of values) expect(Number.isFinite(v) && v > 0 && v < 1).toBe(true);
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeLessThan(values[i - 1]);
  });

  it('Erlang C matches textbook values and the M/M/1 and M/M/2 formulas', () => {
    expect(erlangC(3, 2.5)).toBeCloseTo(0.70225, 4);
    expect(erlangC(1, 0.7)).toBeCloseTo(0.7, 12);
    // M/M/2 with ρ = 0.5: P(wait) = 2ρ² / (1 + ρ) = 1/3.
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 12);
    expect(() => erlangC(3, 3)).toThrow(/offered load/);
  });

  it('M/M/c mean wait: M/M/1 gives ρ / (μ − λ); the clinic (10/h, 4/h, 3) waits about 21.07 min', () => {
    const single = mmc(0.8, 1, 1);
    expect(single.meanWait).toBeCloseTo(0.8 / (1 - 0.8), 10);
    expect(single.utilisation).toBeCloseTo(0.8, 12);
    const clinic = mmc(10 / 60, 4 / 60, 3);
    expect(clinic.meanWait).toBeCloseTo(21.07, 1);
    expect(clinic.meanQueueLength).toBeCloseTo((10 / 60) * clinic.meanWait, 12);
  });

  it('Poisson pmf sums to 1 with mean = variance, and matches e^-m m^k / k!', () => {
    const pmf = poissonPmf(2, 60);
    expect(pmf[3]).toBeCloseTo((Math.exp(-2) * 8) / 6, 12);
    const { mean, variance, total } = momentsOfPmf(pmf);
    expect(total).toBeCloseTo(1, 12);
    expect(mean).toBeCloseTo(2, 10);
    expect(variance).toBeCloseTo(2, 10);
    const big = momentsOfPmf(poissonPmf(400, 1000));
    expect(big.total).toBeCloseTo(1, 9);
    expect(big.variance).toBeCloseTo(400, 6);
  });

  it('total variation distance is 0 for equal distributions and 1 for disjoint ones', () => {
    expect(totalVariation([0.5, 0.5], [0.5, 0.5])).toBe(0);
    expect(totalVariation([1, 0], [0, 0, 1])).toBe(1);
  });
});
