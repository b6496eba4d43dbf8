import { describe, expect, it } from 'vitest';
import { positiveOrderStatistics } from '../../../../src/sim/stats/bucketSelect';
import { createStream } from '../../../../src/sim/kernel/rng';

describe('positiveOrderStatistics', () => {
  const rng = createStream(11, 'bucket-select-test');
  const datasets: Record<string, (i: number) => number> = {
    exponential: () => -15 * Math.log(rng.next()),
    'wide range': () => Math.exp(60 * rng.next() - 30),
    'many ties': (i) => 1 + (i % 7),
    'all equal': () => 15,
    'one bucket': () => 16 + rng.next() * 1e-6,
  };
  for (const [name, draw] of Object.entries(datasets)) {
    it(`equals the full sort's order statistics and leaves the data as it was (${name})`, () => {
      const n = 5000 + Math.floor(rng.next() * 3000);
      const a = new Float64Array(n + 10); // a prefix of a larger buffer, like Observations' storage
      for (let i = 0; i < n; i++) a[i] = draw(i);
      a.fill(1e9, n);
      const before = a.slice();
      const sorted = Array.from(a.subarray(0, n)).sort((x, y) => x - y);
      const ks = [0, 1, Math.floor(n / 2), Math.floor(n / 2) + 1, Math.floor(0.9 * n), n - 2, n - 1];
      const out: number[] = [];
      positiveOrderStatistics(a, n, ks, out);
      expect(out).toEqual(ks.map((k) => sorted[k]));
      expect(a).toEqual(before);
    });
  }
});
