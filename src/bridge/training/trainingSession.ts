import type { TakenDecision, TimedStep } from '../../protocol/training';
import { describeCatalogue, hospitalNamedIn } from './catalogue';
import { computeDebrief } from './debriefRunner';
import { runSettingsFor } from './exerciseSettings';
import { PlayheadFollower } from './playheadFollower';
import { decisionsBefore, decisionsKey, EPSILON_MINUTES, nextStepAfter, previousCheckpoint, withDecision, type Checkpoint } from './steps';
import type { TrainingDeps } from './trainingDepsTypes';
import { checkExerciseText, composeScenario } from './workerCalls';
import { EMPTY_DEBRIEF, type TrainingState, type TrainingStore } from './trainingStore';

/**
 * The training session controller (framework-free). It loads and checks an exercise, runs the simulation with the
 * scenario composed from the exercise and the decisions taken, and follows the playhead (PlayheadFollower: it
 * narrates the steps passed and HOLDS playback exactly at a decision point until the trainees choose). A choice
 * re-runs with it (common random numbers: everything before the decision replays identically) and resumes there.
 * Facilitator actions: start, pause / resume, next inject, rewind to a checkpoint, speed, end, debrief.
 */
export class TrainingSession {
  /** Bumped whenever another exercise is adopted: late answers for an older one are dropped. */
  private generation = 0;
  private checkSeq = 0;
  private runSeq = 0;
  private detachClock: (() => void) | null = null;
  private readonly follower: PlayheadFollower;

  constructor(private readonly deps: TrainingDeps, readonly store: TrainingStore) {
    this.follower = new PlayheadFollower(deps, store, () => this.endExercise());
  }

  private get state(): TrainingState { return this.store.getState(); }
  private set(patch: Partial<TrainingState>): void { this.store.setState(patch); }

  /** Starts following the playback clock (idempotent); returns a function that stops it. */
  attach(): () => void {
    this.detachClock ??= this.deps.clock.subscribe(this.follower.onClock);
    return () => {
      this.detachClock?.();
      this.detachClock = null;
      this.follower.cancel();
    };
  }

  // ---------- loading ----------

  /** Opens the exercise named by `?exercise=` (or shows the picker / the "not found" message). */
  async openFromSearch(search: string): Promise<void> {
    const id = new URLSearchParams(search).get('exercise')?.trim() || null;
    this.set({ requestedId: id, catalogue: [...this.deps.exercises.keys()].map((e) => ({ id: e, name: null, description: null })) });
    const loader = id === null ? undefined : this.deps.exercises.get(id);
    if (!loader) {
      this.set({ phase: id === null ? 'picker' : 'not-found' });
      await describeCatalogue(this.deps.exercises, this.store);
      return;
    }
    this.set({ phase: 'loading', message: null });
    let text: string;
    try {
      text = await loader();
    } catch {
      this.set({ phase: 'invalid', message: { key: 'message.fetchFailed', params: { id: id ?? '' } } });
      return;
    }
    await this.adoptText(text, { kind: 'bundled', name: id ?? '' });
  }

  /** Opens an exercise file written by a trainer; a broken file shows its problems and the current exercise stays. */
  async openFile(name: string, text: string): Promise<void> {
    await this.adoptText(text, { kind: 'file', name });
  }

  dismissProblems(): void { this.set({ problems: [], problemsSource: null }); }

  private async adoptText(text: string, source: NonNullable<TrainingState['source']>): Promise<void> {
    const seq = ++this.checkSeq;
    const wanted = hospitalNamedIn(text);
    await this.deps.whenReady(null); // the hospital the page is loading anyway comes first
    if (seq !== this.checkSeq) return;
    if (wanted !== null && wanted !== this.deps.hospitalId()) {
      // Ids can only be checked against the hospital the exercise is written for: load it first. The exercise on
      // screen (if any) was written for the hospital that goes away, so it ends here.
      this.reset({ exercise: null, phase: 'loading', message: { key: 'message.loadingHospital', params: { hospital: wanted } } });
      this.deps.openHospital(wanted);
    }
    const ready = await this.deps.whenReady(wanted);
    if (seq !== this.checkSeq) return;
    // A rejected file leaves the exercise on screen as it was; without one, the picker shows.
    const failed = this.state.exercise === null ? { phase: 'invalid' as const } : {};
    if (!ready) {
      this.set({ message: { key: 'message.hospitalMissing', params: { hospital: wanted ?? '' } }, ...failed });
      return;
    }
    const check = await checkExerciseText(this.deps, text);
    if (seq !== this.checkSeq) return;
    if (!check.ok || !check.exercise) {
      this.set({ problems: check.problems, problemsSource: source.name, message: null, ...failed });
      return;
    }
    this.reset({ phase: 'preparing', exercise: check.exercise, timeline: check.timeline, source, problems: [], problemsSource: null, message: null });
    const ok = await this.runWith([]);
    if (ok === null) return;
    const startNow = this.state.startWhenReady;
    this.set({ phase: 'ready', startWhenReady: false });
    if (ok && startNow) this.start();
  }

  /** Drops what belongs to the exercise on screen (decisions, debrief, late answers) and sets `patch`. */
  private reset(patch: Partial<TrainingState>): void {
    this.generation++;
    this.follower.cancel();
    this.deps.clock.pause();
    this.set({
      timeline: [], decisions: [], reached: 0, pendingDecisionId: null, debrief: EMPTY_DEBRIEF, debriefOpen: false,
      startWhenReady: false, applyingFor: null, ...patch,
    });
  }

  /**
   * Composes the scenario for these decisions and runs it. Resolves true when the run is done, false when it
   * failed (message set), null when a newer run or exercise made it stale.
   */
  private async runWith(decisions: TakenDecision[]): Promise<boolean | null> {
    const { exercise } = this.state;
    if (!exercise) return false;
    const generation = this.generation;
    const seq = ++this.runSeq;
    const stale = (): boolean => generation !== this.generation || seq !== this.runSeq;
    const composed = await composeScenario(this.deps, { exercise, decisions });
    if (stale()) return null;
    if (!composed.ok || !composed.scenario) {
      this.set({ message: { key: 'message.composeFailed', params: { first: composed.problems[0]?.message ?? '' } } });
      return false;
    }
    // The worker's run settings are authoritative; runSettingsFor adds the frame interval (and mirrors them).
    const result = await this.deps.run({ ...runSettingsFor(exercise), ...(composed.run ?? {}) }, composed.scenario);
    if (stale()) return null;
    if (!result.ok) {
      this.set({ message: { key: 'message.runFailed', params: { first: result.problems[0]?.message ?? result.status } } });
      return false;
    }
    return true;
  }

  // ---------- facilitator controls ----------

  /** Starts the exercise from its beginning (or as soon as the simulation is ready). */
  start(): void {
    const { phase } = this.state;
    if (phase === 'preparing') {
      this.set({ startWhenReady: true });
      return;
    }
    if (phase !== 'ready') return;
    this.set({ phase: 'running', message: null });
    this.deps.clock.seek(0);
    this.deps.clock.play();
  }

  /** Pause / resume; resuming is not possible while a decision is awaited or at the end. */
  togglePause(): void {
    const { clock } = this.deps;
    if (this.state.phase !== 'running') return;
    if (clock.playing) clock.pause();
    else if (this.state.pendingDecisionId === null && clock.time < clock.end - EPSILON_MINUTES) clock.play();
  }

  setSpeed(speed: number): void { this.deps.clock.setSpeed(speed); }

  /** The step "Next inject" goes to (none while a decision is awaited). */
  nextStep(): TimedStep | undefined {
    const s = this.state;
    if (s.phase !== 'running' || s.pendingDecisionId !== null) return undefined;
    return nextStepAfter(s.timeline, this.deps.clock.time);
  }

  /** Jumps to the next step (inject or decision point); playing stays as it was. */
  nextInject(): void {
    const next = this.nextStep();
    if (next) this.deps.clock.seek(next.minute);
  }

  /**
   * Rewinds to a checkpoint (the start or a step already reached): the decisions taken at or after it are dropped
   * and the simulation re-runs without them; playback waits there, paused.
   */
  async rewindTo(checkpoint: Checkpoint): Promise<void> {
    const s = this.state;
    if (s.phase !== 'running' && s.phase !== 'ended') return;
    const kept = decisionsBefore(s.timeline, s.decisions, checkpoint.minute);
    this.deps.clock.pause();
    this.set({ debriefOpen: false, message: null });
    if (decisionsKey(kept) !== decisionsKey(s.decisions)) {
      this.set({ decisions: kept, phase: 'applying', applyingFor: 'rewind', pendingDecisionId: null });
      if ((await this.runWith(kept)) === null) return;
    }
    this.set({ phase: 'running' });
    this.deps.clock.seek(checkpoint.minute);
    this.follower.onClock();
  }

  /** Rewinds to the checkpoint before the playhead (the step before, or the start). */
  rewindToPrevious(): Promise<void> {
    const s = this.state;
    return this.rewindTo(previousCheckpoint(s.timeline, s.reached, this.deps.clock.time));
  }

  /** The trainees' choice at the decision point playback is held at: re-run with it, then resume from there. */
  async choose(optionId: string): Promise<void> {
    const s = this.state;
    const step = s.timeline.find((t) => t.stepId === s.pendingDecisionId);
    if (s.phase !== 'running' || !step) return;
    const previous = s.decisions;
    const decisions = withDecision(s.timeline, previous, { decisionId: step.stepId, optionId, decidedAt: this.deps.now().toISOString() });
    this.set({ decisions, pendingDecisionId: null, phase: 'applying', applyingFor: 'decision', message: null });
    const ok = await this.runWith(decisions);
    if (ok === null) return;
    if (!ok) this.set({ decisions: previous });
    this.set({ phase: 'running' });
    this.deps.clock.seek(step.minute);
    if (ok) this.deps.clock.play();
    this.follower.onClock();
  }

  /** Ends the exercise (also when the playhead reaches the end) and shows the debrief. */
  endExercise(): void {
    const phase = this.state.phase;
    if (phase !== 'running' && phase !== 'ended') return;
    this.deps.clock.pause();
    this.follower.cancel();
    this.set({ phase: 'ended', pendingDecisionId: null });
    void this.openDebrief();
  }

  /** Shows the debrief; computes it only when the decisions changed since it was last computed. */
  async openDebrief(): Promise<void> {
    const s = this.state;
    if (!s.exercise) return;
    this.set({ debriefOpen: true });
    if (s.debrief.decisionsKey === decisionsKey(s.decisions) && (s.debrief.status === 'done' || s.debrief.status === 'running')) return;
    const generation = this.generation;
    await computeDebrief(this.deps, this.store, s.exercise, s.decisions, () => generation === this.generation);
  }

  closeDebrief(): void { this.set({ debriefOpen: false }); }
}
