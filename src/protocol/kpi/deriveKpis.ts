import type { Unit } from '../../domain/schema';
import type { ThresholdMetric } from '../../domain/schema';
import { evaluate, thresholdFor, type ResolvedThreshold, type ResolvedThresholds, type ThresholdState } from '../../domain/thresholds';
import type { ExperimentResult } from '../../sim';
import { atLeastZero, combine, fromInterval, ratio, scale, type KpiInterval } from './kpiIntervals';
import type { CatalogueResource } from './resourceCatalogue';

/** How a KPI value is written: the formatter picks the number style and unit word. */
export type KpiUnit = 'patients' | 'percent' | 'minutes' | 'hoursPerDay' | 'patientsPerDay' | 'beds' | 'places' | 'staff' | 'count';

/** A translatable text: an i18n key of the "kpi" namespace and its parameters. */
export interface KpiText { key: string; params?: Record<string, string | number> }

/** A further figure on a tile; `outOf` writes "16.9 of 24 places". */
export interface KpiFigure { label: KpiText; value: KpiInterval; unit: KpiUnit; outOf?: number }

export interface KpiTileModel {
  id: string;
  label: KpiText;
  /** Plain-words explanation (tooltip). */
  help: KpiText;
  value: KpiInterval;
  unit: KpiUnit;
  /** Further figures on the tile, each with its own interval. */
  details: KpiFigure[];
  state: ThresholdState;
  /** The limit that decided the state (for the tooltip); null when there is none. */
  limit: { metric: ThresholdMetric; threshold: ResolvedThreshold; unit: KpiUnit } | null;
}

export interface KpiInputs {
  result: ExperimentResult;
  resources: readonly CatalogueResource[];
  units: readonly Unit[];
  thresholds: ResolvedThresholds;
}

const SEVERITY: Record<ThresholdState, number> = { unknown: 0, normal: 1, warning: 2, critical: 3 };
const worse = (a: ThresholdState, b: ThresholdState): ThresholdState => (SEVERITY[b] > SEVERITY[a] ? b : a);

/** The unit groups shown as census tiles, in this order; wards are summed into one tile (the ICU has its own). */
const CENSUS_GROUPS = [
  { id: 'ed', kinds: ['emergency'] },
  { id: 'wards', kinds: ['ward'] },
  { id: 'step-down', kinds: ['step-down'] },
  { id: 'maternity', kinds: ['maternity'] },
] as const;

interface Census { census: KpiInterval; capacity: KpiInterval; free: KpiInterval; occupancy: KpiInterval; hasRooms: boolean }

/**
 * Census of some units: patients in their bed and room pools (time-weighted mean), staffed capacity (Σ of the
 * pools' time-weighted open and staffed places), free = capacity − census, occupancy = census / capacity.
 */
function censusOf(inputs: KpiInputs, unitIds: ReadonlySet<string>): Census | null {
  const { result, resources } = inputs;
  const pools = resources.filter((r) => (r.kind === 'bed' || r.kind === 'room') && r.unitId !== null && unitIds.has(r.unitId) && result.resources[r.id]);
  const measured = [...unitIds].filter((u) => result.units[u]);
  if (pools.length === 0 || measured.length === 0) return null;
  const census = combine(measured.map((u) => [1, fromInterval(result.units[u].occupancyMean)] as const));
  const capacity = combine(pools.map((p) => [1, fromInterval(result.resources[p.id].onDutyMean)] as const));
  const free = atLeastZero(combine([[1, capacity], [-1, census]]));
  return { census, capacity, free, occupancy: ratio(census, capacity), hasRooms: pools.some((p) => p.kind === 'room') };
}

function freeFigure(c: Census): KpiFigure {
  return { label: { key: 'detail.free' }, value: c.free, unit: c.hasRooms ? 'places' : 'beds', outOf: Math.round(c.capacity.mean) };
}

function graded(inputs: KpiInputs, metric: ThresholdMetric, value: number, unit: KpiUnit, unitId?: string) {
  const threshold = thresholdFor(inputs.thresholds, metric, unitId);
  return { state: evaluate(value, threshold), limit: threshold ? { metric, threshold, unit } : null };
}

function censusTiles(inputs: KpiInputs, groupIds: ReadonlyArray<(typeof CENSUS_GROUPS)[number]['id']>): KpiTileModel[] {
  const tiles: KpiTileModel[] = [];
  for (const group of CENSUS_GROUPS.filter((g) => groupIds.includes(g.id))) {
    const members = inputs.units.filter((u) => (group.kinds as readonly string[]).includes(u.kind));
    const c = censusOf(inputs, new Set(members.map((u) => u.id)));
    if (!c) continue;
    // One unit: its own override applies; a group of wards uses the hospital-wide threshold.
    const unitId = members.length === 1 ? members[0].id : undefined;
    const placeUnit: KpiUnit = c.hasRooms ? 'places' : 'beds';
    const byOccupancy = graded(inputs, 'unitOccupancy', c.occupancy.mean, 'percent', unitId);
    const byFree = graded(inputs, 'freeBeds', c.free.mean, placeUnit, unitId);
    const state = worse(byOccupancy.state, byFree.state);
    tiles.push({
      id: `census:${group.id}`,
      label: { key: `tile.census.${group.id}`, params: { count: members.length } },
      help: { key: 'help.census' },
      value: c.census, unit: 'patients',
      details: [freeFigure(c)],
      state,
      limit: state === byFree.state && state !== byOccupancy.state ? byFree.limit : byOccupancy.limit,
    });
  }
  return tiles;
}

/** ICU occupancy (the issue's own KPI) with the ICU's census and free beds. */
function icuOccupancyTile(inputs: KpiInputs): KpiTileModel[] {
  const icuUnits = inputs.units.filter((u) => u.kind === 'icu');
  const c = censusOf(inputs, new Set(icuUnits.map((u) => u.id)));
  if (!c) return [];
  const unitId = icuUnits.length === 1 ? icuUnits[0].id : undefined;
  const byOccupancy = graded(inputs, 'unitOccupancy', c.occupancy.mean, 'percent', unitId);
  const byFree = graded(inputs, 'freeBeds', c.free.mean, c.hasRooms ? 'places' : 'beds', unitId);
  const state = worse(byOccupancy.state, byFree.state);
  return [{
    id: 'icuOccupancy', label: { key: 'tile.icuOccupancy' }, help: { key: 'help.icuOccupancy' },
    value: c.occupancy, unit: 'percent',
    details: [{ label: { key: 'detail.census' }, value: c.census, unit: 'patients' }, freeFigure(c)],
    state,
    limit: state === byFree.state && state !== byOccupancy.state ? byFree.limit : byOccupancy.limit,
  }];
}

function edTiles(inputs: KpiInputs): KpiTileModel[] {
  const { result } = inputs;
  const edUnits = new Set(inputs.units.filter((u) => u.kind === 'emergency').map((u) => u.id));
  const edPools = inputs.resources.filter((r) => r.unitId !== null && edUnits.has(r.unitId) && result.resources[r.id]);
  const tiles: KpiTileModel[] = [];
  if (edPools.length > 0) {
    const waiting = combine(edPools.map((p) => [1, fromInterval(result.resources[p.id].queueMean)] as const));
    tiles.push({
      id: 'edWaiting', label: { key: 'tile.edWaiting' }, help: { key: 'help.edWaiting' }, value: waiting, unit: 'patients', details: [],
      ...graded(inputs, 'edWaitingPatients', waiting.mean, 'patients'),
    });
  }
  const k = result.kpis;
  if (k.edArrivals && k.edArrivals.mean > 0) {
    const boarding = fromInterval(k.boardingHoursPerDay);
    tiles.push({
      id: 'edBoarding', label: { key: 'tile.edBoarding' }, help: { key: 'help.edBoarding' }, value: boarding, unit: 'hoursPerDay',
      details: [{ label: { key: 'detail.boardedPerDay' }, value: scale(fromInterval(k.boardedPatients), 1 / Math.max(1, result.days)), unit: 'patientsPerDay' }],
      ...graded(inputs, 'edBoardingHoursPerDay', boarding.mean, 'hoursPerDay'),
    });
    const waitMean = fromInterval(k.edWaitMean);
    tiles.push({
      id: 'edWaitMean', label: { key: 'tile.edWaitMean' }, help: { key: 'help.edWaitMean' }, value: waitMean, unit: 'minutes', details: [],
      ...graded(inputs, 'edWaitMinutes', waitMean.mean, 'minutes'),
    });
    const waitP90 = fromInterval(k.edWaitP90);
    tiles.push({
      id: 'edWaitP90', label: { key: 'tile.edWaitP90' }, help: { key: 'help.edWaitP90' }, value: waitP90, unit: 'minutes', details: [],
      ...graded(inputs, 'edWaitP90Minutes', waitP90.mean, 'minutes'),
    });
  }
  return tiles;
}

const isVentilatorPool = (r: CatalogueResource): boolean =>
  r.kind === 'equipment' && (r.equipmentType === 'ventilator' || (r.equipmentType === null && /ventilator/i.test(r.id)));

/** In use = Σ time-weighted busy items; free = Σ (items not failed or closed − in use), so items being cleaned count as free. */
function ventilatorTile(inputs: KpiInputs): KpiTileModel[] {
  const pools = inputs.resources.filter((r) => isVentilatorPool(r) && inputs.result.resources[r.id]);
  if (pools.length === 0) return [];
  const inUse = combine(pools.map((p) => [1, fromInterval(inputs.result.resources[p.id].occupancyMean)] as const));
  const available = combine(pools.map((p) => [1, fromInterval(inputs.result.resources[p.id].onDutyMean)] as const));
  const free = atLeastZero(combine([[1, available], [-1, inUse]]));
  return [{
    id: 'ventilators', label: { key: 'tile.ventilators' }, help: { key: 'help.ventilators' }, value: inUse, unit: 'count',
    details: [{ label: { key: 'detail.free' }, value: free, unit: 'count', outOf: Math.round(available.mean) }],
    ...graded(inputs, 'ventilatorsFree', free.mean, 'count'),
  }];
}

/**
 * Staff short, summed over staff pools: staff needed − staff on duty, never below 0 per pool. Needed = staff busy
 * + patients waiting for that staff + for each bed pool it staffs at a ratio, (patients in and waiting for those
 * beds) ÷ patients per staff. All are time-weighted means over the measured period.
 */
export function staffingShortfall(inputs: Pick<KpiInputs, 'result' | 'resources'>): KpiInterval | null {
  const { result, resources } = inputs;
  const staffPools = resources.filter((r) => r.kind === 'staff' && result.resources[r.id]);
  if (staffPools.length === 0) return null;
  const perPool = staffPools.map((s) => {
    const own = result.resources[s.id];
    const wards = resources.filter((b) => b.staffedBy?.staff === s.id && result.resources[b.id]);
    const terms: Array<readonly [number, KpiInterval]> = [[-1, fromInterval(own.onDutyMean)]];
    if (wards.length > 0) {
      for (const b of wards) {
        const per = 1 / (b.staffedBy?.patientsPerStaff ?? 1);
        terms.push([per, fromInterval(result.resources[b.id].occupancyMean)], [per, fromInterval(result.resources[b.id].queueMean)]);
      }
    } else {
      terms.push([1, fromInterval(own.occupancyMean)]);
    }
    terms.push([1, fromInterval(own.queueMean)]);
    return [1, atLeastZero(combine(terms))] as const;
  });
  return combine(perPool);
}

function staffingTile(inputs: KpiInputs): KpiTileModel[] {
  const shortfall = staffingShortfall(inputs);
  if (!shortfall) return [];
  return [{
    id: 'staffingShortfall', label: { key: 'tile.staffingShortfall' }, help: { key: 'help.staffingShortfall' }, value: shortfall, unit: 'staff',
    details: [], ...graded(inputs, 'staffingShortfall', shortfall.mean, 'staff'),
  }];
}

function throughputTile(inputs: KpiInputs): KpiTileModel[] {
  const throughput = fromInterval(inputs.result.kpis.throughputPerDay);
  return [{
    id: 'throughput', label: { key: 'tile.throughput' }, help: { key: 'help.throughput' }, value: throughput, unit: 'patientsPerDay',
    details: [{ label: { key: 'detail.arrivalsPerDay' }, value: fromInterval(inputs.result.kpis.arrivalsPerDay), unit: 'patientsPerDay' }],
    ...graded(inputs, 'throughputPerDay', throughput.mean, 'patientsPerDay'),
  }];
}

/**
 * Every KPI tile for a finished run, in display order (emergency flow, critical care, inpatient beds, staff,
 * throughput). Pure: the same inputs always give the same tiles.
 */
export function deriveKpiTiles(inputs: KpiInputs): KpiTileModel[] {
  const tiles = [
    ...censusTiles(inputs, ['ed']),
    ...edTiles(inputs),
    ...icuOccupancyTile(inputs),
    ...ventilatorTile(inputs),
    ...censusTiles(inputs, ['wards', 'step-down', 'maternity']),
    ...staffingTile(inputs),
    ...throughputTile(inputs),
  ];
  // Every KPI here is a count, time, rate or share: a t-interval reaching below 0 is cut at 0.
  return tiles.map((t) => ({ ...t, value: atLeastZero(t.value), details: t.details.map((d) => ({ ...d, value: atLeastZero(d.value) })) }));
}
