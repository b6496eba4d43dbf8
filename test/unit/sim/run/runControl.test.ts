import { describe, expect, it } from 'vitest';
import { runReplication } from '../../../../src/sim/run/runReplication';
import { runExperiment } from '../../../../src/sim/run/runExperiment';
import { applyScenario, loadScenario } from '../../../../src/sim/scenario/applyScenario';
import { KPI_NAMES } from '../../../../src/sim/run/kpis';
import { build } from '../model/buildModel';

const clinic = () => build({
  resources: [{ id: 'clinician', kind: 'server', capacity: 3 }, { id: 'rooms', kind: 'room', capacity: 5 }],
  patientClasses: [
    { id: 'walk-in', acuity: 3, pathway: 'visit', arrivals: { perHour: [10] } },
    { id: 'booked', acuity: 4, pathway: 'visit', arrivals: { perHour: [0.5] } },
  ],
  pathways: [{ id: 'visit', steps: [
    { id: 'consult', seize: ['rooms', 'clinician'], duration: { type: 'exponential', mean: 15 }, release: ['clinician'] },
    { id: 'follow-up', branch: { probabilities: [{ to: 'exit', p: 0.7 }, { to: 'tests', p: 0.3 }] } },
    { id: 'tests', duration: { type: 'lognormal', mean: 20, sd: 10 }, release: 'all' },
  ] }],
});

describe('elective schedules and warm-up', () => {
  it('repeats scheduled arrivals every week on their weekday, from the model start day', () => {
    const schedule = [{ dayOfWeek: 0, time: '08:00', count: 3 }, { dayOfWeek: 2, time: '08:00', count: 2 }];
    const fromMonday = build({ patientClasses: [{ id: 'elective', acuity: 4, pathway: 'main', schedule }] });
    expect(runReplication(fromMonday, { seed: 1, days: 14 }).kpis.arrivals).toBe(10);
    const fromWednesday = build({ startDayOfWeek: 2, patientClasses: [{ id: 'elective', acuity: 4, pathway: 'main', schedule }] });
    expect(runReplication(fromWednesday, { seed: 1, days: 3 }).kpis.arrivals).toBe(2);
  });

  it('discards everything observed during the warm-up', () => {
    const daily = [0, 1, 2, 3, 4, 5, 6].map((d) => ({ dayOfWeek: d, time: '12:00', count: 1 }));
    const model = build({ patientClasses: [{ id: 'p', acuity: 3, pathway: 'main', schedule: daily }] });
    const result = runReplication(model, { seed: 1, days: 3, warmupDays: 2 });
    expect(result.kpis.arrivals).toBe(3);
    expect(result.kpis.completed).toBe(3);
    expect(result.steps.serve.started).toBe(3);
    expect(result.resources.server.occupancyMean).toBeCloseTo((3 * 10) / (3 * 1440), 12);
  });
});

describe('determinism', () => {
  it('gives the same event trace for the same seed and a different one for another seed', () => {
    const model = clinic();
    const a = runReplication(model, { seed: 42, days: 5, traceHash: true });
    const b = runReplication(model, { seed: 42, days: 5, traceHash: true });
    const c = runReplication(model, { seed: 43, days: 5, traceHash: true });
    const d = runReplication(model, { seed: 42, replication: 1, days: 5, traceHash: true });
    expect(a.traceHash).toBe(b.traceHash);
    expect(a.kpis).toEqual(b.kpis);
    expect(c.traceHash).not.toBe(a.traceHash);
    expect(d.traceHash).not.toBe(a.traceHash);
  });

  it('keeps patients’ own random numbers when only staffing changes (common random numbers)', () => {
    // Arrivals stop for the last day in both, so every patient finishes in both runs.
    const withScenario = (changes: object) => {
      const scenario = loadScenario({ schemaVersion: 1, kind: 'scenario', id: 'more', name: 'More clinicians', changes });
      if (!scenario.ok) throw new Error('scenario');
      const applied = applyScenario(clinic(), scenario.value);
      if (!applied.ok) throw new Error('apply');
      return applied.value;
    };
    const lastDayClosed = { arrivals: { surges: [{ startDay: 9, endDay: 10, factor: 0 }] } };
    const a = runReplication(withScenario(lastDayClosed), { seed: 9, days: 10 });
    const b = runReplication(withScenario({ ...lastDayClosed, beds: { clinician: { add: 1 } } }), { seed: 9, days: 10 });
    expect(a.kpis.inSystemAtEnd).toBe(0);
    expect(b.kpis.inSystemAtEnd).toBe(0);
    expect(b.kpis.arrivals).toBe(a.kpis.arrivals);
    expect(b.steps.tests.started).toBe(a.steps.tests.started); // same branch decisions
    expect(b.steps.consult.waitMean).toBeLessThan(a.steps.consult.waitMean);
  });
});

describe('experiments', () => {
  it('summarises every KPI over replications with a 95% t-interval', () => {
    const result = runExperiment(clinic(), { replications: 5, seed: 3, days: 2, sampleIntervalMinutes: 30 });
    expect(result.replications).toBe(5);
    for (const name of KPI_NAMES) expect(result.kpis[name]).toHaveProperty('ci95');
    const arrivals = result.kpis.arrivals;
    expect(arrivals.n).toBe(5);
    expect(arrivals.ci95[0]).toBeLessThan(arrivals.mean);
    expect(arrivals.ci95[1]).toBeGreaterThan(arrivals.mean);
    expect(result.kpiValues.arrivals).toHaveLength(5);
    expect(result.steps.consult.waitMean.n).toBe(5);
    const clinician = result.resources.clinician;
    expect(clinician.utilisation.mean).toBeGreaterThan(0.5);
    expect(clinician.utilisation.mean).toBeLessThanOrEqual(1);
    expect(clinician.occupancyDistribution).toHaveLength(4);
    expect(clinician.occupancyDistribution.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(result.series?.times).toHaveLength(2 * 48 + 1);
    expect(result.series?.resources.clinician.occupancy).toHaveLength(2 * 48 + 1);
  });
});
