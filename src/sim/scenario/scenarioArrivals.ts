import { ArrivalProcess } from '../kernel/arrivals';
import type { RandomStream } from '../kernel/rng';
import { HOURS_PER_WEEK, MINUTES_PER_HOUR, maxValue, nextPoint, valueAt, type StepFunction } from './timeProfile';

/**
 * Poisson arrivals whose rate is a weekly hour-by-hour table (per minute, hour 0 = run time 0) times a
 * piecewise-constant factor over run time. The rate is constant between hour boundaries and factor
 * breakpoints, so arrivals are drawn exactly segment by segment (an exponential gap at the segment's rate;
 * crossing the segment's end restarts there, which the memoryless property allows): no thinning.
 */
export class PiecewiseArrivals extends ArrivalProcess {
  private readonly peak: number;

  constructor(private readonly weekly: Float64Array, private readonly factor: StepFunction) {
    super({ perHour: [0] });
    let top = 0;
    for (const r of weekly) if (r > top) top = r;
    this.peak = top * maxValue(factor);
  }

  override rateAt(t: number): number {
    return this.weekly[Math.floor(t / MINUTES_PER_HOUR) % HOURS_PER_WEEK] * valueAt(this.factor, t);
  }

  override maxRate(): number {
    return this.peak;
  }

  override next(tMinutes: number, rng: RandomStream): number {
    if (this.peak === 0) return Infinity;
    const factor = this.factor;
    const lastPoint = factor.points.length > 0 ? factor.points[factor.points.length - 1] : 0;
    const zeroAfterLast = factor.values.length === 0 ? factor.before === 0 : factor.values[factor.values.length - 1] === 0;
    let t = tMinutes;
    for (;;) {
      if (zeroAfterLast && t >= lastPoint) return Infinity;
      const hourEnd = (Math.floor(t / MINUTES_PER_HOUR) + 1) * MINUTES_PER_HOUR;
      const end = Math.min(hourEnd, nextPoint(factor, t));
      const rate = this.rateAt(t);
      if (rate > 0) {
        const candidate = t + rng.exponential() / rate;
        if (candidate < end) return candidate;
      }
      t = end;
    }
  }
}

/** Arrivals at fixed times (minutes, ascending): a mass-casualty incident's casualties of one class. */
export class FixedTimesArrivals extends ArrivalProcess {
  constructor(private readonly times: Float64Array) {
    super({ perHour: [0] });
  }

  override rateAt(t: number): number {
    let inHour = 0;
    const hour = Math.floor(t / MINUTES_PER_HOUR);
    for (const x of this.times) if (Math.floor(x / MINUTES_PER_HOUR) === hour) inHour++;
    return inHour / MINUTES_PER_HOUR;
  }

  override maxRate(): number {
    return this.times.length > 0 ? Infinity : 0;
  }

  /** The first arrival time strictly after t (the stream is not used: the times are set). */
  override next(tMinutes: number): number {
    const times = this.times;
    let lo = 0;
    let hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (times[mid] <= tMinutes) lo = mid + 1; else hi = mid;
    }
    return lo < times.length ? times[lo] : Infinity;
  }
}
