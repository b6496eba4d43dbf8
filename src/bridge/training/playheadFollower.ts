import type { TimedStep } from '../../protocol/training';
import { EPSILON_MINUTES, firstOpenDecision, reachedCount } from './steps';
import type { TrainingDeps } from './trainingDepsTypes';
import type { TrainingStore } from './trainingStore';

/**
 * Follows the playback clock while a session runs: records the steps the playhead has reached (the last one is
 * narrated), HOLDS playback exactly at the first decision point without a choice, and calls `onEnd` when playback
 * stops at the end. The hold is the clock's own stop point (setStopAt), so the clock never ticks past an open
 * decision and the scene never shows a later time; a seek past it is pulled back here.
 */
export class PlayheadFollower {
  private holding = false;

  constructor(
    private readonly deps: Pick<TrainingDeps, 'clock'>,
    private readonly store: TrainingStore,
    private readonly onEnd: () => void,
  ) {}

  /** Removes the clock's stop point (a new exercise, the end). */
  cancel(): void {
    this.deps.clock.setStopAt(null);
  }

  /** Call on every clock notification (and after the session moves the playhead itself). */
  readonly onClock = (): void => {
    const s = this.store.getState();
    if (s.phase !== 'running') return;
    const { clock } = this.deps;
    const open = firstOpenDecision(s.timeline, s.decisions);
    clock.setStopAt(open ? open.minute : null);
    if (open && clock.time >= open.minute - EPSILON_MINUTES) {
      this.holdAt(open);
      return;
    }
    const reached = reachedCount(s.timeline, clock.time);
    if (reached !== s.reached || s.pendingDecisionId !== null) this.store.setState({ reached, pendingDecisionId: null });
    if (!clock.playing && clock.end > 0 && clock.time >= clock.end - EPSILON_MINUTES) this.onEnd();
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
