import { describe, expect, it } from 'vitest';
import { RandomStream, createStream, replicationSeed } from '../../../../src/sim/kernel/rng';

function draw(stream: RandomStream, n: number): number[] {
  return Array.from({ length: n }, () => stream.next());
}

function correlation(x: number[], y: number[]): number {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

describe('RandomStream', () => {
  it('is deterministic for the same seed and key', () => {
    expect(draw(createStream(7, 'arrivals:ed'), 1000)).toEqual(draw(createStream(7, 'arrivals:ed'), 1000));
    expect(draw(new RandomStream(7, 12), 50)).toEqual(draw(new RandomStream(7, 12), 50));
  });

  it('gives different sequences for different keys and different seeds', () => {
    const a = draw(createStream(7, 'arrivals:ed'), 100);
    const b = draw(createStream(7, 'arrivals:ward'), 100);
    const c = draw(createStream(8, 'arrivals:ed'), 100);
    expect(a).not.toEqual(b);
    expect(a).not.toEqual(c);
    expect(a.filter((v, i) => v === b[i]).length).toBe(0);
  });

  it('gives streams that look independent (correlation near 0), including adjacent seeds and similar keys', () => {
    const n = 100_000;
    const bound = 5 / Math.sqrt(n); // sd of a sample correlation under independence is ~1/sqrt(n)
    const pairs: [RandomStream, RandomStream][] = [
      [createStream(1, 'a'), createStream(1, 'b')],
      [createStream(1, 'duration:triage'), createStream(2, 'duration:triage')],
      [new RandomStream(0, 0), new RandomStream(0, 1)],
    ];
    for (const [s1, s2] of pairs) {
      expect(Math.abs(correlation(draw(s1, n), draw(s2, n)))).toBeLessThan(bound);
    }
    // Lag-1 autocorrelation within a stream.
    const x = draw(createStream(3, 'lag'), n + 1);
    expect(Math.abs(correlation(x.slice(0, n), x.slice(1)))).toBeLessThan(bound);
  });

  it('next() stays strictly inside (0,1) and is uniform (mean 1/2, variance 1/12, decile counts)', () => {
    const stream = createStream(99, 'uniform');
    const n = 200_000;
    const bins = new Array<number>(10).fill(0);
    let sum = 0;
    let sumSq = 0;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const u = stream.next();
      if (!(u > 0 && u < 1)) outside++;
      sum += u;
      sumSq += u * u;
      bins[Math.floor(u * 10)]++;
    }
    expect(outside).toBe(0);
    const mean = sum / n;
    expect(Math.abs(mean - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(sumSq / n - mean * mean - 1 / 12)).toBeLessThan(0.002);
    const chiSquare = bins.reduce((s, c) => s + (c - n / 10) ** 2 / (n / 10), 0);
    expect(chiSquare).toBeLessThan(27.9); // chi-square(9) 0.999 quantile
  });

  it('nextInt(n) covers 0..n-1 evenly', () => {
    const stream = createStream(5, 'int');
    const counts = new Array<number>(6).fill(0);
    for (let i = 0; i < 60_000; i++) counts[stream.nextInt(6)]++;
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(5 * Math.sqrt(10_000 * (5 / 6)));
  });

  it('replicationSeed is reproducible and distinct across replications and base seeds', () => {
    expect(replicationSeed(12345, 3)).toBe(replicationSeed(12345, 3));
    const seeds = new Set<number>();
    for (let r = 0; r < 1000; r++) seeds.add(replicationSeed(12345, r));
    for (let r = 0; r < 1000; r++) seeds.add(replicationSeed(12346, r));
    expect(seeds.size).toBe(2000);
    for (const s of seeds) expect(Number.isInteger(s) && s >= 0 && s < 2 ** 32).toBe(true);
    const a = draw(createStream(replicationSeed(1, 0), 'x'), 50_000);
    const b = draw(createStream(replicationSeed(1, 1), 'x'), 50_000);
    expect(Math.abs(correlation(a, b))).toBeLessThan(5 / Math.sqrt(50_000));
  });
});
