import { describe, expect, it } from 'vitest';
import type { Unit } from '../../../src/domain/schema';
import type { Band, UnitBands } from '../../../src/bridge/runStore';
import { axisToMinutes, chartColumns, minutesToAxis, pickUnit, startMillis, unitOptions } from '../../../src/ui/charts/chartData';

const band = (values: number[], spread: number): Band => ({
  mean: Float64Array.from(values), lo: Float64Array.from(values, (v) => v - spread), hi: Float64Array.from(values, (v) => v + spread),
});

const bands: UnitBands = {
  times: Float64Array.from([0, 15, 30]),
  units: {
    icu: { occupancy: band([10, 11, 12], 1), queue: band([0, 1, 0], 0.5), staffOnDuty: band([8, 8, 6], 0) },
    ed: { occupancy: band([5, 9, 7], 2), queue: band([3, 4, 2], 1), staffOnDuty: band([12, 12, 12], 0) },
    'virtual-unit': { occupancy: band([1, 1, 1], 0), queue: band([0, 0, 0], 0), staffOnDuty: band([0, 0, 0], 0) },
  },
};

const units: Unit[] = [
  { id: 'ed', name: 'Emergency Department', kind: 'emergency' },
  { id: 'icu', name: 'Intensive Care Unit', kind: 'icu' },
];

describe('chart data', () => {
  it('puts simulated minutes on a calendar axis in seconds and back', () => {
    const start = startMillis('2026-11-23T00:00');
    expect(new Date(start).getHours()).toBe(0); // local midnight
    expect(minutesToAxis(90, start)).toBe(start / 1000 + 5400);
    expect(axisToMinutes(minutesToAxis(1234.5, start), start)).toBeCloseTo(1234.5);
    expect(startMillis('not a date')).toBe(0);
  });

  it('builds [x, lo, hi, mean] columns for a unit and metric', () => {
    const columns = chartColumns(bands, 'ed', 'queue', 0);
    expect(columns && Array.from(columns[0])).toEqual([0, 900, 1800]);
    expect(columns && Array.from(columns[1])).toEqual([2, 3, 1]);
    expect(columns && Array.from(columns[2])).toEqual([4, 5, 3]);
    expect(columns && Array.from(columns[3])).toEqual([3, 4, 2]);
    expect(chartColumns(bands, 'nowhere', 'queue', 0)).toBeNull();
    const icuQueue = chartColumns(bands, 'icu', 'queue', 0);
    expect(icuQueue && Array.from(icuQueue[1])).toEqual([0, 0.5, 0]); // lower edge cut at 0 (was −0.5, 0.5, −0.5)
  });

  it('lists units in the hospital\'s order with their names', () => {
    expect(unitOptions(bands, units)).toEqual([
      { id: 'ed', name: 'Emergency Department' }, { id: 'icu', name: 'Intensive Care Unit' }, { id: 'virtual-unit', name: 'virtual-unit' },
    ]);
    expect(unitOptions(null, units)).toEqual([]);
  });

  it('defaults to the emergency department and keeps a valid choice', () => {
    const options = unitOptions(bands, units);
    expect(pickUnit(options, units, null)).toBe('ed');
    expect(pickUnit(options, units, 'icu')).toBe('icu');
    expect(pickUnit(options, units, 'gone')).toBe('ed');
    expect(pickUnit([{ id: 'x', name: 'X' }], units, null)).toBe('x');
    expect(pickUnit([], units, null)).toBeNull();
  });
});

describe('time axis labels', () => {
  it('names midnights by day and other times on a 24-hour clock', async () => {
    const { timeAxisLabels, cursorTimeLabel } = await import('../../../src/ui/charts/axisFormat');
    const midnight = new Date(2026, 10, 23, 0, 0).getTime() / 1000;
    const afternoon = new Date(2026, 10, 23, 15, 30).getTime() / 1000;
    const [day, time] = timeAxisLabels([midnight, afternoon], 'en');
    expect(day).toContain('23');
    expect(day).toMatch(/Mon/);
    expect(time).toBe('15:30');
    expect(timeAxisLabels([afternoon], 'pt-BR')).toEqual(['15:30']);
    expect(cursorTimeLabel(afternoon, 'es')).toContain('15:30');
  });
});
