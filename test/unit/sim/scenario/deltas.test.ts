import { describe, expect, it } from 'vitest';
import { compareExperiments } from '../../../../src/sim/run/compare';
import { runExperiment } from '../../../../src/sim/run/runExperiment';
import { runReplication } from '../../../../src/sim/run/runReplication';
import { applyScenario } from '../../../../src/sim/scenario/applyScenario';
import { applied, resource, scenario, smallHospital } from './scenarioModel';

const onDuty = (r: ReturnType<typeof resource>) => (r.kind === 'staff' ? r.roster?.map((s) => s.onDuty) ?? r.capacity : null);
const capacity = (r: ReturnType<typeof resource>) => (r.kind === 'staff' ? null : r.capacity);

describe('staffing deltas', () => {
  it('add to every shift, or set only the shifts named by their start time', () => {
    const base = smallHospital();
    expect(onDuty(resource(applied(base, { staffing: [{ resource: 'ward-nurses', change: { add: 1 } }] }), 'ward-nurses'))).toEqual([6, 4]);
    expect(onDuty(resource(applied(base, { staffing: [{ resource: 'ward-nurses', shifts: ['19:00'], change: { set: 4 } }] }), 'ward-nurses'))).toEqual([5, 4]);
    expect(onDuty(resource(applied(base, { staffing: [{ resource: 'ward-nurses', change: { add: -9 } }] }), 'ward-nurses'))).toEqual([0, 0]);
  });

  it('selects by role and by unit, and scales by a factor rounded per shift', () => {
    const base = smallHospital();
    const sick = applied(base, { staffing: [{ role: 'nurse', change: { factor: 0.8 } }] });
    expect(onDuty(resource(sick, 'ward-nurses'))).toEqual([4, 2]);
    expect(onDuty(resource(sick, 'icu-nurses'))).toBe(3);
    expect(onDuty(resource(sick, 'ed-doctors'))).toBe(2);
    const icu = applied(base, { staffing: [{ unit: 'icu', change: { add: 2 } }] });
    expect(onDuty(resource(icu, 'icu-nurses'))).toBe(6);
    expect(onDuty(resource(icu, 'ward-nurses'))).toEqual([5, 3]);
    const result = runReplication(sick, { seed: 3, days: 7 });
    expect(result.resources['ward-nurses'].onDutyMean).toBeGreaterThanOrEqual(2.9);
    expect(result.resources['ward-nurses'].onDutyMean).toBeLessThan(3.6);
  });

  it('changes nurse-to-patient ratios of bed pools', () => {
    const changed = applied(smallHospital(), { ratios: [{ resource: 'icu-beds', patientsPerStaff: 1 }] });
    const icu = resource(changed, 'icu-beds');
    expect(icu.kind === 'bed' && icu.staffedBy?.patientsPerStaff).toBe(1);
    const result = runReplication(changed, { seed: 3, days: 10 });
    expect(result.resources['icu-beds'].onDutyMean).toBeLessThanOrEqual(4 + 1e-9);
  });
});

describe('bed and equipment deltas', () => {
  it('opens, closes and sets beds per pool or per unit, and sets equipment counts', () => {
    const base = smallHospital();
    expect(capacity(resource(applied(base, { beds: [{ resource: 'icu-beds', change: { add: 4 }, reason: 'surge' }] }), 'icu-beds'))).toBe(10);
    expect(capacity(resource(applied(base, { beds: [{ unit: 'ward', change: { add: -10 }, reason: 'closure' }] }), 'ward-beds'))).toBe(20);
    expect(capacity(resource(applied(base, { beds: [{ resource: 'ed-bays', change: { factor: 0.5 } }] }), 'ed-bays'))).toBe(4);
    const vents = applied(base, { equipment: [{ resource: 'ventilators', change: { set: 2 } }] });
    expect(capacity(resource(vents, 'ventilators'))).toBe(2);
    const result = runReplication(vents, { seed: 1, days: 10 });
    expect(result.resources.ventilators.occupancyDistribution.length).toBeLessThanOrEqual(3);
  });
});

describe('arrival deltas', () => {
  const base = smallHospital();
  const arrivals = (m: typeof base, seed = 5) => runReplication(m, { seed, days: 20 }).kpis.arrivals;

  it('multiplies all arrivals and per class', () => {
    const normal = arrivals(base);
    const more = arrivals(applied(base, { arrivals: { multiplier: 1.5 } }));
    expect(more / normal).toBeGreaterThan(1.35);
    expect(more / normal).toBeLessThan(1.65);
    const noMinor = arrivals(applied(base, { arrivals: { byClass: { minor: 0 } } }));
    expect(noMinor / normal).toBeGreaterThan(0.28);
    expect(noMinor / normal).toBeLessThan(0.4);
  });

  it('applies a surge to the named classes only, inside its window', () => {
    const normal = arrivals(base);
    const surged = arrivals(applied(base, { arrivals: { surges: [{ startDay: 0, endDay: 10, factor: 3, classes: ['urgent'] }] } }));
    // urgent is 1/h of 3/h: +2/h × 240 h = +480 expected on ≈ 1460
    expect(surged - normal).toBeGreaterThan(380);
    expect(surged - normal).toBeLessThan(580);
  });

  it('applies a seasonal profile by calendar month', () => {
    const monthly = Array.from({ length: 12 }, (_, m) => (m === 0 ? 2 : 1));
    const normal = arrivals(base);
    const january = arrivals(applied(base, { arrivals: { seasonal: [{ startMonth: 1, monthly }] } }));
    expect(january / normal).toBeGreaterThan(1.8);
    const june = arrivals(applied(base, { arrivals: { seasonal: [{ startMonth: 6, monthly }] } }));
    expect(Math.abs(june / normal - 1)).toBeLessThan(0.08);
  });

  it('an epidemic wave adds (multiplier − 1) × the normal rate, integrated over its curve', () => {
    // peak 2 over 3/h, raised-cosine over 14 days: mean extra factor 0.5 → +0.5 × 3 × 336 h = +504 arrivals.
    const wave = applied(base, { arrivals: { waves: [{ id: 'flu', startDay: 2, peakWeek: 1, durationWeeks: 2, peakMultiplier: 2 }] } });
    const options = { replications: 6, seed: 11, days: 20, sampleIntervalMinutes: 0 };
    const c = compareExperiments(runExperiment(base, options), runExperiment(wave, options));
    expect(c.kpis.arrivals.diff).toBeGreaterThan(504 - 4 * 23);
    expect(c.kpis.arrivals.diff).toBeLessThan(504 + 4 * 23);
    expect(c.kpis.arrivals.significant).toBe(true);
    expect(wave.classes.map((k) => k.id)).toEqual(['urgent', 'minor', 'elective', 'urgent.flu', 'minor.flu']);
  });

  it('a mass-casualty incident adds exactly N patients, evenly spread over M hours from time T', () => {
    const incident = applied(base, { arrivals: { incidents: [{ id: 'bus', atDay: 1.5, patients: 25, overHours: 2, acuityMix: { urgent: 0.6, minor: 0.4 } }] } });
    for (const seed of [1, 2, 3]) expect(arrivals(incident, seed) - arrivals(base, seed)).toBe(25);
    const urgent = incident.classes.find((c) => c.id === 'urgent.bus');
    expect(urgent?.arrivals?.next(0, null as never)).toBeCloseTo(1.5 * 1440 + 60 / 15, 6);
    expect(urgent?.arrivals?.next(1.5 * 1440 + 119.9, null as never)).toBe(Infinity);
  });

  it('routes a cohort’s ICU and ventilator shares through its own copy of the pathways', () => {
    const wave = applied(base, { arrivals: { waves: [{ id: 'w', startDay: 0, peakWeek: 1, durationWeeks: 2, peakMultiplier: 1.5, icuShare: 0.3, ventilatedShare: 0.9 }] } });
    const steps = new Map(wave.operations.pathways.flatMap((p) => p.steps).map((s) => [s.id, s]));
    const disposition = steps.get('ed-disposition.w')?.branch;
    expect(disposition && 'probabilities' in disposition && disposition.probabilities.find((o) => o.to === 'admit-icu.w')?.p).toBeCloseTo(0.3, 9);
    const ventilation = steps.get('icu-ventilation.w')?.branch;
    expect(ventilation && 'probabilities' in ventilation && ventilation.probabilities.find((o) => o.to === 'ventilated.w')?.p).toBeCloseTo(0.9, 9);
    const original = steps.get('ed-disposition')?.branch;
    expect(original && 'probabilities' in original && original.probabilities.find((o) => o.to === 'admit-icu')?.p).toBe(0.05);
    expect(wave.operations.patientClasses.find((c) => c.id === 'urgent.w')?.pathway).toBe('ed.w');
  });
});

describe('length of stay, diversion and overflow', () => {
  it('scales the durations of stays (default: ward and ICU stays) or of named steps and classes', () => {
    const base = smallHospital();
    const shorter = applied(base, { lengthOfStay: [{ factor: 0.9 }] });
    const stay = shorter.operations.pathways[1].steps[1].duration;
    expect(stay).toEqual({ type: 'lognormal', mean: 2592, sd: 1296 });
    const ventilated = shorter.operations.pathways[2].steps[2].duration;
    expect(ventilated?.type === 'lognormal' && ventilated.mean).toBeCloseTo(3888, 6);
    const urgentOnly = applied(base, { lengthOfStay: [{ steps: ['ed-bay'], classes: ['urgent'], factor: 2 }] });
    const edBay = urgentOnly.operations.pathways[0].steps[0];
    expect(edBay.duration).toEqual({ type: 'exponential', mean: 30 });
    expect(edBay.durationByClass).toEqual({ urgent: { type: 'exponential', mean: 60 } });
    const a = runReplication(base, { seed: 4, days: 20 });
    const b = runReplication(applied(base, { lengthOfStay: [{ steps: ['ward-stay'], factor: 0.5 }] }), { seed: 4, days: 20 });
    expect(b.resources['ward-beds'].occupancyMean).toBeLessThan(0.7 * a.resources['ward-beds'].occupancyMean);
  });

  it('diverts at a full resource and overflows into other pools', () => {
    const base = smallHospital();
    const diverting = applied(base, { beds: [{ resource: 'ed-bays', change: { set: 2 } }], diversion: [{ resource: 'ed-bays', onFull: 'divert' }] });
    const seize = diverting.operations.pathways[0].steps[0].seize?.[0];
    expect(seize).toEqual({ resource: 'ed-bays', onFull: 'divert' });
    expect(runReplication(diverting, { seed: 2, days: 5 }).kpis.diverted).toBeGreaterThan(0);
    const overflowing = applied(base, { overflow: [{ resource: 'icu-beds', to: ['ward-beds'] }] });
    expect(overflowing.operations.pathways[2].steps[0].seize?.[0]).toEqual({ resource: 'icu-beds', onFull: 'overflow', overflowTo: ['ward-beds'] });
    expect(runReplication(overflowing, { seed: 2, days: 5 }).kpis.arrivals).toBeGreaterThan(0);
  });
});

describe('problems against the model', () => {
  it('names unknown and wrong ids with the scenario path', () => {
    const result = applyScenario(smallHospital(), scenario({
      staffing: [{ resource: 'ed-bays', change: { add: 1 } }, { unit: 'theatre', change: { add: 1 } }, { resource: 'ward-nurses', shifts: ['08:00'], change: { add: 1 } }],
      beds: [{ resource: 'ghost', change: { add: 1 } }],
      arrivals: { byClass: { paediatric: 2 }, incidents: [{ id: 'x', atDay: 1, patients: 3, overHours: 1, acuityMix: { nobody: 1 } }] },
      lengthOfStay: [{ steps: ['nowhere'], factor: 0.9 }],
      overflow: [{ resource: 'icu-beds', to: ['icu-beds'] }],
    }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.problems.map((p) => p.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining([
      'staffing.0.resource', 'staffing.1.unit', 'staffing.2.shifts.0', 'beds.0.resource', 'arrivals.byClass.paediatric',
      'arrivals.incidents.0.acuityMix.nobody', 'lengthOfStay.0.steps.0', 'overflow.0.to.0',
    ]));
    expect(result.problems.find((p) => p.path.join('.') === 'staffing.0.resource')?.message).toMatch(/bed pool, not a staff pool/);
  });
});
