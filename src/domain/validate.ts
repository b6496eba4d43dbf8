import { readLooseHospital } from './looseView';
import { FATAL_VERSION_CODES, migrateHospital } from './migrations';
import { parseJsonWithPositions, type TextPosition } from './parseJson';
import type { Problem, ProblemPath, Result } from './problems';
import { checkFloorOrdinals, checkIdsAndReferences } from './referenceChecks';
import { hospitalSchema, type Hospital } from './schema';
import { checkPlan } from './spatialChecks';
import { zodIssuesToProblems } from './zodProblems';

/**
 * The one entry point for checking a hospital definition: parse, migrate to the current schema version,
 * check the schema, then check the parts against each other and the plan. Every problem found is
 * returned at once, in document order, each with a JSON path and a plain-language reason. These
 * functions never throw.
 */

/** Validates the text of a hospital file; problems carry the line and column they refer to. */
export function validateHospitalText(text: string, sourceName?: string): Result<Hospital> {
  try {
    const parsed = parseJsonWithPositions(text);
    if (!parsed.ok) return { ok: false, problems: parsed.problems };
    return validateParsed(parsed.value, parsed.locateAll);
  } catch (error) {
    return internalFailure(error, sourceName);
  }
}

/** Validates already-parsed JSON data (no line and column information). */
export function validateHospital(data: unknown): Result<Hospital> {
  try {
    return validateParsed(data, undefined);
  } catch (error) {
    return internalFailure(error, undefined);
  }
}

function validateParsed(data: unknown, locateAll: ((paths: ProblemPath[]) => (TextPosition | undefined)[]) | undefined): Result<Hospital> {
  const migrated = migrateHospital(data);
  let problems = migrated.problems;
  if (!problems.some((p) => FATAL_VERSION_CODES.has(p.code))) {
    const parsed = hospitalSchema.safeParse(migrated.data);
    const loose = readLooseHospital(migrated.data);
    // concat, not push(...): a badly broken big file can have more problems than a call has room for arguments
    problems = problems.concat(
      parsed.success ? [] : zodIssuesToProblems(parsed.error.issues, migrated.data),
      checkIdsAndReferences(loose), checkFloorOrdinals(loose), checkPlan(loose),
    );
    if (parsed.success && problems.length === 0) return { ok: true, value: parsed.data, problems: [] };
  }
  const ordered = sortByDocumentOrder(problems, migrated.data);
  if (!locateAll) return { ok: false, problems: ordered };
  const positions = locateAll(ordered.map((p) => p.path));
  ordered.forEach((problem, i) => {
    const position = positions[i];
    if (position && problem.line === undefined) { problem.line = position.line; problem.column = position.column; }
  });
  // With the text at hand, "document order" is what the reader sees: line, then column.
  const at = (p: Problem) => (p.line ?? Number.MAX_SAFE_INTEGER) * 1e7 + (p.column ?? 0);
  return { ok: false, problems: ordered.map((p, i) => ({ p, i })).sort((a, b) => at(a.p) - at(b.p) || a.i - b.i).map(({ p }) => p) };
}

function internalFailure(error: unknown, sourceName: string | undefined): Result<Hospital> {
  const reason = error instanceof Error ? error.message : String(error);
  const where = sourceName ? ` while reading ${sourceName}` : '';
  return {
    ok: false,
    problems: [{ path: [], code: 'internal-error', message: `the validator itself failed${where} (${reason}); please report this with the file` }],
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Sorts problems by where their path leads in the document: array indices, and field order as written.
 * A missing field sorts after the fields that are there. Problems at the same place keep their order.
 */
export function sortByDocumentOrder(problems: Problem[], data: unknown): Problem[] {
  const keyOrder = new Map<object, Map<string, number>>();
  const rankOf = (object: Record<string, unknown>, key: string): number => {
    let ranks = keyOrder.get(object);
    if (!ranks) {
      ranks = new Map(Object.keys(object).map((k, i) => [k, i]));
      keyOrder.set(object, ranks);
    }
    return ranks.get(key) ?? ranks.size;
  };
  const sortKey = (path: ProblemPath): number[] => {
    const key: number[] = [];
    let node: unknown = data;
    for (const segment of path) {
      if (Array.isArray(node) && typeof segment === 'number') {
        key.push(segment);
        node = node[segment];
      } else if (isRecord(node) && typeof segment === 'string') {
        key.push(rankOf(node, segment));
        node = node[segment];
      } else {
        key.push(Number.MAX_SAFE_INTEGER);
        node = undefined;
      }
    }
    return key;
  };
  const keyed = problems.map((problem, index) => ({ problem, index, key: sortKey(problem.path) }));
  keyed.sort((a, b) => {
    const n = Math.min(a.key.length, b.key.length);
    for (let i = 0; i < n; i++) if (a.key[i] !== b.key[i]) return a.key[i] - b.key[i];
    return a.key.length - b.key.length || a.index - b.index;
  });
  return keyed.map((k) => k.problem);
}
