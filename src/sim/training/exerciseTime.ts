import { minutesOfDay } from '../model/operationsSchema';
import type { Exercise, ExerciseStep } from './exerciseSchema';

/**
 * Where an exercise sits on the simulation's clock.
 *
 * The run starts at MIDNIGHT `warmupDays` whole days before the start date, so that the model's time of day
 * (rosters, hourly arrival rates) matches the clock the trainees see: the run's warm-up is
 * warmupDays + (start time of day) / 24 days, and playback minute 0 is the exercise start (start.dateTime).
 */
export const MINUTES_PER_DAY = 1440;

/** Minutes after midnight of "YYYY-MM-DDTHH:MM". */
export function clockMinutes(dateTime: string): number {
  return minutesOfDay(dateTime.slice(11, 16));
}

/** Run settings of an exercise: measured days, warm-up days (fractional: up to the start time), seed, replications. */
export interface ExerciseRunSettings {
  /** Measured days = hours / 24. */
  days: number;
  /** Days simulated before the start and not shown (whole warm-up days plus the start's time of day). */
  warmupDays: number;
  seed: number;
  replications: number;
  /** The clock at playback minute 0 ("YYYY-MM-DDTHH:MM", local). */
  startDate: string;
}

export function exerciseRunSettings(exercise: Exercise): ExerciseRunSettings {
  const start = exercise.start;
  return {
    days: start.hours / 24,
    warmupDays: start.warmupDays + clockMinutes(start.dateTime) / MINUTES_PER_DAY,
    seed: start.seed,
    replications: start.replications,
    startDate: start.dateTime,
  };
}

/** Minute of a step on the playback axis (0 = the exercise start). */
export function stepMinute(exercise: Exercise, step: Pick<ExerciseStep, 'day' | 'at'>): number {
  return (step.day ?? 0) * MINUTES_PER_DAY + minutesOfDay(step.at) - clockMinutes(exercise.start.dateTime);
}

/** Playback minute → days from the start of the run (warm-up included), the unit of scenario times. */
export function runDayOf(exercise: Exercise, minute: number): number {
  return exerciseRunSettings(exercise).warmupDays + minute / MINUTES_PER_DAY;
}

/** Playback minute at which the exercise ends. */
export function endMinute(exercise: Exercise): number {
  return exercise.start.hours * 60;
}

/** Day of the week (0 = Monday … 6 = Sunday) of a "YYYY-MM-DD…" date, whatever the time zone. */
export function weekdayOf(dateTime: string): number {
  const [y, m, d] = dateTime.slice(0, 10).split('-').map(Number);
  const sundayFirst = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return (sundayFirst + 6) % 7;
}

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** Steps in time order (stable: file order at equal minutes) with their playback minute. */
export function orderedSteps(exercise: Exercise): { step: ExerciseStep; index: number; minute: number }[] {
  return exercise.steps.map((step, index) => ({ step, index, minute: stepMinute(exercise, step) }))
    .sort((a, b) => a.minute - b.minute || a.index - b.index);
}
