import { readFileSync } from 'node:fs';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import * as Comlink from 'comlink';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimApi } from '../../../workers/simApi';
import type { SimWorkerApi } from '../../../src/protocol/api';
import type { DebriefResponse, DebriefVariant, PairedEstimate } from '../../../src/protocol/training';
import { exerciseSchema, type Exercise } from '../../../src/sim/training/exerciseSchema';
import { hospitalText, operationsText, smallExercise } from './trainingFixtures';

// The worker's training methods as the app calls them: comlink over a MessageChannel, progress as a proxy.
const channel = new MessageChannel();
const endpoint = (port: MessagePort) => port as unknown as Comlink.Endpoint;
Comlink.expose(createSimApi(), endpoint(channel.port1));
const api = Comlink.wrap<SimWorkerApi>(endpoint(channel.port2));
afterAll(() => { api[Comlink.releaseProxy](); channel.port1.close(); channel.port2.close(); });

const exercise: Exercise = exerciseSchema.parse(smallExercise());
const byId = (r: DebriefResponse, id: DebriefVariant['id']) => r.variants.find((v) => v.id === id)!;
const contains = (p: PairedEstimate | undefined) => p !== undefined && p.lo <= p.diff + 1e-9 && p.diff <= p.hi + 1e-9;

describe('training methods of the worker', () => {
  it('say when no model is loaded', async () => {
    const fresh = createSimApi();
    const check = await fresh.checkExercise(JSON.stringify(smallExercise()));
    expect(check.ok).toBe(false);
    expect(check.problems.map((p) => p.code)).toEqual(['no-model']);
    expect((await fresh.composeExercise({ exercise, decisions: [] })).problems[0].code).toBe('no-model');
  });

  describe('with the sample hospital loaded (and a scenario loaded for running)', () => {
    beforeAll(async () => {
      const scenarioText = readFileSync('models/scenarios/nurse-sick-calls.scenario.json', 'utf8');
      expect((await api.load({ hospitalText, operationsText, scenarioText })).ok).toBe(true);
    });

    it('checkExercise validates against the baseline model and returns the timeline and run settings', async () => {
      const check = await api.checkExercise(readFileSync('models/exercises/ed-mass-casualty.exercise.json', 'utf8'));
      expect(check.problems).toEqual([]);
      expect(check.ok).toBe(true);
      expect(check.exercise?.id).toBe('ed-mass-casualty');
      expect(check.timeline[0]).toEqual({ stepId: 'crash', kind: 'inject', minute: 125 });
      expect(check.run).toEqual({ days: 1, warmupDays: 1.5, seed: 2026, replications: 20, startDate: '2026-11-24T12:00' });
    });

    it('checkExercise lists the broken fixture’s problems', async () => {
      const check = await api.checkExercise(readFileSync('test/fixtures/exercises/broken.exercise.json', 'utf8'));
      expect(check.ok).toBe(false);
      expect(check.exercise).toBeNull();
      expect(check.timeline).toEqual([]);
      expect(check.problems.length).toBeGreaterThanOrEqual(3);
    });

    it('composeExercise returns the scenario to run, or problems for unknown choices', async () => {
      const ok = await api.composeExercise({ exercise, decisions: [{ decisionId: 'staff', optionId: 'team' }] });
      expect(ok.ok).toBe(true);
      expect(ok.scenario?.staffing?.[0]).toMatchObject({ resource: 'ed-bay-nurses' });
      expect(ok.timeline?.map((s) => s.stepId)).toEqual(['crash', 'staff', 'beds']);
      const bad = await api.composeExercise({ exercise, decisions: [{ decisionId: 'staff', optionId: 'nobody' }] });
      expect(bad.ok).toBe(false);
      expect(bad.scenario).toBeNull();
      expect(bad.problems[0].path).toEqual(['decisions', 0, 'optionId']);
    });

    it('debrief: three variants under common random numbers, trainees = none without decisions, best ≤ none', async () => {
      const progress: [number, number][] = [];
      const response = await api.debrief({ exercise, decisions: [] }, Comlink.proxy((done: number, total: number) => { progress.push([done, total]); }));
      await new Promise((resolve) => setTimeout(resolve, 20)); // late progress messages
      expect(response.problems).toEqual([]);
      expect(response.variants.map((v) => v.id)).toEqual(['none', 'trainees', 'best']);
      const none = byId(response, 'none');
      const trainees = byId(response, 'trainees');
      const best = byId(response, 'best');
      expect(trainees.score).toEqual(none.score);
      expect(trainees.kpis).toEqual(none.kpis);
      expect(trainees.vsNone?.score?.diff).toBe(0);
      expect(best.score.mean).toBeLessThanOrEqual(none.score.mean);
      expect(none.choices).toEqual([{ decisionId: 'staff', optionId: 'none' }, { decisionId: 'beds', optionId: 'none' }]);
      expect(Object.keys(none.kpis).sort()).toEqual(['boardingHours', 'edWaitMean', 'lwbs']);
      expect(none.score.n).toBe(4);
      expect(none.score.lo).toBeLessThanOrEqual(none.score.mean);
      expect(none.score.hi).toBeGreaterThanOrEqual(none.score.mean);
      for (const v of [trainees, best]) {
        expect(contains(v.vsNone?.score)).toBe(true);
        for (const name of ['edWaitMean', 'lwbs', 'boardingHours'] as const) expect(contains(v.vsNone?.[name])).toBe(true);
      }
      // Greedy search: none, then 2 + 1 alternatives; the trainees' variant is none again (cached).
      expect(response.search).toEqual({ method: 'greedy-in-time-order', variantsEvaluated: 4, replications: 4 });
      expect(progress.length).toBeGreaterThan(0);
      expect(progress.at(-1)).toEqual([5, 5]);
      for (let k = 1; k < progress.length; k++) expect(progress[k][0]).toBeGreaterThanOrEqual(progress[k - 1][0]);
    });

    it('debrief: the trainees’ choices are kept with their times and the objective is the weighted sum', async () => {
      const decidedAt = '2026-03-01T10:15:00.000Z';
      const response = await api.debrief({ exercise, decisions: [{ decisionId: 'staff', optionId: 'team', decidedAt }], replications: 3 }, Comlink.proxy(() => undefined));
      const trainees = byId(response, 'trainees');
      expect(trainees.choices).toEqual([{ decisionId: 'staff', optionId: 'team', decidedAt }, { decisionId: 'beds', optionId: 'none' }]);
      const k = trainees.kpis;
      expect(trainees.score.mean).toBeCloseTo(k.edWaitMean!.mean + 2 * k.lwbs!.mean, 6);
      expect(trainees.score.n).toBe(3);
      // More ED staff in an incident cannot make the wait to be seen longer under common random numbers.
      expect(trainees.vsNone?.edWaitMean?.diff).toBeLessThan(0);
    });

    it('debrief: unknown decisions are problems, not silently ignored', async () => {
      const response = await api.debrief({ exercise, decisions: [{ decisionId: 'beds', optionId: 'ward' }] }, Comlink.proxy(() => undefined));
      expect(response.ok).toBe(false);
      expect(response.variants).toEqual([]);
      expect(response.problems[0].message).toMatch(/no option "ward"/);
    });
  });
});
