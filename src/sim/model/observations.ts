import { positiveOrderStatistics } from '../stats/bucketSelect';
import { QuantileSelector } from '../stats/quantileSelect';

/** Buffers given back by finished replications (Engine.releaseStorage), reused instead of fresh memory. */
const bufferPool: Float64Array[] = [];
const POOL_MAX_BUFFERS = 32;
const POOL_MAX_DOUBLES = 8 * 1024 * 1024; // 64 MB
/** Below this many stored values in-place selection is as fast as the bucket passes. */
const BUCKET_SELECT_MIN = 4096;

/**
 * Observations of one quantity (waits, times in system). The same statistics as stats/Tally (mean, R type-7
 * quantiles) but cheaper per observation and per quantile:
 * - zeros (a patient served at once) are only counted; the other values go into a growable Float64Array;
 * - quantiles come from quickselect IN PLACE (the order of the observations is never needed), O(n), and the
 *   median then p90 of the same data share the partitioning work; `quantiles(...)` finds several at once in
 *   two passes over the values (stats/bucketSelect) when there are many and none is negative;
 * - `release()` hands the buffer to a pool that the next replication in this thread reuses (fresh memory
 *   costs a page fault per 4 KB on first touch, which dominated the cost of recording).
 */
export class Observations {
  private values: Float64Array;
  /** Non-zero values stored, of which `negatives` are < 0; zeros are counted, not stored. */
  private stored = 0;
  private negatives = 0;
  private zeros = 0;
  private sum = 0;
  private readonly selector = new QuantileSelector();
  private selecting = false;

  constructor(private readonly initialCapacity = 256) {
    this.values = new Float64Array(Math.max(1, initialCapacity));
  }

  add(x: number): void {
    if (this.selecting) this.stopSelecting();
    if (x === 0) {
      this.zeros++;
      return;
    }
    if (this.stored === this.values.length) this.grow();
    this.values[this.stored++] = x;
    this.sum += x;
    if (x < 0) this.negatives++;
  }

  get count(): number {
    return this.stored + this.zeros;
  }

  mean(): number {
    const n = this.stored + this.zeros;
    return n === 0 ? NaN : this.sum / n;
  }

  /** p-quantile with linear interpolation between order statistics (R type 7); NaN when empty. */
  quantile(p: number): number {
    const n = this.stored + this.zeros;
    if (n === 0) return NaN;
    const position = p * (n - 1);
    const k = Math.floor(position);
    const lower = this.orderStatistic(k);
    if (k + 1 >= n || position === k) return lower;
    return lower + (position - k) * (this.orderStatistic(k + 1) - lower);
  }

  /** quantile(p) for each p, the same values; many non-negative observations take one bucket pass for all. */
  quantiles(...ps: number[]): number[] {
    const n = this.stored + this.zeros;
    const plain = this.negatives > 0 || this.stored < BUCKET_SELECT_MIN || !ps.every((p) => p >= 0 && p <= 1);
    if (plain) return ps.map((p) => this.quantile(p));
    // The order statistics needed (k and k + 1 of each p), ascending and distinct, as ranks among stored values.
    const ranks: number[] = [];
    for (const p of ps) {
      const k = Math.floor(p * (n - 1));
      for (let j = k; j <= k + 1 && j < n; j++) if (j >= this.zeros) ranks.push(j - this.zeros);
    }
    const wanted = [...new Set(ranks)].sort((x, y) => x - y);
    const found: number[] = new Array<number>(wanted.length);
    positiveOrderStatistics(this.values, this.stored, wanted, found);
    const orderStatistic = (k: number) => (k < this.zeros ? 0 : found[wanted.indexOf(k - this.zeros)]);
    return ps.map((p) => {
      const position = p * (n - 1);
      const k = Math.floor(position);
      const lower = orderStatistic(k);
      if (k + 1 >= n || position === k) return lower;
      return lower + (position - k) * (orderStatistic(k + 1) - lower);
    });
  }

  reset(): void {
    this.stored = 0;
    this.negatives = 0;
    this.zeros = 0;
    this.sum = 0;
    this.stopSelecting();
  }

  /** Forgets everything and gives the storage to the pool (call only when nobody reads these any more). */
  release(): void {
    if (this.values.length > this.initialCapacity && bufferPool.length < POOL_MAX_BUFFERS) {
      let pooled = this.values.length;
      for (const b of bufferPool) pooled += b.length;
      if (pooled <= POOL_MAX_DOUBLES) bufferPool.push(this.values);
    }
    this.values = new Float64Array(Math.max(1, this.initialCapacity));
    this.reset();
  }

  /** k-th smallest (0-based) of all observations, zeros included. */
  private orderStatistic(k: number): number {
    this.selecting = true;
    if (k < this.negatives) return this.selector.orderStatistic(this.values, this.stored, k);
    if (k < this.negatives + this.zeros) return 0;
    return this.selector.orderStatistic(this.values, this.stored, k - this.zeros);
  }

  private stopSelecting(): void {
    this.selecting = false;
    this.selector.invalidate();
  }

  private grow(): void {
    const n = this.stored;
    let grown: Float64Array | null = null;
    // Reuse the largest pooled buffer if it is larger than the current one.
    let best = -1;
    for (let i = 0; i < bufferPool.length; i++) {
      if (bufferPool[i].length > n && (best < 0 || bufferPool[i].length > bufferPool[best].length)) best = i;
    }
    if (best >= 0) {
      grown = bufferPool[best];
      bufferPool[best] = bufferPool[bufferPool.length - 1];
      bufferPool.pop();
    } else {
      grown = new Float64Array(n * 2);
    }
    grown.set(this.values.subarray(0, n));
    this.values = grown;
  }
}
