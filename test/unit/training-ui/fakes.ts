// Fakes for the training session: a playback clock moved by hand, a worker that answers from a fixed exercise,
// and runs that resolve when the test says so.
import type { Problem } from '../../../src/domain/problems';
import type { ComposeRequest, DebriefResponse, Exercise, ExerciseCheck, TimedStep } from '../../../src/protocol/training';
import type { TrainingRunSettings, TrainingClock, TrainingDeps, TrainingWorker } from '../../../src/bridge/training/trainingDepsTypes';
import type { ScenarioInput } from '../../../src/sim/scenario/scenarioSchema';

export class FakeClock implements TrainingClock {
  time = 0;
  playing = false;
  speed = 60;
  end = 0;
  stopAt: number | null = null;
  private listeners = new Set<() => void>();
  play(): void { if (!this.playing && this.end > 0) { if (this.time >= this.end) this.time = 0; this.playing = true; this.notify(); } }
  pause(): void { if (this.playing) { this.playing = false; this.notify(); } }
  seek(t: number): void { this.time = Math.min(this.end, Math.max(0, t)); this.notify(); }
  setSpeed(speed: number): void { this.speed = speed; this.notify(); }
  setStopAt(minute: number | null): void { this.stopAt = minute; }
  subscribe(listener: () => void): () => void { this.listeners.add(listener); return () => this.listeners.delete(listener); }
  /** A tick of the real clock: moves on while playing, stops at the stop point (as PlaybackClock.tick) or the end. */
  advance(minutes: number): void {
    if (!this.playing) return;
    const before = this.time;
    this.time = Math.min(this.end, this.time + minutes);
    if (this.stopAt !== null && before < this.stopAt && this.time >= this.stopAt) { this.time = this.stopAt; this.playing = false; }
    if (this.time >= this.end) this.playing = false;
    this.notify();
  }
  /** A new run's frames: rewinds and pauses (as followRunStore does). */
  newRun(end: number): void { this.end = end; this.time = 0; this.playing = false; this.notify(); }
  private notify(): void { for (const l of [...this.listeners]) l(); }
}

export const EXERCISE: Exercise = {
  schemaVersion: 1, kind: 'exercise', id: 'drill', name: 'Drill', description: 'A short drill', hospital: 'general-hospital',
  start: { dateTime: '2026-11-23T14:00', hours: 6, warmupDays: 1, replications: 4, seed: 7, narration: 'Quiet afternoon.' },
  steps: [
    { kind: 'inject', id: 'crash', at: '14:05', title: 'Crash', narration: 'A bus crash.' },
    { kind: 'decision', id: 'staff', at: '15:00', title: 'Staff?', narration: 'Call in staff?', options: [
      { id: 'none', label: 'Wait' }, { id: 'call', label: 'Call in two nurses', effect: { staffing: [{ role: 'nurse', change: { add: 2 } }] } },
    ] },
    { kind: 'inject', id: 'update', at: '17:00', title: 'Update', narration: 'More patients.' },
  ],
  debrief: { objective: [{ kpi: 'edWaitMean', weight: 1 }], kpis: ['edWaitMean', 'lwbs'] },
};

export const TIMELINE: TimedStep[] = [
  { stepId: 'crash', kind: 'inject', minute: 5 }, { stepId: 'staff', kind: 'decision', minute: 60 }, { stepId: 'update', kind: 'inject', minute: 180 },
];

const estimate = (mean: number) => ({ mean, lo: mean - 1, hi: mean + 1, n: 4 });

export const DEBRIEF: DebriefResponse = {
  ok: true, problems: [],
  variants: [
    { id: 'none', choices: [{ decisionId: 'staff', optionId: 'none' }], kpis: { edWaitMean: estimate(50) }, score: estimate(50) },
    { id: 'trainees', choices: [{ decisionId: 'staff', optionId: 'call' }], kpis: { edWaitMean: estimate(30) }, score: estimate(30),
      vsNone: { edWaitMean: { diff: -20, lo: -25, hi: -15, n: 4, significant: true } } },
    { id: 'best', choices: [{ decisionId: 'staff', optionId: 'call' }], kpis: { edWaitMean: estimate(30) }, score: estimate(30) },
  ],
  search: { method: 'greedy-in-time-order', variantsEvaluated: 3, replications: 4 },
};

export interface Harness {
  deps: TrainingDeps;
  clock: FakeClock;
  composed: ComposeRequest[];
  runs: { settings: TrainingRunSettings; scenario: ScenarioInput }[];
  checks: string[];
  debriefCalls: number;
  openedHospitals: string[];
  /** What checkExercise answers (default: the drill, valid). */
  check: ExerciseCheck;
  hospital: string;
  /** Set to hold runs until release() is called. */
  holdRuns: boolean;
  release(): void;
}

export function harness(): Harness {
  const clock = new FakeClock();
  let pending: (() => void)[] = [];
  const h: Harness = {
    clock, composed: [], runs: [], checks: [], debriefCalls: 0, openedHospitals: [],
    check: { ok: true, problems: [], exercise: EXERCISE, timeline: TIMELINE },
    hospital: 'general-hospital',
    holdRuns: false,
    release: () => { const p = pending; pending = []; p.forEach((f) => f()); },
    deps: undefined as unknown as TrainingDeps,
  };
  const worker: TrainingWorker = {
    checkExercise: async (text) => { h.checks.push(text); return h.check; },
    composeExercise: async (request) => {
      h.composed.push(request);
      const scenario = { schemaVersion: 2, kind: 'scenario', id: 'exercise', name: request.decisions.map((d) => d.optionId).join(',') } as ScenarioInput;
      return { ok: true, problems: [] as Problem[], scenario };
    },
    debrief: async (_request, onProgress) => { h.debriefCalls++; onProgress(1, 3); onProgress(3, 3); return DEBRIEF; },
  };
  h.deps = {
    worker: async () => worker,
    exercises: new Map([
      ['drill', async () => JSON.stringify({ name: 'Drill', description: 'A short drill', hospital: 'general-hospital' })],
      ['other', async () => JSON.stringify({ name: 'Other', hospital: 'general-hospital' })],
    ]),
    hospitalId: () => h.hospital,
    openHospital: (id) => { h.openedHospitals.push(id); h.hospital = id; },
    whenReady: async (id) => id === null || id === h.hospital,
    run: async (settings, scenario) => {
      h.runs.push({ settings, scenario });
      if (h.holdRuns) await new Promise<void>((resolve) => pending.push(resolve));
      clock.newRun(settings.days * 1440);
      return { ok: true };
    },
    clock,
    now: () => new Date('2026-05-01T10:00:00Z'),
  };
  return h;
}

/** Resolves after pending promise callbacks have run. */
export const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
