import { describe, expect, it } from 'vitest';
import { TimeWeighted } from '../../../../src/sim/stats/timeWeighted';

describe('TimeWeighted', () => {
  // Path: 0 on [0,2), 3 on [2,5), 1 on [5,6), 2 on [6,10]. Area = 0 + 9 + 1 + 8 = 18.
  function handPath(): TimeWeighted {
    const tw = new TimeWeighted(0);
    tw.update(2, 3);
    tw.update(5, 1);
    tw.update(6, 2);
    return tw;
  }

  it('computes the time-weighted mean, max and level distribution of a hand-computed path', () => {
    const tw = handPath();
    expect(tw.mean(10)).toBeCloseTo(1.8, 12);
    expect(tw.max()).toBe(3);
    const dist = tw.distribution(10);
    expect(dist.length).toBe(4);
    [0.2, 0.1, 0.4, 0.3].forEach((p, level) => expect(dist[level]).toBeCloseTo(p, 12));
    expect(dist.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
  });

  it('uses the elapsed time up to tEnd only (mean at an intermediate time)', () => {
    const tw = handPath();
    expect(tw.mean(6)).toBeCloseTo(10 / 6, 12);
    expect(tw.mean(0)).toBe(2); // no elapsed time: current value
  });

  it('treats several updates at the same instant as zero-duration changes', () => {
    const tw = new TimeWeighted(0, 1);
    tw.update(4, 5);
    tw.update(4, 2);
    expect(tw.mean(8)).toBeCloseTo((4 + 8) / 8, 12);
    expect(tw.max()).toBe(5);
    const dist = tw.distribution(8);
    expect(dist[5]).toBe(0);
    expect(dist[1]).toBeCloseTo(0.5, 12);
    expect(dist[2]).toBeCloseTo(0.5, 12);
  });

  it('rounds fractional values to levels and rejects time going backwards', () => {
    const tw = new TimeWeighted(10, 0.4);
    tw.update(12, 1.6);
    const dist = tw.distribution(14);
    expect(dist).toEqual([0.5, 0, 0.5]);
    expect(() => tw.update(11, 1)).toThrow(/backwards/);
  });

  it('warm-up reset keeps the current value and clears the accumulators', () => {
    const tw = new TimeWeighted(0);
    tw.update(2, 3);
    tw.update(5, 1);
    tw.reset(5.5);
    tw.update(6, 2);
    expect(tw.mean(10)).toBeCloseTo((1 * 0.5 + 2 * 4) / 4.5, 12);
    expect(tw.max()).toBe(2); // the 3 before the reset is forgotten
    const dist = tw.distribution(10);
    expect(dist.length).toBe(3);
    expect(dist[0]).toBe(0);
    expect(dist[1]).toBeCloseTo(0.5 / 4.5, 12);
    expect(dist[2]).toBeCloseTo(4 / 4.5, 12);
  });

  it('handles levels far above its initial storage', () => {
    const tw = new TimeWeighted(0, 0);
    tw.update(1, 300);
    tw.update(3, 0);
    const dist = tw.distribution(4);
    expect(dist.length).toBe(301);
    expect(dist[300]).toBeCloseTo(0.5, 12);
    expect(dist[0]).toBeCloseTo(0.5, 12);
  });
});
