import type { TakenDecision, TimedStep } from '../../protocol/training';

/**
 * Where a session is on the exercise's timeline (pure functions of the timeline, the playhead and the
 * decisions taken). Minutes are simulated minutes since the start of the exercise: the playback axis.
 */

/** Playback times are floats; a step "at" minute m is reached from m − EPSILON on. */
export const EPSILON_MINUTES = 1e-6;

/** How many steps (in time order) the playhead has reached. */
export function reachedCount(timeline: readonly TimedStep[], time: number): number {
  let n = 0;
  while (n < timeline.length && timeline[n].minute <= time + EPSILON_MINUTES) n++;
  return n;
}

/** The first decision point (in time order) that has no choice yet. */
export function firstOpenDecision(timeline: readonly TimedStep[], decisions: readonly TakenDecision[]): TimedStep | undefined {
  const taken = new Set(decisions.map((d) => d.decisionId));
  return timeline.find((s) => s.kind === 'decision' && !taken.has(s.stepId));
}

/** The first step strictly after the playhead (what "Next inject" seeks to). */
export function nextStepAfter(timeline: readonly TimedStep[], time: number): TimedStep | undefined {
  return timeline.find((s) => s.minute > time + EPSILON_MINUTES);
}

/** A place to rewind to: the start (step null) or a step already reached. */
export interface Checkpoint { minute: number; stepId: string | null }

/** The start and every step already reached, in time order. */
export function checkpoints(timeline: readonly TimedStep[], reached: number): Checkpoint[] {
  return [{ minute: 0, stepId: null }, ...timeline.slice(0, reached).map((s) => ({ minute: s.minute, stepId: s.stepId }))];
}

/** The checkpoint before the playhead ("rewind" goes there); the start when none is earlier. */
export function previousCheckpoint(timeline: readonly TimedStep[], reached: number, time: number): Checkpoint {
  const all = checkpoints(timeline, reached);
  const earlier = all.filter((c) => c.minute < time - EPSILON_MINUTES);
  return earlier.at(-1) ?? all[0];
}

/**
 * The decisions that survive a rewind to `minute`: those taken at decision points strictly before it. A decision
 * point AT the checkpoint is asked again (rewinding to it means taking it again).
 */
export function decisionsBefore(timeline: readonly TimedStep[], decisions: readonly TakenDecision[], minute: number): TakenDecision[] {
  const minuteOf = new Map(timeline.map((s) => [s.stepId, s.minute]));
  return decisions.filter((d) => (minuteOf.get(d.decisionId) ?? Infinity) < minute - EPSILON_MINUTES);
}

/** Records a choice (replacing an earlier one at the same point), kept in time order. */
export function withDecision(timeline: readonly TimedStep[], decisions: readonly TakenDecision[], decision: TakenDecision): TakenDecision[] {
  const order = new Map(timeline.map((s, i) => [s.stepId, i]));
  return [...decisions.filter((d) => d.decisionId !== decision.decisionId), decision]
    .sort((a, b) => (order.get(a.decisionId) ?? Infinity) - (order.get(b.decisionId) ?? Infinity));
}

/** The same decisions (point and option; not when they were entered), for caching the debrief. */
export function decisionsKey(decisions: readonly TakenDecision[]): string {
  return JSON.stringify(decisions.map((d) => [d.decisionId, d.optionId]));
}

/** Calendar time of minute `minute` of the exercise (start: local "YYYY-MM-DDTHH:MM"). */
export function clockAt(startDateTime: string, minute: number): Date {
  const start = new Date(startDateTime).getTime();
  return new Date((Number.isNaN(start) ? 0 : start) + minute * 60_000);
}
