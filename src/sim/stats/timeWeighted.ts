/**
 * Time-persistent statistic (occupancy, queue length): the value is a step function of time and its mean is
 * the area under it divided by the elapsed time. Also tracks the time spent at each integer level.
 */
export class TimeWeighted {
  private startTime: number;
  private lastTime: number;
  private value: number;
  private area = 0;
  private maximum: number;
  /** Time at each rounded level since the last reset (index = level; negative values count as level 0). */
  private timeAtLevel = new Float64Array(16);

  constructor(t0: number, v0 = 0) {
    this.startTime = t0;
    this.lastTime = t0;
    this.value = v0;
    this.maximum = v0;
  }

  /** The value changes to `value` at time t (t must not go backwards). */
  update(t: number, value: number): void {
    const dt = t - this.lastTime;
    if (dt < 0) throw new Error(`TimeWeighted.update: time went backwards (${t} < ${this.lastTime})`);
    if (dt > 0) {
      this.area += this.value * dt;
      this.addTimeAtLevel(this.value, dt);
      this.lastTime = t;
    }
    this.value = value;
    if (value > this.maximum) this.maximum = value;
  }

  /** Current value. */
  get current(): number {
    return this.value;
  }

  /** Time-average from the last reset to tEnd; the current value if no time has elapsed. */
  mean(tEnd: number): number {
    const elapsed = tEnd - this.startTime;
    if (elapsed <= 0) return this.value;
    return (this.area + this.value * Math.max(0, tEnd - this.lastTime)) / elapsed;
  }

  /** Largest value since the last reset (the value held at the reset counts). */
  max(): number {
    return this.maximum;
  }

  /** Fraction of time at each integer level 0..max (values rounded), from the last reset to tEnd. */
  distribution(tEnd: number): number[] {
    const elapsed = tEnd - this.startTime;
    const pendingLevel = levelOf(this.value);
    const pending = Math.max(0, tEnd - this.lastTime);
    const top = Math.max(levelOf(this.maximum), pending > 0 ? pendingLevel : 0);
    const result = new Array<number>(top + 1).fill(0);
    if (elapsed <= 0) {
      result[pendingLevel] = 1;
      return result;
    }
    for (let level = 0; level <= top && level < this.timeAtLevel.length; level++) {
      result[level] = this.timeAtLevel[level] / elapsed;
    }
    result[pendingLevel] += pending / elapsed;
    return result;
  }

  /** Warm-up deletion: keep the current value, clear the accumulators, and start measuring at t. */
  reset(t: number): void {
    if (t > this.lastTime) this.lastTime = t;
    this.startTime = this.lastTime;
    this.area = 0;
    this.maximum = this.value;
    this.timeAtLevel.fill(0);
  }

  private addTimeAtLevel(value: number, dt: number): void {
    const level = levelOf(value);
    if (level >= this.timeAtLevel.length) {
      const grown = new Float64Array(Math.max(level + 1, this.timeAtLevel.length * 2));
      grown.set(this.timeAtLevel);
      this.timeAtLevel = grown;
    }
    this.timeAtLevel[level] += dt;
  }
}

function levelOf(value: number): number {
  const level = Math.round(value);
  return level > 0 ? level : 0;
}
