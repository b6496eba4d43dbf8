import { readFileSync } from 'node:fs';
import { formatProblem } from '../domain/problems';
import type { Hospital } from '../domain/schema';
import { validateHospitalText } from '../domain/validate';

/**
 * `npm run validate -- <file> [more files]`: checks hospital definition files and lists every problem.
 * Exit code 0 when all files are valid, 1 when a file has problems, 2 when a file cannot be read or the
 * command is used wrongly. Never prints a stack trace.
 */

const USAGE = 'usage: npm run validate -- <hospital.json> [more files]';

const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

function summary(hospital: Hospital): string {
  return [
    plural(hospital.floors.length, 'floor'),
    plural(hospital.units.length, 'unit'),
    plural(hospital.rooms.length, 'room'),
    plural(hospital.beds.length, 'bed'),
    plural(hospital.equipment.length, 'equipment item'),
  ].join(', ');
}

function readReason(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EISDIR': return 'it is a folder, not a file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    default: return error instanceof Error ? error.message : String(error);
  }
}

/** Validates one file and prints the outcome; returns its exit code. */
function validateFile(file: string): number {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`✗ cannot read ${file}: ${readReason(error)}`);
    return 2;
  }
  const start = performance.now();
  const result = validateHospitalText(text, file);
  const ms = Math.round(performance.now() - start);
  if (result.ok) {
    console.log(`✓ ${file} is a valid hospital: ${summary(result.value)} (validated in ${ms} ms)`);
    return 0;
  }
  console.log(`✗ ${file}: ${plural(result.problems.length, 'problem')}`);
  for (const problem of result.problems) console.log(`  ${formatProblem(problem)}`);
  return 1;
}

function main(args: string[]): number {
  if (args.includes('-h') || args.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const files = args.filter((a) => a !== '--');
  if (files.length === 0) {
    console.error(`✗ no file given; ${USAGE}`);
    return 2;
  }
  return files.reduce((worst, file) => Math.max(worst, validateFile(file)), 0);
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`✗ the validator failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
