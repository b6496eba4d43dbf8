import type { ComparedScenario } from '../../bridge/compareClient';
import type { ScenarioInput } from '../../sim/scenario/scenarioSchema';

/** Preset scenario files (models/scenarios/*.json), fetched when the comparison panel first needs them. */
const presetFiles = import.meta.glob<unknown>('/models/scenarios/*.json', { import: 'default' });

/** A scenario the planner can tick: a preset, or one picked in the editor (scenarioStore.activeScenarios). */
export interface ScenarioChoice extends ComparedScenario { source: 'preset' | 'editor' }

function isScenario(value: unknown): value is ScenarioInput {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.kind === 'scenario' && typeof v.id === 'string' && typeof v.name === 'string';
}

/** The presets that look like scenarios (the worker validates them properly when the comparison runs). */
export async function loadPresetChoices(): Promise<ScenarioChoice[]> {
  const entries = await Promise.all(Object.entries(presetFiles).map(async ([path, load]) => {
    try {
      const value = await load();
      return isScenario(value) ? [{ id: `preset:${value.id}`, name: value.name, scenario: value, source: 'preset' as const, path }] : [];
    } catch {
      return [];
    }
  }));
  return entries.flat().sort((a, b) => a.path.localeCompare(b.path)).map(({ path: _path, ...choice }) => choice);
}

export function editorChoices(active: readonly ScenarioInput[]): ScenarioChoice[] {
  return active.map((s) => ({ id: `editor:${s.id}`, name: s.name, scenario: s, source: 'editor' as const }));
}
