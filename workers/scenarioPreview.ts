import type { CompiledModel } from '../src/sim/model/compiledModel';
import { compileRoster, MINUTES_PER_DAY, MINUTES_PER_WEEK } from '../src/sim/model/roster';
import { applyScenario } from '../src/sim/scenario/applyScenario';
import { indexModel } from '../src/sim/scenario/modelIndex';
import { resolveScenario } from '../src/sim/scenario/resolveScenario';
import type { Scenario } from '../src/sim/scenario/scenarioSchema';
import { capacityEvents, type CapacityEvent } from '../src/sim/scenario/timeline';
import type { ScenarioPreview, ScenarioPreviewRequest, ShiftChangeRow } from '../src/protocol/api';

const MAX_PREVIEW_DAYS = 180;
/** Hourly points up to this many days; daily means beyond (a wave over weeks). */
const HOURLY_UP_TO_DAYS = 21;

/** Days the scenario's time-bounded changes reach (waves, surges, incidents, windows). */
export function scenarioExtentDays(s: Scenario): number {
  const ends: number[] = [0];
  for (const w of s.arrivals?.waves ?? []) ends.push(w.startDay + w.durationWeeks * 7);
  for (const x of s.arrivals?.surges ?? []) ends.push(x.endDay);
  for (const i of s.arrivals?.incidents ?? []) ends.push(i.atDay + i.overHours / 24);
  for (const list of [s.staffing, s.beds, s.equipment]) for (const e of list ?? []) if (e.window) ends.push(e.window.endDay);
  return Math.max(...ends);
}

/** Patients per hour arriving at each hour's midpoint (random classes + scheduled batches + incidents). */
function hourlyArrivals(model: CompiledModel, hours: number): Float64Array {
  const out = new Float64Array(hours);
  for (const c of model.classes) {
    const process = c.arrivals;
    if (!process) continue;
    for (let h = 0; h < hours; h++) out[h] += process.rateAt(h * 60 + 30) * 60;
  }
  for (let day = 0; day * 24 < hours; day++) {
    for (const batch of model.scheduleByDay[(model.startDayOfWeek + day) % 7]) {
      const h = day * 24 + Math.floor(batch.minuteOfDay / 60);
      if (h < hours) out[h] += batch.count;
    }
  }
  return out;
}

/** Staff on duty per role at each hour's midpoint, with the scenario's time-windowed staffing events. */
function hourlyStaff(model: CompiledModel, events: CapacityEvent[], hours: number): Map<string, Float64Array> {
  const byRole = new Map<string, Float64Array>();
  const offset = model.startDayOfWeek * MINUTES_PER_DAY;
  for (const r of model.operations.resources) {
    if (r.kind !== 'staff') continue;
    const role = r.role ?? 'staff';
    const series = byRole.get(role) ?? new Float64Array(hours);
    byRole.set(role, series);
    const roster = r.roster ? compileRoster(r.roster) : null;
    const own = events.filter((e) => e.resource === r.id);
    for (let h = 0; h < hours; h++) {
      const t = h * 60 + 30;
      let level = roster ? roster.initialAt((offset + t) % MINUTES_PER_WEEK) : r.capacity ?? 0;
      for (const e of own) if (e.time <= t) level += e.delta;
      series[h] += Math.max(0, level);
    }
  }
  return byRole;
}

/** Averages hourly values into bins of `binHours`. */
function binned(values: Float64Array, binHours: number): Float64Array {
  if (binHours === 1) return values;
  const out = new Float64Array(Math.ceil(values.length / binHours));
  for (let b = 0; b < out.length; b++) {
    let sum = 0;
    let n = 0;
    for (let h = b * binHours; h < Math.min(values.length, (b + 1) * binHours); h++) { sum += values[h]; n++; }
    out[b] = n > 0 ? sum / n : 0;
  }
  return out;
}

function shiftRows(baseline: CompiledModel, scenario: CompiledModel): ShiftChangeRow[] {
  const rows: ShiftChangeRow[] = [];
  const after = new Map(scenario.operations.resources.map((r) => [r.id, r]));
  for (const r of baseline.operations.resources) {
    const s = after.get(r.id);
    if (r.kind !== 'staff' || s?.kind !== 'staff') continue;
    const base = r.roster ?? [{ start: '00:00', end: '00:00', onDuty: r.capacity ?? 0 }];
    const next = s.roster ?? [{ start: '00:00', end: '00:00', onDuty: s.capacity ?? 0 }];
    base.forEach((shift, k) => {
      rows.push({ resource: r.id, unitId: r.unitId ?? null, role: r.role ?? null, start: shift.start, end: shift.end, baseline: shift.onDuty, scenario: next[k]?.onDuty ?? shift.onDuty });
    });
  }
  return rows;
}

/**
 * The editor's live preview: arrivals per hour and staff on duty per role, baseline vs scenario, over the run
 * (or as far as the scenario's waves and windows reach), plus the whole-run roster changes shift by shift.
 */
export function previewScenario(baseline: CompiledModel, scenario: Scenario, request: Omit<ScenarioPreviewRequest, 'scenarioText'>): ScenarioPreview {
  const applied = applyScenario(baseline, scenario);
  if (!applied.ok) return { ok: false, problems: applied.problems, binHours: 1, hours: new Float64Array(0), arrivals: null, staff: [], shifts: [] };
  const model = applied.value;
  const days = Math.min(MAX_PREVIEW_DAYS, Math.ceil(Math.max(request.days + request.warmupDays, scenarioExtentDays(scenario) + 1)));
  const hours = days * 24;
  const binHours = days <= HOURLY_UP_TO_DAYS ? 1 : 24;
  const index = indexModel(baseline.operations, baseline.hospital);
  const { resolved } = resolveScenario(scenario, index);
  const events = capacityEvents(model.operations, resolved.staffing, [], model.startDayOfWeek);
  const baseStaff = hourlyStaff(baseline, [], hours);
  const scenarioStaff = hourlyStaff(model, events, hours);
  const staff = [...baseStaff].map(([role, values]) => ({
    role, baseline: binned(values, binHours), scenario: binned(scenarioStaff.get(role) ?? new Float64Array(hours), binHours),
  }));
  const times = Float64Array.from({ length: Math.ceil(hours / binHours) }, (_, b) => b * binHours);
  return {
    ok: true, problems: [], binHours, hours: times,
    arrivals: { baseline: binned(hourlyArrivals(baseline, hours), binHours), scenario: binned(hourlyArrivals(model, hours), binHours) },
    staff, shifts: shiftRows(baseline, model),
  };
}
