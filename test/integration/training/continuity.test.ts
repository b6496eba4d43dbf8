import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimApi } from '../../../workers/simApi';
import { decodeFrame } from '../../../src/protocol/snapshot';
import type { TakenDecision } from '../../../src/protocol/training';
import type { Exercise, ExerciseDecision, ExerciseEffect } from '../../../src/sim/training/exerciseSchema';
import { exerciseTimeline } from '../../../src/sim/training/composeExercise';
import { noActionOption } from '../../../src/sim/training/debrief';

/**
 * Continuity: the app re-runs the whole simulation from 0 when a decision is taken at minute T and continues
 * playback from T, so every frame before T must be byte-for-byte what the trainees already saw. Runs through
 * the worker API exactly as the app does (compose → load with the scenario → one recorded replication).
 */
const hospitalText = readFileSync('models/general-hospital.json', 'utf8');
const operationsText = readFileSync('models/operations/general-hospital.operations.json', 'utf8');
const EXERCISES = ['ed-mass-casualty', 'icu-epidemic-surge', 'winter-bed-crisis'];
/** The app's frame interval for exercises up to two days; the per-option sweep uses 15 to keep the suite quick. */
const APP_SAMPLE_MINUTES = 5;
const SWEEP_SAMPLE_MINUTES = 15;

const api = createSimApi();

async function framesFor(exercise: Exercise, decisions: TakenDecision[], sampleIntervalMinutes = SWEEP_SAMPLE_MINUTES): Promise<{ time: number; bytes: Uint8Array }[]> {
  await api.load({ hospitalText, operationsText });
  const composed = await api.composeExercise({ exercise, decisions });
  expect(composed.problems).toEqual([]);
  const loaded = await api.load({ hospitalText, operationsText, scenarioText: JSON.stringify(composed.scenario) });
  expect(loaded.problems).toEqual([]);
  const run = composed.run!;
  const frames: ArrayBuffer[] = [];
  await api.runReplications(
    { runId: 1, seed: run.seed, days: run.days, warmupDays: run.warmupDays, sampleIntervalMinutes, replications: [0], recordFramesFor: 0, framesPerBatch: 1000 },
    () => undefined, (_id, buffers) => { frames.push(...buffers); },
  );
  return frames.map((b) => ({ time: decodeFrame(b).time, bytes: new Uint8Array(b.slice(0)) }));
}

/** Frames strictly before minute T must be equal; returns how many frames after T differ. */
function compareAround(a: { time: number; bytes: Uint8Array }[], b: { time: number; bytes: Uint8Array }[], minute: number): number {
  expect(a.length).toBe(b.length);
  let differentAfter = 0;
  a.forEach((frame, k) => {
    const same = Buffer.compare(Buffer.from(frame.bytes), Buffer.from(b[k].bytes)) === 0;
    if (frame.time < minute) expect(same, `frame at minute ${frame.time} (decision at ${minute})`).toBe(true);
    else if (!same) differentAfter++;
  });
  return differentAfter;
}

function loadExercise(id: string): Exercise {
  return JSON.parse(readFileSync(`models/exercises/${id}.exercise.json`, 'utf8')) as Exercise;
}

/** A decision option with every kind of effect: staff, beds, equipment, an arrival surge and an incident. */
const EVERYTHING: ExerciseEffect = {
  staffing: [{ resource: 'ed-bay-nurses', change: { add: 3 }, forHours: 8 }],
  beds: [{ resource: 'ward-3a-beds', change: { add: 6 }, reason: 'surge' }, { resource: 'icu-beds', change: { add: -2 }, forHours: 6, reason: 'closure' }],
  equipment: [{ type: 'ventilator', unit: 'icu', change: { add: 3 }, afterHours: 1 }],
  surges: [{ factor: 1.8, classes: ['esi-2', 'esi-3'], forHours: 6 }],
  incidents: [{ id: 'bus', patients: 12, overHours: 1, acuityMix: { 'esi-2': 0.5, 'esi-3': 0.5 }, icuShare: 0.3, ventilatedShare: 0.5 }],
};

describe('a decision changes nothing the trainees saw before it (frames identical before T)', () => {
  it('with staffing, beds, equipment, surge and incident effects at once, and the future does change', async () => {
    const exercise = loadExercise('ed-mass-casualty');
    const first = exercise.steps.find((s): s is ExerciseDecision => s.kind === 'decision')!;
    first.options.push({ id: 'everything', label: 'Everything at once', effect: EVERYTHING });
    const minute = exerciseTimeline(exercise).find((s) => s.stepId === first.id)!.minute;
    const none = await framesFor(exercise, [], APP_SAMPLE_MINUTES);
    const taken = await framesFor(exercise, [{ decisionId: first.id, optionId: 'everything' }], APP_SAMPLE_MINUTES);
    expect(none.length).toBeGreaterThan(200);
    expect(compareAround(none, taken, minute)).toBeGreaterThan(10);
  });

  for (const id of EXERCISES) {
    it(`for every option of every decision point of ${id}`, async () => {
      const exercise = loadExercise(id);
      const timeline = exerciseTimeline(exercise);
      const decisions = timeline.filter((s) => s.kind === 'decision')
        .map((s) => exercise.steps.find((x): x is ExerciseDecision => x.kind === 'decision' && x.id === s.stepId)!);
      // Earlier decisions taken (their first option with an effect), later ones not yet.
      const earlier: TakenDecision[] = [];
      for (const decision of decisions) {
        const minute = timeline.find((s) => s.stepId === decision.id)!.minute;
        const reference = await framesFor(exercise, [...earlier, { decisionId: decision.id, optionId: noActionOption(decision) }]);
        for (const option of decision.options) {
          if (option.id === noActionOption(decision)) continue;
          const taken = await framesFor(exercise, [...earlier, { decisionId: decision.id, optionId: option.id }]);
          expect(compareAround(reference, taken, minute), `${decision.id}=${option.id} changes something after ${minute}`).toBeGreaterThan(0);
        }
        earlier.push({ decisionId: decision.id, optionId: decision.options.find((o) => o.id !== noActionOption(decision))!.id });
      }
    });
  }
});
