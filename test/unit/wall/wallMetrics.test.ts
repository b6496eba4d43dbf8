import { describe, expect, it } from 'vitest';
import { resolveThresholds } from '../../../src/domain/thresholds';
import type { UnitBands } from '../../../src/protocol/api';
import { forecastFor, readingAt, sampleAtTime, sampleIndexAt, type WallAnswer } from '../../../src/bridge/wall/wallMetrics';
import type { ResolvedGroup } from '../../../src/bridge/wall/groups';

const START = Date.UTC(2026, 10, 23);
const HOUR = 3_600_000;

/** Hourly samples over 48 h: unit a's occupancy rises 10 → 19.5 and back, unit b stays at 5; queues. */
function answer(): WallAnswer {
  const n = 49;
  const times = Float64Array.from({ length: n }, (_, k) => k * 60);
  const band = (f: (k: number) => number, half = 1) => {
    const mean = Float64Array.from({ length: n }, (_, k) => f(k));
    return { mean, lo: mean.map((v) => v - half), hi: mean.map((v) => v + half) };
  };
  const bands: UnitBands = {
    times,
    units: {
      a: { occupancy: band((k) => 10 + 9.5 * Math.sin((Math.PI * k) / 48)), queue: band((k) => (k === 30 ? 25 : 2), 0.5), staffOnDuty: band(() => 4) },
      b: { occupancy: band(() => 5, 0.5), queue: band(() => 0, 0), staffOnDuty: band(() => 2) },
    },
  };
  return { bands, startMs: START, capacity: new Map([['a', 20], ['b', 10]]) };
}

const group = (unitIds: string[], emergency = false): ResolvedGroup => ({ id: unitIds.join('+'), name: null, unitIds, emergency, unitId: unitIds.length === 1 ? unitIds[0] : null });
const thresholds = resolveThresholds(undefined); // occupancy 85 % / 95 %, free 2 / 1, ED waiting 10 / 20

describe('wall readings from the bands', () => {
  it('finds the sample at or before a time', () => {
    const times = Float64Array.from([0, 15, 30]);
    expect([sampleIndexAt(times, -1), sampleIndexAt(times, 0), sampleIndexAt(times, 14.9), sampleIndexAt(times, 30), sampleIndexAt(times, 99)]).toEqual([-1, 0, 0, 2, 2]);
    expect(sampleAtTime(answer(), START + 90 * 60_000)).toBe(1);
  });

  it('reads occupancy as census ÷ staffed places, with the interval and the threshold state', () => {
    const r = readingAt(answer(), group(['a']), 24, thresholds);
    expect(r?.census.mean).toBeCloseTo(19.5);
    expect(r?.occupancy?.mean).toBeCloseTo(0.975);
    expect(r?.occupancy?.lo).toBeCloseTo(18.5 / 20);
    expect(r?.free?.mean).toBeCloseTo(0.5);
    expect(r?.states).toEqual({ occupancy: 'critical', free: 'critical', queue: 'unknown' });
    expect(r?.state).toBe('critical');
  });

  it('adds units up, half-widths too, and applies the ED queue limit only to groups with ED units', () => {
    const r = readingAt(answer(), group(['a', 'b']), 0, thresholds);
    expect(r?.census).toEqual({ mean: 15, lo: 13.5, hi: 16.5 });
    expect(r?.capacity).toBe(30);
    expect(r?.occupancy?.mean).toBeCloseTo(0.5);
    expect(readingAt(answer(), group(['a'], true), 30, thresholds)?.states.queue).toBe('critical');
    expect(readingAt(answer(), group(['a'], false), 30, thresholds)?.states.queue).toBe('unknown');
    expect(readingAt(answer(), group(['a']), 99, thresholds)).toBeNull();
    expect(readingAt(answer(), group(['zz']), 0, thresholds)).toBeNull();
  });

  it('forecasts the next 24 hours: the peak with its interval and time, the queue peak, the worst state', () => {
    const f = forecastFor(answer(), group(['a'], true), START + 6 * HOUR, thresholds);
    expect(f?.occupancyPeak?.atMs).toBe(START + 24 * HOUR);
    expect(f?.occupancyPeak?.value.mean).toBeCloseTo(0.975);
    expect(f?.occupancyPeak?.value.hi).toBeCloseTo(1.025);
    expect(f?.queuePeak).toMatchObject({ atMs: START + 30 * HOUR, value: { mean: 25 }, state: 'critical' });
    expect(f?.series.atMs).toHaveLength(25);
    expect(f?.untilMs).toBe(START + 30 * HOUR);
    expect(f?.states).toEqual({ occupancy: 'critical', free: 'critical', queue: 'critical' });
  });

  it('stops the forecast where the bands end', () => {
    const f = forecastFor(answer(), group(['b']), START + 40 * HOUR, thresholds);
    expect(f?.untilMs).toBe(START + 48 * HOUR);
    expect(f?.series.atMs).toHaveLength(9);
    expect(f?.state).toBe('normal');
  });
});
