import { compileCategorical, type Sampler } from '../kernel/distributions';
import { createStream, type RandomStream } from '../kernel/rng';
import type { CompiledStep } from './compiledModel';
import type { InitialOccupancySpec } from './operationsSchema';

/** Patients placed in a bed or room pool at time 0 (operations `initialOccupancy`), compiled. */
export interface CompiledInitialOccupancy {
  /** Units occupied at time 0: round(fraction × capacity), or the count. */
  count: number;
  /** Per option: class index, step index, and the cap of the length-biased draw (see drawResidual). */
  classIndex: Int32Array;
  step: Int32Array;
  cap: Float64Array;
  /** Picks an option by its weight. */
  pick: (rng: RandomStream) => number;
}

/** Pilot draws used to find the cap of the length-biased rejection (its 99.9th percentile). */
const PILOT_DRAWS = 20_000;
const CAP_QUANTILE = 0.999;
const MAX_TRIES = 100_000;

/**
 * Remaining time of an activity that is in progress at a random moment in steady state: the equilibrium
 * residual R = U·S*, where S* is the duration drawn length-biased (a long stay is proportionally more likely
 * to be under way when you look) and U is uniform on (0, 1). S* comes by rejection: draw S from the duration
 * distribution and accept it with probability min(S, cap)/cap. With the cap at the 99.9th percentile the
 * bias is exact below the cap and only the top 0.1% of stays are under-weighted.
 */
export function drawResidual(sampler: Sampler, rng: RandomStream, cap: number): number {
  if (!(cap > 0)) return 0;
  for (let tries = 0; tries < MAX_TRIES; tries++) {
    const s = Math.max(0, sampler(rng));
    if (rng.next() * cap < s) return rng.next() * s;
  }
  return rng.next() * Math.max(0, sampler(rng));
}

/** The 99.9th percentile of a duration distribution, from a fixed pilot sample (the same in every run). */
export function residualCap(sampler: Sampler): number {
  const rng = createStream(0, 'warm-start-cap');
  const draws = new Float64Array(PILOT_DRAWS);
  for (let i = 0; i < PILOT_DRAWS; i++) draws[i] = Math.max(0, sampler(rng));
  draws.sort();
  return draws[Math.floor(CAP_QUANTILE * (PILOT_DRAWS - 1))];
}

/** Compiles a pool's initial occupancy; `capacity` is the pool's capacity (units open at the start). */
export function compileInitialOccupancy(
  spec: InitialOccupancySpec, capacity: number, classIndex: Map<string, number>, stepIndex: Map<string, number>,
  steps: CompiledStep[],
): CompiledInitialOccupancy {
  const lookup = (map: Map<string, number>, key: string, what: string) => {
    const index = map.get(key);
    if (index === undefined) throw new Error(`unknown ${what} "${key}" (validate the model first)`);
    return index;
  };
  const classes = Int32Array.from(spec.patients, (p) => lookup(classIndex, p.class, 'patient class'));
  const stepOf = Int32Array.from(spec.patients, (p) => lookup(stepIndex, p.step, 'step'));
  const cap = Float64Array.from(spec.patients, (_, i) => {
    const step = steps[stepOf[i]];
    const sampler = step.durationByClass?.[classes[i]] ?? step.duration;
    return sampler ? residualCap(sampler) : 0;
  });
  const count = spec.count ?? Math.round((spec.fraction ?? 0) * capacity);
  return { count, classIndex: classes, step: stepOf, cap, pick: compileCategorical(spec.patients.map((p) => p.weight ?? 1)) };
}
