import { describe, expect, it } from 'vitest';
import { pairedDifference, tInterval } from '../../../../src/sim/stats/intervals';
import { normalQuantile, studentTCritical, studentTQuantile975 } from '../../../../src/sim/stats/studentT';
import { createStream } from '../../../../src/sim/kernel/rng';
import { standardNormal } from '../../../../src/sim/kernel/distributions';

describe('Student-t quantiles', () => {
  it('matches published 0.975 quantiles', () => {
    const table: [number, number][] = [
      [1, 12.706], [2, 4.303], [3, 3.182], [4, 2.776], [5, 2.571], [9, 2.262], [10, 2.228], [19, 2.093],
      [29, 2.045], [30, 2.042], [60, 2.000], [120, 1.980],
    ];
    for (const [df, t] of table) expect(studentTQuantile975(df)).toBeCloseTo(t, 3);
    expect(studentTQuantile975(1e7)).toBeCloseTo(1.95996, 4);
  });

  it('matches other tail probabilities and the normal quantile', () => {
    expect(studentTCritical(0.01, 1)).toBeCloseTo(63.657, 2);
    expect(studentTCritical(0.01, 10)).toBeCloseTo(3.169, 3);
    expect(studentTCritical(0.1, 5)).toBeCloseTo(2.015, 3);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326348, 6);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
  });

  it('decreases monotonically in df toward 1.96', () => {
    let previous = Infinity;
    for (let df = 1; df <= 500; df++) {
      const t = studentTQuantile975(df);
      expect(t).toBeLessThan(previous);
      expect(t).toBeGreaterThan(1.959);
      previous = t;
    }
  });
});

describe('tInterval', () => {
  it('computes mean ± t·s/√n', () => {
    const r = tInterval([1, 2, 3, 4, 5]);
    const half = 2.776445 * Math.sqrt(2.5 / 5);
    expect(r.n).toBe(5);
    expect(r.mean).toBe(3);
    expect(r.ci95[0]).toBeCloseTo(3 - half, 5);
    expect(r.ci95[1]).toBeCloseTo(3 + half, 5);
  });

  it('gives [mean, mean] for one value and NaN for none', () => {
    expect(tInterval([4.2])).toEqual({ mean: 4.2, ci95: [4.2, 4.2], n: 1 });
    const empty = tInterval([]);
    expect(empty.n).toBe(0);
    expect(empty.mean).toBeNaN();
  });

  it('covers the true mean about 95% of the time (n = 5 normal samples, 4000 trials)', () => {
    const rng = createStream(8, 'coverage');
    const trials = 4000;
    let covered = 0;
    const sample = new Float64Array(5);
    for (let k = 0; k < trials; k++) {
      for (let i = 0; i < 5; i++) sample[i] = 10 + 3 * standardNormal(rng);
      const [lo, hi] = tInterval(sample).ci95;
      if (lo <= 10 && 10 <= hi) covered++;
    }
    expect(Math.abs(covered / trials - 0.95)).toBeLessThan(5 * Math.sqrt(0.95 * 0.05 / trials));
  });
});

describe('pairedDifference', () => {
  it('gives b - a with a t-interval of the differences and flags significance', () => {
    const a = [10, 12, 11, 13, 9];
    const b = [11, 13.2, 11.9, 14.1, 10];
    const d = pairedDifference(a, b);
    expect(d.mean).toBeCloseTo(1.04, 12);
    const ref = tInterval([1, 1.2, 0.9, 1.1, 1]);
    expect(d.ci95[0]).toBeCloseTo(ref.ci95[0], 12);
    expect(d.ci95[1]).toBeCloseTo(ref.ci95[1], 12);
    expect(d.significant).toBe(true);
    // An unpaired view of the same numbers would not separate them: the pairing is what makes it significant.
    const variance = (xs: number[]) => {
      const m = xs.reduce((s, x) => s + x, 0) / xs.length;
      return xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
    };
    const unpairedHalf = studentTQuantile975(8) * Math.sqrt((variance(a) + variance(b)) / 5);
    expect(unpairedHalf).toBeGreaterThan(d.mean);
  });

  it('is not significant when the differences straddle zero, and negative when b is smaller', () => {
    expect(pairedDifference([1, 2, 3, 4], [1.5, 1.6, 3.4, 3.7]).significant).toBe(false);
    const worse = pairedDifference([5, 6, 7], [4, 5.1, 5.9]);
    expect(worse.mean).toBeLessThan(0);
    expect(worse.significant).toBe(true);
    expect(pairedDifference([1], [2]).significant).toBe(false);
  });

  it('rejects unequal lengths', () => {
    expect(() => pairedDifference([1, 2], [1])).toThrow(/same number of replications/);
  });
});
