import type { Exercise } from '../../protocol/training';
import type { TrainingRunSettings } from './trainingDepsTypes';

const MINUTES_PER_DAY = 1440;

/** Minutes after midnight of "YYYY-MM-DDTHH:MM". */
function clockMinutes(dateTime: string): number {
  return Number(dateTime.slice(11, 13)) * 60 + Number(dateTime.slice(14, 16));
}

/**
 * The run settings of an exercise. Mirrors exerciseRunSettings (src/sim/training/exerciseTime.ts; a unit test
 * keeps the two equal): the run starts at midnight `warmupDays` whole days before the start date, so the warm-up
 * also covers the start's time of day and playback minute 0 is start.dateTime. Frames come every 5 minutes for
 * exercises up to two days (steps are given to the minute), 15 beyond; the interval divides the start's minute
 * of the day so that a frame falls exactly on minute 0.
 */
export function runSettingsFor(exercise: Exercise): TrainingRunSettings {
  const { start } = exercise;
  const clock = clockMinutes(start.dateTime);
  const intervals = start.hours <= 48 ? [5, 1] : [15, 5, 1];
  return {
    days: start.hours / 24,
    replications: start.replications,
    seed: start.seed,
    warmupDays: start.warmupDays + clock / MINUTES_PER_DAY,
    startDate: start.dateTime,
    sampleIntervalMinutes: intervals.find((i) => clock % i === 0) ?? 1,
  };
}
