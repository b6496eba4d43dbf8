import { catalogueFromOperations, type CatalogueResource } from '../../protocol/kpi/resourceCatalogue';
import type { ScenarioInput } from '../scenarioStore';

/** What the wall reads from data files on the main thread (the worker validates them properly). */
const operationsUrls = import.meta.glob<string>('/models/operations/*.operations.json', { query: '?url', import: 'default' });
const scenarioUrls = import.meta.glob<string>('/models/scenarios/*.scenario.json', { query: '?url', import: 'default' });

export interface OperationsInfo {
  resources: CatalogueResource[];
  /** Day of the week at simulated minute 0 (0 = Monday), for lining the clock up with the arrival profiles. */
  startDayOfWeek: number;
}

/** The pools and first weekday of a hospital's operations model (empty pools when there is none). */
export async function loadOperationsInfo(hospitalId: string): Promise<OperationsInfo> {
  const resolve = operationsUrls[`/models/operations/${hospitalId}.operations.json`];
  if (!resolve) return { resources: [], startDayOfWeek: 0 };
  try {
    const response = await fetch(await resolve());
    const json: unknown = response.ok ? await response.json() : null;
    const day = (json as { startDayOfWeek?: unknown } | null)?.startDayOfWeek;
    return { resources: catalogueFromOperations(json), startDayOfWeek: typeof day === 'number' && day >= 0 && day <= 6 ? day : 0 };
  } catch {
    return { resources: [], startDayOfWeek: 0 };
  }
}

export const availableScenarios = (): string[] =>
  Object.keys(scenarioUrls).flatMap((p) => /\/([^/]+)\.scenario\.json$/.exec(p)?.[1] ?? []).sort();

export type ScenarioLoad = { ok: true; scenario: ScenarioInput } | { ok: false; message: string };

/** A scenario of models/scenarios by id (the worker checks it against the model when it runs). */
export async function loadScenarioById(id: string): Promise<ScenarioLoad> {
  const resolve = scenarioUrls[`/models/scenarios/${id}.scenario.json`];
  if (!resolve) return { ok: false, message: `there is no scenario "${id}"; available: ${availableScenarios().join(', ')}. Running without a scenario.` };
  try {
    const response = await fetch(await resolve());
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const json: unknown = await response.json();
    if (typeof json !== 'object' || json === null || (json as { kind?: unknown }).kind !== 'scenario') {
      return { ok: false, message: 'this file is not a scenario (expected "kind": "scenario"); running without a scenario' };
    }
    return { ok: true, scenario: json as ScenarioInput };
  } catch (error) {
    return { ok: false, message: `could not be read (${error instanceof Error ? error.message : String(error)}); running without a scenario` };
  }
}
