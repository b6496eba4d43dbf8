import { compileCategorical, compileDistribution } from '../kernel/distributions';
import { ArrivalProcess, type ArrivalMultiplier } from '../kernel/arrivals';
import { fnv1a32 } from '../kernel/rng';
import type { Hospital } from '../../domain/schema';
import {
  minutesOfDay, type Operations, type ResourceSpec, type StepSpec,
} from './operationsSchema';
import { compileRoster } from './roster';
import { hasMapping, mappedItems } from './hospitalMapping';
import { compileInitialOccupancy } from './warmStart';
import {
  FULL_DIVERT, FULL_LOST, FULL_OVERFLOW, FULL_WAIT, ITEM_BED, ITEM_EQUIPMENT, ITEM_ROOM, MODE_COUNT, MODE_ITEMS,
  MODE_UNLIMITED, type ArrivalAdjustments, type CompiledClass, type CompiledModel, type CompiledResource,
  type CompiledStep, type ItemTable, type ScheduledBatch,
} from './compiledModel';

export const DEFAULT_ED_TARGET_MINUTES = 240;
const NO_ADJUSTMENTS: ArrivalAdjustments = { multiplier: 1, byClass: {}, surges: [] };

/**
 * Compiles a validated operations model (see loadOperations) into the engine's integer-indexed form.
 * `hospital` is needed when resources map to physical beds, rooms or equipment. Throws on inconsistencies
 * that validation reports as problems, so always validate first.
 */
export interface CompileOptions {
  /** Closed items to add to a pool beyond its capacity (for openings at set times); virtual when not mapped. */
  extraItems?: ReadonlyMap<string, number>;
}

export function compile(
  ops: Operations, hospital: Hospital | null = null, adjustments: ArrivalAdjustments = NO_ADJUSTMENTS, scenarioId: string | null = null,
  options: CompileOptions = {},
): CompiledModel {
  const resourceIndex = new Map(ops.resources.map((r, i) => [r.id, i]));
  const classIndex = new Map(ops.patientClasses.map((c, i) => [c.id, i]));
  const stepIndex = new Map<string, number>();
  const stepSpecs: { spec: StepSpec; next: number }[] = [];
  for (const pathway of ops.pathways) {
    pathway.steps.forEach((spec, i) => {
      stepIndex.set(spec.id, stepSpecs.length);
      stepSpecs.push({ spec, next: i + 1 < pathway.steps.length ? stepSpecs.length + 1 : -1 });
    });
  }
  const lookup = (map: Map<string, number>, id: string, what: string): number => {
    const index = map.get(id);
    if (index === undefined) throw new Error(`unknown ${what} "${id}" (validate the model first)`);
    return index;
  };
  const target = (to: string) => (to === 'exit' ? -1 : lookup(stepIndex, to, 'step'));

  const { resources, items } = compileResources(ops.resources, hospital, resourceIndex, options.extraItems);
  const steps = stepSpecs.map(({ spec, next }, index) => compileStep(spec, index, next, ops, {
    resource: (id) => lookup(resourceIndex, id, 'resource'), target, classIndex,
  }));
  ops.resources.forEach((spec, i) => {
    if ((spec.kind === 'bed' || spec.kind === 'room') && spec.initialOccupancy) {
      resources[i].initial = compileInitialOccupancy(spec.initialOccupancy, resources[i].capacity, classIndex, stepIndex, steps);
    }
  });
  const startDayOfWeek = ops.startDayOfWeek ?? 0;
  const surges: ArrivalMultiplier[] = adjustments.surges.map((s) => ({ ...s }));
  const classes: CompiledClass[] = ops.patientClasses.map((c, index) => {
    const factor = adjustments.multiplier * (adjustments.byClass[c.id] ?? 1);
    const arrivals = c.arrivals
      ? new ArrivalProcess({ perHour: c.arrivals.perHour.map((r) => r * factor), dayOfWeek: c.arrivals.dayOfWeek }, surges, startDayOfWeek)
      : null;
    const constant = c.arrivals && surges.length === 0 && c.arrivals.perHour.every((r) => r === c.arrivals?.perHour[0])
      && (c.arrivals.dayOfWeek ?? [1]).every((f) => f === (c.arrivals?.dayOfWeek ?? [1])[0]);
    const constantRatePerMinute = constant && c.arrivals ? (c.arrivals.perHour[0] * factor * (c.arrivals.dayOfWeek?.[0] ?? 1)) / 60 : 0;
    return {
      index, id: c.id, acuity: c.acuity, firstStep: pathwayStart(ops, c.pathway, stepIndex), emergency: c.emergency === true,
      arrivals, constantRatePerMinute, patience: c.patience ? compileDistribution(c.patience) : null, patienceKey: fnv1a32(`patience:${c.id}`),
    };
  });
  const scheduleByDay: ScheduledBatch[][] = [[], [], [], [], [], [], []];
  ops.patientClasses.forEach((c, classIndexValue) => {
    const factor = adjustments.multiplier * (adjustments.byClass[c.id] ?? 1);
    for (const entry of c.schedule ?? []) {
      const count = Math.round(entry.count * factor);
      if (count > 0) scheduleByDay[entry.dayOfWeek].push({ classIndex: classIndexValue, minuteOfDay: minutesOfDay(entry.time), count });
    }
  });
  return {
    id: ops.id, name: ops.name, operations: ops, hospital, adjustments, startDayOfWeek,
    edTargetMinutes: ops.targets?.edMinutes ?? DEFAULT_ED_TARGET_MINUTES,
    resources, steps, classes, scheduleByDay, items, scenarioId,
  };
}

function pathwayStart(ops: Operations, pathwayId: string, stepIndex: Map<string, number>): number {
  const pathway = ops.pathways.find((p) => p.id === pathwayId);
  if (!pathway) throw new Error(`unknown pathway "${pathwayId}"`);
  return stepIndex.get(pathway.steps[0].id) ?? -1;
}

type Refs = { resource: (id: string) => number; target: (to: string) => number; classIndex: Map<string, number> };

function compileStep(spec: StepSpec, index: number, defaultNext: number, ops: Operations, refs: Refs): CompiledStep {
  const seizes = (spec.seize ?? []).map((s) => {
    const seize = typeof s === 'string' ? { resource: s } : s;
    const onFull = seize.onFull === 'lost' ? FULL_LOST : seize.onFull === 'divert' ? FULL_DIVERT
      : seize.onFull === 'overflow' ? FULL_OVERFLOW : FULL_WAIT;
    return {
      resource: refs.resource(seize.resource), onFull,
      overflowTo: Int32Array.from((seize.overflowTo ?? []).map(refs.resource)),
      maxQueue: seize.maxQueue ?? -1,
    };
  });
  let durationByClass: CompiledStep['durationByClass'] = null;
  if (spec.durationByClass) {
    durationByClass = ops.patientClasses.map((c) => {
      const d = spec.durationByClass?.[c.id];
      return d ? compileDistribution(d) : null;
    });
  }
  const hasDuration = spec.duration !== undefined || durationByClass !== null;
  const releaseAll = spec.release === 'all';
  const release = Int32Array.from(Array.isArray(spec.release) ? spec.release.map(refs.resource) : []);
  let branchPick: CompiledStep['branchPick'] = null;
  let branchTargets = new Int32Array(0);
  let byClass: Int32Array | null = null;
  if (spec.branch && 'probabilities' in spec.branch) {
    branchPick = compileCategorical(spec.branch.probabilities.map((o) => o.p));
    branchTargets = Int32Array.from(spec.branch.probabilities.map((o) => refs.target(o.to)));
  } else if (spec.branch) {
    const fallback = spec.branch.otherwise !== undefined ? refs.target(spec.branch.otherwise) : defaultNext;
    const table = spec.branch.byClass;
    byClass = Int32Array.from(ops.patientClasses.map((c) => (table[c.id] !== undefined ? refs.target(table[c.id]) : fallback)));
  }
  return {
    index, id: spec.id, activity: spec.activity ?? null, seizes,
    duration: spec.duration ? compileDistribution(spec.duration) : null, durationByClass, hasDuration,
    exponentialMean: spec.duration?.type === 'exponential' && durationByClass === null ? spec.duration.mean : 0,
    durationKey: fnv1a32(`duration:${spec.id}`), releaseAll, release,
    instant: seizes.length === 0 && !hasDuration && !releaseAll && release.length === 0,
    lwbs: spec.lwbs === true, seen: spec.seen === true, edDeparture: spec.edDeparture === true,
    boardingFrom: Int32Array.from((typeof spec.boardingFrom === 'string' ? [spec.boardingFrom] : spec.boardingFrom ?? []).map(refs.resource)),
    next: spec.next !== undefined ? refs.target(spec.next) : defaultNext,
    branchPick, branchTargets, branchKey: fnv1a32(`branch:${spec.id}`), byClass,
  };
}

const ITEM_KINDS = [
  { itemKind: ITEM_BED, kind: 'bed' },
  { itemKind: ITEM_ROOM, kind: 'room' },
  { itemKind: ITEM_EQUIPMENT, kind: 'equipment' },
] as const;

function isUnlimited(r: ResourceSpec): boolean {
  return (r.kind === 'bed' || r.kind === 'server') && (r.capacity === null || r.capacity === 'unlimited');
}

function compileResources(
  specs: ResourceSpec[], hospital: Hospital | null, resourceIndex: Map<string, number>, extraItems: ReadonlyMap<string, number> | undefined,
): { resources: CompiledResource[]; items: ItemTable } {
  const resources: CompiledResource[] = specs.map((r, index) => ({
    index, id: r.id, kind: r.kind, unitId: r.unitId ?? null,
    mode: isUnlimited(r) ? MODE_UNLIMITED : r.kind === 'staff' || r.kind === 'server' ? MODE_COUNT : MODE_ITEMS,
    itemKind: -1, itemStart: 0, itemCount: 0, capacity: 0, roster: null,
    cleaning: 'cleaning' in r && r.cleaning ? compileDistribution(r.cleaning) : null,
    failure: r.kind === 'equipment' && r.failures
      ? { timeBetween: compileDistribution(r.failures.timeBetween), repair: compileDistribution(r.failures.repair) } : null,
    staffedBy: r.kind === 'bed' && r.staffedBy ? resourceIndex.get(r.staffedBy.staff) ?? -1 : -1,
    patientsPerStaff: r.kind === 'bed' && r.staffedBy ? r.staffedBy.patientsPerStaff : 0,
    fifo: r.queue === 'fifo', initial: null,
  }));
  specs.forEach((r, i) => {
    if (r.kind === 'staff') {
      resources[i].roster = r.roster ? compileRoster(r.roster) : null;
      resources[i].capacity = r.capacity ?? 0;
    } else if (r.kind === 'server' && typeof r.capacity === 'number') {
      resources[i].capacity = r.capacity;
    }
  });
  const ids: (string | null)[] = [];
  const owner: number[] = [];
  const kinds: number[] = [];
  const counts = [0, 0, 0];
  for (const { itemKind, kind } of ITEM_KINDS) {
    specs.forEach((r, i) => {
      const res = resources[i];
      if (r.kind !== kind || res.mode !== MODE_ITEMS) return;
      if (hasMapping(r) && !hospital && typeof r.capacity !== 'number') {
        throw new Error(`resource "${r.id}" maps to the hospital's ${kind}s: compile needs the hospital definition`);
      }
      const mapped = hospital ? mappedItems(r, hospital)?.ids ?? [] : [];
      const capacity = typeof r.capacity === 'number' ? r.capacity : mapped.length;
      const total = Math.max(capacity + (extraItems?.get(r.id) ?? 0), mapped.length);
      res.itemKind = itemKind;
      res.itemStart = ids.length;
      res.itemCount = total;
      res.capacity = capacity;
      for (let k = 0; k < total; k++) {
        ids.push(k < mapped.length ? mapped[k] : null);
        owner.push(i);
        kinds.push(itemKind);
      }
      counts[itemKind] += total;
    });
  }
  return {
    resources,
    items: { ids, resource: Int32Array.from(owner), kind: Uint8Array.from(kinds), beds: counts[0], rooms: counts[1], equipment: counts[2] },
  };
}
