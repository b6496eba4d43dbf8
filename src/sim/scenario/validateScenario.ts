import { parseJsonWithPositions } from '../../domain/parseJson';
import type { Problem, ProblemPath, Result } from '../../domain/problems';
import type { Hospital } from '../../domain/schema';
import { zodIssuesToProblems } from '../../domain/zodProblems';
import type { Operations } from '../model/operationsSchema';
import { migrateV1, scenarioV1Schema, sourcePath } from './legacyScenario';
import { indexModel } from './modelIndex';
import { resolveScenario } from './resolveScenario';
import { scenarioSchema, type Scenario } from './scenarioSchema';

type Locate = (path: ProblemPath) => { line: number; column: number } | undefined;

function withPositions(problems: Problem[], locate: Locate | null): Problem[] {
  return problems.map((p) => {
    const at = locate?.(p.path);
    return at ? { ...p, ...at } : p;
  });
}

/**
 * Reads a scenario (JSON text or parsed data) and checks it against the schema; version 1 files are migrated.
 * Ids are not checked here (see validateScenario with a model).
 */
export function loadScenario(input: string | unknown): Result<Scenario> {
  const parsed = parse(input);
  if (!parsed.ok) return parsed;
  return { ok: true, value: parsed.value, problems: [] };
}

function parse(input: string | unknown): (Result<Scenario> & { locate?: Locate | null }) {
  let data: unknown = input;
  let locate: Locate | null = null;
  if (typeof input === 'string') {
    const parsed = parseJsonWithPositions(input);
    if (!parsed.ok) return { ok: false, problems: parsed.problems };
    data = parsed.value;
    locate = parsed.locate;
  }
  const version = typeof data === 'object' && data !== null ? (data as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (version === 1) {
    const old = scenarioV1Schema.safeParse(data);
    if (old.success) return { ok: true, value: migrateV1(old.data), problems: [], locate };
    return { ok: false, problems: withPositions(zodIssuesToProblems(old.error.issues, data), locate) };
  }
  const result = scenarioSchema.safeParse(data);
  if (result.success) return { ok: true, value: result.data, problems: [], locate };
  const problems = zodIssuesToProblems(result.error.issues, data)
    .map((p) => (p.path.length === 0 && p.code === 'wrong-type' ? { ...p, message: 'expected a JSON object describing a scenario' } : p));
  return { ok: false, problems: withPositions(problems, locate) };
}

export interface ScenarioContext {
  /** The operations model the scenario applies to (validated). */
  operations: Operations;
  /** Its hospital, when resources map to physical beds, rooms and equipment (for unit ids and bed counts). */
  hospital?: Hospital | null;
}

/**
 * Validates a scenario completely: schema, then every id against the model (units, resources, classes, steps,
 * roles, shift times), with JSON paths (and line / column when given text). The editor's single entry point.
 */
export function validateScenario(input: string | unknown, context: ScenarioContext): Result<Scenario> {
  const parsed = parse(input);
  if (!parsed.ok) return parsed;
  const { problems } = resolveScenario(parsed.value, indexModel(context.operations, context.hospital ?? null));
  if (problems.length > 0) {
    const inFile = problems.map((p) => ({ ...p, path: sourcePath(parsed.value, p.path) }));
    return { ok: false, problems: withPositions(inFile, parsed.locate ?? null) };
  }
  return { ok: true, value: parsed.value, problems: [] };
}
