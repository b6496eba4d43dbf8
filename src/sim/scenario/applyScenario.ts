import type { Problem, Result } from '../../domain/problems';
import { compile } from '../model/compile';
import type { ArrivalAdjustments, CompiledModel } from '../model/compiledModel';
import { addCohorts } from './cohorts';
import { composeScenarios } from './composeScenarios';
import { attachEngineHooks } from './engineHooks';
import { sourcePath } from './legacyScenario';
import { indexModel } from './modelIndex';
import { cohortClassId, resolveScenario, type Cohort } from './resolveScenario';
import { FixedTimesArrivals, PiecewiseArrivals } from './scenarioArrivals';
import type { Scenario } from './scenarioSchema';
import { capacityEvents, extraItemsNeeded } from './timeline';
import {
  classWeeklyRates, classWindows, evenlySpread, MINUTES_PER_DAY, MINUTES_PER_HOUR, splitByWeights, waveExtraFactor, windowsFactor,
} from './timeProfile';
import { transformOperations } from './transformOperations';

export { loadScenario } from './validateScenario';

/** What a scenario-applied model was made from, so applying another scenario composes instead of stacking. */
const origins = new WeakMap<CompiledModel, { base: CompiledModel; scenario: Scenario }>();

/**
 * Applies a scenario to a compiled model and returns a new compiled model (the input is untouched). Ids are
 * checked first (problems with the scenario's JSON paths). Applying a scenario to a model that already has one
 * composes the two (composeScenarios order rule) over the original model.
 */
export function applyScenario(model: CompiledModel, scenario: Scenario): Result<CompiledModel> {
  const origin = origins.get(model);
  if (origin) return applyScenario(origin.base, composeScenarios([origin.scenario, scenario]));
  const index = indexModel(model.operations, model.hospital);
  const { resolved, problems } = resolveScenario(scenario, index);
  if (problems.length > 0) return { ok: false, problems: problems.map((p) => ({ ...p, path: sourcePath(scenario, p.path) })) };
  const ops = transformOperations(index, resolved);
  const cohortResult = addCohorts(ops, resolved.cohorts, model.hospital);
  if (cohortResult.problems.length > 0) return { ok: false, problems: cohortResult.problems };
  const events = capacityEvents(ops, resolved.staffing, [...resolved.beds, ...resolved.equipment], ops.startDayOfWeek ?? 0);
  const arrivals = scenario.arrivals;
  const adjustments: ArrivalAdjustments = {
    multiplier: model.adjustments.multiplier * (arrivals?.multiplier ?? 1),
    byClass: { ...model.adjustments.byClass },
    surges: [...model.adjustments.surges],
  };
  for (const [classId, f] of Object.entries(arrivals?.byClass ?? {})) adjustments.byClass[classId] = (adjustments.byClass[classId] ?? 1) * f;
  let compiled: CompiledModel;
  try {
    compiled = compile(ops, model.hospital, adjustments, scenario.id, { extraItems: extraItemsNeeded(events) });
  } catch (error) {
    return { ok: false, problems: [{ path: [], code: 'compile-failed', message: error instanceof Error ? error.message : String(error) }] };
  }
  setTimeVaryingArrivals(compiled, scenario, adjustments);
  setCohortArrivals(compiled, resolved.cohorts);
  const hookProblems: Problem[] = attachEngineHooks(compiled, events, resolved.discharge, cohortResult.origin);
  if (hookProblems.length > 0) return { ok: false, problems: hookProblems };
  origins.set(compiled, { base: model, scenario });
  return { ok: true, value: compiled, problems: [] };
}

/** Surges and seasons: classes they touch get a piecewise arrival process over run time. */
function setTimeVaryingArrivals(model: CompiledModel, scenario: Scenario, adjustments: ArrivalAdjustments): void {
  const surges = scenario.arrivals?.surges ?? [];
  const seasonal = scenario.arrivals?.seasonal ?? [];
  if (surges.length === 0 && seasonal.length === 0) return;
  for (const c of model.classes) {
    const spec = model.operations.patientClasses[c.index];
    if (!spec.arrivals || !c.arrivals) continue;
    const windows = [
      ...adjustments.surges.map((s) => ({ ...s })),
      ...classWindows(c.id, surges, seasonal),
    ];
    if (windows.length === 0) continue;
    const factor = adjustments.multiplier * (adjustments.byClass[c.id] ?? 1);
    const weekly = classWeeklyRates(spec, model.startDayOfWeek).map((r) => r * factor);
    c.arrivals = new PiecewiseArrivals(weekly, windowsFactor(windows));
    c.constantRatePerMinute = 0;
  }
}

/** Waves: (multiplier − 1) × the normal rate of their classes, split by the mix. Incidents: evenly spread casualties. */
function setCohortArrivals(model: CompiledModel, cohorts: Cohort[]): void {
  const byId = new Map(model.classes.map((c) => [c.id, c]));
  const specs = new Map(model.operations.patientClasses.map((c) => [c.id, c]));
  for (const cohort of cohorts) {
    if (cohort.wave) {
      const total = new Float64Array(168);
      for (const classId of cohort.rateClasses) {
        const spec = specs.get(classId);
        if (!spec) continue;
        classWeeklyRates(spec, model.startDayOfWeek).forEach((r, h) => { total[h] += r; });
      }
      const extra = waveExtraFactor(cohort.wave);
      for (const [base, weight] of cohort.mix) {
        const c = byId.get(cohortClassId(base, cohort.id));
        if (!c) continue;
        c.arrivals = new PiecewiseArrivals(total.map((r) => r * weight), extra);
        c.constantRatePerMinute = 0;
      }
    }
    if (cohort.incident) {
      const incident = cohort.incident;
      const counts = splitByWeights(incident.patients, cohort.mix.map(([, w]) => w));
      cohort.mix.forEach(([base], k) => {
        const c = byId.get(cohortClassId(base, cohort.id));
        if (!c) return;
        c.arrivals = new FixedTimesArrivals(evenlySpread(incident.atDay * MINUTES_PER_DAY, incident.overHours * MINUTES_PER_HOUR, counts[k]));
        c.constantRatePerMinute = 0;
      });
    }
  }
}
