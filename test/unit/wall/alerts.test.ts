import { describe, expect, it } from 'vitest';
import type { ThresholdState } from '../../../src/domain/thresholds';
import { AlertDetector } from '../../../src/bridge/wall/alerts';
import type { GroupReading } from '../../../src/bridge/wall/wallMetrics';

const HOUR = 3_600_000;

function reading(groupId: string, occupancy: number, state: ThresholdState, queueState: ThresholdState = 'unknown'): GroupReading {
  const e = (v: number) => ({ mean: v, lo: v, hi: v });
  return {
    groupId, occupancy: e(occupancy), census: e(occupancy * 20), capacity: 20, free: e(20 - occupancy * 20), queue: e(3),
    states: { occupancy: state, free: 'normal', queue: queueState }, state,
  };
}

describe('alert detection at the playhead', () => {
  it('alerts when a metric crosses a threshold upward, with the simulated time, group, metric, value and level', () => {
    const d = new AlertDetector();
    expect(d.observe(0, [reading('icu', 0.8, 'normal')])).toEqual([]);
    const fresh = d.observe(HOUR, [reading('icu', 0.88, 'warning')]);
    expect(fresh).toEqual([{ id: 1, simMs: HOUR, groupId: 'icu', metric: 'occupancy', value: 0.88, level: 'warning' }]);
    expect(d.observe(2 * HOUR, [reading('icu', 0.96, 'critical')]).map((a) => a.level)).toEqual(['critical']);
    expect(d.alerts().map((a) => a.level)).toEqual(['critical', 'warning']);
  });

  it('does not alert while a state stays, or when it falls', () => {
    const d = new AlertDetector();
    d.observe(0, [reading('icu', 0.96, 'critical')]);
    expect(d.observe(HOUR, [reading('icu', 0.97, 'critical')])).toEqual([]);
    expect(d.observe(2 * HOUR, [reading('icu', 0.9, 'warning')])).toEqual([]);
    expect(d.observe(3 * HOUR, [reading('icu', 0.5, 'normal')])).toEqual([]);
    expect(d.alerts()).toHaveLength(1);
  });

  it('announces a state already reached when the wall starts, and ignores metrics without a limit', () => {
    const d = new AlertDetector();
    const fresh = d.observe(0, [reading('wards', 0.93, 'warning', 'unknown')]);
    expect(fresh.map((a) => [a.groupId, a.metric, a.level])).toEqual([['wards', 'occupancy', 'warning']]);
  });

  it('does not repeat the same alert within the quiet period of simulated time (flapping around a limit)', () => {
    const d = new AlertDetector({ quietMinutes: 60 });
    d.observe(0, [reading('ed', 0.8, 'normal')]);
    expect(d.observe(15 * 60_000, [reading('ed', 0.86, 'warning')])).toHaveLength(1);
    d.observe(30 * 60_000, [reading('ed', 0.84, 'normal')]);
    expect(d.observe(45 * 60_000, [reading('ed', 0.86, 'warning')])).toHaveLength(0);
    d.observe(90 * 60_000, [reading('ed', 0.84, 'normal')]);
    expect(d.observe(105 * 60_000, [reading('ed', 0.86, 'warning')])).toHaveLength(1);
  });

  it('keeps a bounded list, newest first, however long it runs', () => {
    const d = new AlertDetector({ capacity: 5, quietMinutes: 0 });
    for (let i = 0; i < 200; i++) d.observe(i * HOUR, [reading('icu', i % 2 ? 0.9 : 0.5, i % 2 ? 'warning' : 'normal')]);
    expect(d.alerts()).toHaveLength(5);
    expect(d.alerts()[0]?.simMs).toBe(199 * HOUR);
    expect(d.alerts().map((a) => a.id)).toEqual([100, 99, 98, 97, 96]);
  });

  it('forgets the states when simulated time goes backwards (a new history)', () => {
    const d = new AlertDetector();
    d.observe(10 * HOUR, [reading('icu', 0.9, 'warning')]);
    expect(d.observe(HOUR, [reading('icu', 0.9, 'warning')])).toHaveLength(1);
  });
});
