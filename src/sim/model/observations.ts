/**
 * Observations of one quantity (waits, times in system), kept in a growable Float64Array. The same
 * statistics as stats/Tally (mean, R type-7 quantiles) but quantiles come from quickselect on a copy —
 * O(n) instead of a full sort — which matters when a replication records hundreds of thousands of waits.
 */
export class Observations {
  private values: Float64Array;
  private n = 0;
  private sum = 0;
  private scratch: Float64Array | null = null;

  constructor(initialCapacity = 256) {
    this.values = new Float64Array(Math.max(1, initialCapacity));
  }

  add(x: number): void {
    if (this.n === this.values.length) {
      const grown = new Float64Array(this.n * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.n++] = x;
    this.sum += x;
  }

  get count(): number {
    return this.n;
  }

  mean(): number {
    return this.n === 0 ? NaN : this.sum / this.n;
  }

  /** p-quantile with linear interpolation between order statistics (R type 7); NaN when empty. */
  quantile(p: number): number {
    const n = this.n;
    if (n === 0) return NaN;
    if (this.scratch === null || this.scratch.length < n) this.scratch = new Float64Array(this.values.length);
    const a = this.scratch;
    a.set(this.values.subarray(0, n));
    const position = p * (n - 1);
    const k = Math.floor(position);
    const lower = select(a, n, k);
    if (k + 1 >= n || position === k) return lower;
    // After selecting k, every element right of k is ≥ a[k]: the next order statistic is their minimum.
    let upper = Infinity;
    for (let i = k + 1; i < n; i++) if (a[i] < upper) upper = a[i];
    return lower + (position - k) * (upper - lower);
  }

  reset(): void {
    this.n = 0;
    this.sum = 0;
  }
}

/** Hoare-style quickselect (median-of-three pivot): puts the k-th smallest at a[k] and returns it. */
function select(a: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (hi > lo) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < a[lo]) swap(a, mid, lo);
    if (a[hi] < a[lo]) swap(a, hi, lo);
    if (a[hi] < a[mid]) swap(a, hi, mid);
    const pivot = a[mid];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}
