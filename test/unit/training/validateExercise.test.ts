import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPath, type Problem } from '../../../src/domain/problems';
import type { ExerciseInput } from '../../../src/sim/training/exerciseSchema';
import { validateExercise } from '../../../src/sim/training/validateExercise';
import { sampleHospital, SHIPPED, shippedText, smallExercise } from './trainingFixtures';

const context = () => ({ operations: sampleHospital().operations, hospital: sampleHospital().hospital });
const problemsOf = (input: unknown): Problem[] => {
  const result = validateExercise(input, context());
  return result.ok ? [] : result.problems;
};
const at = (problems: Problem[], path: string) => problems.filter((p) => formatPath(p.path) === path);
function edited(edit: (e: ExerciseInput) => void): ExerciseInput {
  const exercise = smallExercise();
  edit(exercise);
  return exercise;
}
const decision = (e: ExerciseInput, i: number) => {
  const step = e.steps[i];
  if (step.kind !== 'decision') throw new Error('not a decision');
  return step;
};

describe('validateExercise', () => {
  it.each(SHIPPED)('accepts the shipped exercise %s with zero problems', (id) => {
    const result = validateExercise(shippedText(id), context());
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('accepts the small test exercise and fills in defaults', () => {
    const input = edited((e) => { delete (e.start as { seed?: number }).seed; });
    const result = validateExercise(input, context());
    expect(result.problems).toEqual([]);
    if (result.ok) expect(result.value.start.seed).toBe(2026);
  });

  it('reports schema problems with JSON paths and, for text, line and column', () => {
    const text = JSON.stringify(edited((e) => {
      (e.steps[1] as { narration?: string }).narration = undefined;
      decision(e, 2).options[1].effect = { beds: [{ resource: 'icu-beds', change: { set: 3 } as unknown as { add: number } }] };
      (e.start as { hours: unknown }).hours = 'a day';
    }), null, 2);
    const problems = problemsOf(text);
    expect(at(problems, 'steps[1].narration')[0].message).toBe('missing field "narration"');
    expect(at(problems, 'start.hours')[0].message).toMatch(/expected a number/);
    expect(at(problems, 'steps[2].options[1].effect.beds[0].change').length).toBe(1);
    for (const p of problems) {
      expect(p.line).toBeGreaterThan(1);
      expect(p.column).toBeGreaterThan(0);
    }
  });

  it('names an unknown step kind and a file that is not an object', () => {
    const kind = problemsOf(edited((e) => { (e.steps[0] as { kind: string }).kind = 'announcement'; }));
    expect(at(kind, 'steps[0].kind')[0].message).toMatch(/inject.*decision/);
    expect(problemsOf('[1, 2]')[0].message).toBe('expected a JSON object describing a training exercise');
    expect(problemsOf('{ "schemaVersion": 1, ')[0].code).toBe('invalid-json');
  });

  it('reports steps before the start and after the end in plain words', () => {
    const problems = problemsOf(edited((e) => {
      e.steps[0].at = '11:05';
      decision(e, 2).day = 1;
      decision(e, 2).at = '13:00';
    }));
    expect(at(problems, 'steps[0].at')[0].message).toBe('11:05 on day 0 is before the exercise starts at 12:00 on day 0');
    expect(at(problems, 'steps[2].at')[0].message).toBe('13:00 on day 1 is not before the exercise ends at 12:00 on day 1 (it lasts 24 hours)');
  });

  it('accepts steps out of time order but not two decisions at the same minute', () => {
    const swapped = edited((e) => { e.steps.reverse(); });
    expect(problemsOf(swapped)).toEqual([]);
    const same = problemsOf(edited((e) => { decision(e, 2).at = '15:00'; }));
    expect(at(same, 'steps[2].at')[0]).toMatchObject({ code: 'same-time' });
    expect(at(same, 'steps[2].at')[0].message).toMatch(/"beds" is at the same time as decision "staff" \(15:00 on day 0\)/);
  });

  it('reports duplicate step ids and duplicate option ids', () => {
    const problems = problemsOf(edited((e) => {
      e.steps[2].id = 'staff';
      decision(e, 1).options[2].id = 'team';
    }));
    expect(at(problems, 'steps[2].id')[0].message).toBe('another step is also called "staff"');
    expect(at(problems, 'steps[1].options[2].id')[0].message).toBe('another option of this decision is also called "team"');
  });

  it('checks every id of every effect against the model, at the path inside the exercise', () => {
    const problems = problemsOf(edited((e) => {
      decision(e, 1).options[1].effect = { staffing: [{ resource: 'ed-bay-nurses', change: { add: 1 } }, { unit: 'ward-9z', role: 'nurse', change: { add: 1 } }] };
      decision(e, 1).options[2].effect = { surges: [{ factor: 0.5, classes: ['esi-3', 'esi-9'] }] };
      decision(e, 2).options[1].effect = { equipment: [{ resource: 'icu-beds', change: { add: 1 } }] };
      e.steps[0] = { ...e.steps[0], effect: { incidents: [{ id: 'x', patients: 3, overHours: 1, acuityMix: { trauma: 1 } }] } } as ExerciseInput['steps'][number];
    }));
    expect(at(problems, 'steps[1].options[1].effect.staffing[1].unit')[0].message).toMatch(/^unknown unit "ward-9z"/);
    expect(at(problems, 'steps[1].options[2].effect.surges[0].classes[1]')[0].message).toMatch(/^unknown patient class "esi-9"/);
    expect(at(problems, 'steps[2].options[1].effect.equipment[0].resource')[0].message).toBe('"icu-beds" is a bed pool, not a equipment pool');
    expect(at(problems, 'steps[0].effect.incidents[0].acuityMix.trauma')[0].code).toBe('unknown-reference');
  });

  it('rejects a surge on a class that arrives by schedule, saying what to do instead', () => {
    const problems = problemsOf(edited((e) => { decision(e, 1).options[2].effect = { surges: [{ factor: 0, classes: ['elective-surgery'] }] }; }));
    expect(at(problems, 'steps[1].options[2].effect.surges[0].classes[0]')[0].message).toMatch(/arrives by appointment.*close operating rooms/);
  });

  it('checks the start scenario, the hospital and the weekday', () => {
    const problems = problemsOf(edited((e) => {
      e.hospital = 'city-clinic';
      e.start.dateTime = '2026-11-26T12:00';
      e.start.scenario = { beds: [{ resource: 'icu-bedz', change: { add: 2 } }] };
    }));
    expect(at(problems, 'hospital')[0].message).toBe('this exercise is written for hospital "city-clinic", but the loaded model is hospital "general-hospital"');
    expect(at(problems, 'start.dateTime')[0].message).toBe(
      "2026-11-26 is a Thursday, but the model's runs start on a Monday, so with warmupDays 1 the exercise day is a Tuesday: pick a Tuesday, or set warmupDays to 3 (or 10, …)",
    );
    expect(at(problems, 'start.scenario.beds[0].resource')[0].code).toBe('unknown-reference');
  });

  it('reports incident ids that would clash in the composed scenario and effects that start after the end', () => {
    const problems = problemsOf(edited((e) => {
      e.steps[0] = { kind: 'inject', id: 'a', at: '14:00', title: 'T', narration: 'N', effect: { incidents: [{ id: 'b-c', patients: 2, overHours: 1, acuityMix: { 'esi-2': 1 } }] } };
      e.steps.push({ kind: 'inject', id: 'a-b', at: '16:00', title: 'T', narration: 'N', effect: { incidents: [{ id: 'c', patients: 2, overHours: 1, acuityMix: { 'esi-2': 1 } }], beds: [{ resource: 'icu-beds', change: { add: 1 }, afterHours: 30 }] } });
    }));
    expect(at(problems, 'steps[3].effect.incidents[0].id')[0].message).toMatch(/already has a wave or incident "a-b-c"/);
    expect(at(problems, 'steps[3].effect.beds[0].afterHours')[0].message).toBe('this change would start after the exercise has ended');
  });

  it('lists duplicate debrief KPIs', () => {
    const problems = problemsOf(edited((e) => { e.debrief.kpis = ['lwbs', 'edWaitMean', 'lwbs']; }));
    expect(at(problems, 'debrief.kpis[2]')[0].message).toBe('"lwbs" is listed twice');
  });

  it('shows every problem of the broken fixture at once, schema and semantic, with lines', () => {
    const text = readFileSync('test/fixtures/exercises/broken.exercise.json', 'utf8');
    const problems = problemsOf(text);
    expect(problems.map((p) => formatPath(p.path))).toEqual(expect.arrayContaining([
      'steps[1].narration', 'steps[0].at', 'steps[2].options[1].effect.beds[0].resource', 'steps[3].at', 'steps[3].options[1].id',
    ]));
    expect(problems.length).toBeGreaterThanOrEqual(3);
    expect(problems.every((p) => p.line !== undefined)).toBe(true);
    expect(at(problems, 'steps[2].options[1].effect.beds[0].resource')[0].message).toMatch(/"ward-9z-beds"/);
  });
});
