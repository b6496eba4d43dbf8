import type { PlaybackSnapshot } from '../playback';
import type { RunSettings, RunState } from '../runStore';
import type { RunOutcome, ScenarioRunOutcome } from '../simClient';
import type { ScenarioInput } from '../scenarioStore';
import type { FrameStore } from '../../protocol/frameStore';
import type { Problem } from '../../domain/problems';
import { needsRefresh, planRun, type PlannedRun, type RunPlanSettings } from './runPlan';
import { realTimers, type Timers } from './recovery';

/** What the runner needs from the app's simulation client, run store and playback clock (fakes in tests). */
export interface SimPort {
  getRun(): RunState;
  subscribeRun(listener: (s: RunState, previous: RunState) => void): () => void;
  startRun(overrides: Partial<RunSettings>): Promise<RunOutcome>;
  updateSettings(patch: Partial<RunSettings>): void;
  runWithScenario(scenario: ScenarioInput | null): Promise<ScenarioRunOutcome>;
  playback: {
    readonly time: number; readonly playing: boolean; readonly end: number;
    play(): void; seek(t: number): void; setSpeed(speed: number): void;
    subscribe(listener: (s: PlaybackSnapshot) => void): () => void;
  };
  shownFrames(): FrameStore | null;
}

export interface WallRunnerOptions extends RunPlanSettings {
  replications: number;
  /** Simulated minutes per real second. */
  speed: number;
  scenario: ScenarioInput | null;
  /** Epoch ms of the history's minute 0 (see runPlan.ts). */
  originMs: number;
  /** Calendar time the playhead starts at (default: now). */
  startAtMs?: number;
  /** Delay before a crashed run is started again. */
  restartDelayMs?: number;
  now?: () => number;
  timers?: Timers;
}

export interface WallRunnerEvents {
  /** A run finished: its settings' calendar start and the state with its bands and result. */
  answer(startMs: number, state: RunState): void;
  /** The run crashed and was started again. */
  restarted(): void;
  /** The scenario was rejected by the worker (the baseline runs instead). */
  scenarioProblems(problems: Problem[]): void;
}

/**
 * Keeps the wall's simulation going for days: runs from the calendar time at the playhead, plays at the
 * configured speed, starts a fresh run when less than the refresh lead is left, carries the playhead over
 * to the new run's frames (same calendar time), and restarts a crashed run after a short delay.
 */
export class WallRunner {
  private readonly offs: (() => void)[] = [];
  private frames: FrameStore | null = null;
  private framesStartMs = 0;
  /** The run the playhead belongs to: a new runId rewinds the clock on the old frames (followRunStore). */
  private runId = -1;
  /** Calendar time at the playhead (epoch ms), as last seen. */
  private playheadMs: number;
  private pending: PlannedRun | null = null;
  private answerEndMs: number | null = null;
  private restartTimer: unknown = null;
  private checkTimer: unknown = null;
  private started = false;
  private stopped = false;
  runsStarted = 0;
  answers = 0;

  constructor(private readonly port: SimPort, private readonly options: WallRunnerOptions, private readonly events: WallRunnerEvents) {
    this.playheadMs = options.startAtMs ?? (options.now ?? Date.now)();
  }

  /** Calendar time at the playhead (epoch ms). */
  playheadTime(): number {
    return this.playheadMs;
  }

  start(): void {
    this.port.playback.setSpeed(this.options.speed);
    this.offs.push(this.port.subscribeRun((s, previous) => this.onRun(s, previous)));
    this.offs.push(this.port.playback.subscribe((s) => this.onPlayback(s)));
    this.onRun(this.port.getRun(), this.port.getRun());
  }

  stop(): void {
    this.stopped = true;
    for (const off of this.offs.splice(0)) off();
    const timers = this.options.timers ?? realTimers;
    if (this.restartTimer !== null) timers.clearTimeout(this.restartTimer);
    if (this.checkTimer !== null) timers.clearTimeout(this.checkTimer);
  }

  private plan(): PlannedRun {
    return planRun(this.options.originMs, this.playheadMs, this.options);
  }

  private async first(): Promise<void> {
    const run = this.plan();
    this.pending = run;
    this.runsStarted++;
    const settings = { ...run.settings, replications: this.options.replications };
    if (!this.options.scenario) {
      void this.port.startRun(settings);
      return;
    }
    this.port.updateSettings(settings);
    const outcome = await this.port.runWithScenario(this.options.scenario);
    if (this.stopped || outcome.status !== 'invalid') return;
    this.events.scenarioProblems(outcome.problems);
    void this.port.startRun(settings);
  }

  private refresh(): void {
    const run = this.plan();
    this.pending = run;
    this.runsStarted++;
    void this.port.startRun({ ...run.settings, replications: this.options.replications });
  }

  private onRun(s: RunState, previous: RunState): void {
    if (this.stopped) return;
    if (!this.started && s.canRun) {
      this.started = true;
      void this.first();
      return;
    }
    const frames = this.port.shownFrames();
    if (frames !== this.frames && s.frames?.replication !== previous.frames?.replication && this.pending) {
      // A new run's first frames: the clock has rewound; put the playhead back at the same calendar time.
      this.runId = s.runId;
      this.frames = frames;
      this.framesStartMs = this.pending.startMs;
      this.resume();
    } else if (s.runId !== this.runId && this.frames) {
      // A new run started: the clock rewound on the frames still shown; put it back and keep playing them.
      this.runId = s.runId;
      this.resume();
    }
    if (s.status !== previous.status || s.runId !== previous.runId) {
      if (s.status === 'done' && s.bands && this.pending) {
        this.answers++;
        this.answerEndMs = this.pending.startMs + (s.bands.times[s.bands.times.length - 1] ?? 0) * 60_000;
        this.events.answer(this.pending.startMs, s);
        this.resume();
      } else if (s.status === 'error' && this.restartTimer === null) {
        this.restartTimer = (this.options.timers ?? realTimers).setTimeout(() => {
          this.restartTimer = null;
          if (this.stopped) return;
          this.events.restarted();
          this.refresh();
        }, this.options.restartDelayMs ?? 3000);
      }
    }
  }

  private resume(): void {
    const { playback } = this.port;
    playback.seek((this.playheadMs - this.framesStartMs) / 60_000);
    if (!playback.playing) playback.play();
  }

  private onPlayback(s: PlaybackSnapshot): void {
    if (this.stopped || !this.frames || this.port.shownFrames() !== this.frames || s.frameIndex < 0) return;
    if (this.port.getRun().runId !== this.runId) return; // the rewind of a new run: onRun puts the playhead back
    this.playheadMs = this.framesStartMs + s.time * 60_000;
    // Frames still streaming, or a refresh computing: keep playing as far as the frames go.
    if (!s.playing && s.time < s.end - 1e-6) this.port.playback.play();
    // Decide about a refresh in a task of its own: this may run inside a run-store update (the clock follows the
    // store), and a run started there would reach the store's later listeners out of order.
    this.checkTimer ??= (this.options.timers ?? realTimers).setTimeout(() => {
      this.checkTimer = null;
      if (this.stopped) return;
      const status = this.port.getRun().status;
      if (status === 'done' && this.answerEndMs !== null && this.restartTimer === null && needsRefresh(this.answerEndMs, this.playheadMs, this.options.days)) {
        this.refresh();
      }
    }, 0);
  }
}
