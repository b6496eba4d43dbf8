import { parseJsonWithPositions } from '../../domain/parseJson';
import type { Problem, ProblemPath, Result } from '../../domain/problems';
import type { Hospital } from '../../domain/schema';
import { zodIssuesToProblems } from '../../domain/zodProblems';
import type { Operations } from '../model/operationsSchema';
import { indexModel, type ModelIndex } from '../scenario/modelIndex';
import { exerciseSchema, stepSchema, type Exercise, type ExerciseStep } from './exerciseSchema';
import { checkExerciseSemantics } from './exerciseChecks';

export interface ExerciseContext {
  /** The operations model the exercise runs on (validated). */
  operations: Operations;
  /** Its hospital, when resources map to physical beds, rooms and equipment. */
  hospital?: Hospital | null;
}

type Locate = (paths: readonly ProblemPath[]) => ({ line: number; column: number } | undefined)[];

function withPositions(problems: Problem[], locateAll: Locate | null): Problem[] {
  if (!locateAll || problems.length === 0) return problems;
  const positions = locateAll(problems.map((p) => p.path));
  return problems.map((p, i) => (positions[i] ? { ...p, ...positions[i] } : p));
}

/** Reads an exercise (JSON text or parsed data) and checks it against the schema only (defaults filled in). */
export function loadExercise(input: string | unknown): Result<Exercise> & { locateAll?: Locate | null } {
  let data: unknown = input;
  let locateAll: Locate | null = null;
  if (typeof input === 'string') {
    const parsed = parseJsonWithPositions(input);
    if (!parsed.ok) return { ok: false, problems: parsed.problems };
    data = parsed.value;
    locateAll = parsed.locateAll;
  }
  const result = exerciseSchema.safeParse(data);
  if (result.success) return { ok: true, value: result.data, problems: [], locateAll };
  const problems = zodIssuesToProblems(result.error.issues, data)
    .map((p) => (p.path.length === 0 && p.code === 'wrong-type' ? { ...p, message: 'expected a JSON object describing a training exercise' } : p));
  return { ok: false, problems: withPositions(problems, locateAll) };
}

/**
 * Validates an exercise completely: the schema, then times (steps inside the exercise, no two decisions at
 * the same minute), ids (steps, options, incidents), the hospital id, and every resource, unit, role, class
 * and type of the start state and of every effect against the model — with JSON paths, and line / column
 * when given text. Every problem at once.
 */
export function validateExercise(input: string | unknown, context: ExerciseContext): Result<Exercise> {
  const index = indexModel(context.operations, context.hospital ?? null);
  const loaded = loadExercise(input);
  if (!loaded.ok) {
    // Schema problems first, then what can still be checked in the parts that are valid on their own.
    const data = typeof input === 'string' ? parseJsonWithPositions(input) : { ok: true as const, value: input, locateAll: null };
    if (!data.ok) return loaded;
    const more = checkValidParts(data.value, index).filter((p) => !loaded.problems.some((q) => samePath(p.path, q.path)));
    return { ok: false, problems: [...loaded.problems, ...withPositions(more, data.locateAll)] };
  }
  const problems = checkExerciseSemantics(loaded.value, index);
  if (problems.length > 0) return { ok: false, problems: withPositions(problems, loaded.locateAll ?? null) };
  return { ok: true, value: loaded.value, problems: [] };
}

const samePath = (a: ProblemPath, b: ProblemPath) => a.length === b.length && a.every((segment, i) => segment === b[i]);

/**
 * The semantic checks over the parts of an invalid file that are valid on their own (the start, each step,
 * the debrief), so that one upload shows as many problems as possible. Paths point into the original file.
 */
function checkValidParts(data: unknown, index: ModelIndex): Problem[] {
  if (typeof data !== 'object' || data === null) return [];
  const record = data as Record<string, unknown>;
  const start = exerciseSchema.shape.start.safeParse(record.start);
  if (!start.success) return [];
  const steps: { step: ExerciseStep; at: number }[] = [];
  (Array.isArray(record.steps) ? record.steps : []).forEach((raw: unknown, at) => {
    const step = stepSchema.safeParse(raw);
    if (step.success) steps.push({ step: step.data, at });
  });
  const debrief = exerciseSchema.shape.debrief.safeParse(record.debrief);
  const partial: Exercise = {
    schemaVersion: 1, kind: 'exercise', id: 'exercise', name: 'exercise',
    hospital: typeof record.hospital === 'string' ? record.hospital : index.ops.hospital ?? '',
    start: start.data, steps: steps.map((s) => s.step),
    debrief: debrief.success ? debrief.data : { objective: [], kpis: [] },
  };
  return checkExerciseSemantics(partial, index).map((p) => (p.path[0] === 'steps' && typeof p.path[1] === 'number'
    ? { ...p, path: ['steps', steps[p.path[1]].at, ...p.path.slice(2)] } : p));
}
