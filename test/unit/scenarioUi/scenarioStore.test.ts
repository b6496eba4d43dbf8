import { beforeEach, describe, expect, it } from 'vitest';
import {
  addActiveScenario, getAt, MAX_ACTIVE_SCENARIOS, newScenario, redo, replaceDraft, scenarioStore, setAt, setDraftValue, setScenarioClock, undo,
} from '../../../src/bridge/scenarioStore';

let now = 0;
beforeEach(() => {
  now = 0;
  setScenarioClock(() => now);
  scenarioStore.setState({ draft: newScenario(), undoStack: [], redoStack: [], dirty: false, activeScenarios: [] });
});

describe('path helpers', () => {
  it('sets nested values with structural sharing and creates missing containers', () => {
    const root = { a: { b: 1 }, c: { d: 2 } };
    const next = setAt(root, ['a', 'b'], 5);
    expect(next).toEqual({ a: { b: 5 }, c: { d: 2 } });
    expect(next.c).toBe(root.c);
    expect(root.a.b).toBe(1);
    expect(setAt({}, ['list', 0, 'x'], 1)).toEqual({ list: [{ x: 1 }] });
  });

  it('deletes keys and array elements with undefined', () => {
    expect(setAt({ a: 1, b: 2 }, ['a'], undefined)).toEqual({ b: 2 });
    expect(setAt({ l: [1, 2, 3] }, ['l', 1], undefined)).toEqual({ l: [1, 3] });
    expect(getAt({ l: [{ x: 4 }] }, ['l', 0, 'x'])).toBe(4);
    expect(getAt({ l: [] }, ['l', 3, 'x'])).toBeUndefined();
  });
});

describe('undo / redo commands', () => {
  it('undoes and redoes one edit', () => {
    setDraftValue(['arrivals', 'multiplier'], 1.2);
    expect(scenarioStore.getState().draft.arrivals?.multiplier).toBe(1.2);
    expect(scenarioStore.getState().dirty).toBe(true);
    undo();
    expect(scenarioStore.getState().draft.arrivals?.multiplier).toBeUndefined();
    redo();
    expect(scenarioStore.getState().draft.arrivals?.multiplier).toBe(1.2);
  });

  it('merges quick edits of the same path (a slider drag) into one step, but not slow ones', () => {
    setDraftValue(['name'], 'A');
    now = 100;
    setDraftValue(['name'], 'AB');
    now = 200;
    setDraftValue(['name'], 'ABC');
    expect(scenarioStore.getState().undoStack).toHaveLength(1);
    now = 5000;
    setDraftValue(['name'], 'ABCD');
    expect(scenarioStore.getState().undoStack).toHaveLength(2);
    undo();
    expect(scenarioStore.getState().draft.name).toBe('ABC');
    undo();
    expect(scenarioStore.getState().draft.name).toBe('New scenario');
  });

  it('ignores edits that change nothing and clears redo on a new edit', () => {
    setDraftValue(['name'], 'New scenario');
    expect(scenarioStore.getState().undoStack).toHaveLength(0);
    setDraftValue(['id'], 'x');
    undo();
    setDraftValue(['name'], 'other');
    expect(scenarioStore.getState().redoStack).toHaveLength(0);
  });

  it('makes loading a preset one undoable step', () => {
    setDraftValue(['name'], 'mine');
    const preset = { ...newScenario(), id: 'wave', name: 'Wave', arrivals: { multiplier: 2 } };
    replaceDraft(preset, { kind: 'preset', name: 'Wave' });
    expect(scenarioStore.getState().draft).toEqual(preset);
    expect(scenarioStore.getState().origin.kind).toBe('preset');
    undo();
    expect(scenarioStore.getState().draft.name).toBe('mine');
  });
});

describe('active scenarios for comparison', () => {
  it('keeps at most four, the newest last, one per id', () => {
    for (let i = 0; i < 6; i++) addActiveScenario({ ...newScenario(), id: `s${i}` });
    addActiveScenario({ ...newScenario(), id: 's3', name: 'again' });
    const ids = scenarioStore.getState().activeScenarios.map((s) => s.id);
    expect(ids).toHaveLength(MAX_ACTIVE_SCENARIOS);
    expect(ids).toEqual(['s2', 's4', 's5', 's3']);
  });
});
