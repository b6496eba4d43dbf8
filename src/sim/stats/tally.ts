import { QuantileSelector } from './quantileSelect';

/**
 * Observation statistics (waits, lengths of stay). Keeps every value in a growable Float64Array so medians
 * and percentiles are exact (quickselect on a working copy, O(n), no full sort); mean and variance use
 * Welford's update.
 */
export class Tally {
  private values: Float64Array;
  private n = 0;
  private runningMean = 0;
  private sumSquares = 0;
  private maximum = -Infinity;
  private minimum = Infinity;
  /** Working copy reordered by quantile selection; null when the observations changed since. */
  private work: Float64Array | null = null;
  private readonly selector = new QuantileSelector();

  constructor(initialCapacity = 256) {
    this.values = new Float64Array(Math.max(1, initialCapacity));
  }

  /** Records one observation. */
  add(x: number): void {
    if (this.n === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.n++] = x;
    const delta = x - this.runningMean;
    this.runningMean += delta / this.n;
    this.sumSquares += delta * (x - this.runningMean);
    if (x > this.maximum) this.maximum = x;
    if (x < this.minimum) this.minimum = x;
    this.work = null;
  }

  get count(): number {
    return this.n;
  }

  /** Sample mean; NaN when empty. */
  mean(): number {
    return this.n === 0 ? NaN : this.runningMean;
  }

  /** Sample variance (n - 1 denominator); NaN with fewer than 2 observations. */
  variance(): number {
    return this.n < 2 ? NaN : this.sumSquares / (this.n - 1);
  }

  /** p-quantile, 0 ≤ p ≤ 1, linear interpolation between order statistics (R type 7, numpy default). */
  quantile(p: number): number {
    if (this.n === 0) return NaN;
    if (!(p >= 0 && p <= 1)) throw new Error('quantile p must be between 0 and 1');
    if (this.work === null) {
      this.work = this.values.slice(0, this.n);
      this.selector.invalidate();
    }
    return this.selector.quantile(this.work, this.n, p);
  }

  /** Largest observation; NaN when empty. */
  max(): number {
    return this.n === 0 ? NaN : this.maximum;
  }

  /** Smallest observation; NaN when empty. */
  min(): number {
    return this.n === 0 ? NaN : this.minimum;
  }

  /** The observations so far, in arrival order (a copy). */
  toArray(): Float64Array {
    return this.values.slice(0, this.n);
  }

  /** Forgets every observation (warm-up deletion); keeps the allocated storage. */
  reset(): void {
    this.n = 0;
    this.runningMean = 0;
    this.sumSquares = 0;
    this.maximum = -Infinity;
    this.minimum = Infinity;
    this.work = null;
  }
}
