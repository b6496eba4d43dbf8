import type { Problem } from '../../domain/problems';
import { DEFAULT_WALL_CONFIG, validateWallConfigText, type WallConfig } from '../../domain/wallConfig';
import { applyOverrides, parseWallParams, type WallProblem } from './wallParams';

/** Bundled wall configurations as lazily fetched asset URLs: models/wall/<id>.wall.json. */
const wallFiles = import.meta.glob<string>('/models/wall/*.wall.json', { query: '?url', import: 'default' });

export type UrlLoaders = Record<string, () => Promise<string>>;

/** `/models/wall/control-room.wall.json` → `control-room`. */
export function wallIdFromPath(path: string): string | undefined {
  return /\/models\/wall\/([^/]+)\.wall\.json$/.exec(path)?.[1];
}

export function availableWalls(files: UrlLoaders = wallFiles): string[] {
  return Object.keys(files).flatMap((p) => wallIdFromPath(p) ?? []).sort();
}

/** File problems as the wall shows them: the file name, the JSON path, line and column, the message. */
export function fileProblems(source: string, problems: readonly Problem[]): WallProblem[] {
  return problems.map((p) => ({
    source, where: p.path.map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i > 0 ? '.' : ''}${s}`)).join(''),
    ...(p.line !== undefined ? { line: p.line } : {}), ...(p.column !== undefined ? { column: p.column } : {}), message: p.message,
  }));
}

export interface LoadedWallConfig {
  wallId: string;
  /** The config in force: the file's (or the defaults when it is missing or invalid) with the URL's values. */
  config: WallConfig;
  problems: WallProblem[];
  available: string[];
}

/**
 * Reads `?wall=<id>` (default "default") and the other URL parameters, fetches and validates the file, and
 * never fails: an unknown id or an invalid file gives problems and the defaults; bad URL values are ignored.
 */
export async function loadWallConfig(search: string, files: UrlLoaders = wallFiles, fetchText: (url: string) => Promise<string> = defaultFetch): Promise<LoadedWallConfig> {
  const { wallId, overrides, problems } = parseWallParams(search);
  const available = availableWalls(files);
  const source = `models/wall/${wallId}.wall.json`;
  let base = DEFAULT_WALL_CONFIG;
  const loader = Object.entries(files).find(([path]) => wallIdFromPath(path) === wallId)?.[1];
  if (!loader) {
    problems.unshift({
      source, where: '',
      message: `there is no wall configuration "${wallId}"; available: ${available.join(', ') || 'none'}. Showing the defaults.`,
    });
  } else {
    try {
      const checked = validateWallConfigText(await fetchText(await loader()));
      if (checked.ok) base = checked.value;
      else problems.unshift(...fileProblems(source, checked.problems), { source, where: '', message: 'the file has problems: showing the defaults until it is fixed' });
    } catch (error) {
      problems.unshift({ source, where: '', message: `could not be read (${error instanceof Error ? error.message : String(error)}); showing the defaults` });
    }
  }
  return { wallId, config: applyOverrides(base, overrides), problems, available };
}

async function defaultFetch(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}
