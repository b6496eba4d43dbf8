import type { Problem, ProblemPath } from '../../domain/problems';
import { minutesOfDay } from '../model/operationsSchema';
import { poolCapacity, problem, stepsSeizing, unknownReference, type ModelIndex } from './modelIndex';
import type {
  BedChange, DischargePolicy, DiversionPolicy, EquipmentChange, Incident, LengthOfStayChange, OverflowPolicy, RatioChange,
  Scenario, StaffingChange, Wave,
} from './scenarioSchema';

/** A scenario entry with the model ids it applies to. */
export type Targeted<T> = { entry: T; path: ProblemPath; ids: string[] };

/** Extra patients of a wave or incident: a class per base class of the mix, "<class>.<cohort id>". */
export interface Cohort {
  kind: 'wave' | 'incident';
  id: string;
  path: ProblemPath;
  /** Base class → weight (normalised to sum 1). */
  mix: [string, number][];
  icuShare?: number;
  ventilatedShare?: number;
  wave?: Wave;
  incident?: Incident;
  /** Wave: classes whose arrival rates the multiplier applies to. */
  rateClasses: string[];
}

export interface ResolvedScenario {
  staffing: Targeted<StaffingChange>[];
  ratios: Targeted<RatioChange>[];
  beds: Targeted<BedChange>[];
  equipment: Targeted<EquipmentChange>[];
  lengthOfStay: Targeted<LengthOfStayChange>[];
  discharge: Targeted<DischargePolicy>[];
  diversion: Targeted<DiversionPolicy>[];
  overflow: Targeted<OverflowPolicy>[];
  cohorts: Cohort[];
}

const DEFAULT_STAY_ACTIVITIES = ['ward-stay', 'icu-stay'];

export function cohortClassId(baseClass: string, cohortId: string): string {
  return `${baseClass}.${cohortId}`;
}

/** Checks every id of the scenario against the model and resolves selectors; problems carry scenario paths. */
export function resolveScenario(scenario: Scenario, index: ModelIndex): { resolved: ResolvedScenario; problems: Problem[] } {
  const problems: Problem[] = [];
  const res = [...index.resources.values()];
  const checkUnit = (path: ProblemPath, unit: string | undefined) => {
    if (unit !== undefined && !index.units.has(unit)) problems.push(unknownReference(path, 'unit', unit, index.units));
  };
  const checkResource = (path: ProblemPath, idValue: string | undefined, kinds: string[], what: string): boolean => {
    if (idValue === undefined) return true;
    const r = index.resources.get(idValue);
    if (!r) { problems.push(unknownReference(path, what, idValue, res.filter((x) => kinds.includes(x.kind)).map((x) => x.id))); return false; }
    if (!kinds.includes(r.kind)) { problems.push(problem(path, 'wrong-kind', `"${idValue}" is a ${r.kind} pool, not a ${what}`)); return false; }
    return true;
  };
  const noMatch = (path: ProblemPath, what: string) => problems.push(problem(path, 'no-match', `this selection matches no ${what}`));

  const staffing = (scenario.staffing ?? []).map((entry, i): Targeted<StaffingChange> => {
    const path = ['staffing', i];
    checkUnit([...path, 'unit'], entry.unit);
    const ok = checkResource([...path, 'resource'], entry.resource, ['staff'], 'staff pool');
    const ids = !ok ? [] : res.filter((r) => r.kind === 'staff' && (entry.resource === undefined || r.id === entry.resource)
      && (entry.unit === undefined || r.unitId === entry.unit) && (entry.role === undefined || r.role === entry.role)).map((r) => r.id);
    if (ok && ids.length === 0) noMatch(path, 'staff pool');
    (entry.shifts ?? []).forEach((start, k) => {
      const matched = ids.some((idValue) => {
        const r = index.resources.get(idValue);
        return r?.kind === 'staff' && r.roster?.some((s) => minutesOfDay(s.start) === minutesOfDay(start));
      });
      if (ids.length > 0 && !matched) problems.push(problem([...path, 'shifts', k], 'unknown-reference', `no selected roster has a shift starting at ${start}`));
    });
    return { entry, path, ids };
  });

  const ratios = (scenario.ratios ?? []).map((entry, i): Targeted<RatioChange> => {
    const path = ['ratios', i];
    checkUnit([...path, 'unit'], entry.unit);
    const ok = checkResource([...path, 'resource'], entry.resource, ['bed'], 'bed pool');
    const ids = !ok ? [] : res.filter((r) => r.kind === 'bed' && r.staffedBy !== undefined && (entry.resource === undefined || r.id === entry.resource)
      && (entry.unit === undefined || r.unitId === entry.unit)).map((r) => r.id);
    if (ok && ids.length === 0) noMatch(path, 'bed pool staffed by ratio');
    return { entry, path, ids };
  });

  const capacityPools = (entry: BedChange | EquipmentChange, path: ProblemPath, kinds: string[], what: string, type?: string): string[] => {
    checkUnit([...path, 'unit'], entry.unit);
    if (!checkResource([...path, 'resource'], entry.resource, kinds, what)) return [];
    const ids = res.filter((r) => kinds.includes(r.kind) && (entry.resource === undefined || r.id === entry.resource)
      && (entry.unit === undefined || r.unitId === entry.unit)
      && (type === undefined || (r.kind === 'equipment' && r.equipment?.type === type))).map((r) => r.id);
    if (ids.length === 0) noMatch(path, what);
    for (const idValue of ids) {
      const r = index.resources.get(idValue);
      if (r && poolCapacity(r, index.hospital) === null) problems.push(problem([...path, 'resource'], 'wrong-kind', `"${idValue}" has unlimited capacity`));
    }
    if (entry.window && !('add' in entry.change)) {
      problems.push(problem([...path, 'change'], 'not-supported', 'a change within a time window must be { "add": n } (negative takes items out)'));
    }
    return ids;
  };
  const beds = (scenario.beds ?? []).map((entry, i): Targeted<BedChange> => {
    const path = ['beds', i];
    const kinds = entry.resource !== undefined ? ['bed', 'room', 'server', 'equipment'] : ['bed', 'room'];
    return { entry, path, ids: capacityPools(entry, path, kinds, entry.resource !== undefined ? 'pool with a capacity' : 'bed or room pool') };
  });
  const equipment = (scenario.equipment ?? []).map((entry, i): Targeted<EquipmentChange> => {
    const path = ['equipment', i];
    return { entry, path, ids: capacityPools(entry, path, ['equipment'], 'equipment pool', entry.type) };
  });

  const checkClasses = (path: ProblemPath, ids: string[] | undefined) => (ids ?? []).forEach((c, k) => {
    if (!index.classes.has(c)) problems.push(unknownReference([...path, k], 'patient class', c, index.classes));
  });
  const arrivals = scenario.arrivals;
  for (const c of Object.keys(arrivals?.byClass ?? {})) {
    if (!index.classes.has(c)) problems.push(unknownReference(['arrivals', 'byClass', c], 'patient class', c, index.classes));
  }
  (arrivals?.surges ?? []).forEach((s, i) => checkClasses(['arrivals', 'surges', i, 'classes'], s.classes));
  (arrivals?.seasonal ?? []).forEach((s, i) => checkClasses(['arrivals', 'seasonal', i, 'classes'], s.classes));

  const cohorts: Cohort[] = [];
  const cohortIds = new Set<string>();
  const addCohort = (kind: Cohort['kind'], path: ProblemPath, idValue: string, mixInput: Record<string, number> | undefined, rateClasses: string[], shares: { icuShare?: number; ventilatedShare?: number }) => {
    if (cohortIds.has(idValue)) problems.push(problem([...path, 'id'], 'duplicate-id', `another wave or incident is also called "${idValue}"`));
    cohortIds.add(idValue);
    let mix: [string, number][] = Object.entries(mixInput ?? {});
    for (const [c] of mix) if (!index.classes.has(c)) problems.push(unknownReference([...path, 'acuityMix', c], 'patient class', c, index.classes));
    if (mixInput === undefined) mix = rateClasses.map((c) => [c, meanRate(index, c)]);
    const total = mix.reduce((sum, [, w]) => sum + w, 0);
    if (!(total > 0)) problems.push(problem([...path, 'acuityMix'], 'empty-mix', 'the weights must not all be 0'));
    mix = mix.filter(([c, w]) => w > 0 && index.classes.has(c)).map(([c, w]) => [c, w / total]);
    for (const [c] of mix) {
      if (index.classes.has(cohortClassId(c, idValue))) problems.push(problem([...path, 'id'], 'duplicate-id', `the model already has a class "${cohortClassId(c, idValue)}"`));
    }
    cohorts.push({ kind, id: idValue, path, mix, rateClasses, ...shares });
  };
  (arrivals?.waves ?? []).forEach((wave, i) => {
    const path = ['arrivals', 'waves', i];
    checkClasses([...path, 'classes'], wave.classes);
    const rateClasses = (wave.classes ?? index.ops.patientClasses.filter((c) => c.emergency && c.arrivals).map((c) => c.id))
      .filter((c) => index.classes.has(c));
    rateClasses.forEach((c) => {
      if (!index.ops.patientClasses.find((x) => x.id === c)?.arrivals) {
        problems.push(problem([...path, 'classes'], 'no-arrivals', `class "${c}" has no random arrivals for the wave to multiply`));
      }
    });
    if (wave.classes === undefined && rateClasses.length === 0) problems.push(problem([...path, 'classes'], 'no-match', 'the model has no emergency classes: name the classes'));
    addCohort('wave', path, wave.id, wave.acuityMix, rateClasses, wave);
    cohorts[cohorts.length - 1].wave = wave;
  });
  (arrivals?.incidents ?? []).forEach((incident, i) => {
    const path = ['arrivals', 'incidents', i];
    addCohort('incident', path, incident.id, incident.acuityMix, [], incident);
    cohorts[cohorts.length - 1].incident = incident;
  });

  const selectSteps = (path: ProblemPath, entry: { steps?: string[]; activities?: string[] }, needsDuration: boolean): string[] => {
    (entry.steps ?? []).forEach((s, k) => { if (!index.steps.has(s)) problems.push(unknownReference([...path, 'steps', k], 'step', s, index.steps.keys())); });
    const activities = entry.activities ?? (entry.steps ? undefined : DEFAULT_STAY_ACTIVITIES);
    const ids = [...index.steps.entries()].filter(([stepId, step]) => (entry.steps?.includes(stepId) ?? false)
      || (activities !== undefined && step.activity !== undefined && activities.includes(step.activity)))
      .filter(([, step]) => !needsDuration || step.duration !== undefined || step.durationByClass !== undefined).map(([stepId]) => stepId);
    if (ids.length === 0) noMatch(path, needsDuration ? 'step with a duration' : 'step');
    return ids;
  };
  const lengthOfStay = (scenario.lengthOfStay ?? []).map((entry, i): Targeted<LengthOfStayChange> => {
    const path = ['lengthOfStay', i];
    checkClasses([...path, 'classes'], entry.classes);
    return { entry, path, ids: selectSteps(path, entry, true) };
  });
  const discharge = (scenario.discharge ?? []).map((entry, i): Targeted<DischargePolicy> => {
    const path = ['discharge', i];
    return { entry, path, ids: selectSteps(path, entry, true) };
  });

  const seizingSteps = (path: ProblemPath, entry: { resource: string; steps?: string[] }): string[] => {
    if (!index.resources.has(entry.resource)) { problems.push(unknownReference([...path, 'resource'], 'resource', entry.resource, index.resources.keys())); return []; }
    const seizing = stepsSeizing(index, entry.resource);
    (entry.steps ?? []).forEach((s, k) => {
      if (!index.steps.has(s)) problems.push(unknownReference([...path, 'steps', k], 'step', s, seizing));
      else if (!seizing.includes(s)) problems.push(problem([...path, 'steps', k], 'not-seized', `step "${s}" does not seize "${entry.resource}"`));
    });
    const ids = entry.steps ? entry.steps.filter((s) => seizing.includes(s)) : seizing;
    if (ids.length === 0) noMatch(path, `step seizing "${entry.resource}"`);
    return ids;
  };
  const diversion = (scenario.diversion ?? []).map((entry, i): Targeted<DiversionPolicy> => {
    const path = ['diversion', i];
    if (entry.maxQueue !== undefined && entry.onFull !== 'wait') problems.push(problem([...path, 'maxQueue'], 'not-supported', 'maxQueue applies only with onFull "wait"'));
    return { entry, path, ids: seizingSteps(path, entry) };
  });
  const overflow = (scenario.overflow ?? []).map((entry, i): Targeted<OverflowPolicy> => {
    const path = ['overflow', i];
    entry.to.forEach((to, k) => {
      if (!index.resources.has(to)) problems.push(unknownReference([...path, 'to', k], 'resource', to, index.resources.keys()));
      else if (to === entry.resource) problems.push(problem([...path, 'to', k], 'self-overflow', 'a resource cannot overflow into itself'));
    });
    return { entry, path, ids: seizingSteps(path, entry) };
  });

  return { resolved: { staffing, ratios, beds, equipment, lengthOfStay, discharge, diversion, overflow, cohorts }, problems };
}

/** Mean arrivals per hour of a class's random arrivals (0 when it has none). */
export function meanRate(index: ModelIndex, classId: string): number {
  const arrivals = index.ops.patientClasses.find((c) => c.id === classId)?.arrivals;
  if (!arrivals) return 0;
  const hourly = arrivals.perHour.reduce((a, b) => a + b, 0) / arrivals.perHour.length;
  const day = arrivals.dayOfWeek ? arrivals.dayOfWeek.reduce((a, b) => a + b, 0) / 7 : 1;
  return hourly * day;
}
