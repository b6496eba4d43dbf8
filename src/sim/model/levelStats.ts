/**
 * Time-weighted statistics of many step-function series at once (occupancy, queue length, patients in
 * system), in typed arrays: the same mean / max / time-at-each-level as stats/TimeWeighted without a method
 * call on a separate object per series and update.
 */
export class LevelStats {
  private readonly value: Float64Array;
  private readonly last: Float64Array;
  private readonly start: Float64Array;
  private readonly area: Float64Array;
  private readonly maximum: Float64Array;
  private readonly timeAtLevel: Float64Array[];

  constructor(readonly count: number) {
    this.value = new Float64Array(count);
    this.last = new Float64Array(count);
    this.start = new Float64Array(count);
    this.area = new Float64Array(count);
    this.maximum = new Float64Array(count);
    this.timeAtLevel = Array.from({ length: count }, () => new Float64Array(8));
  }

  /** Series i takes `value` at time t (t never goes backwards). */
  update(i: number, t: number, value: number): void {
    const dt = t - this.last[i];
    if (dt > 0) {
      const v = this.value[i];
      this.area[i] += v * dt;
      let level = Math.round(v);
      if (level < 0) level = 0;
      let levels = this.timeAtLevel[i];
      if (level >= levels.length) levels = this.grow(i, level);
      levels[level] += dt;
      this.last[i] = t;
    }
    this.value[i] = value;
    if (value > this.maximum[i]) this.maximum[i] = value;
  }

  current(i: number): number {
    return this.value[i];
  }

  mean(i: number, tEnd: number): number {
    const elapsed = tEnd - this.start[i];
    if (elapsed <= 0) return this.value[i];
    return (this.area[i] + this.value[i] * Math.max(0, tEnd - this.last[i])) / elapsed;
  }

  max(i: number): number {
    return this.maximum[i];
  }

  /** Fraction of time at each integer level 0..max (values rounded) from the last reset to tEnd. */
  distribution(i: number, tEnd: number): number[] {
    const elapsed = tEnd - this.start[i];
    const pendingLevel = Math.max(0, Math.round(this.value[i]));
    const pending = Math.max(0, tEnd - this.last[i]);
    const top = Math.max(Math.max(0, Math.round(this.maximum[i])), pending > 0 ? pendingLevel : 0);
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
    for (let i = 0; i < this.count; i++) {
      if (t > this.last[i]) this.last[i] = t;
      this.start[i] = this.last[i];
      this.area[i] = 0;
      this.maximum[i] = this.value[i];
      this.timeAtLevel[i].fill(0);
    }
  }

  private grow(i: number, level: number): Float64Array {
    const grown = new Float64Array(Math.max(level + 1, this.timeAtLevel[i].length * 2));
    grown.set(this.timeAtLevel[i]);
    this.timeAtLevel[i] = grown;
    return grown;
  }
}
