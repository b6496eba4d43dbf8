/**
 * Non-homogeneous Poisson arrivals by thinning (Lewis–Shedler): candidates come at the maximum rate and are
 * accepted with probability rate(candidate)/maxRate, the rate being evaluated AT THE CANDIDATE TIME.
 * Time is in minutes; profile rates are per hour.
 */
import { z } from 'zod';
import type { RandomStream } from './rng';

const MINUTES_PER_HOUR = 60;
const HOURS_PER_WEEK = 168;

const rate = z.number({ error: 'each rate must be a finite number' }).gte(0, 'rates must be ≥ 0');

export const rateProfileSchema = z
  .object({
    perHour: z
      .array(rate, { error: 'perHour must be a list of arrivals per hour' })
      .refine((v) => v.length === 1 || v.length === 24 || v.length === HOURS_PER_WEEK, {
        message: 'perHour must have 1 value (constant), 24 (hour of day) or 168 (hour of week, Monday 00:00 first)',
      }),
    dayOfWeek: z
      .array(z.number({ error: 'each day factor must be a finite number' }).gte(0, 'day factors must be ≥ 0'))
      .length(7, 'dayOfWeek must have 7 factors, Monday first')
      .optional(),
  })
  .refine((p) => p.dayOfWeek === undefined || p.perHour.length !== HOURS_PER_WEEK, {
    message: 'dayOfWeek factors only apply to a 1- or 24-value profile (a 168-value profile already covers the week)',
    path: ['dayOfWeek'],
  });

export type RateProfile = {
  /** arrivals per hour: 1 value (constant), 24 values (hour of day) or 168 values (hour of week, Monday 00:00 first) */
  perHour: number[];
  /** optional day-of-week factors (7 values, Monday first) applied on top of a 1- or 24-value profile */
  dayOfWeek?: number[];
};

/** Time-bounded surge in minutes, [start, end); multiplicative; overlapping multipliers multiply. */
export type ArrivalMultiplier = { start: number; end: number; factor: number };

/** A time in minutes; ±Infinity allowed for open-ended windows (set in code, JSON cannot express it). */
const minutes = (name: string) =>
  z.custom<number>((v) => typeof v === 'number' && !Number.isNaN(v), `${name} must be a number (minutes)`);

export const arrivalMultiplierSchema = z
  .object({
    start: minutes('start'),
    end: minutes('end'),
    factor: z.number({ error: 'factor must be a finite number' }).gte(0, 'factor must be ≥ 0'),
  })
  .refine((m) => m.start < m.end, { message: 'start must be before end', path: ['end'] });

/** A constant rate profile, in arrivals per hour. */
export function constantRateProfile(perHour: number): RateProfile {
  return { perHour: [perHour] };
}

function weeklyRatesPerMinute(profile: RateProfile): Float64Array {
  const table = new Float64Array(HOURS_PER_WEEK);
  const hours = profile.perHour.length;
  for (let h = 0; h < HOURS_PER_WEEK; h++) {
    const base = hours === HOURS_PER_WEEK ? profile.perHour[h] : profile.perHour[h % hours];
    const dayFactor = profile.dayOfWeek ? profile.dayOfWeek[Math.floor(h / 24)] : 1;
    table[h] = (base * dayFactor) / MINUTES_PER_HOUR;
  }
  return table;
}

/** Largest product of simultaneously active multipliers (at least 1: outside every window the factor is 1). */
function maxMultiplierProduct(multipliers: ArrivalMultiplier[]): number {
  let best = 1;
  for (const probe of multipliers) {
    // The product is piecewise constant and changes only at window starts; check each start.
    let product = 1;
    for (const m of multipliers) if (m.start <= probe.start && probe.start < m.end) product *= m.factor;
    if (product > best) best = product;
  }
  return best;
}

export class ArrivalProcess {
  private readonly ratesPerMinute: Float64Array;
  private readonly starts: Float64Array;
  private readonly ends: Float64Array;
  private readonly factors: Float64Array;
  private readonly hourOffset: number;
  private readonly lambdaMax: number;
  /** After this time only open-ended multipliers apply; if their product is 0 the rate is 0 forever. */
  private readonly lastFiniteChange: number;
  private readonly zeroForeverAfterLastChange: boolean;

  constructor(profile: RateProfile, multipliers: ArrivalMultiplier[] = [], startDayOfWeek = 0) {
    const parsedProfile = rateProfileSchema.parse(profile);
    const parsedMultipliers = z.array(arrivalMultiplierSchema).parse(multipliers);
    if (!Number.isInteger(startDayOfWeek) || startDayOfWeek < 0 || startDayOfWeek > 6) {
      throw new Error('startDayOfWeek must be an integer 0..6 (0 = Monday)');
    }
    this.ratesPerMinute = weeklyRatesPerMinute(parsedProfile);
    this.starts = Float64Array.from(parsedMultipliers, (m) => m.start);
    this.ends = Float64Array.from(parsedMultipliers, (m) => m.end);
    this.factors = Float64Array.from(parsedMultipliers, (m) => m.factor);
    this.hourOffset = startDayOfWeek * 24;
    let maxBase = 0;
    for (const r of this.ratesPerMinute) if (r > maxBase) maxBase = r;
    this.lambdaMax = maxBase * maxMultiplierProduct(parsedMultipliers);
    let lastChange = -Infinity;
    let tailProduct = 1;
    for (const m of parsedMultipliers) {
      if (Number.isFinite(m.start)) lastChange = Math.max(lastChange, m.start);
      if (Number.isFinite(m.end)) lastChange = Math.max(lastChange, m.end);
      else tailProduct *= m.factor;
    }
    this.lastFiniteChange = lastChange;
    this.zeroForeverAfterLastChange = tailProduct === 0;
  }

  /** Arrival rate per minute at time t (minutes), multipliers included. */
  rateAt(tMinutes: number): number {
    const hour = (this.hourOffset + Math.floor(tMinutes / MINUTES_PER_HOUR)) % HOURS_PER_WEEK;
    let r = this.ratesPerMinute[hour < 0 ? hour + HOURS_PER_WEEK : hour];
    const starts = this.starts;
    const ends = this.ends;
    for (let i = 0; i < starts.length; i++) {
      if (starts[i] <= tMinutes && tMinutes < ends[i]) r *= this.factors[i];
    }
    return r;
  }

  /** Upper bound of the rate per minute used for thinning: profile max × largest product of multipliers. */
  maxRate(): number {
    return this.lambdaMax;
  }

  /** Next arrival time strictly after t (minutes); Infinity if the rate is 0 from t on forever. */
  next(tMinutes: number, rng: RandomStream): number {
    const lambdaMax = this.lambdaMax;
    if (lambdaMax === 0) return Infinity;
    let t = tMinutes;
    for (;;) {
      if (this.zeroForeverAfterLastChange && t >= this.lastFiniteChange) return Infinity;
      t -= Math.log(rng.next()) / lambdaMax;
      if (rng.next() * lambdaMax < this.rateAt(t)) return t;
    }
  }
}
