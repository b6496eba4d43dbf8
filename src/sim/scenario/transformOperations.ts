import type { DistributionSpec } from '../kernel/distributions';
import type { Operations, ResourceSpec, SeizeSpec, Shift, StepSpec } from '../model/operationsSchema';
import { poolCapacity, type ModelIndex } from './modelIndex';
import type { ResolvedScenario } from './resolveScenario';
import type { CapacityChange } from './scenarioSchema';

/** The new count after a change: add (never below 0), set, or factor (rounded to a whole count). */
export function changedCount(current: number, change: CapacityChange): number {
  if ('set' in change) return change.set;
  if ('add' in change) return Math.max(0, current + change.add);
  return Math.max(0, Math.round(current * change.factor));
}

/** A roster with the change applied to the selected shifts (by start time; all when `starts` is absent). */
export function changedRoster(roster: Shift[], change: CapacityChange, starts: string[] | undefined): Shift[] {
  return roster.map((shift) => (starts && !starts.includes(shift.start) ? shift : { ...shift, onDuty: changedCount(shift.onDuty, change) }));
}

/** The distribution of f × X (every supported family is closed under scaling; same uniforms give f × the same draw). */
export function scaleDistribution(d: DistributionSpec, f: number): DistributionSpec {
  switch (d.type) {
    case 'exponential': return { ...d, mean: d.mean * f };
    case 'normal': return {
      ...d, mean: d.mean * f, sd: d.sd * f,
      ...(d.min !== undefined ? { min: d.min * f } : {}), ...(d.max !== undefined ? { max: d.max * f } : {}),
    };
    case 'lognormal': return 'sd' in d ? { ...d, mean: d.mean * f, sd: d.sd * f } : { ...d, mean: d.mean * f, variance: d.variance * f * f };
    case 'gamma': return { ...d, scale: d.scale * f };
    case 'weibull': return { ...d, scale: d.scale * f };
    case 'triangular': return { ...d, min: d.min * f, mode: d.mode * f, max: d.max * f };
    case 'uniform': return { ...d, min: d.min * f, max: d.max * f };
    case 'fixed': return { ...d, value: d.value * f };
    case 'empirical': return { ...d, values: d.values.map((v) => v * f) };
    case 'empiricalContinuous': return { ...d, points: d.points.map(([v, p]) => [v * f, p] as [number, number]) };
  }
}

function allSteps(ops: Operations): Map<string, StepSpec> {
  const steps = new Map<string, StepSpec>();
  for (const p of ops.pathways) for (const s of p.steps) steps.set(s.id, s);
  return steps;
}

/**
 * Applies the whole-run deltas (staffing, ratios, capacities, length of stay, diversion, overflow) to a copy of
 * the operations, in list order. Time-windowed capacity changes are left to the timeline.
 */
export function transformOperations(index: ModelIndex, resolved: ResolvedScenario): Operations {
  const ops: Operations = structuredClone(index.ops);
  const resources = new Map<string, ResourceSpec>(ops.resources.map((r) => [r.id, r]));
  for (const { entry, ids } of resolved.staffing) {
    if (entry.window) continue;
    for (const idValue of ids) {
      const r = resources.get(idValue);
      if (r?.kind !== 'staff') continue;
      if (r.roster) r.roster = changedRoster(r.roster, entry.change, entry.shifts);
      else r.capacity = changedCount(r.capacity ?? 0, entry.change);
    }
  }
  for (const { entry, ids } of resolved.ratios) {
    for (const idValue of ids) {
      const r = resources.get(idValue);
      if (r?.kind === 'bed' && r.staffedBy) r.staffedBy = { ...r.staffedBy, patientsPerStaff: entry.patientsPerStaff };
    }
  }
  for (const { entry, ids } of [...resolved.beds, ...resolved.equipment]) {
    if (entry.window) continue;
    for (const idValue of ids) {
      const r = resources.get(idValue);
      if (!r || r.kind === 'staff') continue;
      const base = poolCapacity(r, index.hospital);
      if (base !== null) r.capacity = changedCount(base, entry.change);
    }
  }
  const steps = allSteps(ops);
  for (const { entry, ids } of resolved.lengthOfStay) {
    for (const stepId of ids) {
      const step = steps.get(stepId);
      if (!step) continue;
      if (entry.classes) {
        const byClass = step.durationByClass ?? {};
        for (const c of entry.classes) {
          const d = byClass[c] ?? step.duration;
          if (d) byClass[c] = scaleDistribution(d, entry.factor);
        }
        step.durationByClass = byClass;
      } else {
        if (step.duration) step.duration = scaleDistribution(step.duration, entry.factor);
        if (step.durationByClass) {
          step.durationByClass = Object.fromEntries(Object.entries(step.durationByClass).map(([c, d]) => [c, scaleDistribution(d, entry.factor)]));
        }
      }
    }
  }
  const editSeizes = (stepIds: string[], resourceId: string, edit: (s: SeizeSpec) => SeizeSpec) => {
    for (const stepId of stepIds) {
      const step = steps.get(stepId);
      if (!step?.seize) continue;
      step.seize = step.seize.map((s) => {
        const seize: SeizeSpec = typeof s === 'string' ? { resource: s } : s;
        return seize.resource === resourceId ? edit(seize) : s;
      });
    }
  };
  for (const { entry, ids } of resolved.diversion) {
    editSeizes(ids, entry.resource, (s) => ({
      resource: s.resource, onFull: entry.onFull, ...(entry.onFull === 'wait' && entry.maxQueue !== undefined ? { maxQueue: entry.maxQueue } : {}),
    }));
  }
  for (const { entry, ids } of resolved.overflow) {
    editSeizes(ids, entry.resource, (s) => ({ resource: s.resource, onFull: 'overflow', overflowTo: [...entry.to] }));
  }
  return ops;
}
