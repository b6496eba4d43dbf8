import { QuantileSelector } from './quantileSelect';

/**
 * Several exact order statistics of POSITIVE doubles at once, without reordering the data: the high 16 bits
 * of a positive double's bit pattern grow with its value (exponent, then the top 4 mantissa bits), so one
 * pass counts values per bucket, the counts say which bucket holds each wanted rank, and a second pass copies
 * just those buckets' values out for an in-place selection. Two cheap reads per value for any number of
 * ranks, against a few passes with swaps per rank for selecting in place (QuantileSelector). (One pass that
 * also copies the buckets a sample guesses was slower: the guess must be wide, so it copies and selects more.)
 * Results are the exact order statistics, so they equal any other exact selection bit for bit.
 */
const BUCKETS = 1 << 16;
/** Index of a double's high 32-bit word within its pair of words (the platform's byte order). */
const HIGH_WORD = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 1 : 0;

let counts = new Int32Array(0);
/** Per bucket: 0, or 1 + the next write position in `scratch` of a bucket being copied out. */
let cursor = new Int32Array(0);
let scratch = new Float64Array(0);

/**
 * Writes the ks[j]-th smallest (0-based) of a[0..n) into out[j]. Every value must be > 0 (NaN sorts last);
 * ks must be ascending, each in [0, n).
 */
export function positiveOrderStatistics(a: Float64Array, n: number, ks: readonly number[], out: number[]): void {
  if (counts.length === 0) {
    counts = new Int32Array(BUCKETS);
    cursor = new Int32Array(BUCKETS);
  } else {
    counts.fill(0);
  }
  const words = new Uint32Array(a.buffer, a.byteOffset, 2 * n);
  countBuckets(words, n, counts);

  // Which bucket holds each rank, its rank among that bucket's values, and where the bucket is copied to.
  const m = ks.length;
  const bucketOf: number[] = new Array<number>(m);
  const rankIn: number[] = new Array<number>(m);
  const buckets: number[] = [];
  const starts: number[] = [];
  let below = 0;
  let b = 0;
  let total = 0;
  for (let j = 0; j < m; j++) {
    const k = ks[j];
    while (below + counts[b] <= k) below += counts[b++];
    bucketOf[j] = b;
    rankIn[j] = k - below;
    if (buckets.length === 0 || buckets[buckets.length - 1] !== b) {
      buckets.push(b);
      starts.push(total);
      total += counts[b];
    }
  }
  if (scratch.length < total) scratch = new Float64Array(Math.max(total, 2 * scratch.length));
  for (let t = 0; t < buckets.length; t++) cursor[buckets[t]] = starts[t] + 1;
  copyBuckets(a, words, n, cursor, scratch);
  for (let t = 0; t < buckets.length; t++) cursor[buckets[t]] = 0;

  let t = -1;
  let view = scratch;
  let selector = new QuantileSelector();
  for (let j = 0; j < m; j++) {
    if (t < 0 || buckets[t] !== bucketOf[j]) {
      t++;
      view = scratch.subarray(starts[t], starts[t] + counts[buckets[t]]);
      selector = new QuantileSelector();
    }
    out[j] = selector.orderStatistic(view, view.length, rankIn[j]);
  }
}

function countBuckets(words: Uint32Array, n: number, counts: Int32Array): void {
  const end = 2 * n;
  for (let i = HIGH_WORD; i < end; i += 2) counts[words[i] >>> 16]++;
}

/** Copies each value whose bucket has a cursor to the cursor's position, and advances the cursor. */
function copyBuckets(a: Float64Array, words: Uint32Array, n: number, cursor: Int32Array, into: Float64Array): void {
  for (let i = 0; i < n; i++) {
    const bucket = words[2 * i + HIGH_WORD] >>> 16;
    const c = cursor[bucket];
    if (c !== 0) {
      into[c - 1] = a[i];
      cursor[bucket] = c + 1;
    }
  }
}
