import type { Problem, ProblemPath } from '../../domain/problems';
import type { Operations, ResourceSpec, StepSpec } from './operationsSchema';

/** Probabilities of one branch must sum to 1 within this tolerance. */
export const PROBABILITY_SUM_TOLERANCE = 1e-6;

function problem(path: ProblemPath, code: string, message: string): Problem {
  return { path, code, message };
}

function duplicates(items: { id: string }[], where: (i: number) => ProblemPath, what: string, seen: Map<string, string>): Problem[] {
  const problems: Problem[] = [];
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined) problems.push(problem(where(i), 'duplicate-id', `${what} id "${item.id}" is already used by ${first}`));
    else seen.set(item.id, `${what} ${i}`);
  });
  return problems;
}

/**
 * Cross-reference checks of a schema-valid operations model: unique ids, every resource, step, pathway and
 * class referred to exists, branch probabilities sum to 1. Returns every problem with its JSON path.
 */
export function checkOperationsReferences(ops: Operations): Problem[] {
  const problems: Problem[] = [];
  problems.push(...duplicates(ops.resources, (i) => ['resources', i, 'id'], 'resource', new Map()));
  problems.push(...duplicates(ops.patientClasses, (i) => ['patientClasses', i, 'id'], 'patient class', new Map()));
  problems.push(...duplicates(ops.pathways, (i) => ['pathways', i, 'id'], 'pathway', new Map()));
  const stepSeen = new Map<string, string>();
  ops.pathways.forEach((pathway, p) => {
    problems.push(...duplicates(pathway.steps, (s) => ['pathways', p, 'steps', s, 'id'], 'step', stepSeen));
  });

  const resources = new Map<string, ResourceSpec>(ops.resources.map((r) => [r.id, r]));
  const classIds = new Set(ops.patientClasses.map((c) => c.id));
  const pathwayIds = new Set(ops.pathways.map((p) => p.id));
  const stepIds = new Set(stepSeen.keys());

  ops.resources.forEach((r, i) => problems.push(...resourceProblems(r, ['resources', i], resources)));
  const stepsById = new Map<string, StepSpec>(ops.pathways.flatMap((p) => p.steps.map((s) => [s.id, s] as const)));
  ops.resources.forEach((r, i) => problems.push(...initialOccupancyProblems(r, ['resources', i], classIds, stepsById)));
  ops.patientClasses.forEach((c, i) => {
    if (!pathwayIds.has(c.pathway)) problems.push(problem(['patientClasses', i, 'pathway'], 'unknown-reference', `unknown pathway "${c.pathway}"`));
  });
  ops.pathways.forEach((pathway, p) => pathway.steps.forEach((step, s) => {
    problems.push(...stepProblems(step, ['pathways', p, 'steps', s], resources, classIds, stepIds));
  }));
  return problems;
}

function resourceProblems(r: ResourceSpec, path: ProblemPath, resources: Map<string, ResourceSpec>): Problem[] {
  const problems: Problem[] = [];
  if (r.kind === 'bed') {
    const isUnlimited = r.capacity === null || r.capacity === 'unlimited';
    if (isUnlimited && (r.beds || r.cleaning || r.staffedBy)) {
      problems.push(problem([...path, 'capacity'], 'unlimited-with-beds', 'an unlimited bed pool cannot map physical beds, be cleaned or be ratio-staffed'));
    }
    if (r.capacity === undefined && !r.beds) problems.push(problem([...path, 'capacity'], 'missing-capacity', 'a bed pool needs a capacity or a beds mapping'));
    if (r.staffedBy) {
      const staff = resources.get(r.staffedBy.staff);
      if (!staff) problems.push(problem([...path, 'staffedBy', 'staff'], 'unknown-reference', `unknown resource "${r.staffedBy.staff}"`));
      else if (staff.kind !== 'staff') problems.push(problem([...path, 'staffedBy', 'staff'], 'wrong-kind', `"${staff.id}" is a ${staff.kind} pool, not staff`));
    }
  }
  if (r.kind === 'room' && r.capacity === undefined && !r.rooms) problems.push(problem([...path, 'capacity'], 'missing-capacity', 'a room pool needs a capacity or a rooms mapping'));
  if (r.kind === 'equipment' && r.capacity === undefined && !r.equipment) problems.push(problem([...path, 'capacity'], 'missing-capacity', 'an equipment pool needs a capacity or an equipment mapping'));
  return problems;
}

function initialOccupancyProblems(r: ResourceSpec, path: ProblemPath, classIds: Set<string>, steps: Map<string, StepSpec>): Problem[] {
  if ((r.kind !== 'bed' && r.kind !== 'room') || !r.initialOccupancy) return [];
  const problems: Problem[] = [];
  const at: ProblemPath = [...path, 'initialOccupancy'];
  const unlimited = r.kind === 'bed' && (r.capacity === null || r.capacity === 'unlimited');
  if (unlimited && r.initialOccupancy.fraction !== undefined) {
    problems.push(problem([...at, 'fraction'], 'fraction-of-unlimited', 'an unlimited pool has no capacity to take a fraction of: give a count'));
  }
  r.initialOccupancy.patients.forEach((who, i) => {
    if (!classIds.has(who.class)) problems.push(problem([...at, 'patients', i, 'class'], 'unknown-reference', `unknown patient class "${who.class}"`));
    const step = steps.get(who.step);
    if (!step) {
      problems.push(problem([...at, 'patients', i, 'step'], 'unknown-reference', `unknown step "${who.step}"`));
      return;
    }
    if (!step.duration && !step.durationByClass?.[who.class]) {
      problems.push(problem([...at, 'patients', i, 'step'], 'initial-step-without-duration', `step "${who.step}" has no duration for class "${who.class}" to draw the remaining stay from`));
    }
  });
  return problems;
}

function stepProblems(step: StepSpec, path: ProblemPath, resources: Map<string, ResourceSpec>, classIds: Set<string>, stepIds: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const checkResource = (id: string, at: ProblemPath) => {
    if (!resources.has(id)) problems.push(problem(at, 'unknown-reference', `unknown resource "${id}"`));
  };
  const checkTarget = (to: string, at: ProblemPath) => {
    if (to !== 'exit' && !stepIds.has(to)) problems.push(problem(at, 'unknown-reference', `unknown step "${to}" (use a step id or "exit")`));
  };
  const checkClass = (id: string, at: ProblemPath) => {
    if (!classIds.has(id)) problems.push(problem(at, 'unknown-reference', `unknown patient class "${id}"`));
  };
  step.seize?.forEach((seize, i) => {
    if (typeof seize === 'string') return checkResource(seize, [...path, 'seize', i]);
    checkResource(seize.resource, [...path, 'seize', i, 'resource']);
    seize.overflowTo?.forEach((o, j) => {
      checkResource(o, [...path, 'seize', i, 'overflowTo', j]);
      if (o === seize.resource) problems.push(problem([...path, 'seize', i, 'overflowTo', j], 'overflow-to-self', 'a resource cannot overflow to itself'));
    });
  });
  if (Array.isArray(step.release)) step.release.forEach((id, i) => checkResource(id, [...path, 'release', i]));
  if (typeof step.boardingFrom === 'string') checkResource(step.boardingFrom, [...path, 'boardingFrom']);
  else step.boardingFrom?.forEach((id, i) => checkResource(id, [...path, 'boardingFrom', i]));
  if (step.next !== undefined) checkTarget(step.next, [...path, 'next']);
  for (const classId of Object.keys(step.durationByClass ?? {})) checkClass(classId, [...path, 'durationByClass', classId]);
  const branch = step.branch;
  if (branch && 'probabilities' in branch) {
    let sum = 0;
    branch.probabilities.forEach((option, i) => {
      sum += option.p;
      checkTarget(option.to, [...path, 'branch', 'probabilities', i, 'to']);
    });
    if (Math.abs(sum - 1) > PROBABILITY_SUM_TOLERANCE) {
      problems.push(problem([...path, 'branch', 'probabilities'], 'probabilities-sum', `probabilities sum to ${Number(sum.toFixed(9))}, not 1`));
    }
  } else if (branch) {
    for (const [classId, to] of Object.entries(branch.byClass)) {
      checkClass(classId, [...path, 'branch', 'byClass', classId]);
      checkTarget(to, [...path, 'branch', 'byClass', classId]);
    }
    if (branch.otherwise !== undefined) checkTarget(branch.otherwise, [...path, 'branch', 'otherwise']);
  }
  return problems;
}
