import { describe, expect, it } from 'vitest';
import { Observations } from '../../../../src/sim/model/observations';
import { Tally } from '../../../../src/sim/stats/tally';
import { createStream } from '../../../../src/sim/kernel/rng';

describe('Observations', () => {
  it('agrees with Tally (count, mean, quantiles) on waits with many zeros and a few negatives', () => {
    const rng = createStream(3, 'observations-test');
    const obs = new Observations(4); // grows past its initial capacity
    const tally = new Tally();
    for (let i = 0; i < 10_000; i++) {
      const u = rng.next();
      const x = u < 0.4 ? 0 : u < 0.42 ? -u : -20 * Math.log(rng.next());
      obs.add(x);
      tally.add(x);
    }
    expect(obs.count).toBe(tally.count);
    expect(obs.mean()).toBeCloseTo(tally.mean(), 9);
    for (const p of [0, 0.01, 0.02, 0.3, 0.5, 0.9, 0.99, 1]) expect(obs.quantile(p), `p = ${p}`).toBe(tally.quantile(p));
    // Adding after a quantile invalidates the selection state.
    obs.add(1e6);
    tally.add(1e6);
    expect(obs.quantile(1)).toBe(1e6);
    expect(obs.quantile(0.5)).toBe(tally.quantile(0.5));
  });

  it('quantiles(...) gives what quantile(p) gives, bit for bit, on many values (bucket path) and on few', () => {
    const rng = createStream(5, 'observations-quantiles');
    for (const [n, zeros, negatives] of [[50_000, 0.3, 0], [50_000, 0, 0], [50_000, 0.95, 0], [30_000, 0.3, 0.01], [500, 0.3, 0]]) {
      const many = new Observations();
      const check = new Observations();
      for (let i = 0; i < n; i++) {
        const u = rng.next();
        const x = u < zeros ? 0 : u < zeros + negatives ? -u : -20 * Math.log(rng.next());
        many.add(x);
        check.add(x);
      }
      const ps = [0.5, 0.9, 0, 1, 0.25, 0.99];
      expect(many.quantiles(...ps), `n = ${n}, zeros = ${zeros}`).toEqual(ps.map((p) => check.quantile(p)));
    }
  });

  it('reset forgets everything; release empties it and its buffer serves the next observations', () => {
    const obs = new Observations(2);
    for (let i = 1; i <= 1000; i++) obs.add(i);
    obs.reset();
    expect(obs.count).toBe(0);
    expect(obs.quantile(0.5)).toBeNaN();
    for (let i = 1; i <= 1000; i++) obs.add(i);
    obs.release();
    expect(obs.count).toBe(0);
    expect(obs.mean()).toBeNaN();
    const next = new Observations(2);
    for (let i = 1; i <= 2000; i++) next.add(2001 - i);
    expect(next.quantile(0.5)).toBe(1000.5);
    expect(next.quantile(0)).toBe(1);
  });
});
