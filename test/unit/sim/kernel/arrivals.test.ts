import { describe, expect, it } from 'vitest';
import { ArrivalProcess, constantRateProfile, rateProfileSchema } from '../../../../src/sim/kernel/arrivals';
import { createStream } from '../../../../src/sim/kernel/rng';

const WEEK = 7 * 24 * 60;

/** Arrival times over [0, horizon). */
function simulate(process: ArrivalProcess, horizon: number, key: string): number[] {
  const rng = createStream(11, key);
  const times: number[] = [];
  for (let t = process.next(0, rng); t < horizon; t = process.next(t, rng)) times.push(t);
  return times;
}

// Hospital-ish ED profile (per hour), low at night, peak late morning.
const ED_PROFILE = [
  4, 3, 2.5, 2, 2, 2.5, 4, 7, 10, 12, 13, 12.5, 12, 11.5, 11, 10.5, 10, 10, 9.5, 9, 8, 7, 6, 5,
];
const DAY_FACTORS = [1.2, 1.05, 1, 1, 1, 0.85, 0.9];

describe('ArrivalProcess (NHPP by thinning)', () => {
  it('reproduces a 24-hour profile with day-of-week factors: counts per hour of week over 60 weeks (chi-square)', () => {
    const weeks = 60;
    const process = new ArrivalProcess({ perHour: ED_PROFILE, dayOfWeek: DAY_FACTORS });
    const counts = new Array<number>(168).fill(0);
    for (const t of simulate(process, weeks * WEEK, 'ed')) counts[Math.floor(t / 60) % 168]++;
    let chi = 0;
    for (let h = 0; h < 168; h++) {
      const expected = weeks * ED_PROFILE[h % 24] * DAY_FACTORS[Math.floor(h / 24)];
      chi += (counts[h] - expected) ** 2 / expected;
    }
    // chi-square with 168 df: mean 168, sd ~18.3; 0.999 quantile ~ 233.
    expect(chi).toBeLessThan(240);
    expect(chi).toBeGreaterThan(110); // not suspiciously perfect either (0.001 quantile ~ 116)
  });

  it('supports a 168-value profile and a start day offset', () => {
    const perHour = Array.from({ length: 168 }, (_, h) => h + 1);
    const fromWednesday = new ArrivalProcess({ perHour }, [], 2);
    expect(fromWednesday.rateAt(0)).toBeCloseTo(49 / 60, 12);
    expect(fromWednesday.rateAt(5 * 24 * 60 + 30)).toBeCloseTo(1 / 60, 12); // wraps to Monday 00:30
    expect(fromWednesday.rateAt(WEEK + 61)).toBeCloseTo(50 / 60, 12);
    expect(fromWednesday.maxRate()).toBeCloseTo(168 / 60, 12);
  });

  it('a surge multiplier raises the count in its window by its factor, and overlapping multipliers multiply', () => {
    const days = 200;
    const multipliers = [];
    for (let d = 0; d < days; d++) {
      multipliers.push({ start: d * 1440 + 600, end: d * 1440 + 720, factor: 3 });
      multipliers.push({ start: d * 1440 + 660, end: d * 1440 + 780, factor: 2 });
    }
    const process = new ArrivalProcess(constantRateProfile(12), multipliers);
    expect(process.maxRate()).toBeCloseTo((12 / 60) * 6, 12);
    expect(process.rateAt(690)).toBeCloseTo((12 / 60) * 6, 12);
    expect(process.rateAt(720)).toBeCloseTo((12 / 60) * 2, 12);
    const segments = [
      { from: 0, to: 600, factor: 1 }, { from: 600, to: 660, factor: 3 }, { from: 660, to: 720, factor: 6 },
      { from: 720, to: 780, factor: 2 }, { from: 780, to: 1440, factor: 1 },
    ];
    const counts = new Array<number>(segments.length).fill(0);
    for (const t of simulate(process, days * 1440, 'surge')) {
      const m = t % 1440;
      counts[segments.findIndex((s) => m >= s.from && m < s.to)]++;
    }
    segments.forEach((s, i) => {
      const expected = days * (s.to - s.from) * (12 / 60) * s.factor;
      expect(Math.abs(counts[i] - expected)).toBeLessThan(5 * Math.sqrt(expected));
    });
  });

  it('evaluates the rate at the candidate time: no arrivals in a zero-rate hour right after a busy hour', () => {
    // Busy 09:00-12:00 (120/h), zero otherwise. Evaluating at the previous arrival would accept candidates
    // that fall after 12:00 because the previous arrival was still in the busy hour.
    const perHour = Array.from({ length: 24 }, (_, h) => (h >= 9 && h < 12 ? 120 : 0));
    const process = new ArrivalProcess({ perHour });
    const times = simulate(process, 300 * 1440, 'step');
    const outside = times.filter((t) => {
      const hour = Math.floor((t % 1440) / 60);
      return hour < 9 || hour >= 12;
    });
    expect(outside).toEqual([]);
    const expected = 300 * 3 * 120;
    expect(Math.abs(times.length - expected)).toBeLessThan(5 * Math.sqrt(expected));
  });

  it('returns Infinity when the rate is zero forever, and strictly later times otherwise', () => {
    const rng = createStream(1, 'zero');
    expect(new ArrivalProcess(constantRateProfile(0)).next(0, rng)).toBe(Infinity);
    const closed = new ArrivalProcess(constantRateProfile(30), [{ start: 500, end: Infinity, factor: 0 }]);
    expect(closed.next(600, rng)).toBe(Infinity);
    let t = 0;
    let n = 0;
    for (t = closed.next(0, rng); t !== Infinity; t = closed.next(t, rng)) {
      expect(t).toBeLessThan(500);
      n++;
    }
    expect(n).toBeGreaterThan(150); // ~250 expected before the closure
  });

  it('validates profiles with plain-language errors', () => {
    const problems = (input: unknown) => {
      const r = rateProfileSchema.safeParse(input);
      return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(problems({ perHour: [1, 2, 3] })[0]).toMatch(/^perHour: perHour must have 1 value/);
    expect(problems({ perHour: [1, -2].concat(new Array(22).fill(1)) })).toContain('perHour.1: rates must be ≥ 0');
    expect(problems({ perHour: new Array(168).fill(1), dayOfWeek: new Array(7).fill(1) })[0]).toMatch(/^dayOfWeek: dayOfWeek factors only apply/);
    expect(problems({ perHour: [1], dayOfWeek: [1, 1] })).toContain('dayOfWeek: dayOfWeek must have 7 factors, Monday first');
    expect(() => new ArrivalProcess(constantRateProfile(1), [{ start: 5, end: 5, factor: 2 }])).toThrow(/start must be before end/);
  });
});
