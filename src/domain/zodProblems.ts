import type { z } from 'zod';
import type { Problem, ProblemPath } from './problems';
import { closestNames } from './suggest';

/**
 * Turns zod's issues into plain-language problems: 'missing field "unitId"', 'expected a number, got the
 * text "12"', 'must be one of: emergency, icu, …'. Messages written in the schema itself (such as 'a polygon
 * needs at least 3 points') are kept; zod's own English defaults are replaced.
 */
export function zodIssuesToProblems(issues: z.core.$ZodIssue[], data: unknown): Problem[] {
  return issues.map((issue) => {
    const path: ProblemPath = issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment));
    const { code, message } = describeIssue(issue, path, data);
    return { path, code, message };
  });
}

type Described = { code: string; message: string };

function describeIssue(issue: z.core.$ZodIssue, path: ProblemPath, data: unknown): Described {
  const { found, value, parent } = lookUp(data, path);
  const own = isSchemaWrittenMessage(issue.message) ? issue.message : undefined;
  const key = path[path.length - 1];
  if (!found && isRecord(parent) && typeof key === 'string' && issue.code !== 'unrecognized_keys') {
    const lookalike = closestNames(key, Object.keys(parent), 1)[0];
    const hint = lookalike ? ` (found "${lookalike}": check the spelling)` : '';
    return { code: 'missing-field', message: `missing field "${key}"${hint}` };
  }
  switch (issue.code) {
    case 'invalid_type': {
      if (path.length === 0) return { code: 'wrong-type', message: `expected a JSON object describing a hospital, got ${describeValue(value)}` };
      return { code: 'wrong-type', message: `expected ${expectedName(issue.expected)}, got ${describeValue(value)}` };
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => String(v));
      if (allowed.length === 1) return { code: 'invalid-value', message: `must be ${JSON.stringify(issue.values[0])}, got ${describeValue(value)}` };
      const guess = typeof value === 'string' ? closestNames(value, allowed, 1)[0] : undefined;
      const hint = guess ? `; did you mean "${guess}"?` : '';
      return { code: 'invalid-value', message: `${describeValue(value, true)} is not allowed here; must be one of: ${allowed.join(', ')}${hint}` };
    }
    case 'too_small':
      return { code: 'too-small', message: sizeMessage('small', issue.origin, Number(issue.minimum), issue.inclusive !== false, value, path, own) };
    case 'too_big':
      return { code: 'too-big', message: sizeMessage('big', issue.origin, Number(issue.maximum), issue.inclusive !== false, value, path, own) };
    case 'invalid_format':
      return { code: 'invalid-format', message: `${describeValue(value, true)} ${own ?? `is not in the expected ${issue.format} format`}` };
    case 'not_multiple_of':
      return { code: 'invalid-value', message: `must be a multiple of ${issue.divisor}, got ${describeValue(value)}` };
    case 'unrecognized_keys':
      return { code: 'unknown-field', message: `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.map((k) => `"${k}"`).join(', ')}` };
    case 'invalid_union':
      return { code: 'invalid-value', message: own ?? `${describeValue(value, true)} does not match any of the allowed forms` };
    default:
      return { code: 'invalid-value', message: own ?? `${describeValue(value, true)} is not valid here` };
  }
}

function sizeMessage(
  side: 'small' | 'big', origin: string, limit: number, inclusive: boolean, value: unknown, path: ProblemPath, own: string | undefined,
): string {
  const noun = path[path.length - 1] === 'polygon' ? 'point' : 'item';
  const got = Array.isArray(value) ? `${value.length} ${noun}${value.length === 1 ? '' : 's'}` : typeof value === 'string' ? `${value.length} characters` : describeValue(value);
  if (own) return `${own}, got ${got}`;
  if (origin === 'array' && isPointPath(path)) return `a point needs exactly 2 numbers [x, y], got ${got}`;
  const limitText = side === 'small'
    ? (inclusive ? `at least ${limit}` : `greater than ${limit}`)
    : (inclusive ? `at most ${limit}` : `less than ${limit}`);
  if (origin === 'string') return side === 'small' && limit <= 1 ? 'must not be empty' : `must be ${limitText} characters long, got ${got}`;
  if (origin === 'array') return `needs ${limitText} item${limit === 1 ? '' : 's'}, got ${got}`;
  return `must be ${limitText}, got ${got}`;
}

/** Points are [x, y] tuples: a polygon's elements and every `position`. */
function isPointPath(path: ProblemPath): boolean {
  const last = path[path.length - 1];
  return last === 'position' || (typeof last === 'number' && path[path.length - 2] === 'polygon');
}

/** zod's built-in English messages start like this; anything else was written in our schema. */
function isSchemaWrittenMessage(message: string): boolean {
  return message !== '' && !/^(Invalid|Too (small|big)|Unrecognized key)/.test(message);
}

function expectedName(expected: string): string {
  switch (expected) {
    case 'string': return 'text';
    case 'number': return 'a number';
    case 'int': return 'a whole number';
    case 'boolean': return 'true or false';
    case 'array': return 'a list [ … ]';
    case 'object': return 'an object { … }';
    case 'tuple': return 'a point [x, y]';
    case 'null': return 'null';
    default: return expected;
  }
}

/** A value as a person would name it: 'the text "12"', 'the number 1.5', 'a list of 3 items'. */
export function describeValue(value: unknown, bare = false): string {
  if (typeof value === 'string') {
    const shown = JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    return bare ? shown : `the text ${shown}`;
  }
  if (typeof value === 'number') return bare ? String(value) : `the number ${value}`;
  if (typeof value === 'boolean') return bare ? String(value) : `the value ${value}`;
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  return 'an object';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lookUp(data: unknown, path: ProblemPath): { found: boolean; value: unknown; parent: unknown } {
  let parent: unknown = undefined;
  let value: unknown = data;
  for (const segment of path) {
    parent = value;
    if (Array.isArray(value) && typeof segment === 'number' && segment < value.length) value = value[segment];
    else if (isRecord(value) && typeof segment === 'string' && Object.hasOwn(value, segment)) value = value[segment];
    else return { found: false, value: undefined, parent };
  }
  return { found: true, value, parent };
}
