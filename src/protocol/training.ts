/**
 * Training exercises between the threads (types only, like api.ts). The worker validates an exercise file,
 * composes the scenario that the running simulation uses (start state + injects + decisions taken so far),
 * and computes the debrief. The main thread (src/bridge/trainingSession.ts) never imports simulation code.
 *
 * Time: "minute" = simulated minutes since the start of the exercise (= the playback axis, 0 at
 * exercise.start.dateTime). A decision always takes effect at its decision point's time (the exercise pauses
 * there until the facilitator enters the trainees' choice), so replays and the debrief are reproducible.
 */
import type { Problem } from '../domain/problems';
import type { KpiName } from '../sim';
import type { Exercise } from '../sim/training/exerciseSchema';
import type { ScenarioInput } from '../sim/scenario/scenarioSchema';

export type { Exercise, ExerciseStep, ExerciseDecision, ExerciseInject, ExerciseOption, ExerciseEffect } from '../sim/training/exerciseSchema';

/** An exercise step placed on the playback axis. */
export interface TimedStep { stepId: string; kind: 'inject' | 'decision'; minute: number }

/**
 * How to run an exercise (runStore settings): the run starts at midnight `start.warmupDays` whole days before
 * the start date, so that the model's time of day matches the clock; warmupDays here therefore includes the
 * start's time of day (start 15:00, warmupDays 1 → 1.625). days = hours / 24; startDate = start.dateTime.
 */
export interface ExerciseRunSettings { days: number; warmupDays: number; seed: number; replications: number; startDate: string }

/** The result of checking an exercise file (schema, times, and every id against the loaded model). */
export interface ExerciseCheck {
  ok: boolean;
  /** Every problem at once, with JSON paths (and line / column when checked from text). */
  problems: Problem[];
  /** The validated exercise (defaults filled in); null when not ok. */
  exercise: Exercise | null;
  /** Steps in time order with their minute on the playback axis; empty when not ok. */
  timeline: TimedStep[];
  /** Run settings for this exercise (use these, not start.warmupDays); null when not ok. */
  run?: ExerciseRunSettings | null;
}

/** A choice the trainees made at a decision point. */
export interface TakenDecision {
  decisionId: string;
  optionId: string;
  /** Wall-clock time the choice was entered (ISO), for the debrief's timeline. */
  decidedAt?: string;
}

export interface ComposeRequest { exercise: Exercise; decisions: TakenDecision[] }

/** The scenario (version 2, absolute times, warm-up included) the simulation runs with these decisions. */
export interface ComposeResponse {
  ok: boolean;
  problems: Problem[];
  scenario: ScenarioInput | null;
  /** Steps in time order with their playback minute; empty when not ok. */
  timeline?: TimedStep[];
  /** Run settings for the composed scenario; null when not ok. */
  run?: ExerciseRunSettings | null;
}

/** A KPI over replications: mean and 95 % t-interval. */
export interface KpiEstimate { mean: number; lo: number; hi: number; n: number }

/** value(variant) − value(no action), paired replication by replication (common random numbers). */
export interface PairedEstimate { diff: number; lo: number; hi: number; n: number; significant: boolean }

export type DebriefVariantId = 'none' | 'trainees' | 'best';

export interface DebriefVariant {
  id: DebriefVariantId;
  /** The option taken at every decision point, in time order ("no action" = each decision's first option without effect, or none). */
  choices: TakenDecision[];
  /** Every KPI of debrief.kpis (and the objective's). */
  kpis: Partial<Record<KpiName, KpiEstimate>>;
  /** The objective (weighted sum, lower is better) with its interval. */
  score: KpiEstimate;
  /** Paired differences against 'none' (absent for 'none' itself). */
  vsNone?: Partial<Record<KpiName, PairedEstimate>> & { score?: PairedEstimate };
}

export interface DebriefRequest {
  exercise: Exercise;
  decisions: TakenDecision[];
  /** Default: exercise.start.replications. */
  replications?: number;
}

export interface DebriefResponse {
  ok: boolean;
  problems: Problem[];
  variants: DebriefVariant[];
  /** How the best option was searched (e.g. "each decision in time order, the others held at their best") and how many runs it took. */
  search: { method: 'greedy-in-time-order'; variantsEvaluated: number; replications: number };
}

/** Debrief progress: variants evaluated so far of an estimated total. */
export type DebriefProgress = (done: number, total: number) => void;
