import { minutesOfDay, type Shift } from './operationsSchema';

export const MINUTES_PER_DAY = 1440;
export const MINUTES_PER_WEEK = 10080;

/**
 * A weekly roster compiled to change points: at minute-of-week `minute[i]` (0 = Monday 00:00) the number on
 * duty becomes `onDuty[i]`. Overlapping shifts add up.
 *
 * THE SHIFT RULE: capacity changes exactly at shift boundaries. When it drops below the number busy, nobody is
 * interrupted: busy staff finish their current patient and then leave (the reduction takes effect as they free
 * up; until then they count as on duty, i.e. overtime). No new patient is started while busy ≥ on duty.
 * Utilisation = busy time / on-duty capacity time, where on-duty capacity is max(rostered, busy).
 */
export type CompiledRoster = { minute: Int32Array; onDuty: Int32Array; initialAt(startMinuteOfWeek: number): number };

export function compileRoster(shifts: Shift[]): CompiledRoster {
  const level = new Int32Array(MINUTES_PER_WEEK);
  const delta = new Int32Array(MINUTES_PER_WEEK + 1);
  for (const shift of shifts) {
    const start = minutesOfDay(shift.start);
    let length = minutesOfDay(shift.end) - start;
    if (length <= 0) length += MINUTES_PER_DAY;
    for (const day of shift.days ?? [0, 1, 2, 3, 4, 5, 6]) {
      const from = day * MINUTES_PER_DAY + start;
      const to = from + length;
      addRange(delta, from, Math.min(to, MINUTES_PER_WEEK), shift.onDuty);
      if (to > MINUTES_PER_WEEK) addRange(delta, 0, to - MINUTES_PER_WEEK, shift.onDuty);
    }
  }
  let running = 0;
  for (let m = 0; m < MINUTES_PER_WEEK; m++) {
    running += delta[m];
    level[m] = running;
  }
  const minutes: number[] = [];
  const values: number[] = [];
  for (let m = 0; m < MINUTES_PER_WEEK; m++) {
    const previous = level[(m + MINUTES_PER_WEEK - 1) % MINUTES_PER_WEEK];
    if (level[m] !== previous) {
      minutes.push(m);
      values.push(level[m]);
    }
  }
  return {
    minute: Int32Array.from(minutes),
    onDuty: Int32Array.from(values),
    initialAt: (startMinuteOfWeek) => level[((startMinuteOfWeek % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK],
  };
}

function addRange(delta: Int32Array, from: number, to: number, value: number): void {
  delta[from] += value;
  delta[to] -= value;
}
