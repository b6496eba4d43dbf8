import type { Unit } from '../../../src/domain/schema';
import { KPI_NAMES, type ExperimentResult, type ResourceSummary } from '../../../src/sim';
import type { CatalogueResource } from '../../../src/protocol/kpi/resourceCatalogue';

/** An interval mean ± halfWidth over n replications, in the result's shape. */
export const iv = (mean: number, halfWidth = 0, n = 30) => ({ mean, ci95: [mean - halfWidth, mean + halfWidth] as [number, number], n });

export function pool(occupancy: number, onDuty: number, queue = 0, halfWidth = 0): ResourceSummary {
  return {
    utilisation: iv(onDuty > 0 ? occupancy / onDuty : NaN), occupancyMean: iv(occupancy, halfWidth), occupancyDistribution: [],
    queueMean: iv(queue, halfWidth), lost: iv(0), onDutyMean: iv(onDuty, halfWidth),
  };
}

export const UNITS: Unit[] = [
  { id: 'ed', name: 'Emergency Department', kind: 'emergency', code: 'ED' },
  { id: 'icu', name: 'Intensive Care Unit', kind: 'icu' },
  { id: 'ward-a', name: 'Ward A', kind: 'ward' },
  { id: 'ward-b', name: 'Ward B', kind: 'ward' },
  { id: 'lab', name: 'Laboratory', kind: 'laboratory' },
];

const r = (id: string, kind: CatalogueResource['kind'], unitId: string | null, extra: Partial<CatalogueResource> = {}): CatalogueResource =>
  ({ id, kind, unitId, equipmentType: null, staffedBy: null, ...extra });

export const CATALOGUE: CatalogueResource[] = [
  r('ed-bays', 'bed', 'ed', { staffedBy: { staff: 'ed-nurses', patientsPerStaff: 4 } }),
  r('ed-rooms', 'room', 'ed'),
  r('ed-nurses', 'staff', 'ed'),
  r('ed-doctors', 'staff', 'ed'),
  r('icu-beds', 'bed', 'icu', { staffedBy: { staff: 'icu-nurses', patientsPerStaff: 2 } }),
  r('icu-nurses', 'staff', 'icu'),
  r('ventilators', 'equipment', 'icu', { equipmentType: 'ventilator' }),
  r('ward-a-beds', 'bed', 'ward-a'),
  r('ward-b-beds', 'bed', 'ward-b'),
  r('lab-techs', 'staff', 'lab'),
];

/** A small, fully specified result: numbers chosen so every derived KPI can be worked out by hand. */
export function fakeResult(): ExperimentResult {
  const kpis = Object.fromEntries(KPI_NAMES.map((k) => [k, iv(0)])) as ExperimentResult['kpis'];
  Object.assign(kpis, {
    edArrivals: iv(700, 10), edWaitMean: iv(38, 4), edWaitP90: iv(95, 9),
    boardingHoursPerDay: iv(12, 3), boardedPatients: iv(21, 7), throughputPerDay: iv(180, 5), arrivalsPerDay: iv(190, 5),
  });
  return {
    model: 'fake', scenario: null, replications: 30, seed: 1, days: 7, warmupDays: 0, kpis, steps: {},
    resources: {
      'ed-bays': pool(16, 20, 3, 1),        // 16 patients in 20 staffed bays, 3 waiting
      'ed-rooms': pool(1, 2, 1, 0),         // 1 in 2 rooms, 1 waiting
      'ed-nurses': pool(4, 6, 0, 0),        // ratio load 16/4 = 4 of 6 on duty
      'ed-doctors': pool(5, 5, 2, 0.5),     // all 5 busy, 2 waiting → 2 short
      'icu-beds': pool(18, 20, 1, 0.5),     // 90 %: warning
      'icu-nurses': pool(9, 10, 0, 0),      // (18 + 1) / 2 = 9.5 needed of 10 → 0 short
      'ventilators': pool(10, 12, 0, 1),    // 2 free: warning (≤ 3)
      'ward-a-beds': pool(20, 30, 0, 1),
      'ward-b-beds': pool(25, 30, 0, 1),
      'lab-techs': pool(2, 4, 0, 0),
    },
    units: {
      ed: { occupancyMean: iv(17, 1), occupancyDistribution: [], occupancyMax: iv(22) },
      icu: { occupancyMean: iv(18, 0.5), occupancyDistribution: [], occupancyMax: iv(20) },
      'ward-a': { occupancyMean: iv(20, 1), occupancyDistribution: [], occupancyMax: iv(26) },
      'ward-b': { occupancyMean: iv(25, 1), occupancyDistribution: [], occupancyMax: iv(30) },
    },
    series: null, kpiValues: {} as ExperimentResult['kpiValues'], events: 0,
  };
}
