import { describe, expect, it } from 'vitest';
import { TrainingSession } from '../../../src/bridge/training/trainingSession';
import { createTrainingStore } from '../../../src/bridge/training/trainingStore';
import { DEBRIEF, EXERCISE, harness, settle, type Harness } from './fakes';

async function readySession(h: Harness = harness()): Promise<{ h: Harness; session: TrainingSession }> {
  const session = new TrainingSession(h.deps, createTrainingStore());
  session.attach();
  await session.openFromSearch('?mode=training&exercise=drill');
  return { h, session };
}

async function atDecision(): Promise<{ h: Harness; session: TrainingSession }> {
  const ready = await readySession();
  ready.session.start();
  ready.h.clock.advance(30);
  ready.h.clock.advance(45); // passes 15:00 (minute 60)
  return ready;
}

describe('training session: loading', () => {
  it('shows the picker with names and descriptions when no exercise is named', async () => {
    const h = harness();
    const session = new TrainingSession(h.deps, createTrainingStore());
    await session.openFromSearch('?mode=training');
    const s = session.store.getState();
    expect(s.phase).toBe('picker');
    expect(s.catalogue).toEqual([
      { id: 'drill', name: 'Drill', description: 'A short drill' },
      { id: 'other', name: 'Other', description: null },
    ]);
  });

  it('says so for an unknown id and lists the bundled ones', async () => {
    const h = harness();
    const session = new TrainingSession(h.deps, createTrainingStore());
    await session.openFromSearch('?exercise=nope');
    expect(session.store.getState().phase).toBe('not-found');
    expect(session.store.getState().requestedId).toBe('nope');
    expect(session.store.getState().catalogue.map((e) => e.id)).toEqual(['drill', 'other']);
    expect(h.checks).toEqual([]);
  });

  it('checks the exercise, runs it with the exercise settings and no decision, then is ready', async () => {
    const { h, session } = await readySession();
    const s = session.store.getState();
    expect(s.phase).toBe('ready');
    expect(s.exercise?.id).toBe('drill');
    expect(h.composed).toEqual([{ exercise: EXERCISE, decisions: [] }]);
    expect(h.runs[0].settings).toEqual({ days: 0.25, replications: 4, seed: 7, warmupDays: 1 + 14 / 24, startDate: '2026-11-23T14:00', sampleIntervalMinutes: 5 });
    expect(h.openedHospitals).toEqual([]);
  });

  it('loads the hospital an exercise is written for before checking it', async () => {
    const h = harness();
    h.hospital = 'small-clinic';
    await readySession(h);
    expect(h.openedHospitals).toEqual(['general-hospital']);
    expect(h.checks).toHaveLength(1);
  });

  it('keeps the current exercise when a broken file is opened, and lists its problems', async () => {
    const { h, session } = await readySession();
    session.start();
    h.check = { ok: false, problems: [{ path: ['steps', 1, 'at'], code: 'invalid', message: 'must be "HH:MM"', line: 12, column: 9 }], exercise: null, timeline: [] };
    await session.openFile('mine.exercise.json', '{"name":"Mine"}');
    const s = session.store.getState();
    expect(s.problems).toHaveLength(1);
    expect(s.problemsSource).toBe('mine.exercise.json');
    expect(s.exercise?.id).toBe('drill');
    expect(s.phase).toBe('running');
    session.dismissProblems();
    expect(session.store.getState().problems).toEqual([]);
  });

  it('ends the exercise on screen when a file for another hospital is opened, and shows its problems', async () => {
    const { h, session } = await readySession();
    h.check = { ok: false, problems: [{ path: ['steps', 0, 'at'], code: 'invalid-format', message: 'bad time' }], exercise: null, timeline: [] };
    await session.openFile('clinic.exercise.json', JSON.stringify({ hospital: 'small-clinic' }));
    const s = session.store.getState();
    expect(h.openedHospitals).toEqual(['small-clinic']);
    expect(s.exercise).toBeNull();
    expect(s.phase).toBe('invalid');
    expect(s.problems.map((p) => p.message)).toEqual(['bad time']);
  });

  it('says so when the hospital an exercise names cannot be opened', async () => {
    const h = harness();
    h.deps.openHospital = (id) => { h.openedHospitals.push(id); }; // the hospital never arrives
    h.hospital = 'general-hospital';
    h.deps.exercises = new Map([['drill', async () => JSON.stringify({ hospital: 'missing-hospital' })]]);
    const session = new TrainingSession(h.deps, createTrainingStore());
    await session.openFromSearch('?exercise=drill');
    expect(session.store.getState().phase).toBe('invalid');
    expect(session.store.getState().message).toEqual({ key: 'message.hospitalMissing', params: { hospital: 'missing-hospital' } });
    expect(h.checks).toEqual([]);
  });

  it('starts as soon as the simulation is ready when Start was pressed while preparing', async () => {
    const h = harness();
    h.holdRuns = true;
    const session = new TrainingSession(h.deps, createTrainingStore());
    session.attach();
    const opened = session.openFromSearch('?exercise=drill');
    await settle();
    expect(session.store.getState().phase).toBe('preparing');
    session.start();
    h.release();
    await opened;
    expect(session.store.getState().phase).toBe('running');
    expect(h.clock.playing).toBe(true);
  });
});

describe('training session: running', () => {
  it('narrates the injects it passes and holds exactly at a decision point', async () => {
    const { h, session } = await readySession();
    session.start();
    expect(h.clock.playing).toBe(true);
    h.clock.advance(10);
    expect(session.store.getState().reached).toBe(1);
    h.clock.advance(70); // 10 → 80 passes the decision at 60
    const s = session.store.getState();
    expect(h.clock.time).toBe(60);
    expect(h.clock.playing).toBe(false);
    expect(s.pendingDecisionId).toBe('staff');
    expect(s.reached).toBe(2);
    session.togglePause();
    expect(h.clock.playing).toBe(false); // cannot resume past an open decision
    expect(session.nextStep()).toBeUndefined();
  });

  it('sets the clock\'s stop point at the open decision, so playing never shows a time past it', async () => {
    const { h, session } = await readySession();
    session.start();
    h.clock.advance(59.5);
    expect(h.clock.stopAt).toBe(60);
    h.clock.advance(0.5);
    expect(h.clock.playing).toBe(false);
    expect(h.clock.time).toBe(60);
    expect(session.store.getState().pendingDecisionId).toBe('staff');
  });

  it('records a choice, re-runs with it and resumes from the decision minute', async () => {
    const { h, session } = await atDecision();
    await session.choose('call');
    const s = session.store.getState();
    expect(s.decisions).toEqual([{ decisionId: 'staff', optionId: 'call', decidedAt: '2026-05-01T10:00:00.000Z' }]);
    expect(h.composed.at(-1)?.decisions).toEqual(s.decisions);
    expect(h.runs).toHaveLength(2);
    expect(h.clock.time).toBe(60);
    expect(h.clock.playing).toBe(true);
    expect(s.phase).toBe('running');
    expect(s.pendingDecisionId).toBeNull();
    h.clock.advance(200);
    expect(session.store.getState().reached).toBe(3);
  });

  it('keeps the decision open when the re-run fails, with a message', async () => {
    const { h, session } = await atDecision();
    h.deps.run = async () => ({ ok: false, status: 'error', problems: [] });
    await session.choose('call');
    const s = session.store.getState();
    expect(s.decisions).toEqual([]);
    expect(s.message?.key).toBe('message.runFailed');
    expect(s.pendingDecisionId).toBe('staff');
    expect(h.clock.playing).toBe(false);
  });

  it('goes to the next step with "Next inject", keeping play or pause', async () => {
    const { h, session } = await readySession();
    session.start();
    h.clock.pause();
    session.nextInject();
    expect(h.clock.time).toBe(5);
    expect(h.clock.playing).toBe(false);
    expect(session.store.getState().reached).toBe(1);
    session.nextInject();
    expect(h.clock.time).toBe(60);
    expect(session.store.getState().pendingDecisionId).toBe('staff');
  });

  it('rewinds to a checkpoint: decisions at or after it are dropped and the simulation re-runs', async () => {
    const { h, session } = await atDecision();
    await session.choose('call');
    h.clock.advance(150); // 60 → 210: past the update at 180
    expect(session.store.getState().reached).toBe(3);
    await session.rewindTo({ minute: 180, stepId: 'update' });
    expect(h.runs).toHaveLength(2); // nothing dropped: no re-run
    expect(h.clock.time).toBe(180);
    expect(h.clock.playing).toBe(false);
    await session.rewindTo({ minute: 60, stepId: 'staff' });
    expect(session.store.getState().decisions).toEqual([]);
    expect(h.runs).toHaveLength(3);
    expect(h.composed.at(-1)?.decisions).toEqual([]);
    expect(h.clock.time).toBe(60);
    expect(session.store.getState().pendingDecisionId).toBe('staff'); // asked again
  });
});

describe('training session: end and debrief', () => {
  it('ends at the end of the exercise and computes the debrief once for the same decisions', async () => {
    const { h, session } = await atDecision();
    await session.choose('call');
    h.clock.advance(400);
    let s = session.store.getState();
    expect(s.phase).toBe('ended');
    expect(s.debriefOpen).toBe(true);
    await settle();
    s = session.store.getState();
    expect(s.debrief.status).toBe('done');
    expect(s.debrief.response).toBe(DEBRIEF);
    expect(s.debrief.done).toBe(3);
    expect(s.debrief.generatedAt).toBe('2026-05-01T10:00:00.000Z');
    session.closeDebrief();
    await session.openDebrief();
    expect(h.debriefCalls).toBe(1);
    expect(session.store.getState().debriefOpen).toBe(true);
  });

  it('recomputes the debrief when the decisions changed after a rewind', async () => {
    const { h, session } = await atDecision();
    await session.choose('call');
    session.endExercise();
    await settle();
    expect(h.debriefCalls).toBe(1);
    await session.rewindTo({ minute: 0, stepId: null });
    expect(session.store.getState().phase).toBe('running');
    expect(session.store.getState().debriefOpen).toBe(false);
    session.endExercise();
    await settle();
    expect(h.debriefCalls).toBe(2);
    expect(session.store.getState().debrief.decisionsKey).toBe('[]');
  });
});
