import { describe, expect, it } from 'vitest';
import { Tally } from '../../../../src/sim/stats/tally';

describe('Tally', () => {
  it('computes count, mean, sample variance, min, max', () => {
    const tally = new Tally(2); // grows past its initial capacity
    for (const x of [2, 4, 4, 4, 5, 5, 7, 9]) tally.add(x);
    expect(tally.count).toBe(8);
    expect(tally.mean()).toBe(5);
    expect(tally.variance()).toBeCloseTo(32 / 7, 12);
    expect(tally.max()).toBe(9);
    expect(tally.min()).toBe(2);
  });

  it('gives exact quantiles by linear interpolation (median, p90), independent of insertion order', () => {
    const tally = new Tally();
    for (const x of [7, 3, 10, 1, 9, 2, 8, 5, 4, 6]) tally.add(x);
    expect(tally.quantile(0.5)).toBeCloseTo(5.5, 12);
    expect(tally.quantile(0.9)).toBeCloseTo(9.1, 12);
    expect(tally.quantile(0)).toBe(1);
    expect(tally.quantile(1)).toBe(10);
    tally.add(100); // invalidates the sorted cache
    expect(tally.quantile(1)).toBe(100);
    expect(tally.quantile(0.5)).toBe(6);
    expect(() => tally.quantile(1.5)).toThrow(/between 0 and 1/);
  });

  it('reports NaN when empty and forgets everything on reset', () => {
    const tally = new Tally();
    expect(tally.mean()).toBeNaN();
    expect(tally.quantile(0.5)).toBeNaN();
    tally.add(3);
    expect(tally.variance()).toBeNaN();
    tally.add(50);
    tally.reset();
    expect(tally.count).toBe(0);
    expect(tally.max()).toBeNaN();
    tally.add(1);
    tally.add(3);
    expect([tally.mean(), tally.max(), tally.quantile(0.5)]).toEqual([2, 3, 2]);
    expect(Array.from(tally.toArray())).toEqual([1, 3]);
  });

  it('keeps a numerically stable variance for large offsets', () => {
    const tally = new Tally();
    for (let i = 0; i < 1000; i++) tally.add(1e9 + (i % 2));
    expect(tally.variance()).toBeCloseTo(0.25 * 1000 / 999, 9);
  });
});
