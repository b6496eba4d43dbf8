import { z } from 'zod';
import { parseJsonWithPositions } from './parseJson';
import type { Problem, Result } from './problems';
import { thresholdsSchema, type Hospital, type Thresholds } from './schema';
import { UNIT_KINDS } from './vocabulary';
import { sortByDocumentOrder } from './validate';
import { zodIssuesToProblems } from './zodProblems';

/**
 * A wall display's configuration (models/wall/<id>.wall.json): which floors the tour visits, which unit groups
 * the KPI tiles show, how fast the tour, the tile cycle and the simulation go, threshold overrides, language,
 * an optional scenario and what the rooms are coloured by. Everything has a default, so `{ "schemaVersion": 1 }`
 * is a valid file. Pure: no DOM, no app imports.
 */
export const WALL_CONFIG_VERSION = 1;

/** Room colourings a wall can use (the names of src/bridge/viewStore.ts ColourBy). */
export const WALL_COLOUR_BY = ['occupancyPct', 'queue', 'staffLoad', 'waitMean', 'unitKind', 'roomKind'] as const;
export const WALL_LANGUAGES = ['en', 'es', 'pt-BR'] as const;

const id = z.string().min(1);

/** A KPI tile: the units it adds up, named by kind (all ICUs) or by id (one ward). */
export const wallGroupSchema = z.strictObject({
  id,
  /** Shown as written; without it a known id (ed, icu, wards, step-down, maternity) gets its translated name. */
  name: z.string().min(1).optional(),
  unitKinds: z.array(z.enum(UNIT_KINDS)).min(1).optional(),
  unitIds: z.array(id).min(1).optional(),
}).refine((g) => (g.unitKinds === undefined) !== (g.unitIds === undefined), { message: 'give either "unitKinds" or "unitIds" (one of the two)' });

const tourShape = z.strictObject({
  /** Seconds the tour stays on each floor. */
  secondsPerFloor: z.number().min(5).max(3600).default(40),
  /** Seconds the camera frames each unit in a warning or critical state, after its floor's turn. */
  alertPauseSeconds: z.number().min(5).max(3600).default(25),
  /** Slow orbit while on a floor, degrees per second (0 = still). */
  orbitDegreesPerSecond: z.number().min(0).max(30).default(4),
});
export const wallTourSchema = tourShape.prefault({});

const simulationShape = z.strictObject({
  /** Playback speed: simulated minutes per real second (1 = a simulated hour per real minute). */
  speed: z.number().gt(0).max(1440).default(5),
  /** Simulated days per run: at least 2, so there is always a 24-hour forecast ahead of the playhead. */
  days: z.number().min(2).max(14).default(2),
  replications: z.number().int().min(2).max(100).default(10),
  sampleIntervalMinutes: z.number().int().min(5).max(60).default(15),
  seed: z.number().int().nonnegative().default(20_260_101),
  /** The simulated history starts again (new seed) every this many weeks; a scenario replays with it. */
  loopWeeks: z.number().int().min(1).max(52).default(4),
});
export const wallSimulationSchema = simulationShape.prefault({});

/** Field schemas by JSON path, for values that come from elsewhere (URL parameters). */
export const WALL_FIELD_SCHEMAS = {
  'tour.secondsPerFloor': tourShape.shape.secondsPerFloor,
  'tour.alertPauseSeconds': tourShape.shape.alertPauseSeconds,
  'simulation.speed': simulationShape.shape.speed,
  'simulation.days': simulationShape.shape.days,
  'simulation.replications': simulationShape.shape.replications,
  cycleSeconds: z.number().min(5).max(600),
  language: z.enum(WALL_LANGUAGES),
} as const;

export const wallConfigSchema = z.strictObject({
  schemaVersion: z.literal(WALL_CONFIG_VERSION),
  /** Shown in the top bar under the hospital's name (e.g. "Command centre"). */
  name: z.string().min(1).optional(),
  description: z.string().optional(),
  /** Floor ids in tour order, or "all" (every floor, ground up). */
  floors: z.union([z.literal('all'), z.array(id).min(1)]).default('all'),
  groups: z.array(wallGroupSchema).min(1).max(8).optional(),
  tour: wallTourSchema,
  /** Seconds between "Now" and "Next 24 hours" on the tiles. */
  cycleSeconds: z.number().min(5).max(600).default(20),
  simulation: wallSimulationSchema,
  /** Over the hospital file's thresholds, same shape (per KPI warning / critical, byUnit overrides). */
  thresholds: thresholdsSchema.optional(),
  language: z.enum(WALL_LANGUAGES).optional(),
  /** A scenario id of models/scenarios (<id>.scenario.json). */
  scenario: id.optional(),
  colourBy: z.enum(WALL_COLOUR_BY).default('occupancyPct'),
});

export type WallGroup = z.infer<typeof wallGroupSchema>;
export type WallConfig = z.infer<typeof wallConfigSchema>;
export type WallConfigInput = z.input<typeof wallConfigSchema>;

/** Tiles when the file names none: one per bed unit kind (a kind the hospital lacks is left out). */
export const DEFAULT_WALL_GROUPS: WallGroup[] = [
  { id: 'ed', unitKinds: ['emergency'] },
  { id: 'icu', unitKinds: ['icu'] },
  { id: 'wards', unitKinds: ['ward'] },
  { id: 'step-down', unitKinds: ['step-down'] },
  { id: 'maternity', unitKinds: ['maternity'] },
];

export const DEFAULT_WALL_CONFIG: WallConfig = wallConfigSchema.parse({ schemaVersion: WALL_CONFIG_VERSION });

/** Validates the text of a wall file; every problem at once, with its JSON path, line and column. */
export function validateWallConfigText(text: string): Result<WallConfig> {
  const parsed = parseJsonWithPositions(text);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const checked = validateWallConfig(parsed.value);
  if (checked.ok) return checked;
  const positions = parsed.locateAll(checked.problems.map((p) => p.path));
  return { ok: false, problems: checked.problems.map((p, i) => ({ ...p, ...positions[i] })) };
}

/** Validates already-parsed data (no line and column). */
export function validateWallConfig(data: unknown): Result<WallConfig> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, problems: [{ path: [], code: 'wrong-type', message: 'expected a JSON object describing a wall display' }] };
  }
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > WALL_CONFIG_VERSION) {
    return { ok: false, problems: [{ path: ['schemaVersion'], code: 'version-too-new', message: `this file is schema version ${version}; this app reads version ${WALL_CONFIG_VERSION}: update Hospital Twin` }] };
  }
  const parsed = wallConfigSchema.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data, problems: [] };
  return { ok: false, problems: sortByDocumentOrder(zodIssuesToProblems(parsed.error.issues, data), data) };
}

/**
 * Checks a valid config against the hospital on screen: unknown floor and unit ids are problems (with close
 * matches suggested) and are left out, so the wall still runs on what does exist.
 */
export function checkWallConfigAgainst(config: WallConfig, hospital: Hospital): { config: WallConfig; problems: Problem[] } {
  const problems: Problem[] = [];
  const floorIds = new Set(hospital.floors.map((f) => f.id));
  const unitIds = new Set(hospital.units.map((u) => u.id));
  const known = (ids: Set<string>) => [...ids].slice(0, 12).join(', ');
  let floors = config.floors;
  if (floors !== 'all') {
    floors.forEach((f, i) => {
      if (!floorIds.has(f)) problems.push({ path: ['floors', i], code: 'unknown-reference', message: `unknown floor "${f}"; this hospital's floors are: ${known(floorIds)}` });
    });
    const kept = floors.filter((f) => floorIds.has(f));
    floors = kept.length > 0 ? kept : 'all';
  }
  const groups = config.groups?.map((g, gi) => {
    if (!g.unitIds) return g;
    g.unitIds.forEach((u, ui) => {
      if (!unitIds.has(u)) problems.push({ path: ['groups', gi, 'unitIds', ui], code: 'unknown-reference', message: `unknown unit "${u}"; this hospital's units include: ${known(unitIds)}` });
    });
    const kept = g.unitIds.filter((u) => unitIds.has(u));
    return kept.length > 0 ? { ...g, unitIds: kept } : null;
  }).filter((g): g is WallGroup => g !== null);
  return { config: { ...config, floors, ...(groups ? { groups: groups.length > 0 ? groups : undefined } : {}) }, problems };
}

/** The wall's thresholds over the hospital file's: per metric the wall wins; byUnit merges unit by unit. */
export function mergeThresholds(hospital: Thresholds | undefined, wall: Thresholds | undefined): Thresholds | undefined {
  if (!wall) return hospital;
  if (!hospital) return wall;
  const byUnit: NonNullable<Thresholds['byUnit']> = { ...hospital.byUnit };
  for (const [unitId, set] of Object.entries(wall.byUnit ?? {})) byUnit[unitId] = { ...byUnit[unitId], ...set };
  return { ...hospital, ...wall, byUnit };
}
