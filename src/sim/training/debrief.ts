import type { Problem } from '../../domain/problems';
import type { CompiledModel } from '../model/compiledModel';
import type { KpiName } from '../run/kpis';
import { runReplication } from '../run/runReplication';
import { applyScenario } from '../scenario/applyScenario';
import { pairedDifference, tInterval } from '../stats/intervals';
import { composeExercise, decisionsOf, type Choice } from './composeExercise';
import { hasEffect } from './effectScenario';
import type { Exercise, ExerciseDecision } from './exerciseSchema';
import { exerciseRunSettings } from './exerciseTime';

/** Mean and 95 % t-interval over replications (the protocol's KpiEstimate). */
export interface Estimate { mean: number; lo: number; hi: number; n: number }
/** value(variant) − value(no action), paired by replication (the protocol's PairedEstimate). */
export interface Paired { diff: number; lo: number; hi: number; n: number; significant: boolean }

export interface DebriefVariantResult {
  id: 'none' | 'trainees' | 'best';
  choices: Choice[];
  kpis: Partial<Record<KpiName, Estimate>>;
  score: Estimate;
  vsNone?: Partial<Record<KpiName, Paired>> & { score?: Paired };
}

export type DebriefOutcome =
  | { ok: true; problems: []; variants: DebriefVariantResult[]; search: { method: 'greedy-in-time-order'; variantsEvaluated: number; replications: number } }
  | { ok: false; problems: Problem[] };

export interface DebriefOptions {
  /** Default: exercise.start.replications. */
  replications?: number;
  /** Variants evaluated so far (fractional within a variant) of the planned total. */
  onProgress?: (done: number, total: number) => void;
  /** Awaited between variants (the worker lets its message queue in). */
  pause?: () => Promise<void>;
  /** Called after each variant is evaluated (the CLI prints every option's score). */
  onEvaluated?: (choices: Choice[], score: Estimate) => void;
}

/** Per replication: every KPI's value and the objective (Σ weight × KPI; lower is better). */
interface Evaluation { values: Partial<Record<KpiName, number[]>>; score: number[] }

/** The option that changes nothing; a decision without one uses its first option. */
export function noActionOption(decision: ExerciseDecision): string {
  return (decision.options.find((o) => !hasEffect(o.effect)) ?? decision.options[0]).id;
}

const finite = (values: number[]) => values.filter((v) => Number.isFinite(v));
const meanOf = (values: number[]) => { const f = finite(values); return f.length === 0 ? Infinity : f.reduce((a, b) => a + b, 0) / f.length; };

function estimate(values: number[]): Estimate {
  const t = tInterval(finite(values));
  return { mean: t.mean, lo: t.ci95[0], hi: t.ci95[1], n: t.n };
}

function paired(none: number[], other: number[]): Paired {
  const a: number[] = [];
  const b: number[] = [];
  none.forEach((x, i) => { if (Number.isFinite(x) && Number.isFinite(other[i])) { a.push(x); b.push(other[i]); } });
  const d = pairedDifference(a, b);
  return { diff: d.mean, lo: d.ci95[0], hi: d.ci95[1], n: d.n, significant: d.significant };
}

/**
 * The debrief: the exercise run with no action, with the trainees' decisions, and with the best options the
 * simulation finds, under common random numbers (same seed, same replication numbers). "Best" is a greedy
 * search in time order: at each decision point every option is tried with the earlier points held at their
 * best and the later ones at no action, and the lowest mean objective is kept (ties keep the earlier option).
 */
export async function runDebrief(model: CompiledModel, exercise: Exercise, taken: Choice[], options: DebriefOptions = {}): Promise<DebriefOutcome> {
  const checked = composeExercise(exercise, taken); // unknown decisions or options: say so before any run
  if (!checked.ok) return checked;
  const run = exerciseRunSettings(exercise);
  const replications = options.replications ?? run.replications;
  const decisions = decisionsOf(exercise);
  const kpiNames = [...new Set<KpiName>([...exercise.debrief.kpis, ...exercise.debrief.objective.map((o) => o.kpi)])];
  const planned = 2 + decisions.reduce((sum, d) => sum + d.options.length - 1, 0);
  const cache = new Map<string, Evaluation>();
  let done = 0;
  const choicesOf = (picked: Map<string, string>): Choice[] => decisions.map((d) => ({ decisionId: d.id, optionId: picked.get(d.id) ?? noActionOption(d) }));

  const evaluate = async (picked: Map<string, string>): Promise<Evaluation | Problem[]> => {
    const choices = choicesOf(picked);
    const key = choices.map((c) => c.optionId).join('\u0000');
    const cached = cache.get(key);
    if (cached) return cached;
    const composed = composeExercise(exercise, choices);
    if (!composed.ok) return composed.problems;
    const applied = applyScenario(model, composed.value.scenario);
    if (!applied.ok) return applied.problems;
    const values: Partial<Record<KpiName, number[]>> = {};
    const score: number[] = [];
    for (let r = 0; r < replications; r++) {
      const result = runReplication(applied.value, {
        seed: run.seed, replication: r, days: run.days, warmupDays: run.warmupDays, sampleIntervalMinutes: 0,
      });
      for (const name of kpiNames) (values[name] ??= []).push(result.kpis[name]);
      score.push(exercise.debrief.objective.reduce((sum, term) => sum + term.weight * result.kpis[term.kpi], 0));
      options.onProgress?.(done + (r + 1) / replications, planned);
    }
    done++;
    options.onEvaluated?.(choices, estimate(score));
    await options.pause?.();
    const evaluation = { values, score };
    cache.set(key, evaluation);
    return evaluation;
  };

  const none = await evaluate(new Map());
  if (Array.isArray(none)) return { ok: false, problems: none };
  const best = new Map<string, string>();
  let bestEval = none;
  for (const decision of decisions) {
    const current = noActionOption(decision);
    let pick = current;
    for (const option of decision.options) {
      if (option.id === current) continue;
      const candidate = await evaluate(new Map([...best, [decision.id, option.id]]));
      if (Array.isArray(candidate)) return { ok: false, problems: candidate };
      if (meanOf(candidate.score) < meanOf(bestEval.score)) { bestEval = candidate; pick = option.id; }
    }
    best.set(decision.id, pick);
  }
  const trainees = await evaluate(new Map(taken.map((c) => [c.decisionId, c.optionId])));
  if (Array.isArray(trainees)) return { ok: false, problems: trainees };
  options.onProgress?.(planned, planned);

  const variant = (id: DebriefVariantResult['id'], picked: Map<string, string>, e: Evaluation): DebriefVariantResult => {
    const kpis: Partial<Record<KpiName, Estimate>> = {};
    for (const name of kpiNames) kpis[name] = estimate(e.values[name] ?? []);
    const out: DebriefVariantResult = { id, choices: choicesOf(picked), kpis, score: estimate(e.score) };
    if (id !== 'none') {
      const vsNone: Partial<Record<KpiName, Paired>> & { score?: Paired } = { score: paired(none.score, e.score) };
      for (const name of kpiNames) vsNone[name] = paired(none.values[name] ?? [], e.values[name] ?? []);
      out.vsNone = vsNone;
    }
    return out;
  };
  const takenMap = new Map(taken.map((c) => [c.decisionId, c.optionId]));
  const traineeChoices = variant('trainees', takenMap, trainees);
  // Keep the decision times of the trainees' entries for the debrief's timeline.
  traineeChoices.choices = traineeChoices.choices.map((c) => ({ ...c, ...pickDecidedAt(taken, c.decisionId) }));
  return {
    ok: true, problems: [],
    variants: [variant('none', new Map(), none), traineeChoices, variant('best', best, bestEval)],
    search: { method: 'greedy-in-time-order', variantsEvaluated: cache.size, replications },
  };
}

function pickDecidedAt(taken: Choice[], decisionId: string): { decidedAt?: string } {
  const at = taken.find((c) => c.decisionId === decisionId)?.decidedAt;
  return at !== undefined ? { decidedAt: at } : {};
}
