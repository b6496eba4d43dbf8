import { parseJsonWithPositions } from '../../domain/parseJson';
import type { Problem, ProblemPath, Result } from '../../domain/problems';
import type { Hospital } from '../../domain/schema';
import { zodIssuesToProblems } from '../../domain/zodProblems';
import { checkHospitalMapping, hasMapping } from './hospitalMapping';
import { operationsSchema, type Operations } from './operationsSchema';
import { checkOperationsReferences } from './referenceChecks';

export interface LoadOptions {
  /** The hospital definition the model maps to (needed when resources map physical beds, rooms or equipment). */
  hospital?: Hospital | null;
}

/**
 * Reads and validates an operations model from JSON text (problems get line and column) or parsed data:
 * schema, cross references, and the mapping to the hospital when one is given. Every problem at once.
 */
export function loadOperations(input: string | unknown, options: LoadOptions = {}): Result<Operations> {
  let data: unknown = input;
  let locate: ((path: ProblemPath) => { line: number; column: number } | undefined) | null = null;
  if (typeof input === 'string') {
    const parsed = parseJsonWithPositions(input);
    if (!parsed.ok) return { ok: false, problems: parsed.problems };
    data = parsed.value;
    locate = parsed.locate;
  }
  const problems = validate(data, options.hospital ?? null);
  if (problems.ok) return problems;
  const located = locate ? problems.problems.map((p) => withPosition(p, locate)) : problems.problems;
  return { ok: false, problems: located };
}

function withPosition(p: Problem, locate: (path: ProblemPath) => { line: number; column: number } | undefined): Problem {
  if (p.line !== undefined) return p;
  const at = locate(p.path);
  return at ? { ...p, line: at.line, column: at.column } : p;
}

function validate(data: unknown, hospital: Hospital | null): Result<Operations> {
  const parsed = operationsSchema.safeParse(data);
  if (!parsed.success) {
    const problems = zodIssuesToProblems(parsed.error.issues, data).map((p) => (p.path.length === 0 && p.code === 'wrong-type'
      ? { ...p, message: 'expected a JSON object describing hospital operations' } : p));
    return { ok: false, problems };
  }
  const ops = parsed.data;
  const problems = checkOperationsReferences(ops);
  if (hospital) {
    problems.push(...checkHospitalMapping(ops, hospital));
  } else {
    ops.resources.forEach((r, i) => {
      if (hasMapping(r) && (!('capacity' in r) || r.capacity === undefined)) {
        problems.push({ path: ['resources', i], code: 'needs-hospital', message: `maps to physical ${r.kind}s but no hospital definition was given` });
      }
    });
  }
  return problems.length === 0 ? { ok: true, value: ops, problems: [] } : { ok: false, problems };
}
