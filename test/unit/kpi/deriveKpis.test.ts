import { describe, expect, it } from 'vitest';
import { resolveThresholds } from '../../../src/domain/thresholds';
import { deriveKpiTiles, staffingShortfall, type KpiTileModel } from '../../../src/protocol/kpi/deriveKpis';
import { CATALOGUE, UNITS, fakeResult } from './fakeResult';

function tiles(overrides: Partial<Parameters<typeof deriveKpiTiles>[0]> = {}): Map<string, KpiTileModel> {
  const list = deriveKpiTiles({ result: fakeResult(), resources: CATALOGUE, units: UNITS, thresholds: resolveThresholds(undefined), ...overrides });
  return new Map(list.map((t) => [t.id, t]));
}

function get(map: Map<string, KpiTileModel>, id: string): KpiTileModel {
  const tile = map.get(id);
  if (!tile) throw new Error(`no tile ${id}; have ${[...map.keys()].join(', ')}`);
  return tile;
}

describe('deriveKpiTiles', () => {
  it('makes the issue\'s tiles in a stable order', () => {
    expect([...tiles().keys()]).toEqual([
      'census:ed', 'edWaiting', 'edBoarding', 'edWaitMean', 'edWaitP90', 'icuOccupancy', 'ventilators', 'census:wards',
      'staffingShortfall', 'throughput',
    ]);
  });

  it('computes census, staffed capacity, free places and occupancy per unit', () => {
    const ed = get(tiles(), 'census:ed');
    expect(ed.value).toEqual({ mean: 17, lo: 16, hi: 18, n: 30 });
    expect(ed.unit).toBe('patients');
    const [free] = ed.details;
    expect(free.outOf).toBe(22); // 20 bays + 2 rooms
    expect(free.unit).toBe('places'); // the ED has room pools too
    expect(free.value.mean).toBeCloseTo(5);
    expect(free.value.lo).toBeCloseTo(3); // conservative: half-widths 1 (capacity) + 1 (census)
    expect(ed.state).toBe('normal'); // 17 / 22 = 77 % occupied, 5 free
  });

  it('sums the wards into one tile', () => {
    const wards = get(tiles(), 'census:wards');
    expect(wards.label).toEqual({ key: 'tile.census.wards', params: { count: 2 } });
    expect(wards.value.mean).toBe(45);
    expect(wards.details[0].value.mean).toBeCloseTo(15);
    expect(wards.details[0].unit).toBe('beds');
  });

  it('grades the ICU by occupancy (90 % ≥ 85 %) and free beds (2 ≤ 2)', () => {
    const occupancy = get(tiles(), 'icuOccupancy');
    expect(occupancy.value.mean).toBeCloseTo(0.9);
    expect(occupancy.value.lo).toBeCloseTo(17.5 / 20.5);
    expect(occupancy.value.hi).toBeCloseTo(18.5 / 19.5);
    expect(occupancy.state).toBe('warning');
    expect(occupancy.limit?.threshold).toEqual({ warning: 0.85, critical: 0.95, direction: 'above' });
    const [census, free] = occupancy.details;
    expect(census.value).toEqual({ mean: 18, lo: 17.5, hi: 18.5, n: 30 });
    expect(free.value.mean).toBeCloseTo(2);
    expect(free.outOf).toBe(20);
    expect(free.unit).toBe('beds');
  });

  it('lets a per-unit threshold from the hospital file decide', () => {
    const thresholds = resolveThresholds({ byUnit: { icu: { unitOccupancy: { warning: 0.8, critical: 0.88 } } } });
    const t = tiles({ thresholds });
    expect(get(t, 'icuOccupancy').state).toBe('critical');
    expect(get(t, 'census:wards').state).toBe('normal'); // 75 % under the hospital-wide 85 %
  });

  it('takes the worse of occupancy and free places for a census tile', () => {
    const thresholds = resolveThresholds({ freeBeds: { warning: 8, critical: 6 } });
    const ed = get(tiles({ thresholds }), 'census:ed'); // 77 % is normal, but 5 free ≤ 6 is critical
    expect(ed.state).toBe('critical');
    expect(ed.limit?.metric).toBe('freeBeds');
  });

  it('adds up the patients waiting in ED queues', () => {
    const waiting = get(tiles(), 'edWaiting');
    expect(waiting.value).toEqual({ mean: 6, lo: 4.5, hi: 7.5, n: 30 });
    expect(waiting.state).toBe('normal');
  });

  it('reports boarding per day with boarded patients per day', () => {
    const boarding = get(tiles(), 'edBoarding');
    expect(boarding.value.mean).toBe(12);
    expect(boarding.unit).toBe('hoursPerDay');
    expect(boarding.details[0].value).toEqual({ mean: 3, lo: 2, hi: 4, n: 30 });
    expect(boarding.state).toBe('warning');
  });

  it('grades the door-to-provider waits', () => {
    const t = tiles();
    expect(get(t, 'edWaitMean').value).toEqual({ mean: 38, lo: 34, hi: 42, n: 30 });
    expect(get(t, 'edWaitMean').state).toBe('warning');
    expect(get(t, 'edWaitP90').state).toBe('warning');
  });

  it('finds the ventilator pool and counts the free ones (never below zero)', () => {
    const v = get(tiles(), 'ventilators');
    expect(v.value.mean).toBe(10);
    expect(v.details[0].value).toEqual({ mean: 2, lo: 0, hi: 4, n: 30 });
    expect(v.details[0].outOf).toBe(12);
    expect(v.state).toBe('warning');
    expect(v.limit?.threshold.direction).toBe('below');
  });

  it('computes the staffing shortfall from ratios, busy staff and queues', () => {
    const shortfall = staffingShortfall({ result: fakeResult(), resources: CATALOGUE });
    // Only the ED doctors are short: 5 busy + 2 waiting − 5 on duty. Nurses at their ratios have slack.
    expect(shortfall?.mean).toBeCloseTo(2);
    expect(shortfall?.lo).toBeCloseTo(0.5);
    expect(shortfall?.hi).toBeCloseTo(3.5);
    expect(get(tiles(), 'staffingShortfall').state).toBe('warning');
  });

  it('counts nurses needed for patients waiting for ratio-staffed beds', () => {
    const result = fakeResult();
    result.resources['icu-beds'].queueMean = { mean: 5, ci95: [5, 5], n: 30 }; // (18 + 5) / 2 = 11.5 needed of 10
    expect(staffingShortfall({ result, resources: CATALOGUE })?.mean).toBeCloseTo(2 + 1.5);
  });

  it('shows throughput with no state unless the hospital sets a limit', () => {
    expect(get(tiles(), 'throughput').state).toBe('unknown');
    const thresholds = resolveThresholds({ throughputPerDay: { warning: 200, critical: 150 } });
    expect(get(tiles({ thresholds }), 'throughput').state).toBe('warning');
  });

  it('leaves out what it cannot compute without the pool catalogue', () => {
    expect([...tiles({ resources: [] }).keys()]).toEqual(['edBoarding', 'edWaitMean', 'edWaitP90', 'throughput']);
  });

  it('grades the ICU by free beds when they run out first', () => {
    const thresholds = resolveThresholds({ byUnit: { icu: { freeBeds: { warning: 4, critical: 2.5 } } } });
    const icu = get(tiles({ thresholds }), 'icuOccupancy'); // 90 % is a warning; 2 free ≤ 2.5 is critical
    expect(icu.state).toBe('critical');
    expect(icu.limit?.metric).toBe('freeBeds');
  });

  it('leaves out ED tiles for a model without emergency arrivals', () => {
    const result = fakeResult();
    result.kpis.edArrivals = { mean: 0, ci95: [0, 0], n: 30 };
    const ids = [...tiles({ result }).keys()];
    expect(ids).not.toContain('edWaitMean');
    expect(ids).not.toContain('edBoarding');
  });

  it('cuts intervals at zero: no KPI here can be negative', () => {
    const result = fakeResult();
    result.kpis.boardingHoursPerDay = { mean: 0.04, ci95: [-0.01, 0.09], n: 30 };
    expect(get(tiles({ result }), 'edBoarding').value).toEqual({ mean: 0.04, lo: 0, hi: 0.09, n: 30 });
  });

  it('marks a KPI with no observations as unknown', () => {
    const result = fakeResult();
    result.kpis.edWaitMean = { mean: NaN, ci95: [NaN, NaN], n: 0 };
    expect(get(tiles({ result }), 'edWaitMean').state).toBe('unknown');
  });
});
