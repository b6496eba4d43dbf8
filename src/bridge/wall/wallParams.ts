import type { z } from 'zod';
import { WALL_FIELD_SCHEMAS, type WallConfig } from '../../domain/wallConfig';
import { zodIssuesToProblems } from '../../domain/zodProblems';

/**
 * The wall display's URL parameters (`?mode=wall&wall=<id>&floors=f1,f3&speed=5&tour=20&…`). Each value is
 * checked with the same rules as the config file; a bad value is reported (by parameter name) and ignored,
 * the others still apply.
 */

/** A problem the wall shows in large type: where (file + JSON path + line, or URL parameter) and what. */
export interface WallProblem {
  /** "models/wall/default.wall.json", "URL", "scenario epidemic-wave", "hospital". */
  source: string;
  /** "tour.secondsPerFloor", "?speed", "" for the whole file. */
  where: string;
  line?: number;
  column?: number;
  message: string;
}

export const DEFAULT_WALL_ID = 'default';

/** Parameter → config path, for the numeric and language values. */
const VALUE_PARAMS = {
  speed: 'simulation.speed',
  days: 'simulation.days',
  replications: 'simulation.replications',
  tour: 'tour.secondsPerFloor',
  pause: 'tour.alertPauseSeconds',
  cycle: 'cycleSeconds',
  lang: 'language',
} as const satisfies Record<string, keyof typeof WALL_FIELD_SCHEMAS>;

/** What the URL changes over the config file. `scenario: null` = "no scenario" (`scenario=none`). */
export interface WallOverrides {
  floors?: WallConfig['floors'];
  speed?: number;
  days?: number;
  replications?: number;
  tour?: number;
  pause?: number;
  cycle?: number;
  lang?: WallConfig['language'];
  scenario?: string | null;
}

export interface WallParams { wallId: string; overrides: WallOverrides; problems: WallProblem[] }

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

function urlProblem(name: string, value: string, message: string): WallProblem {
  return { source: 'URL', where: `?${name}=${value}`, message };
}

function checkValue(name: keyof typeof VALUE_PARAMS, raw: string): { value?: number | string; problem?: WallProblem } {
  const schema: z.ZodType = WALL_FIELD_SCHEMAS[VALUE_PARAMS[name]];
  const candidate = name === 'lang' ? raw : Number(raw);
  if (typeof candidate === 'number' && (raw.trim() === '' || !Number.isFinite(candidate))) {
    return { problem: urlProblem(name, raw, `"${raw}" is not a number`) };
  }
  const parsed = schema.safeParse(candidate);
  if (parsed.success) return { value: parsed.data as number | string };
  const [first] = zodIssuesToProblems(parsed.error.issues.map((i) => ({ ...i, path: [name] })), { [name]: candidate });
  return { problem: urlProblem(name, raw, first?.message ?? 'not a valid value') };
}

/** Reads the wall's parameters from a query string (`location.search`). */
export function parseWallParams(search: string): WallParams {
  const query = new URLSearchParams(search);
  const problems: WallProblem[] = [];
  const overrides: WallOverrides = {};
  let wallId = DEFAULT_WALL_ID;
  const wall = query.get('wall')?.trim();
  if (wall) {
    if (ID_PATTERN.test(wall)) wallId = wall;
    else problems.push(urlProblem('wall', wall, 'a wall configuration id uses letters, digits, ".", "_" and "-" only'));
  }
  const floors = query.get('floors')?.trim();
  if (floors) {
    const ids = floors.split(',').map((f) => f.trim()).filter((f) => f !== '');
    if (floors.toLowerCase() === 'all') overrides.floors = 'all';
    else if (ids.length > 0) overrides.floors = ids;
    else problems.push(urlProblem('floors', floors, 'list floor ids separated by commas, or "all"'));
  }
  for (const name of Object.keys(VALUE_PARAMS) as (keyof typeof VALUE_PARAMS)[]) {
    const raw = query.get(name);
    if (raw === null) continue;
    const { value, problem } = checkValue(name, raw.trim());
    if (problem) problems.push(problem);
    else if (name === 'lang') overrides.lang = value as WallConfig['language'];
    else overrides[name] = value as number;
  }
  const scenario = query.get('scenario')?.trim();
  if (scenario) {
    if (scenario === 'none') overrides.scenario = null;
    else if (ID_PATTERN.test(scenario)) overrides.scenario = scenario;
    else problems.push(urlProblem('scenario', scenario, 'a scenario id uses letters, digits, ".", "_" and "-" only (the file name in models/scenarios without .scenario.json)'));
  }
  return { wallId, overrides, problems };
}

/** The config with the URL's values over it. */
export function applyOverrides(config: WallConfig, o: WallOverrides): WallConfig {
  return {
    ...config,
    ...(o.floors !== undefined ? { floors: o.floors } : {}),
    ...(o.cycle !== undefined ? { cycleSeconds: o.cycle } : {}),
    ...(o.lang !== undefined ? { language: o.lang } : {}),
    ...(o.scenario !== undefined ? { scenario: o.scenario ?? undefined } : {}),
    tour: {
      ...config.tour,
      ...(o.tour !== undefined ? { secondsPerFloor: o.tour } : {}),
      ...(o.pause !== undefined ? { alertPauseSeconds: o.pause } : {}),
    },
    simulation: {
      ...config.simulation,
      ...(o.speed !== undefined ? { speed: o.speed } : {}),
      ...(o.days !== undefined ? { days: o.days } : {}),
      ...(o.replications !== undefined ? { replications: o.replications } : {}),
    },
  };
}
