import type { Problem } from '../../domain/problems';
import type { ScenarioCheck } from '../../protocol/api';
import { scenarioWorker } from '../../bridge/simClient';
import { decodeScenarioParam, loadDraft, saveDraft } from '../../bridge/scenarioLibrary';
import { openEditor, replaceDraft, scenarioStore, setProblems, type DraftOrigin, type ScenarioInput } from '../../bridge/scenarioStore';
import { isMetricColourBy, viewStore, type ColourBy } from '../../bridge/viewStore';

/** Validates JSON text in the worker (schema, then ids against the loaded model). */
export async function checkScenarioText(text: string): Promise<ScenarioCheck> {
  try {
    return await (await scenarioWorker()).validateScenario(text);
  } catch {
    return { ok: false, problems: [{ path: [], code: 'worker', message: 'the simulation worker is not available' }], checkedAgainstModel: false };
  }
}

/** Checks a scenario text and, only when it is valid, makes it the draft (undoable). Returns the problems. */
export async function adoptScenarioText(text: string, origin: Omit<DraftOrigin, 'name'> & { name?: string }): Promise<Problem[]> {
  const check = await checkScenarioText(text);
  if (!check.ok) return check.problems;
  const scenario = JSON.parse(text) as ScenarioInput;
  replaceDraft(scenario, { ...origin, name: origin.name ?? scenario.name });
  return [];
}

export async function importScenarioFile(file: File): Promise<Problem[]> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    return [{ path: [], code: 'read-failed', message: `could not read ${file.name}` }];
  }
  return adoptScenarioText(text, { kind: 'import' });
}

let validateTimer: ReturnType<typeof setTimeout> | null = null;
let validateSeq = 0;
let saveTimer: ReturnType<typeof setTimeout> | null = null;
let started = false;

/** Re-validates (debounced 150 ms) and autosaves (debounced 400 ms) the draft whenever it changes. */
export function startScenarioSync(): void {
  if (started) return;
  started = true;
  const validate = () => {
    const seq = ++validateSeq;
    setProblems(scenarioStore.getState().problems, true);
    void checkScenarioText(JSON.stringify(scenarioStore.getState().draft)).then((check) => {
      if (seq === validateSeq) setProblems(check.problems, false);
    });
  };
  scenarioStore.subscribe((s, previous) => {
    if (s.draft === previous.draft && s.origin === previous.origin && s.dirty === previous.dirty) return;
    if (s.draft !== previous.draft) {
      if (validateTimer !== null) clearTimeout(validateTimer);
      validateTimer = setTimeout(validate, 150);
    }
    if (saveTimer !== null) clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      const now = scenarioStore.getState();
      void saveDraft({ draft: now.draft, origin: now.origin, dirty: now.dirty, savedAt: new Date().toISOString() }).catch(() => undefined);
    }, 400);
  });
  // The model may load after the draft was checked: check again once the hospital is on screen.
  viewStore.subscribe((s, previous) => { if (s.hospital !== previous.hospital) setTimeout(validate, 500); });
  validate();
}

/** Restores the autosaved draft (not an undo step); then applies a share link, if the URL has one. */
export async function restoreSession(search: string): Promise<{ linkProblem: 'unreadable' | Problem[] | null }> {
  const saved = await loadDraft().catch(() => null);
  if (saved) scenarioStore.setState({ draft: saved.draft, origin: saved.origin, dirty: saved.dirty });
  const params = new URLSearchParams(search);
  applyViewParams(params);
  const value = params.get('scenario');
  if (!value) return { linkProblem: null };
  // The link has done its job once read: a reload must show the autosaved draft, not the link again.
  params.delete('scenario');
  const rest = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${rest ? `?${rest}` : ''}${location.hash}`);
  const text = await decodeScenarioParam(value);
  openEditor(true);
  if (text === null) return { linkProblem: 'unreadable' };
  const problems = await adoptScenarioText(text, { kind: 'link' });
  return { linkProblem: problems.length > 0 ? problems : null };
}

function applyViewParams(params: URLSearchParams): void {
  const colour = params.get('colour');
  const view = viewStore.getState();
  if (colour && (isMetricColourBy(colour) || colour === 'unitKind' || colour === 'roomKind')) view.setColourBy(colour as ColourBy);
  const floor = params.get('floor');
  if (!floor) return;
  let done = false;
  const setFloor = () => {
    const h = viewStore.getState().hospital;
    if (done || !h?.floors.some((f) => f.id === floor)) return done;
    done = true; // before setActiveFloor: it notifies subscribers, this one included
    viewStore.getState().setActiveFloor(floor);
    return true;
  };
  if (!setFloor()) {
    const stop = viewStore.subscribe(() => { if (setFloor()) stop(); });
  }
}
