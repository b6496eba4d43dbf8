/**
 * Runs the real engine on operations data for the validation tests: JSON file → loadOperations → compile →
 * runExperiment, through the simulation's public surface. Nothing here simulates; it loads, runs, summarises.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Hospital } from '../../../../src/domain/schema';
import { validateHospitalText } from '../../../../src/domain/validate';
import {
  compile, loadOperations, runExperiment, type CompiledModel, type Operations, type ReplicationResult,
} from '../../../../src/sim';
import { tInterval } from '../../../../src/sim/stats/intervals';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** Reads and validates an operations file (path from the repository root); fails loudly with the problems. */
export function readOperations(pathFromRoot: string): Operations {
  const loaded = loadOperations(readFileSync(repoRoot + pathFromRoot, 'utf8'));
  if (!loaded.ok) throw new Error(`${pathFromRoot} is not a valid operations model: ${JSON.stringify(loaded.problems)}`);
  return loaded.value;
}

/** The hospital definition an operations text names (`"hospital": id` → models/<id>.json), or null. */
export function hospitalNamedBy(text: string): Hospital | null {
  const id = (JSON.parse(text) as { hospital?: unknown }).hospital;
  if (typeof id !== 'string') return null;
  const file = `models/${id}.json`;
  const result = validateHospitalText(readFileSync(repoRoot + file, 'utf8'), file);
  if (!result.ok) throw new Error(`${file} is not a valid hospital definition: ${JSON.stringify(result.problems.slice(0, 5))}`);
  return result.value;
}

/** Loads, validates and compiles a model file together with the hospital definition it maps to. */
export function compileModelFile(pathFromRoot: string): CompiledModel {
  const text = readFileSync(repoRoot + pathFromRoot, 'utf8');
  const hospital = hospitalNamedBy(text);
  const loaded = loadOperations(text, { hospital });
  if (!loaded.ok) throw new Error(`${pathFromRoot} is not a valid operations model: ${JSON.stringify(loaded.problems.slice(0, 5))}`);
  return compile(loaded.value, hospital);
}

export function readFixture(name: string): Operations {
  return readOperations(`test/unit/sim/validation/fixtures/${name}.operations.json`);
}

/** Validates modified data again (as the app would) and compiles it. */
export function compileOperations(ops: unknown): CompiledModel {
  const loaded = loadOperations(ops);
  if (!loaded.ok) throw new Error(`invalid operations model: ${JSON.stringify(loaded.problems)}`);
  return compile(loaded.value);
}

export interface RunPlan {
  replications: number;
  seed: number;
  days: number;
  warmupDays: number;
}

/** Independent replications r = 0..n−1 of one base seed (the same seeds in every scenario: CRN). */
export function replicate(model: CompiledModel, plan: RunPlan): ReplicationResult[] {
  const experiment = runExperiment(model, { ...plan, sampleIntervalMinutes: 0, keepReplications: true });
  const results = experiment.replicationResults;
  if (!results || results.length !== plan.replications) throw new Error('runExperiment did not keep every replication');
  return results;
}

export interface Estimate { mean: number; halfWidth: number; n: number }

/** 95% Student-t estimate across replications. */
export function estimate(values: number[]): Estimate {
  const interval = tInterval(values);
  return { mean: interval.mean, halfWidth: (interval.ci95[1] - interval.ci95[0]) / 2, n: interval.n };
}

/**
 * Agreement with a closed form: within 1.5 CI half-widths, or within `relative` of the exact value when the
 * interval is tighter than that (replication noise aside, a few percent is what a finite run can promise).
 */
export function tolerance(est: Estimate, exact: number, relative = 0.03): number {
  return Math.max(1.5 * est.halfWidth, relative * Math.abs(exact));
}

/** A readable line for failure messages. */
export function describeEstimate(what: string, est: Estimate, exact: number): string {
  return `${what}: simulated ${est.mean.toFixed(4)} ± ${est.halfWidth.toFixed(4)} (95% CI, n=${est.n}) vs exact ${exact.toFixed(4)}`;
}
