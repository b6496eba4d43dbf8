import { describe, expect, it } from 'vitest';
import type { SimState } from '../../../../src/sim/model/simState';
import { compareExperiments } from '../../../../src/sim/run/compare';
import { runExperiment } from '../../../../src/sim/run/runExperiment';
import { runReplication } from '../../../../src/sim/run/runReplication';
import { build } from '../model/buildModel';
import { applied, smallHospital } from './scenarioModel';

/** An ED whose admitted patients hold their bay until they get a ward bed (boarding). */
const edAndWard = () => build({
  resources: [
    { id: 'doctors', kind: 'staff', capacity: 2 },
    { id: 'ed-bays', kind: 'bed', unitId: 'ed', capacity: 6 },
    { id: 'ward-beds', kind: 'bed', unitId: 'ward', capacity: 40 },
  ],
  patientClasses: [{ id: 'ed', acuity: 3, pathway: 'ed', emergency: true, arrivals: { perHour: [2.5] }, patience: { type: 'exponential', mean: 240 } }],
  pathways: [
    {
      id: 'ed', steps: [
        { id: 'bay', seize: ['ed-bays'], lwbs: true },
        { id: 'see', seize: ['doctors'], seen: true, lwbs: true, duration: { type: 'exponential', mean: 40 }, release: ['doctors'] },
        { id: 'decide', branch: { probabilities: [{ to: 'home', p: 0.8 }, { to: 'admit', p: 0.2 }] } },
        { id: 'home', release: 'all', next: 'exit' },
        { id: 'admit', seize: ['ward-beds'], release: ['ed-bays'], edDeparture: true, boardingFrom: 'ed-bays' },
        { id: 'ward-stay', activity: 'ward-stay', duration: { type: 'lognormal', mean: 1440, sd: 900 }, release: 'all' },
      ],
    },
  ],
});

type Sample = { t: number; ed: string; wardQueue: number };

function edTrace(model: ReturnType<typeof edAndWard>): Sample[] {
  const out: Sample[] = [];
  runReplication(model, {
    seed: 21, days: 15, sampleIntervalMinutes: 10,
    onSample: (t: number, s: SimState) => {
      const at = (id: string) => s.resourceIds.indexOf(id);
      out.push({
        t, wardQueue: s.resourceQueue[at('ward-beds')],
        ed: [s.resourceBusy[at('ed-bays')], s.resourceQueue[at('ed-bays')], s.resourceBusy[at('doctors')], s.resourceQueue[at('doctors')]].join(','),
      });
    },
  });
  return out;
}

describe('common random numbers', () => {
  it('ward beds that never run out leave every ED-only KPI identical', () => {
    const base = edAndWard();
    const fewer = applied(base, { beds: [{ resource: 'ward-beds', change: { set: 25 } }] });
    const a = runReplication(base, { seed: 8, days: 15 });
    const b = runReplication(fewer, { seed: 8, days: 15 });
    expect(b.resources['ward-beds'].queueMax).toBe(0);
    for (const kpi of ['edArrivals', 'edWaitMean', 'edWaitP90', 'edLengthOfStayMean', 'lwbs', 'fourHourBreaches', 'boardingHours'] as const) {
      expect(b.kpis[kpi]).toBe(a.kpis[kpi]);
    }
  });

  it('with too few ward beds the ED runs identically until the first patient waits for a ward bed, then differs', () => {
    const base = edAndWard();
    const tight = applied(base, { beds: [{ resource: 'ward-beds', change: { set: 6 } }] });
    const a = edTrace(base);
    const b = edTrace(tight);
    const firstWait = b.findIndex((s) => s.wardQueue > 0);
    expect(firstWait).toBeGreaterThan(10);
    expect(a.every((s) => s.wardQueue === 0)).toBe(true);
    expect(b.slice(0, firstWait).map((s) => s.ed)).toEqual(a.slice(0, firstWait).map((s) => s.ed));
    expect(b.map((s) => s.ed)).not.toEqual(a.map((s) => s.ed));
  });

  it('a surge raises arrivals by the set amount, within the paired interval', () => {
    // ×1.5 on 3 arrivals/h for days 5–15: +0.5 × 3 × 240 h = +360 arrivals expected.
    const base = smallHospital();
    const surge = applied(base, { arrivals: { surges: [{ startDay: 5, endDay: 15, factor: 1.5 }] } });
    const options = { replications: 10, seed: 4, days: 20, sampleIntervalMinutes: 0 };
    const c = compareExperiments(runExperiment(base, options), runExperiment(surge, options)).kpis.arrivals;
    expect(c.significant).toBe(true);
    const halfWidth = (c.ci95[1] - c.ci95[0]) / 2;
    expect(Math.abs(c.diff - 360)).toBeLessThan(2 * halfWidth);
    expect(halfWidth).toBeLessThan(80);
  });
});
