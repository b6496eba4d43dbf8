/**
 * THE SCENARIO STORE — shared contract between the scenario editor (src/ui/scenario) and the comparison
 * (src/ui/compare). Main thread only; the scenario itself is plain JSON (types from src/sim/scenario, type-only).
 *
 *   scenarioStore.getState():
 *     draft: ScenarioInput            the scenario being edited (never undefined; starts as an empty scenario)
 *     origin: DraftOrigin             where the draft came from ({ kind: 'new' | 'preset' | 'saved' | 'import' | 'link', name, savedId? })
 *     dirty: boolean                  changed since it was loaded / saved ("unsaved changes")
 *     undoStack / redoStack           ScenarioCommand[] ({ type: 'set', path, before, after, label })
 *     activeScenarios: ScenarioInput[] up to MAX_ACTIVE_SCENARIOS (4) scenarios picked for comparison
 *     applied: ScenarioInput | null   the scenario the current run uses (null = baseline), set by simClient
 *     problems: Problem[]             the draft's validation problems (from the worker), paths into the draft
 *     validating: boolean
 *     editorOpen: boolean             the editor panel is shown
 *
 *   Actions (plain functions, all synchronous):
 *     setDraftValue(path, value, label?)  one undoable edit; consecutive edits of the same path within
 *                                         MERGE_MS merge into one command (a slider drag is one undo step)
 *     replaceDraft(draft, origin)         undoable: load a preset / saved / imported scenario as the draft
 *     undo(), redo(), canUndo(), canRedo()
 *     markSaved(origin)                   after saving: dirty = false
 *     addActiveScenario(s), removeActiveScenario(index), clearActiveScenarios()
 *     setApplied(s | null), setProblems(problems, validating), openEditor(open)
 * Subscribe with useScenario(selector) in React, or scenarioStore.subscribe outside it.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Problem, ProblemPath } from '../domain/problems';
import type { ScenarioInput } from '../sim/scenario/scenarioSchema';

export type { ScenarioInput };

export const MAX_ACTIVE_SCENARIOS = 4;
export const MERGE_MS = 800;

export interface DraftOrigin {
  kind: 'new' | 'preset' | 'saved' | 'import' | 'link';
  /** The name shown in the "Scenario: …" badge (the draft's own name may have been edited since). */
  name: string;
  /** Library key when it came from (or was saved to) the library. */
  savedId?: string;
}

/** One edit, three.js-editor style: set `path` from `before` to `after` (undefined = absent). Path [] = whole draft. */
export interface ScenarioCommand {
  type: 'set';
  path: ProblemPath;
  before: unknown;
  after: unknown;
  label: string;
  /** performance.now()-like time of the last merged edit. */
  at: number;
}

export interface ScenarioState {
  draft: ScenarioInput;
  origin: DraftOrigin;
  dirty: boolean;
  undoStack: ScenarioCommand[];
  redoStack: ScenarioCommand[];
  activeScenarios: ScenarioInput[];
  applied: ScenarioInput | null;
  problems: Problem[];
  validating: boolean;
  editorOpen: boolean;
}

export function newScenario(): ScenarioInput {
  return { schemaVersion: 2, kind: 'scenario', id: 'my-scenario', name: 'New scenario' };
}

export const scenarioStore = createStore<ScenarioState>()(() => ({
  draft: newScenario(),
  origin: { kind: 'new', name: 'New scenario' },
  dirty: false,
  undoStack: [],
  redoStack: [],
  activeScenarios: [],
  applied: null,
  problems: [],
  validating: false,
  editorOpen: false,
}));

export function useScenario<T>(selector: (s: ScenarioState) => T): T {
  return useStore(scenarioStore, selector);
}

type Json = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Json {
  return typeof value === 'object' && value !== null;
}

/** The value at a path (undefined when any step is missing). */
export function getAt(root: unknown, path: ProblemPath): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (!isContainer(node)) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/**
 * A copy of root with the value at path set (structural sharing: only the containers on the path are copied).
 * undefined deletes an object key (and removes an array element). Missing containers are created.
 */
export function setAt<T>(root: T, path: ProblemPath, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path;
  const container: Json = isContainer(root) ? root : typeof key === 'number' ? [] : {};
  const child = (container as Record<string | number, unknown>)[key];
  const next = rest.length === 0 ? value : setAt(child, rest, value);
  if (Array.isArray(container)) {
    const copy = [...container];
    if (next === undefined && typeof key === 'number') copy.splice(key, 1);
    else copy[key as number] = next;
    return copy as T;
  }
  const copy: Record<string, unknown> = { ...container };
  if (next === undefined) delete copy[key as string];
  else copy[key as string] = next;
  return copy as T;
}

const samePath = (a: ProblemPath, b: ProblemPath) => a.length === b.length && a.every((k, i) => k === b[i]);

let clock: () => number = () => Date.now();
/** Test hook: a fake clock for merging. */
export function setScenarioClock(now: () => number): void {
  clock = now;
}

function apply(draft: ScenarioInput, path: ProblemPath, value: unknown): ScenarioInput {
  return setAt(draft, path, value);
}

/** One undoable edit of the draft. Edits of the same path in quick succession merge into one undo step. */
export function setDraftValue(path: ProblemPath, value: unknown, label = ''): void {
  const s = scenarioStore.getState();
  const before = getAt(s.draft, path);
  if (JSON.stringify(before) === JSON.stringify(value)) return;
  const now = clock();
  const last = s.undoStack[s.undoStack.length - 1];
  const draft = apply(s.draft, path, value);
  if (last && path.length > 0 && samePath(last.path, path) && now - last.at < MERGE_MS) {
    const merged = { ...last, after: value, at: now };
    scenarioStore.setState({ draft, dirty: true, redoStack: [], undoStack: [...s.undoStack.slice(0, -1), merged] });
    return;
  }
  const command: ScenarioCommand = { type: 'set', path: [...path], before, after: value, label, at: now };
  scenarioStore.setState({ draft, dirty: true, redoStack: [], undoStack: [...s.undoStack, command].slice(-200) });
}

/** Loads a whole scenario as the draft (undoable, one step). */
export function replaceDraft(next: ScenarioInput, origin: DraftOrigin): void {
  const s = scenarioStore.getState();
  const command: ScenarioCommand = { type: 'set', path: [], before: s.draft, after: next, label: origin.name, at: 0 };
  scenarioStore.setState({
    draft: next, origin, dirty: origin.kind === 'import' || origin.kind === 'link',
    redoStack: [], undoStack: [...s.undoStack, command].slice(-200),
  });
}

export function canUndo(): boolean {
  return scenarioStore.getState().undoStack.length > 0;
}

export function canRedo(): boolean {
  return scenarioStore.getState().redoStack.length > 0;
}

export function undo(): void {
  const s = scenarioStore.getState();
  const command = s.undoStack[s.undoStack.length - 1];
  if (!command) return;
  scenarioStore.setState({
    draft: apply(s.draft, command.path, command.before), dirty: true,
    undoStack: s.undoStack.slice(0, -1), redoStack: [...s.redoStack, { ...command, at: 0 }],
  });
}

export function redo(): void {
  const s = scenarioStore.getState();
  const command = s.redoStack[s.redoStack.length - 1];
  if (!command) return;
  scenarioStore.setState({
    draft: apply(s.draft, command.path, command.after), dirty: true,
    redoStack: s.redoStack.slice(0, -1), undoStack: [...s.undoStack, { ...command, at: 0 }],
  });
}

export function markSaved(origin: DraftOrigin): void {
  scenarioStore.setState({ origin, dirty: false });
}

export function addActiveScenario(scenario: ScenarioInput): void {
  const list = scenarioStore.getState().activeScenarios;
  scenarioStore.setState({ activeScenarios: [...list.filter((s) => s.id !== scenario.id), scenario].slice(-MAX_ACTIVE_SCENARIOS) });
}

export function removeActiveScenario(index: number): void {
  scenarioStore.setState({ activeScenarios: scenarioStore.getState().activeScenarios.filter((_, i) => i !== index) });
}

export function clearActiveScenarios(): void {
  scenarioStore.setState({ activeScenarios: [] });
}

export function setApplied(scenario: ScenarioInput | null): void {
  scenarioStore.setState({ applied: scenario });
}

export function setProblems(problems: Problem[], validating = false): void {
  scenarioStore.setState({ problems, validating });
}

export function openEditor(open: boolean): void {
  scenarioStore.setState({ editorOpen: open });
}
