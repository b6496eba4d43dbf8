import { describe, expect, it } from 'vitest';
import {
  bernoulli, compileCategorical, compileDistribution, distributionMean, distributionSchema, parseDistribution,
  type DistributionSpec,
} from '../../../../src/sim/kernel/distributions';
import { lnGamma } from '../../../../src/sim/kernel/specialFunctions';
import { createStream } from '../../../../src/sim/kernel/rng';

const N = 200_000;

type Moments = { mean: number; variance: number; meanSe: number; varianceSe: number; min: number; max: number };

/** Sample moments with standard errors estimated from the sample itself (SE of the variance uses the 4th moment). */
function sampleMoments(spec: DistributionSpec, seedKey: string): Moments {
  const sample = compileDistribution(spec);
  const rng = createStream(2024, seedKey);
  const xs = new Float64Array(N);
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < N; i++) {
    const x = sample(rng);
    xs[i] = x;
    sum += x;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  const mean = sum / N;
  let m2 = 0;
  let m4 = 0;
  for (let i = 0; i < N; i++) {
    const d2 = (xs[i] - mean) ** 2;
    m2 += d2;
    m4 += d2 * d2;
  }
  m2 /= N;
  m4 /= N;
  return {
    mean, variance: m2 * N / (N - 1), meanSe: Math.sqrt(m2 / N), varianceSe: Math.sqrt(Math.max(m4 - m2 * m2, 0) / N), min, max,
  };
}

function expectMoments(spec: DistributionSpec, variance: number | null, key = JSON.stringify(spec)): Moments {
  const m = sampleMoments(spec, key);
  expect(Math.abs(m.mean - distributionMean(spec))).toBeLessThan(5 * m.meanSe + 1e-12);
  if (variance !== null) expect(Math.abs(m.variance - variance)).toBeLessThan(5 * m.varianceSe + 1e-12);
  return m;
}

describe('distributions: moments over 200k samples (tolerance 5 standard errors)', () => {
  it('exponential', () => {
    expectMoments({ type: 'exponential', mean: 12 }, 144);
  });
  it('normal', () => {
    expectMoments({ type: 'normal', mean: 30, sd: 4 }, 16);
  });
  it('truncated normal respects its bounds and has the truncated mean', () => {
    const spec: DistributionSpec = { type: 'normal', mean: 10, sd: 5, min: 8, max: 20 };
    const m = expectMoments(spec, null);
    expect(m.min).toBeGreaterThanOrEqual(8);
    expect(m.max).toBeLessThanOrEqual(20);
    expect(distributionMean(spec)).toBeGreaterThan(10); // truncating more of the left tail raises the mean
  });
  it('one-sided truncated normal (min only) never goes below min', () => {
    const m = sampleMoments({ type: 'normal', mean: 5, sd: 10, min: 0 }, 'half');
    expect(m.min).toBeGreaterThanOrEqual(0);
  });
  it('lognormal given mean and sd of the lognormal itself reproduces that mean and sd', () => {
    const m = expectMoments({ type: 'lognormal', mean: 240, sd: 120 }, 120 * 120);
    expect(Math.abs(Math.sqrt(m.variance) - 120)).toBeLessThan(2);
  });
  it('lognormal given mean and variance', () => {
    expectMoments({ type: 'lognormal', mean: 3, variance: 2 }, 2);
    const viaUndefinedSd = parseDistribution({ type: 'lognormal', mean: 3, sd: undefined, variance: 2 });
    const m = sampleMoments(viaUndefinedSd, 'lognormal-undefined-sd');
    expect(Math.abs(m.mean - 3)).toBeLessThan(5 * m.meanSe);
  });
  it('gamma with shape ≥ 1 and with shape < 1 (boost)', () => {
    expectMoments({ type: 'gamma', shape: 3, scale: 2 }, 3 * 4);
    expectMoments({ type: 'gamma', shape: 0.4, scale: 10 }, 0.4 * 100);
  });
  it('weibull', () => {
    const k = 1.5;
    const scale = 20;
    const g1 = Math.exp(lnGamma(1 + 1 / k));
    const g2 = Math.exp(lnGamma(1 + 2 / k));
    expectMoments({ type: 'weibull', shape: k, scale }, scale * scale * (g2 - g1 * g1));
  });
  it('triangular (including mode at an end)', () => {
    const tri = (a: number, c: number, b: number) => (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
    const m = expectMoments({ type: 'triangular', min: 5, mode: 10, max: 30 }, tri(5, 10, 30));
    expect(m.min).toBeGreaterThanOrEqual(5);
    expect(m.max).toBeLessThanOrEqual(30);
    expectMoments({ type: 'triangular', min: 0, mode: 0, max: 6 }, tri(0, 0, 6));
  });
  it('uniform and fixed', () => {
    expectMoments({ type: 'uniform', min: 2, max: 8 }, 36 / 12);
    const m = sampleMoments({ type: 'fixed', value: 7.5 }, 'fixed');
    expect([m.min, m.max]).toEqual([7.5, 7.5]);
  });
  it('empiricalContinuous follows its piecewise-linear CDF', () => {
    const spec: DistributionSpec = { type: 'empiricalContinuous', points: [[0, 0], [10, 0.5], [30, 0.9], [60, 1]] };
    // Variance from the piecewise-uniform mixture.
    let ex2 = 0;
    const pts = [[0, 0], [10, 0.5], [30, 0.9], [60, 1]];
    for (let i = 1; i < pts.length; i++) {
      const [a, p0] = pts[i - 1];
      const [b, p1] = pts[i];
      ex2 += (p1 - p0) * (a * a + a * b + b * b) / 3;
    }
    const mean = distributionMean(spec);
    expect(mean).toBeCloseTo(0.5 * 5 + 0.4 * 20 + 0.1 * 45, 10);
    expectMoments(spec, ex2 - mean * mean);
    const sample = compileDistribution(spec);
    const rng = createStream(1, 'cdf');
    let below10 = 0;
    for (let i = 0; i < N; i++) if (sample(rng) <= 10) below10++;
    expect(Math.abs(below10 / N - 0.5)).toBeLessThan(5 * Math.sqrt(0.25 / N));
  });
});

describe('discrete choices', () => {
  it('empirical picks its values with the given weights (chi-square)', () => {
    const values = [1, 2, 4, 8];
    const weights = [1, 0, 3, 6];
    const sample = compileDistribution({ type: 'empirical', values, weights });
    const rng = createStream(3, 'emp');
    const counts = new Map<number, number>();
    for (let i = 0; i < N; i++) {
      const v = sample(rng);
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    expect(counts.get(2)).toBeUndefined(); // zero weight is never chosen
    let chi = 0;
    for (const [i, v] of values.entries()) {
      if (weights[i] === 0) continue;
      const expected = (N * weights[i]) / 10;
      chi += ((counts.get(v) ?? 0) - expected) ** 2 / expected;
    }
    expect(chi).toBeLessThan(13.8); // chi-square(2) 0.999 quantile
    expect(distributionMean({ type: 'empirical', values, weights })).toBeCloseTo((1 + 12 + 48) / 10, 12);
  });

  it('empirical without weights is uniform over its values', () => {
    expectMoments({ type: 'empirical', values: [10, 20, 30] }, 200 / 3);
  });

  it('compileCategorical returns indices with the weight proportions and rejects bad weights', () => {
    const pick = compileCategorical([0.2, 0.3, 0.5]);
    const rng = createStream(4, 'cat');
    const counts = [0, 0, 0];
    for (let i = 0; i < N; i++) counts[pick(rng)]++;
    [0.2, 0.3, 0.5].forEach((p, i) => expect(Math.abs(counts[i] / N - p)).toBeLessThan(5 * Math.sqrt(p * (1 - p) / N)));
    expect(() => compileCategorical([])).toThrow(/at least one/);
    expect(() => compileCategorical([0, 0])).toThrow(/> 0/);
    expect(() => compileCategorical([1, -1])).toThrow(/≥ 0/);
    expect(compileCategorical([5])(rng)).toBe(0);
  });

  it('bernoulli hits with probability p', () => {
    const rng = createStream(5, 'bern');
    let hits = 0;
    for (let i = 0; i < N; i++) if (bernoulli(rng, 0.3)) hits++;
    expect(Math.abs(hits / N - 0.3)).toBeLessThan(5 * Math.sqrt(0.21 / N));
    expect(bernoulli(rng, 0)).toBe(false);
    expect(bernoulli(rng, 1)).toBe(true);
  });
});

describe('distribution validation', () => {
  function issues(input: unknown): string[] {
    const result = distributionSchema.safeParse(input);
    if (result.success) return [];
    return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  }

  it('gives plain-language errors with paths', () => {
    expect(issues({ type: 'normal', mean: 1, sd: 0 })).toContain('sd: sd must be > 0');
    expect(issues({ type: 'exponential', mean: -2 })).toContain('mean: mean must be > 0');
    expect(issues({ type: 'exponential' })).toContain('mean: mean is required');
    expect(issues({ type: 'triangular', min: 1, mode: 0, max: 3 })).toContain('mode: mode must be between min and max');
    expect(issues({ type: 'triangular', min: 3, mode: 3, max: 3 })).toContain('max: min must be < max');
    expect(issues({ type: 'uniform', min: 5, max: 1 })).toContain('max: min must be ≤ max');
    expect(issues({ type: 'normal', mean: 0, sd: 1, min: 2, max: 1 })).toContain('max: min must be < max');
    expect(issues({ type: 'lognormal', mean: 3 })).toContain('sd: lognormal needs exactly one of sd or variance');
    expect(issues({ type: 'lognormal', mean: 3, sd: 1, variance: 1 })).toContain('sd: lognormal needs exactly one of sd or variance');
    expect(issues({ type: 'empirical', values: [1, 2], weights: [1] })).toContain('weights: weights must have one entry per value');
    expect(issues({ type: 'empirical', values: [] })).toContain('values: values must not be empty');
    expect(issues({ type: 'empiricalContinuous', points: [[0, 0.1], [1, 0.9]] })).toEqual([
      'points.0.1: the first cumulative probability must be 0',
      'points.1.1: the last cumulative probability must be 1',
    ]);
    expect(issues({ type: 'empiricalContinuous', points: [[5, 0], [1, 1]] })).toContain('points: point values must be in increasing order');
    expect(issues({ type: 'gamma', shape: 1, scale: 'x' })).toContain('scale: scale must be a finite number');
    expect(issues({ type: 'poisson', mean: 1 })[0]).toMatch(/^type: type must be one of: exponential, normal/);
  });

  it('parseDistribution and compileDistribution throw with the path prefixed', () => {
    expect(() => parseDistribution({ type: 'weibull', shape: 0, scale: 1 }, 'activities.triage.duration'))
      .toThrow('activities.triage.duration.shape: shape must be > 0');
    expect(() => compileDistribution({ type: 'exponential', mean: 0 })).toThrow('distribution.mean: mean must be > 0');
  });

  it('accepts every valid form and keeps the lognormal variant given', () => {
    expect(distributionSchema.parse({ type: 'lognormal', mean: 3, variance: 2 })).toEqual({ type: 'lognormal', mean: 3, variance: 2 });
    expect(distributionSchema.parse({ type: 'lognormal', mean: 3, sd: 2 })).toEqual({ type: 'lognormal', mean: 3, sd: 2 });
    expect(issues({ type: 'fixed', value: 0 })).toEqual([]);
  });
});
