import type { Hospital } from '../../domain/schema';
import type { Problem, ProblemPath } from '../../domain/problems';
import { mappedItems } from '../model/hospitalMapping';
import type { Operations, ResourceSpec, StepSpec } from '../model/operationsSchema';

/** Lookups over an operations model (and its hospital) that scenario checks and transformations share. */
export interface ModelIndex {
  ops: Operations;
  hospital: Hospital | null;
  resources: Map<string, ResourceSpec>;
  classes: Set<string>;
  steps: Map<string, StepSpec>;
  units: Set<string>;
}

export function indexModel(ops: Operations, hospital: Hospital | null = null): ModelIndex {
  const steps = new Map<string, StepSpec>();
  for (const pathway of ops.pathways) for (const step of pathway.steps) steps.set(step.id, step);
  const units = new Set<string>();
  for (const r of ops.resources) if (r.unitId) units.add(r.unitId);
  for (const u of hospital?.units ?? []) units.add(u.id);
  return {
    ops, hospital, resources: new Map(ops.resources.map((r) => [r.id, r])),
    classes: new Set(ops.patientClasses.map((c) => c.id)), steps, units,
  };
}

/** Capacity of an item or server pool (mapped items when it has no explicit count); null when unlimited or staff. */
export function poolCapacity(r: ResourceSpec, hospital: Hospital | null): number | null {
  if (r.kind === 'staff') return null;
  if (typeof r.capacity === 'number') return r.capacity;
  if (r.kind === 'server' || r.capacity === null || r.capacity === 'unlimited') return null;
  return hospital ? mappedItems(r, hospital)?.ids.length ?? 0 : 0;
}

export function unknownReference(path: ProblemPath, what: string, idValue: string, known: Iterable<string>): Problem {
  const list = [...known];
  const shown = list.slice(0, 8).join(', ');
  return {
    path, code: 'unknown-reference',
    message: `unknown ${what} "${idValue}"${shown ? ` (known: ${shown}${list.length > 8 ? ', …' : ''})` : ''}`,
  };
}

export function problem(path: ProblemPath, code: string, message: string): Problem {
  return { path, code, message };
}

/** Steps that seize the resource (as primary). */
export function stepsSeizing(index: ModelIndex, resourceId: string): string[] {
  const out: string[] = [];
  for (const [stepId, step] of index.steps) {
    if ((step.seize ?? []).some((s) => (typeof s === 'string' ? s : s.resource) === resourceId)) out.push(stepId);
  }
  return out;
}
