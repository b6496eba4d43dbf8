import type { Problem } from '../../domain/problems';
import type { Hospital } from '../../domain/schema';
import type { Operations, PathwaySpec, PatientClassSpec, StepSpec } from '../model/operationsSchema';
import { problem } from './modelIndex';
import { cohortClassId, type Cohort } from './resolveScenario';

/**
 * Waves and incidents bring EXTRA patients: one new class per class of their mix ("<class>.<cohort>"), copies
 * of the base class (acuity, pathway, patience), so the baseline's own patients and their random numbers are
 * untouched (strong common random numbers). With an ICU or ventilator share the cohort gets its own copy of
 * the pathways it can reach (steps "<step>.<cohort>") whose branches send that share to ICU / a ventilator.
 */
export function addCohorts(ops: Operations, cohorts: Cohort[], hospital: Hospital | null): { problems: Problem[]; origin: Map<string, string> } {
  const problems: Problem[] = [];
  const origin = new Map<string, string>();
  const icu = new Set(ops.resources.filter((r) => r.kind === 'bed' && isIcuUnit(r.unitId, r.id, hospital)).map((r) => r.id));
  const ventilators = new Set(ops.resources.filter((r) => r.kind === 'equipment' && (r.equipment?.type === 'ventilator' || /ventilator/i.test(r.id))).map((r) => r.id));
  for (const cohort of cohorts) {
    const classIds = cohort.mix.map(([base]) => [base, cohortClassId(base, cohort.id)] as const);
    const routed = cohort.icuShare !== undefined || cohort.ventilatedShare !== undefined;
    if (routed) {
      const firstSteps = classIds.map(([base]) => firstStepOf(ops, base)).filter((s): s is string => s !== undefined);
      const cloned = clonePathways(ops, firstSteps, cohort.id);
      for (const [copy, original] of cloned.origin) origin.set(copy, original);
      let icuRouted = false;
      let ventilatorRouted = false;
      const graph = stepGraph(cloned.pathways);
      for (const step of graph.steps.values()) {
        if (cohort.icuShare !== undefined) icuRouted = setShare(step, graph, icu, cohort.icuShare) || icuRouted;
        if (cohort.ventilatedShare !== undefined) ventilatorRouted = setShare(step, graph, ventilators, cohort.ventilatedShare) || ventilatorRouted;
      }
      ops.pathways.push(...cloned.pathways);
      if (cohort.icuShare !== undefined && !icuRouted) problems.push(problem([...cohort.path, 'icuShare'], 'no-route', 'no branch of these patients’ pathway leads to an ICU bed'));
      if (cohort.ventilatedShare !== undefined && !ventilatorRouted) problems.push(problem([...cohort.path, 'ventilatedShare'], 'no-route', 'no branch of these patients’ pathway leads to a ventilator'));
    }
    for (const [base, copy] of classIds) {
      const spec = ops.patientClasses.find((c) => c.id === base);
      if (!spec) continue;
      const pathwayId = routed ? `${spec.pathway}.${cohort.id}` : spec.pathway;
      const clone: PatientClassSpec = {
        id: copy, name: `${spec.name ?? spec.id} (${cohort.wave?.name ?? cohort.incident?.name ?? cohort.id})`, acuity: spec.acuity,
        pathway: ops.pathways.some((p) => p.id === pathwayId) ? pathwayId : spec.pathway,
        arrivals: { perHour: [0] },
        ...(spec.emergency !== undefined ? { emergency: spec.emergency } : {}),
        ...(spec.patience ? { patience: spec.patience } : {}),
      };
      ops.patientClasses.push(clone);
      for (const pathway of ops.pathways) {
        for (const step of pathway.steps) {
          // In a cohort's own copy the base class's target is already the copied step.
          if (step.branch && 'byClass' in step.branch && step.branch.byClass[base] !== undefined) step.branch.byClass[copy] = step.branch.byClass[base];
          if (step.durationByClass?.[base]) step.durationByClass[copy] = step.durationByClass[base];
        }
      }
    }
  }
  return { problems, origin };
}

function isIcuUnit(unitId: string | undefined, resourceId: string, hospital: Hospital | null): boolean {
  const unit = hospital?.units.find((u) => u.id === unitId);
  if (unit) return unit.kind === 'icu';
  return /(^|[^a-z])icu([^a-z]|$)/i.test(unitId ?? resourceId);
}

function firstStepOf(ops: Operations, classId: string): string | undefined {
  const pathwayId = ops.patientClasses.find((c) => c.id === classId)?.pathway;
  return ops.pathways.find((p) => p.id === pathwayId)?.steps[0]?.id;
}

/** Step ids a step can go to next (default next, explicit next, every branch target). */
function successors(pathway: PathwaySpec, i: number): string[] {
  const step = pathway.steps[i];
  const defaultNext = pathway.steps[i + 1]?.id ?? 'exit';
  const out: string[] = [];
  if (step.next !== undefined) out.push(step.next);
  else if (!step.branch) out.push(defaultNext);
  if (step.branch && 'probabilities' in step.branch) out.push(...step.branch.probabilities.map((o) => o.to));
  if (step.branch && 'byClass' in step.branch) {
    out.push(...Object.values(step.branch.byClass), step.branch.otherwise ?? defaultNext);
  }
  return out.filter((s) => s !== 'exit');
}

/** Copies every pathway holding a step reachable from `starts`, with step ids "<step>.<suffix>" and targets remapped. */
function clonePathways(ops: Operations, starts: string[], suffix: string): { pathways: PathwaySpec[]; origin: Map<string, string> } {
  const where = new Map<string, [PathwaySpec, number]>();
  for (const p of ops.pathways) p.steps.forEach((s, i) => where.set(s.id, [p, i]));
  const reached = new Set<string>();
  const queue = [...starts];
  while (queue.length > 0) {
    const stepId = queue.pop() as string;
    if (reached.has(stepId)) continue;
    reached.add(stepId);
    const at = where.get(stepId);
    if (at) queue.push(...successors(at[0], at[1]));
  }
  const pathways = ops.pathways.filter((p) => p.steps.some((s) => reached.has(s.id)));
  const stepMap = new Map<string, string>();
  for (const p of pathways) for (const s of p.steps) stepMap.set(s.id, `${s.id}.${suffix}`);
  const map = (target: string) => stepMap.get(target) ?? target;
  const origin = new Map<string, string>();
  const copies = pathways.map((p): PathwaySpec => ({
    ...p, id: `${p.id}.${suffix}`,
    steps: p.steps.map((s): StepSpec => {
      const copy: StepSpec = structuredClone(s);
      copy.id = map(s.id);
      origin.set(copy.id, s.id);
      if (copy.next !== undefined) copy.next = map(copy.next);
      if (copy.branch && 'probabilities' in copy.branch) copy.branch.probabilities = copy.branch.probabilities.map((o) => ({ to: map(o.to), p: o.p }));
      if (copy.branch && 'byClass' in copy.branch) {
        copy.branch.byClass = Object.fromEntries(Object.entries(copy.branch.byClass).map(([c, t]) => [c, map(t)]));
        if (copy.branch.otherwise !== undefined) copy.branch.otherwise = map(copy.branch.otherwise);
      }
      return copy;
    }),
  }));
  return { pathways: copies, origin };
}

type StepGraph = { steps: Map<string, StepSpec>; onlyNext: Map<string, string> };

/** Steps by id, and the one step each goes to when it does not branch. */
function stepGraph(pathways: PathwaySpec[]): StepGraph {
  const steps = new Map<string, StepSpec>();
  const onlyNext = new Map<string, string>();
  for (const p of pathways) {
    p.steps.forEach((s, i) => {
      steps.set(s.id, s);
      const next = s.next ?? (s.branch ? undefined : p.steps[i + 1]?.id);
      if (next !== undefined && next !== 'exit') onlyNext.set(s.id, next);
    });
  }
  return { steps, onlyNext };
}

/** The step, or a step it leads to without branching (a consult before the bed request), seizes one of `pools`. */
function leadsTo(target: string, graph: StepGraph, pools: Set<string>): boolean {
  let at: string | undefined = target;
  for (let hops = 0; at !== undefined && hops < 10; hops++) {
    if ((graph.steps.get(at)?.seize ?? []).some((s) => pools.has(typeof s === 'string' ? s : s.resource))) return true;
    at = graph.onlyNext.get(at);
  }
  return false;
}

/**
 * In a probability branch with targets that lead to one of `pools`, gives those targets `share` in total (kept in
 * proportion) and the others the rest. Returns whether the branch had such targets.
 */
function setShare(step: StepSpec, graph: StepGraph, pools: Set<string>, share: number): boolean {
  if (!step.branch || !('probabilities' in step.branch)) return false;
  const options = step.branch.probabilities;
  const hit = options.map((o) => o.to !== 'exit' && leadsTo(o.to, graph, pools));
  if (!hit.some(Boolean)) return false;
  if (hit.every(Boolean)) return true; // every option leads there: nothing to rebalance
  const sumHit = options.reduce((sum, o, i) => sum + (hit[i] ? o.p : 0), 0);
  const sumOther = options.reduce((sum, o, i) => sum + (hit[i] ? 0 : o.p), 0);
  const nHit = hit.filter(Boolean).length;
  const nOther = options.length - nHit;
  step.branch.probabilities = options.map((o, i) => ({
    to: o.to,
    p: hit[i] ? share * (sumHit > 0 ? o.p / sumHit : 1 / nHit) : (1 - share) * (sumOther > 0 ? o.p / sumOther : 1 / nOther),
  }));
  return true;
}
