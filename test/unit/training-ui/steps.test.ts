import { describe, expect, it } from 'vitest';
import { exerciseLoaders, exerciseIdFromPath, hospitalNamedIn, summaryOf } from '../../../src/bridge/training/catalogue';
import { buildDebriefExport, debriefFileName } from '../../../src/bridge/training/debriefExport';
import { runSettingsFor } from '../../../src/bridge/training/exerciseSettings';
import {
  checkpoints, clockAt, decisionsBefore, firstOpenDecision, nextStepAfter, previousCheckpoint, reachedCount, withDecision,
} from '../../../src/bridge/training/steps';
import { exerciseRunSettings } from '../../../src/sim/training/exerciseTime';
import { DEBRIEF, EXERCISE, TIMELINE } from './fakes';

describe('steps on the playback axis', () => {
  it('counts the steps reached, including one exactly at the playhead', () => {
    expect(reachedCount(TIMELINE, 0)).toBe(0);
    expect(reachedCount(TIMELINE, 5)).toBe(1);
    expect(reachedCount(TIMELINE, 59.9)).toBe(1);
    expect(reachedCount(TIMELINE, 60)).toBe(2);
    expect(reachedCount(TIMELINE, 1000)).toBe(3);
  });

  it('finds the first open decision and the next step', () => {
    expect(firstOpenDecision(TIMELINE, [])?.stepId).toBe('staff');
    expect(firstOpenDecision(TIMELINE, [{ decisionId: 'staff', optionId: 'call' }])).toBeUndefined();
    expect(nextStepAfter(TIMELINE, 5)?.stepId).toBe('staff');
    expect(nextStepAfter(TIMELINE, 180)).toBeUndefined();
  });

  it('offers the start and the steps reached as checkpoints; rewinding goes to the one before the playhead', () => {
    expect(checkpoints(TIMELINE, 2)).toEqual([{ minute: 0, stepId: null }, { minute: 5, stepId: 'crash' }, { minute: 60, stepId: 'staff' }]);
    expect(previousCheckpoint(TIMELINE, 2, 70)).toEqual({ minute: 60, stepId: 'staff' });
    expect(previousCheckpoint(TIMELINE, 2, 60)).toEqual({ minute: 5, stepId: 'crash' });
    expect(previousCheckpoint(TIMELINE, 0, 0)).toEqual({ minute: 0, stepId: null });
  });

  it('drops the decisions at or after a checkpoint and keeps choices in time order', () => {
    const timeline = [...TIMELINE, { stepId: 'late', kind: 'decision' as const, minute: 200 }];
    let decisions = withDecision(timeline, [], { decisionId: 'late', optionId: 'a' });
    decisions = withDecision(timeline, decisions, { decisionId: 'staff', optionId: 'none' });
    decisions = withDecision(timeline, decisions, { decisionId: 'staff', optionId: 'call' });
    expect(decisions.map((d) => `${d.decisionId}:${d.optionId}`)).toEqual(['staff:call', 'late:a']);
    expect(decisionsBefore(timeline, decisions, 200).map((d) => d.decisionId)).toEqual(['staff']);
    expect(decisionsBefore(timeline, decisions, 60)).toEqual([]);
  });

  it('gives the clock time of a minute from the start', () => {
    expect(clockAt('2026-11-23T14:00', 65).getHours()).toBe(15);
    expect(clockAt('2026-11-23T14:00', 65).getMinutes()).toBe(5);
  });
});

describe('run settings of an exercise', () => {
  it('match the engine (warm-up up to the start time of day) with frames on the start minute', () => {
    const engine = exerciseRunSettings(EXERCISE);
    const mine = runSettingsFor(EXERCISE);
    expect({ days: mine.days, warmupDays: mine.warmupDays, seed: mine.seed, replications: mine.replications, startDate: mine.startDate }).toEqual(engine);
    expect(mine.sampleIntervalMinutes).toBe(5);
    expect(runSettingsFor({ ...EXERCISE, start: { ...EXERCISE.start, dateTime: '2026-11-23T14:07' } }).sampleIntervalMinutes).toBe(1);
    expect(runSettingsFor({ ...EXERCISE, start: { ...EXERCISE.start, hours: 72, dateTime: '2026-11-23T07:30' } }).sampleIntervalMinutes).toBe(15);
  });
});

describe('exercise catalogue', () => {
  it('keeps only exercise files, sorted by id, and fetches them on demand', async () => {
    const fetched: string[] = [];
    const loaders = exerciseLoaders({
      '/models/exercises/winter.exercise.json': async () => '/assets/winter.json',
      '/models/exercises/ed.exercise.json': async () => '/assets/ed.json',
      '/models/exercises/readme.json': async () => '/assets/readme.json',
    }, async (url) => { fetched.push(url); return `{"name":"${url}"}`; });
    expect([...loaders.keys()]).toEqual(['ed', 'winter']);
    expect(fetched).toEqual([]);
    expect(summaryOf(await loaders.get('ed')!()).name).toBe('/assets/ed.json');
    expect(exerciseIdFromPath('models/exercises/a.b.exercise.json')).toBe('a.b');
  });

  it('reads the name and hospital of a text without trusting it', () => {
    expect(summaryOf('{ broken')).toEqual({ name: null, description: null });
    expect(summaryOf('{"name": 3, "description": "x"}')).toEqual({ name: null, description: 'x' });
    expect(hospitalNamedIn('{"hospital": "general-hospital"}')).toBe('general-hospital');
    expect(hospitalNamedIn('[1]')).toBeNull();
  });
});

describe('debrief export', () => {
  it('holds the exercise, the decisions, the three variants, the search and the time', () => {
    const decisions = [{ decisionId: 'staff', optionId: 'call', decidedAt: '2026-05-01T10:00:00.000Z' }];
    const out = JSON.parse(JSON.stringify(buildDebriefExport(EXERCISE, decisions, DEBRIEF, '2026-05-01T10:05:00.000Z'))) as Record<string, unknown>;
    expect(out).toMatchObject({ kind: 'debrief', exercise: { id: 'drill', name: 'Drill' }, decisions, generatedAt: '2026-05-01T10:05:00.000Z' });
    expect((out.variants as { id: string }[]).map((v) => v.id)).toEqual(['none', 'trainees', 'best']);
    expect(out.search).toEqual(DEBRIEF.search);
    expect(debriefFileName('drill', '2026-05-01T10:05:00.000Z')).toBe('drill.debrief.2026-05-01T10-05.json');
  });
});
