import type { TimedStep } from '../../protocol/training';
import { EPSILON_MINUTES, firstOpenDecision, mustHoldFor, reachedCount } from './steps';
import type { TrainingDeps } from './trainingDepsTypes';
import type { TrainingStore } from './trainingStore';

/** Real seconds of look-ahead when stopping at a decision point (at least two animation frames). */
const MIN_LOOKAHEAD_S = 0.034;
const MAX_LOOKAHEAD_S = 0.25;

/**
 * Follows the playback clock while a session runs: records the steps the playhead has reached (the last one is
 * narrated), HOLDS playback exactly at the first decision point without a choice, and calls `onEnd` when playback
 * stops at the end. Towards an open decision point it checks every animation frame too and stops one frame early,
 * then seeks to the decision's minute, so the scene never shows a time past it (the clock itself only tells its
 * listeners at ≤ 4 Hz while playing).
 */
export class PlayheadFollower {
  private cancelFrame: (() => void) | null = null;
  private lastFrameMs: number | null = null;
  private holding = false;

  constructor(
    private readonly deps: Pick<TrainingDeps, 'clock' | 'requestFrame'>,
    private readonly store: TrainingStore,
    private readonly onEnd: () => void,
  ) {}

  /** Stops the per-frame check (a new exercise, the end). */
  cancel(): void {
    this.cancelFrame?.();
    this.cancelFrame = null;
  }

  /** Call on every clock notification (and after the session moves the playhead itself). */
  readonly onClock = (): void => {
    const s = this.store.getState();
    if (s.phase !== 'running') return;
    const { clock } = this.deps;
    const open = firstOpenDecision(s.timeline, s.decisions);
    if (open && clock.time >= open.minute - EPSILON_MINUTES) {
      this.holdAt(open);
      return;
    }
    const reached = reachedCount(s.timeline, clock.time);
    if (reached !== s.reached || s.pendingDecisionId !== null) this.store.setState({ reached, pendingDecisionId: null });
    if (!clock.playing && clock.end > 0 && clock.time >= clock.end - EPSILON_MINUTES) {
      this.onEnd();
      return;
    }
    if (clock.playing && open && this.cancelFrame === null) {
      this.lastFrameMs = null;
      this.cancelFrame = this.deps.requestFrame(this.onFrame);
    }
  };

  /** Every animation frame while playing towards an open decision point: stop before the clock passes it. */
  private readonly onFrame = (nowMs: number): void => {
    this.cancelFrame = null;
    const s = this.store.getState();
    const { clock } = this.deps;
    const open = firstOpenDecision(s.timeline, s.decisions);
    if (s.phase !== 'running' || !clock.playing || !open) return;
    const frameSeconds = this.lastFrameMs === null ? MIN_LOOKAHEAD_S : (nowMs - this.lastFrameMs) / 1000;
    this.lastFrameMs = nowMs;
    const lookahead = Math.min(MAX_LOOKAHEAD_S, Math.max(MIN_LOOKAHEAD_S, 1.5 * frameSeconds));
    if (mustHoldFor(open.minute, clock.time, clock.speed, lookahead)) {
      this.holdAt(open);
      return;
    }
    this.cancelFrame = this.deps.requestFrame(this.onFrame);
  };

  private holdAt(step: TimedStep): void {
    if (this.holding) return; // pause and seek notify the clock's listeners, this one included
    this.holding = true;
    const { clock } = this.deps;
    if (clock.playing) clock.pause();
    if (Math.abs(clock.time - step.minute) > EPSILON_MINUTES) clock.seek(step.minute);
    this.holding = false;
    const s = this.store.getState();
    const reached = reachedCount(s.timeline, step.minute);
    if (s.pendingDecisionId !== step.stepId || s.reached !== reached) this.store.setState({ pendingDecisionId: step.stepId, reached });
  }
}
