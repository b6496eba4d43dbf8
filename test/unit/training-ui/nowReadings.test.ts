import { describe, expect, it } from 'vitest';
import type { UnitBands } from '../../../src/protocol/api';
import type { CatalogueResource } from '../../../src/protocol/kpi/resourceCatalogue';
import { revealedColumns } from '../../../src/ui/charts/chartData';
import { nowContext, nowView, sampleAtMinute, stateDriver } from '../../../src/ui/training/nowReadings';
import { smallHospital } from '../scene/fixtures';

const START = Date.UTC(2026, 10, 24, 12);
const STEP = 5;

/** 5-minute samples over 4 h: the ED fills from 4 to 10 patients by minute 140, then a mass casualty (30) arrives. */
function bands(): UnitBands {
  const n = 4 * 60 / STEP + 1;
  const times = Float64Array.from({ length: n }, (_, k) => k * STEP);
  const band = (f: (minute: number) => number, half = 1) => {
    const mean = Float64Array.from(times, f);
    return { mean, lo: mean.map((v) => v - half), hi: mean.map((v) => v + half) };
  };
  return {
    times,
    units: {
      'u-ed': { occupancy: band((m) => (m <= 140 ? 4 + (6 * m) / 140 : 30)), queue: band((m) => (m <= 140 ? 1 : 25), 0.5), staffOnDuty: band(() => 6) },
      'u-w': { occupancy: band(() => 20), queue: band(() => 0, 0), staffOnDuty: band(() => 4) },
    },
  };
}

const resources: CatalogueResource[] = [
  { id: 'bays', kind: 'room', unitId: 'u-ed', equipmentType: null, staffedBy: null },
  { id: 'beds', kind: 'bed', unitId: 'u-w', equipmentType: null, staffedBy: null },
];
const onDuty = (mean: number) => ({ onDutyMean: { mean, ci95: [mean, mean] as [number, number], n: 20 } });
const result = { resources: { bays: onDuty(20), beds: onDuty(40) } } as unknown as NonNullable<Parameters<typeof nowContext>[1]>;

describe('training "At 14:20" strip', () => {
  it('waits for a result, its bands and the hospital', () => {
    expect(nowContext(null, result, bands(), resources, START)).toBeNull();
    expect(nowContext(smallHospital(), null, bands(), resources, START)).toBeNull();
    expect(nowContext(smallHospital(), result, null, resources, START)).toBeNull();
  });

  it('uses the wall\'s default groups and reads every group at the sample at or before the playhead', () => {
    const context = nowContext(smallHospital(), result, bands(), resources, START)!;
    expect(context.groups.map((g) => g.id)).toEqual(['ed', 'wards']);
    const k = sampleAtMinute(context, 142.5);
    const view = nowView(context, k);
    expect(view.minute).toBe(140);
    expect(view.atMs).toBe(START + 140 * 60_000);
    const [ed, wards] = view.readings;
    expect(ed?.census.mean).toBeCloseTo(10);
    expect(ed?.occupancy?.mean).toBeCloseTo(0.5);
    expect(ed?.occupancy?.lo).toBeCloseTo(9 / 20);
    expect(ed?.free?.mean).toBeCloseTo(10);
    expect(ed?.queue.mean).toBeCloseTo(1);
    expect(ed?.state).toBe('normal');
    expect(wards?.occupancy?.mean).toBeCloseTo(0.5);
  });

  it('shows nothing of the hours not yet played: the future can change without changing the strip', () => {
    const calm = nowContext(smallHospital(), result, bands(), resources, START)!;
    const other = bands();
    const ed = other.units['u-ed'].occupancy;
    for (let k = sampleAtMinute(calm, 140) + 1; k < other.times.length; k++) ed.mean[k] = ed.lo[k] = ed.hi[k] = 1000;
    const changed = nowContext(smallHospital(), result, other, resources, START)!;
    expect(nowView(changed, sampleAtMinute(changed, 140))).toEqual(nowView(calm, sampleAtMinute(calm, 140)));
    // ...while at the playhead after the crash the strip does change.
    expect(nowView(calm, sampleAtMinute(calm, 150)).readings[0]?.state).toBe('critical');
  });

  it('has no reading before the first sample, and says which metric set a state that is not occupancy', () => {
    const context = nowContext(smallHospital(), result, bands(), resources, START)!;
    const before = nowView(context, sampleAtMinute(context, -10));
    expect(before).toMatchObject({ sample: -1, minute: null, atMs: null, readings: [null, null] });
    const crowded = { ...nowView(context, 0).readings[0]!, state: 'critical' as const, states: { occupancy: 'normal' as const, free: 'normal' as const, queue: 'critical' as const } };
    expect(stateDriver(crowded)).toBe('queue');
    expect(stateDriver({ ...crowded, states: { ...crowded.states, occupancy: 'critical' } })).toBeNull();
    expect(stateDriver({ ...crowded, state: 'normal' })).toBeNull();
  });
});

describe('charts revealed up to the playhead', () => {
  const columns = [Float64Array.from([0, 300, 600, 900]), Float64Array.from([1, 2, 3, 4]), Float64Array.from([3, 4, 5, 6]), Float64Array.from([2, 3, 4, 5])] as const;

  it('keeps the whole x column and leaves every later y value out as a gap', () => {
    const [x, lo, hi, mean] = revealedColumns(columns, 1);
    expect(x).toBe(columns[0]);
    expect(lo).toEqual([1, 2, null, null]);
    expect(hi).toEqual([3, 4, null, null]);
    expect(mean).toEqual([2, 3, null, null]);
    expect(Array.from(columns[3])).toEqual([2, 3, 4, 5]); // the planner's columns are untouched
  });

  it('draws nothing before the first sample and everything at the end', () => {
    expect(revealedColumns(columns, -1).slice(1)).toEqual([[null, null, null, null], [null, null, null, null], [null, null, null, null]]);
    expect(revealedColumns(columns, 3)[3]).toEqual([2, 3, 4, 5]);
  });
});
