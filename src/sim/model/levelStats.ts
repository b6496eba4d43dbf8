import type { SimClock } from './simClock';

// Layout of one series in `series`: four doubles side by side (one array, one cache line for two series).
const STRIDE = 4;
const VALUE = 0;
const LAST = 1;
const AREA = 2;
const MAX = 3;

/**
 * Time-weighted statistics of many step-function series at once (occupancy, queue length, patients in
 * system), in typed arrays: the same mean / max / time-at-each-level as stats/TimeWeighted without a method
 * call on a separate object per series and update. The time is read from the shared clock.
 */
export class LevelStats {
  private readonly series: Float64Array;
  private readonly start: Float64Array;
  /** Time at each integer level per series; null when the distribution is not wanted (cheaper updates). */
  private readonly timeAtLevel: Float64Array[] | null;

  constructor(readonly count: number, private readonly clock: SimClock, trackDistribution = true) {
    this.series = new Float64Array(count * STRIDE);
    this.start = new Float64Array(count);
    this.timeAtLevel = trackDistribution ? Array.from({ length: count }, () => new Float64Array(8)) : null;
  }

  /** Series i takes `value` now (the clock never goes backwards). */
  update(i: number, value: number): void {
    const s = this.series;
    const at = i * STRIDE;
    const t = this.clock.now;
    const last = s[at + LAST];
    if (t > last) {
      const v = s[at + VALUE];
      const dt = t - last;
      s[at + AREA] += v * dt;
      s[at + LAST] = t;
      const all = this.timeAtLevel;
      if (all !== null) {
        // Inline (a call taking two doubles that is not inlined boxes them); growing is the rare case.
        const level = v > 0 ? Math.round(v) : 0;
        const levels = all[i];
        if (level < levels.length) levels[level] += dt;
        else this.addTimeAtLevel(i, level, dt);
      }
    }
    s[at + VALUE] = value;
    if (value > s[at + MAX]) s[at + MAX] = value;
  }

  current(i: number): number {
    return this.series[i * STRIDE + VALUE];
  }

  mean(i: number, tEnd: number): number {
    const s = this.series;
    const at = i * STRIDE;
    const elapsed = tEnd - this.start[i];
    if (elapsed <= 0) return s[at + VALUE];
    return (s[at + AREA] + s[at + VALUE] * Math.max(0, tEnd - s[at + LAST])) / elapsed;
  }

  max(i: number): number {
    return this.series[i * STRIDE + MAX];
  }

  /** Fraction of time at each integer level 0..max (values rounded) from the last reset to tEnd. */
  distribution(i: number, tEnd: number): number[] {
    if (this.timeAtLevel === null) throw new Error('LevelStats: created without the time-at-level distribution');
    const s = this.series;
    const at = i * STRIDE;
    const elapsed = tEnd - this.start[i];
    const pendingLevel = Math.max(0, Math.round(s[at + VALUE]));
    const pending = Math.max(0, tEnd - s[at + LAST]);
    const top = Math.max(Math.max(0, Math.round(s[at + MAX])), pending > 0 ? pendingLevel : 0);
    const result = new Array<number>(top + 1).fill(0);
    if (elapsed <= 0) {
      result[pendingLevel] = 1;
      return result;
    }
    const levels = this.timeAtLevel[i];
    for (let level = 0; level <= top && level < levels.length; level++) result[level] = levels[level] / elapsed;
    result[pendingLevel] += pending / elapsed;
    return result;
  }

  /** Warm-up deletion: keep current values, clear the accumulators, measure from t. */
  reset(t: number): void {
    const s = this.series;
    for (let i = 0; i < this.count; i++) {
      const at = i * STRIDE;
      if (t > s[at + LAST]) s[at + LAST] = t;
      this.start[i] = s[at + LAST];
      s[at + AREA] = 0;
      s[at + MAX] = s[at + VALUE];
      this.timeAtLevel?.[i].fill(0);
    }
  }

  private addTimeAtLevel(i: number, level: number, dt: number): void {
    const all = this.timeAtLevel;
    if (all === null) return;
    let levels = all[i];
    if (level >= levels.length) {
      levels = new Float64Array(Math.max(level + 1, levels.length * 2));
      levels.set(all[i]);
      all[i] = levels;
    }
    levels[level] += dt;
  }
}
