import { parseJsonWithPositions } from '../../domain/parseJson';
import type { Problem, ProblemPath, Result } from '../../domain/problems';
import { zodIssuesToProblems } from '../../domain/zodProblems';
import { compile } from '../model/compile';
import type { CompiledModel } from '../model/compiledModel';
import { mappedItems } from '../model/hospitalMapping';
import type { Operations, ResourceSpec } from '../model/operationsSchema';
import { scenarioSchema, type CapacityChange, type Scenario } from './scenarioSchema';

const MINUTES_PER_DAY = 1440;

/** Reads and validates a scenario (schema only; ids are checked against a model by applyScenario). */
export function loadScenario(input: string | unknown): Result<Scenario> {
  let data: unknown = input;
  let locate: ((path: ProblemPath) => { line: number; column: number } | undefined) | null = null;
  if (typeof input === 'string') {
    const parsed = parseJsonWithPositions(input);
    if (!parsed.ok) return { ok: false, problems: parsed.problems };
    data = parsed.value;
    locate = parsed.locate;
  }
  const result = scenarioSchema.safeParse(data);
  if (result.success) return { ok: true, value: result.data, problems: [] };
  const problems = zodIssuesToProblems(result.error.issues, data)
    .map((p) => (p.path.length === 0 && p.code === 'wrong-type' ? { ...p, message: 'expected a JSON object describing a scenario' } : p))
    .map((p) => {
      const at = locate?.(p.path);
      return at ? { ...p, ...at } : p;
    });
  return { ok: false, problems };
}

function changed(current: number, change: CapacityChange): number {
  return 'set' in change ? change.set : Math.max(0, current + change.add);
}

/** Current capacity of an item or server pool (mapped items when no explicit capacity). */
function baseCapacity(r: ResourceSpec, model: CompiledModel): number | null {
  if (r.kind === 'staff') return null;
  if (typeof r.capacity === 'number') return r.capacity;
  if (r.kind === 'server' || r.capacity === null || r.capacity === 'unlimited') return null;
  return model.hospital ? mappedItems(r, model.hospital)?.ids.length ?? 0 : 0;
}

/**
 * Applies a scenario's deltas to a compiled model and returns a new compiled model (the input is untouched).
 * Unknown resource or class ids, staff changes on non-staff pools and bed changes on unlimited or staff pools
 * are problems with the scenario's JSON paths.
 */
export function applyScenario(model: CompiledModel, scenario: Scenario): Result<CompiledModel> {
  const problems: Problem[] = [];
  const ops: Operations = structuredClone(model.operations);
  const byId = new Map(ops.resources.map((r) => [r.id, r]));
  for (const [id, change] of Object.entries(scenario.changes.staff ?? {})) {
    const path = ['changes', 'staff', id];
    const r = byId.get(id);
    if (!r) { problems.push(unknown(path, 'staff resource', id, ops.resources.filter((x) => x.kind === 'staff').map((x) => x.id))); continue; }
    if (r.kind !== 'staff') { problems.push({ path, code: 'wrong-kind', message: `"${id}" is a ${r.kind} pool; change it under "beds"` }); continue; }
    if (r.roster) r.roster = r.roster.map((shift) => ({ ...shift, onDuty: changed(shift.onDuty, change) }));
    else r.capacity = changed(r.capacity ?? 0, change);
  }
  for (const [id, change] of Object.entries(scenario.changes.beds ?? {})) {
    const path = ['changes', 'beds', id];
    const r = byId.get(id);
    if (!r) { problems.push(unknown(path, 'bed, room, equipment or server resource', id, ops.resources.filter((x) => x.kind !== 'staff').map((x) => x.id))); continue; }
    const base = baseCapacity(r, model);
    if (r.kind === 'staff' || base === null) {
      problems.push({ path, code: 'wrong-kind', message: r.kind === 'staff' ? `"${id}" is a staff pool; change it under "staff"` : `"${id}" has unlimited capacity` });
      continue;
    }
    r.capacity = changed(base, change);
  }
  const arrivals = scenario.changes.arrivals;
  const classIds = new Set(ops.patientClasses.map((c) => c.id));
  for (const classId of Object.keys(arrivals?.byClass ?? {})) {
    if (!classIds.has(classId)) problems.push(unknown(['changes', 'arrivals', 'byClass', classId], 'patient class', classId, [...classIds]));
  }
  if (problems.length > 0) return { ok: false, problems };
  const previous = model.adjustments;
  const adjustments = {
    multiplier: previous.multiplier * (arrivals?.multiplier ?? 1),
    byClass: { ...previous.byClass },
    surges: [...previous.surges, ...(arrivals?.surges ?? []).map((s) => ({ start: s.startDay * MINUTES_PER_DAY, end: s.endDay * MINUTES_PER_DAY, factor: s.factor }))],
  };
  for (const [classId, f] of Object.entries(arrivals?.byClass ?? {})) adjustments.byClass[classId] = (adjustments.byClass[classId] ?? 1) * f;
  return { ok: true, value: compile(ops, model.hospital, adjustments, scenario.id), problems: [] };
}

function unknown(path: ProblemPath, what: string, id: string, known: string[]): Problem {
  const list = known.slice(0, 8).join(', ');
  return { path, code: 'unknown-reference', message: `unknown ${what} "${id}"${list ? ` (known: ${list}${known.length > 8 ? ', …' : ''})` : ''}` };
}
