/**
 * Stable KPI names (JSON output, UI, benchmarks). Times are in MINUTES unless the name says hours; counts are
 * over the measured period (after warm-up); rates are fractions 0..1.
 */
export const KPI_NAMES = [
  'arrivals', 'arrivalsPerDay', 'completed', 'throughputPerDay',
  'timeInSystemMean', 'timeInSystemMedian', 'timeInSystemP90', 'patientsInSystemMean', 'inSystemAtEnd',
  'lost', 'diverted', 'lwbs', 'lwbsRate', 'reneged',
  'edArrivals', 'edWaitMean', 'edWaitMedian', 'edWaitP90', 'edLengthOfStayMean', 'edLengthOfStayP90',
  'fourHourBreaches', 'fourHourBreachRate', 'boardingHours', 'boardingHoursPerDay', 'boardedPatients',
] as const;

export type KpiName = (typeof KPI_NAMES)[number];
export type KpiValues = Record<KpiName, number>;

/** Short descriptions for tables and tooltips. */
export const KPI_DESCRIPTIONS: Record<KpiName, string> = {
  arrivals: 'patients arrived',
  arrivalsPerDay: 'patients arrived per day',
  completed: 'patients who finished their pathway',
  throughputPerDay: 'patients finished per day',
  timeInSystemMean: 'time in system, mean (min)',
  timeInSystemMedian: 'time in system, median (min)',
  timeInSystemP90: 'time in system, 90th percentile (min)',
  patientsInSystemMean: 'patients in the system, time-weighted mean',
  inSystemAtEnd: 'patients still in the system at the end',
  lost: 'patients lost at a full resource',
  diverted: 'patients diverted at a full resource',
  lwbs: 'emergency patients who left without being seen',
  lwbsRate: 'left without being seen / emergency arrivals',
  reneged: 'non-emergency patients who left a queue',
  edArrivals: 'emergency arrivals',
  edWaitMean: 'door to provider, mean (min)',
  edWaitMedian: 'door to provider, median (min)',
  edWaitP90: 'door to provider, 90th percentile (min)',
  edLengthOfStayMean: 'ED length of stay, mean (min)',
  edLengthOfStayP90: 'ED length of stay, 90th percentile (min)',
  fourHourBreaches: 'ED stays longer than the target (default 4 h)',
  fourHourBreachRate: 'ED stays over target / ED departures',
  boardingHours: 'hours admitted patients waited in an ED bay for a bed',
  boardingHoursPerDay: 'boarding hours per day',
  boardedPatients: 'patients who boarded',
};
