/** Confidence intervals across replications. */
import { studentTQuantile975 } from './studentT';

export type Interval = { mean: number; ci95: [number, number]; n: number };

/** Student-t 95% interval for the mean of independent values; n = 1 gives [mean, mean], n = 0 gives NaNs. */
export function tInterval(values: ArrayLike<number>): Interval {
  const n = values.length;
  if (n === 0) return { mean: NaN, ci95: [NaN, NaN], n: 0 };
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i];
  mean /= n;
  if (n === 1) return { mean, ci95: [mean, mean], n };
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i] - mean) ** 2;
  const halfWidth = studentTQuantile975(n - 1) * Math.sqrt(ss / (n - 1) / n);
  return { mean, ci95: [mean - halfWidth, mean + halfWidth], n };
}

/**
 * Paired difference b - a, replication by replication (valid under common random numbers: replication i of
 * both scenarios used the same seed). Significant when the 95% interval excludes 0.
 */
export function pairedDifference(a: ArrayLike<number>, b: ArrayLike<number>): Interval & { significant: boolean } {
  if (a.length !== b.length) {
    throw new Error(`pairedDifference needs the same number of replications (${a.length} vs ${b.length})`);
  }
  const differences = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) differences[i] = b[i] - a[i];
  const interval = tInterval(differences);
  const [lo, hi] = interval.ci95;
  return { ...interval, significant: interval.n > 1 && (lo > 0 || hi < 0) };
}
