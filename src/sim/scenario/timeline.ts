import { compileRoster, MINUTES_PER_DAY, MINUTES_PER_WEEK } from '../model/roster';
import type { Operations } from '../model/operationsSchema';
import type { Targeted } from './resolveScenario';
import type { BedChange, EquipmentChange, StaffingChange } from './scenarioSchema';
import { changedCount, changedRoster } from './transformOperations';

/** A change of a pool's capacity at a time (minutes from the start of the run): staff on duty or open items. */
export interface CapacityEvent { time: number; resource: string; delta: number }

/**
 * Time-windowed changes as capacity events, in time order (stable: list order at equal times). Staff: the
 * difference between the changed and the normal roster, at the window's start, at every shift change inside
 * it, and back to 0 at its end. Beds, rooms, equipment: +add at the start, −add at the end.
 */
export function capacityEvents(
  ops: Operations, staffing: Targeted<StaffingChange>[], items: Targeted<BedChange | EquipmentChange>[], startDayOfWeek: number,
): CapacityEvent[] {
  const events: CapacityEvent[] = [];
  const offset = startDayOfWeek * MINUTES_PER_DAY;
  for (const { entry, ids } of staffing) {
    if (!entry.window) continue;
    const start = entry.window.startDay * MINUTES_PER_DAY;
    const end = entry.window.endDay * MINUTES_PER_DAY;
    for (const idValue of ids) {
      const r = ops.resources.find((x) => x.id === idValue);
      if (r?.kind !== 'staff') continue;
      if (!r.roster) {
        const delta = changedCount(r.capacity ?? 0, entry.change) - (r.capacity ?? 0);
        if (delta !== 0) events.push({ time: start, resource: idValue, delta }, { time: end, resource: idValue, delta: -delta });
        continue;
      }
      const normal = compileRoster(r.roster);
      const changed = compileRoster(changedRoster(r.roster, entry.change, entry.shifts));
      const levelAt = (roster: typeof normal, t: number) => roster.initialAt((offset + t) % MINUTES_PER_WEEK);
      const changePoints = [...new Set([...normal.minute, ...changed.minute])];
      const times = [start];
      for (let week = Math.floor((start + offset) / MINUTES_PER_WEEK) * MINUTES_PER_WEEK - offset; week < end; week += MINUTES_PER_WEEK) {
        for (const m of changePoints) if (week + m > start && week + m < end) times.push(week + m);
      }
      times.sort((a, b) => a - b);
      let current = 0;
      for (const t of times) {
        const wanted = levelAt(changed, t) - levelAt(normal, t);
        if (wanted !== current) events.push({ time: t, resource: idValue, delta: wanted - current });
        current = wanted;
      }
      if (current !== 0) events.push({ time: end, resource: idValue, delta: -current });
    }
  }
  for (const { entry, ids } of items) {
    if (!entry.window || !('add' in entry.change) || entry.change.add === 0) continue;
    for (const idValue of ids) {
      events.push(
        { time: entry.window.startDay * MINUTES_PER_DAY, resource: idValue, delta: entry.change.add },
        { time: entry.window.endDay * MINUTES_PER_DAY, resource: idValue, delta: -entry.change.add },
      );
    }
  }
  return events.map((e, i) => [e, i] as const).sort((a, b) => a[0].time - b[0].time || a[1] - b[1]).map(([e]) => e);
}

/** Items a pool needs beyond its capacity so that temporary openings have beds to open (the peak of the running sum). */
export function extraItemsNeeded(events: CapacityEvent[]): Map<string, number> {
  const running = new Map<string, number>();
  const peak = new Map<string, number>();
  for (const e of events) {
    const level = (running.get(e.resource) ?? 0) + e.delta;
    running.set(e.resource, level);
    if (level > (peak.get(e.resource) ?? 0)) peak.set(e.resource, level);
  }
  return peak;
}
