import { describe, expect, it } from 'vitest';
import { QuantileSelector } from '../../../../src/sim/stats/quantileSelect';
import { createStream } from '../../../../src/sim/kernel/rng';

/** R type-7 quantile from a full sort: the oracle. */
function sortedQuantile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const position = p * (s.length - 1);
  const k = Math.floor(position);
  return k + 1 >= s.length ? s[k] : s[k] + (position - k) * (s[k + 1] - s[k]);
}

describe('QuantileSelector', () => {
  const rng = createStream(7, 'quantile-test');
  const datasets: [string, number[]][] = [
    ['continuous, large (sampling pivots)', Array.from({ length: 20_000 }, () => -30 * Math.log(rng.next()))],
    ['many ties', Array.from({ length: 5_000 }, () => Math.floor(rng.next() * 4))],
    ['all equal', Array.from({ length: 1_000 }, () => 3)],
    ['already sorted', Array.from({ length: 3_000 }, (_, i) => i)],
    ['reversed, with negatives', Array.from({ length: 3_000 }, (_, i) => 1_000 - i)],
    ['tiny', [5, 1]],
  ];
  for (const [name, data] of datasets) {
    it(`matches a full sort: ${name}`, () => {
      const a = Float64Array.from(data);
      const selector = new QuantileSelector();
      // Several quantiles of the same data, in an order that exercises the remembered positions.
      for (const p of [0.5, 0.9, 0.1, 0.95, 0, 1, 0.5, 0.25, 0.75, 0.999]) {
        expect(selector.quantile(a, a.length, p), `p = ${p}`).toBe(sortedQuantile(data, p));
      }
      // Selection reorders but never loses or invents values.
      expect(Array.from(a).sort((x, y) => x - y)).toEqual([...data].sort((x, y) => x - y));
    });
  }

  it('gives NaN for no data and must be invalidated when the data change', () => {
    const selector = new QuantileSelector();
    expect(selector.quantile(new Float64Array(0), 0, 0.5)).toBeNaN();
    const a = Float64Array.from([4, 2, 9, 7]);
    expect(selector.quantile(a, 4, 0.5)).toBe(5.5);
    a[0] = 100;
    a[1] = 100;
    selector.invalidate();
    expect(selector.quantile(a, 4, 0.5)).toBe(sortedQuantile(Array.from(a), 0.5));
  });
});
