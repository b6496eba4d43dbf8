/**
 * Exact quantiles without a full sort: Floyd–Rivest selection in place on a Float64Array prefix, O(n) per
 * order statistic. The positions already selected are remembered, so a second
 * quantile of the same data (the p90 after the median) only partitions the part between known positions.
 * Call `invalidate()` whenever the data change.
 */
export class QuantileSelector {
  /** Sorted positions k whose element is the k-th smallest and partitions the array around it. */
  private known: number[] = [];

  invalidate(): void {
    this.known.length = 0;
  }

  /** p-quantile of a[0..n) with linear interpolation between order statistics (R type 7). Reorders a. */
  quantile(a: Float64Array, n: number, p: number): number {
    if (n === 0) return NaN;
    const position = p * (n - 1);
    const k = Math.floor(position);
    const lower = this.orderStatistic(a, n, k);
    if (k + 1 >= n || position === k) return lower;
    const upper = this.orderStatistic(a, n, k + 1);
    return lower + (position - k) * (upper - lower);
  }

  /** The k-th smallest (0-based) of a[0..n); afterwards a[k] holds it and the array is partitioned around k. */
  orderStatistic(a: Float64Array, n: number, k: number): number {
    const known = this.known;
    // Binary search for the first known position ≥ k.
    let at = 0;
    let end = known.length;
    while (at < end) {
      const mid = (at + end) >> 1;
      if (known[mid] < k) at = mid + 1;
      else end = mid;
    }
    if (at < known.length && known[at] === k) return a[k];
    const lo = at > 0 ? known[at - 1] + 1 : 0;
    const hi = at < known.length ? known[at] - 1 : n - 1;
    if (k === lo) moveExtreme(a, lo, hi, true);
    else if (k === hi) moveExtreme(a, lo, hi, false);
    else select(a, lo, hi, k);
    known.splice(at, 0, k);
    return a[k];
  }
}

/** Moves the minimum (or maximum) of a[lo..hi] to lo (or hi): one scan, the best value kept in a local. */
function moveExtreme(a: Float64Array, lo: number, hi: number, minimum: boolean): void {
  let best = minimum ? lo : hi;
  let value = a[best];
  if (minimum) {
    for (let i = lo + 1; i <= hi; i++) if (a[i] < value) { value = a[i]; best = i; }
  } else {
    for (let i = lo; i < hi; i++) if (a[i] > value) { value = a[i]; best = i; }
  }
  swap(a, best, minimum ? lo : hi);
}

/**
 * Floyd–Rivest selection on a[left..right]: puts the k-th smallest at a[k], smaller left, larger right.
 * A sample around the expected rank picks pivots so tight that large arrays need about n + min(k, n − k)
 * comparisons (plain quickselect needs ~3.4 n for a median).
 */
function select(a: Float64Array, left: number, right: number, k: number): void {
  while (right > left) {
    if (right - left > 600) {
      const n = right - left + 1;
      const i = k - left + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (i - n / 2 < 0 ? -1 : 1);
      const newLeft = Math.max(left, Math.floor(k - (i * s) / n + sd));
      const newRight = Math.min(right, Math.floor(k + ((n - i) * s) / n + sd));
      select(a, newLeft, newRight, k);
    }
    const t = a[k];
    let i = left;
    let j = right;
    swap(a, left, k);
    if (a[right] > t) swap(a, right, left);
    while (i < j) {
      swap(a, i, j);
      i++;
      j--;
      while (a[i] < t) i++;
      while (a[j] > t) j--;
    }
    if (a[left] === t) {
      swap(a, left, j);
    } else {
      j++;
      swap(a, j, right);
    }
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}
