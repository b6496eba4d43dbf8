/**
 * Where in the simulated history a wall run starts, and when to refresh. Pure calendar arithmetic.
 *
 * The engine cannot resume a run, so every run simulates its history from the model's warm start: the wall's
 * history begins at `originMs` (a midnight on the model's first weekday, so hourly and weekday arrival
 * profiles line up with the clock), and a run that should show calendar time C runs the minutes from the
 * origin to C as warm-up (not recorded), then `days` measured days. Within one loop every run uses the same
 * seed, so a refreshed run continues exactly the history already shown (same random numbers, same events).
 * Every `loopWeeks` weeks the history starts again from the warm start with the next seed (a scenario's
 * timeline replays with it), which keeps the warm-up — and the cost of a run — bounded.
 */

const MINUTE = 60_000;
const DAY_MINUTES = 1440;

export interface RunPlanSettings {
  days: number;
  sampleIntervalMinutes: number;
  seed: number;
  loopWeeks: number;
}

export interface PlannedRun {
  /** Calendar (epoch ms) of the run's measured minute 0. */
  startMs: number;
  /** RunSettings for startRun. */
  settings: { days: number; warmupDays: number; seed: number; sampleIntervalMinutes: number; startDate: string };
  loop: number;
}

/**
 * The latest local midnight at or before `nowMs` that falls on the model's day 0 (`startDayOfWeek`: 0 = Monday
 * … 6 = Sunday, as in the operations file).
 */
export function historyOrigin(nowMs: number, startDayOfWeek = 0): number {
  const d = new Date(nowMs);
  d.setHours(0, 0, 0, 0);
  const jsDay = (startDayOfWeek + 1) % 7; // Date.getDay(): 0 = Sunday
  while (d.getDay() !== jsDay) d.setDate(d.getDate() - 1);
  return d.getTime();
}

/** "2026-11-23T14:15" in local time (RunSettings.startDate). */
export function localIso(ms: number): string {
  const d = new Date(ms);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The run that shows calendar time `atMs` from its first frame (floored to a sample time). */
export function planRun(originMs: number, atMs: number, s: RunPlanSettings): PlannedRun {
  const loopMinutes = s.loopWeeks * 7 * DAY_MINUTES;
  const elapsed = Math.max(0, Math.floor((atMs - originMs) / MINUTE));
  const loop = Math.floor(elapsed / loopMinutes);
  const inLoop = elapsed - loop * loopMinutes;
  const warmupMinutes = Math.floor(inLoop / s.sampleIntervalMinutes) * s.sampleIntervalMinutes;
  const startMs = originMs + (loop * loopMinutes + warmupMinutes) * MINUTE;
  return {
    startMs, loop,
    settings: { days: s.days, warmupDays: warmupMinutes / DAY_MINUTES, seed: s.seed + loop, sampleIntervalMinutes: s.sampleIntervalMinutes, startDate: localIso(startMs) },
  };
}

/**
 * Simulated minutes left ahead of the playhead below which a fresh run is started: halfway between a full
 * run and 24 hours, so the forecast never drops under 24 hours while the next run computes (days ≥ 2).
 */
export function refreshLeadMinutes(days: number): number {
  return (days * DAY_MINUTES + DAY_MINUTES) / 2;
}

/** Refresh when the answer's bands end less than the lead ahead of the playhead. */
export function needsRefresh(answerEndMs: number, playheadMs: number, days: number): boolean {
  return answerEndMs - playheadMs < refreshLeadMinutes(days) * MINUTE;
}
