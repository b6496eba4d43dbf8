import type { Hospital } from '../../domain/schema';
import { minutesOfDay, type Operations } from '../model/operationsSchema';
import { compileRoster, MINUTES_PER_WEEK } from '../model/roster';
import { indexModel } from './modelIndex';
import { resolveScenario } from './resolveScenario';
import type { Scenario } from './scenarioSchema';
import { capacityEvents } from './timeline';
import {
  classWeeklyRates, classWindows, evenlySpread, HOURS_PER_WEEK, MINUTES_PER_DAY, MINUTES_PER_HOUR, splitByWeights, valueAt,
  waveMultiplier, windowsFactor,
} from './timeProfile';
import { transformOperations } from './transformOperations';

/** Hour-by-hour series for previews: `times` in hours from the start of the run (start of each hour). */
export interface ArrivalCurve {
  times: number[];
  /** Expected arrivals per hour with the scenario (random arrivals' rate; scheduled and incident patients counted in their hour). */
  rate: number[];
  /** The same without the scenario. */
  baseline: number[];
}

/**
 * The expected arrival curve of a scenario over `days` (no simulation: rates times factors), for the editor's
 * live preview. Ids the model does not know are ignored (validate separately).
 */
export function arrivalCurve(scenario: Scenario, operations: Operations, days: number, hospital: Hospital | null = null): ArrivalCurve {
  const hours = Math.max(0, Math.ceil(days * 24));
  const times = Array.from({ length: hours }, (_, h) => h);
  const rate = new Array<number>(hours).fill(0);
  const baseline = new Array<number>(hours).fill(0);
  const startDay = operations.startDayOfWeek ?? 0;
  const arrivals = scenario.arrivals ?? {};
  for (const spec of operations.patientClasses) {
    const weekly = classWeeklyRates(spec, startDay);
    const factor = (arrivals.multiplier ?? 1) * (arrivals.byClass?.[spec.id] ?? 1);
    const time = windowsFactor(classWindows(spec.id, arrivals.surges ?? [], arrivals.seasonal ?? []));
    for (let h = 0; h < hours; h++) {
      const perHour = weekly[h % HOURS_PER_WEEK] * MINUTES_PER_HOUR;
      baseline[h] += perHour;
      rate[h] += perHour * factor * valueAt(time, (h + 0.5) * MINUTES_PER_HOUR);
    }
    for (let d = 0; d < Math.ceil(days); d++) {
      for (const entry of spec.schedule ?? []) {
        if (entry.dayOfWeek !== (startDay + d) % 7) continue;
        const h = d * 24 + Math.floor(minutesOfDay(entry.time) / MINUTES_PER_HOUR);
        if (h >= hours) continue;
        baseline[h] += entry.count;
        rate[h] += Math.round(entry.count * factor);
      }
    }
  }
  const { resolved } = resolveScenario(scenario, indexModel(operations, hospital));
  for (const cohort of resolved.cohorts) {
    if (cohort.wave) {
      const wave = cohort.wave;
      const total = new Float64Array(HOURS_PER_WEEK);
      for (const classId of cohort.rateClasses) {
        const spec = operations.patientClasses.find((c) => c.id === classId);
        if (spec) classWeeklyRates(spec, startDay).forEach((r, h) => { total[h] += r * MINUTES_PER_HOUR; });
      }
      const mixed = cohort.mix.reduce((sum, [, w]) => sum + w, 0);
      for (let h = 0; h < hours; h++) rate[h] += total[h % HOURS_PER_WEEK] * mixed * (waveMultiplier(wave, (h + 0.5) / 24) - 1);
    }
    if (cohort.incident) {
      const incident = cohort.incident;
      splitByWeights(incident.patients, cohort.mix.map(([, w]) => w)).forEach((n) => {
        for (const t of evenlySpread(incident.atDay * MINUTES_PER_DAY, incident.overHours * MINUTES_PER_HOUR, n)) {
          const h = Math.floor(t / MINUTES_PER_HOUR);
          if (h < hours) rate[h] += 1;
        }
      });
    }
  }
  return { times, rate, baseline };
}

export interface RosterPreview {
  /** Hours from the start of the run. */
  times: number[];
  resources: { id: string; name: string; unitId: string | null; role: string | null; baseline: number[]; scenario: number[] }[];
}

/**
 * Staff on duty hour by hour (at the start of each hour) over `days`, normal and with the scenario (whole-run
 * and time-window changes), for every staff pool or those of one unit: the editor's roster preview.
 */
export function staffingRoster(scenario: Scenario, operations: Operations, unitId?: string, days = 7, hospital: Hospital | null = null): RosterPreview {
  const index = indexModel(operations, hospital);
  const { resolved } = resolveScenario(scenario, index);
  const changed = transformOperations(index, resolved);
  const startDay = operations.startDayOfWeek ?? 0;
  const events = capacityEvents(changed, resolved.staffing, [], startDay);
  const hours = Math.max(0, Math.ceil(days * 24));
  const times = Array.from({ length: hours }, (_, h) => h);
  const resources = operations.resources.flatMap((r, i) => {
    const after = changed.resources[i];
    if (r.kind !== 'staff' || after.kind !== 'staff' || (unitId !== undefined && r.unitId !== unitId)) return [];
    const level = (spec: typeof r) => {
      const roster = spec.roster ? compileRoster(spec.roster) : null;
      return (t: number) => (roster ? roster.initialAt((startDay * MINUTES_PER_DAY + t) % MINUTES_PER_WEEK) : spec.capacity ?? 0);
    };
    const normal = level(r);
    const withScenario = level(after);
    const mine = events.filter((e) => e.resource === r.id);
    const offsetAt = (t: number) => mine.reduce((sum, e) => (e.time <= t ? sum + e.delta : sum), 0);
    return [{
      id: r.id, name: r.name ?? r.id, unitId: r.unitId ?? null, role: r.role ?? null,
      baseline: times.map((h) => normal(h * MINUTES_PER_HOUR)),
      scenario: times.map((h) => Math.max(0, withScenario(h * MINUTES_PER_HOUR) + offsetAt(h * MINUTES_PER_HOUR))),
    }];
  });
  return { times, resources };
}
