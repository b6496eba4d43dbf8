export { Tally } from './tally';
export { TimeWeighted } from './timeWeighted';
export { tInterval, pairedDifference } from './intervals';
export type { Interval } from './intervals';
export { studentTQuantile975, studentTCritical, normalQuantile } from './studentT';
