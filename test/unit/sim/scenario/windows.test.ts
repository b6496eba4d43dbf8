import { describe, expect, it } from 'vitest';
import type { SimState } from '../../../../src/sim/model/simState';
import { dischargeTime } from '../../../../src/sim/model/rarePaths';
import { ITEM_CLOSED } from '../../../../src/sim/model/resourceRuntime';
import { runReplication } from '../../../../src/sim/run/runReplication';
import { build } from '../model/buildModel';
import { applied } from './scenarioModel';

const DAY = 1440;

/** Samples of (time, on duty, closed items, busy) of one resource every `every` minutes. */
function record(model: ReturnType<typeof build>, resourceId: string, days: number, every = 60) {
  const out: { t: number; onDuty: number; busy: number; closed: number }[] = [];
  runReplication(model, {
    seed: 3, days, sampleIntervalMinutes: every,
    onSample: (t: number, s: SimState) => {
      const r = s.resourceIds.indexOf(resourceId);
      const items = [s.beds, s.rooms, s.equipment].find((v) => Array.from(v.resource).includes(r));
      let closed = 0;
      if (items) for (let i = 0; i < items.state.length; i++) if (items.resource[i] === r && items.state[i] === ITEM_CLOSED) closed++;
      out.push({ t, onDuty: s.resourceOnDuty[r], busy: s.resourceBusy[r], closed });
    },
  });
  return out;
}

const ventilatorModel = () => build({
  resources: [{ id: 'ventilators', kind: 'equipment', capacity: 4 }, { id: 'beds', kind: 'bed', capacity: 6 }],
  patientClasses: [{ id: 'p', acuity: 2, pathway: 'main', arrivals: { perHour: [0.1] } }],
  pathways: [{ id: 'main', steps: [{ id: 'ventilated', seize: ['ventilators', 'beds'], duration: { type: 'fixed', value: 60 }, release: 'all' }] }],
});

describe('capacity changes within a time window', () => {
  it('takes 3 ventilators out for 48 hours (items in use go out when released) and back', () => {
    const outage = applied(ventilatorModel(), { equipment: [{ resource: 'ventilators', change: { add: -3 }, window: { startDay: 1, endDay: 3 }, reason: 'outage' }] });
    const samples = record(outage, 'ventilators', 4);
    const at = (day: number) => samples.find((s) => s.t === day * DAY);
    expect(at(0.5)?.closed).toBe(0);
    expect(at(2)?.closed).toBe(3);
    expect(at(2)?.onDuty).toBe(1);
    expect(at(3.5)?.closed).toBe(0);
    expect(at(3.5)?.onDuty).toBe(4);
  });

  it('opens surge beds for a day: closed extra items exist before and after', () => {
    const surge = applied(ventilatorModel(), { beds: [{ resource: 'beds', change: { add: 4 }, window: { startDay: 1, endDay: 2 }, reason: 'surge' }] });
    const beds = surge.resources.find((r) => r.id === 'beds');
    expect(beds?.itemCount).toBe(10);
    expect(beds?.capacity).toBe(6);
    const samples = record(surge, 'beds', 3);
    expect(samples.find((s) => s.t === 0.5 * DAY)?.onDuty).toBe(6);
    expect(samples.find((s) => s.t === 1.5 * DAY)?.onDuty).toBe(10);
    expect(samples.find((s) => s.t === 2.5 * DAY)?.onDuty).toBe(6);
  });

  it('changes a roster only inside the window, shift by shift', () => {
    const staffed = build({
      resources: [{ id: 'nurses', kind: 'staff', roster: [{ start: '07:00', end: '19:00', onDuty: 5 }, { start: '19:00', end: '07:00', onDuty: 3 }] }],
      pathways: [{ id: 'main', steps: [{ id: 'care', seize: ['nurses'], duration: { type: 'fixed', value: 5 }, release: ['nurses'] }] }],
      patientClasses: [{ id: 'p', acuity: 3, pathway: 'main', arrivals: { perHour: [0.01] } }],
    });
    const sick = applied(staffed, { staffing: [{ resource: 'nurses', change: { factor: 0.8 }, window: { startDay: 1, endDay: 2.5 } }] });
    const samples = record(sick, 'nurses', 4);
    const at = (day: number, hour: number) => samples.find((s) => s.t === day * DAY + hour * 60)?.onDuty;
    expect([at(0, 10), at(0, 22)]).toEqual([5, 3]);
    expect([at(1, 10), at(1, 22), at(2, 3), at(2, 10)]).toEqual([4, 2, 2, 4]);
    expect([at(2, 13), at(2, 22), at(3, 10)]).toEqual([5, 3, 5]);
  });
});

describe('discharge policy', () => {
  it('moves a stay’s end into the window on the day it would have ended', () => {
    expect(dischargeTime(0, 15 * 60, 8 * 60, 12 * 60)).toBe(10.5 * 60);
    expect(dischargeTime(11 * 60, 14 * 60, 8 * 60, 12 * 60)).toBe(DAY + 8 * 60 + (14 / 24) * 240);
    expect(dischargeTime(0, 2 * DAY + 60, 8 * 60, 12 * 60)).toBe(2 * DAY + 8 * 60 + 10);
  });

  it('discharges before noon: beds empty only between 08:00 and 12:00', () => {
    const ward = build({
      resources: [{ id: 'beds', kind: 'bed', capacity: 40 }],
      patientClasses: [{ id: 'p', acuity: 3, pathway: 'main', arrivals: { perHour: [0.5] } }],
      pathways: [{ id: 'main', steps: [{ id: 'stay', seize: ['beds'], activity: 'ward-stay', duration: { type: 'exponential', mean: 2000 }, release: 'all' }] }],
    });
    const policy = applied(ward, { discharge: [{ from: '08:00', to: '12:00' }] });
    expect(policy.steps[0].dischargeWindow).toEqual({ from: 480, to: 720 });
    const decreases = (samples: ReturnType<typeof record>) => samples.slice(1).filter((s, i) => s.busy < samples[i].busy).map((s) => (s.t % DAY) / 60);
    const normal = decreases(record(ward, 'beds', 10, 15));
    const before = decreases(record(policy, 'beds', 10, 15));
    expect(normal.some((h) => h > 12.25 || h < 8)).toBe(true);
    expect(before.length).toBeGreaterThan(10);
    expect(before.every((h) => h > 8 && h <= 12.25)).toBe(true);
  });
});
