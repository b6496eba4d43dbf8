import { describe, expect, it } from 'vitest';
import { applyScenario } from '../../../src/sim/scenario/applyScenario';
import { validateScenario } from '../../../src/sim/scenario/validateScenario';
import { composeExercise, exerciseTimeline } from '../../../src/sim/training/composeExercise';
import { exerciseSchema, type Exercise } from '../../../src/sim/training/exerciseSchema';
import { exerciseRunSettings } from '../../../src/sim/training/exerciseTime';
import { sampleHospital, SHIPPED, shipped, smallExercise } from './trainingFixtures';

const small = (): Exercise => exerciseSchema.parse(smallExercise());
// Tuesday 12:00 with one warm-up day: the run starts Monday 00:00, so playback minute 0 is run day 1.5.
const WARMUP = 1.5;
const close = (a: number | undefined, b: number) => expect(a).toBeCloseTo(b, 9);

function composed(exercise: Exercise, decisions: { decisionId: string; optionId: string }[]) {
  const result = composeExercise(exercise, decisions);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

describe('exercise time', () => {
  it('starts the run at midnight so the model clock matches; steps sit on the playback axis', () => {
    const exercise = small();
    expect(exerciseRunSettings(exercise)).toEqual({ days: 1, warmupDays: WARMUP, seed: 11, replications: 4, startDate: '2026-11-24T12:00' });
    expect(exerciseTimeline(exercise)).toEqual([
      { stepId: 'crash', kind: 'inject', minute: 120 },
      { stepId: 'staff', kind: 'decision', minute: 180 },
      { stepId: 'beds', kind: 'decision', minute: 390 },
    ]);
  });

  it('orders steps given out of order by time', () => {
    const exercise = small();
    exercise.steps.reverse();
    expect(exerciseTimeline(exercise).map((s) => s.stepId)).toEqual(['crash', 'staff', 'beds']);
  });
});

describe('composeExercise', () => {
  it('places injects and taken options at their absolute times (days from the start of the run)', () => {
    const { scenario } = composed(small(), [{ decisionId: 'staff', optionId: 'team' }, { decisionId: 'beds', optionId: 'icu' }]);
    expect(scenario).toMatchObject({ schemaVersion: 2, kind: 'scenario', id: 'small' });
    const incident = scenario.arrivals?.incidents?.[0];
    expect(incident).toMatchObject({ id: 'crash-mci', patients: 10, overHours: 1 });
    close(incident?.atDay, WARMUP + 120 / 1440);
    const [nurses, physicians] = scenario.staffing ?? [];
    expect(nurses).toMatchObject({ resource: 'ed-bay-nurses', change: { add: 3 } });
    close(nurses.window?.startDay, WARMUP + 180 / 1440);
    close(nurses.window?.endDay, WARMUP + 180 / 1440 + 6 / 24);
    expect(physicians.resource).toBe('ed-physicians');
    // No forHours: until after the end of the run (1.5 + 1 days).
    const icu = scenario.beds?.[0];
    expect(icu).toMatchObject({ resource: 'icu-beds', change: { add: 4 }, reason: 'surge' });
    close(icu?.window?.startDay, WARMUP + 390 / 1440);
    expect(icu?.window?.endDay).toBeGreaterThan(WARMUP + 1);
  });

  it('adds a whole-run factor-1 surge for every class any option surges, in every variant', () => {
    for (const decisions of [[], [{ decisionId: 'staff', optionId: 'divert' }]]) {
      const surges = composed(small(), decisions).scenario.arrivals?.surges ?? [];
      expect(surges).toContainEqual({ startDay: 0, endDay: WARMUP + 1 + 1, factor: 1, classes: ['esi-3'] });
    }
    const divert = composed(small(), [{ decisionId: 'staff', optionId: 'divert' }]).scenario.arrivals?.surges?.[0];
    expect(divert?.factor).toBe(0.5);
    close(divert?.startDay, WARMUP + 240 / 1440);
    close(divert?.endDay, WARMUP + 480 / 1440);
  });

  it('sizes the pools any option opens the same in every variant (windows after the end of the run)', () => {
    const { model, operations, hospital } = sampleHospital();
    const counts = (decisions: { decisionId: string; optionId: string }[]) => {
      const applied = applyScenario(model, composed(small(), decisions).scenario);
      if (!applied.ok) throw new Error(JSON.stringify(applied.problems));
      return applied.value.resources.filter((r) => r.id === 'icu-beds' || r.id === 'ventilators').map((r) => r.itemCount);
    };
    const none = counts([]);
    expect(counts([{ decisionId: 'beds', optionId: 'icu' }])).toEqual(none);
    // A window longer than the run is cut at its end, so it never meets the sizing window.
    const long = small();
    const beds = long.steps[2];
    if (beds.kind === 'decision') beds.options[1].effect = { beds: [{ resource: 'icu-beds', change: { add: 4 }, forHours: 200 }] };
    const longCounts = (decisions: { decisionId: string; optionId: string }[]) => {
      const applied = applyScenario(model, composed(long, decisions).scenario);
      return applied.ok ? applied.value.resources.find((r) => r.id === 'icu-beds')?.itemCount : -1;
    };
    expect(longCounts([{ decisionId: 'beds', optionId: 'icu' }])).toBe(longCounts([]));
    expect(none[0]).toBeGreaterThanOrEqual(model.resources.find((r) => r.id === 'icu-beds')!.itemCount + 4);
    const neutral = composed(small(), []).scenario.beds ?? [];
    expect(neutral).toEqual([{ resource: 'icu-beds', change: { add: 4 }, window: { startDay: WARMUP + 1 + 2, endDay: WARMUP + 1 + 3 } }]);
    expect(validateScenario(composed(small(), []).scenario, { operations, hospital }).problems).toEqual([]);
  });

  it('keeps the start scenario first and as it is', () => {
    const exercise = small();
    exercise.start.scenario = { staffing: [{ role: 'nurse', change: { factor: 0.9 } }], arrivals: { multiplier: 1.1 } };
    const { scenario } = composed(exercise, [{ decisionId: 'staff', optionId: 'team' }]);
    expect(scenario.staffing?.[0]).toEqual({ role: 'nurse', change: { factor: 0.9 } });
    expect(scenario.arrivals?.multiplier).toBe(1.1);
    expect(scenario.staffing).toHaveLength(3);
  });

  it('reports unknown decisions and options, and a decision taken twice', () => {
    const result = composeExercise(small(), [
      { decisionId: 'staf', optionId: 'team' }, { decisionId: 'staff', optionId: 'everyone' },
      { decisionId: 'beds', optionId: 'icu' }, { decisionId: 'beds', optionId: 'none' },
    ]);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => [p.path.join('.'), p.code])).toEqual([
      ['decisions.0.decisionId', 'unknown-reference'], ['decisions.1.optionId', 'unknown-reference'], ['decisions.3.decisionId', 'duplicate-id'],
    ]);
    expect(result.problems[0].message).toBe('the exercise has no decision point "staf" (it has: staff, beds)');
  });

  it.each(SHIPPED)('composes every option of %s into a scenario the model accepts', (id) => {
    const { operations, hospital } = sampleHospital();
    const exercise = shipped(id);
    for (const step of exercise.steps) {
      if (step.kind !== 'decision') continue;
      for (const option of step.options) {
        const { scenario } = composed(exercise, [{ decisionId: step.id, optionId: option.id }]);
        expect(validateScenario(scenario, { operations, hospital }).problems).toEqual([]);
      }
    }
  });
});
