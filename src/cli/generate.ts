/**
 * Writes a hospital definition.
 *   npm run generate -- --beds N --floors F --out file [--seed S] [--name "…"]   a generated hospital
 *   npm run generate -- --sample --out models/general-hospital.json             the sample hospital
 * The file is written to a temporary name and renamed, so it is never left half-written.
 * Exit codes: 0 written, 1 the result failed validation or could not be written, 2 bad usage.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hospitalCounts } from '../domain/build/counts';
import { GENERATE_LIMITS, generateHospital } from '../domain/build/generateHospital';
import { buildSampleHospital } from '../domain/build/sampleHospital';
import { hospitalToJson } from '../domain/build/serialize';
import { formatProblem } from '../domain/problems';
import type { Hospital } from '../domain/schema';
import { validateHospital } from '../domain/validate';

const USAGE = `usage: npm run generate -- --beds N --floors F --out FILE [--seed S] [--name "Hospital name"]
       npm run generate -- --sample --out models/general-hospital.json
  --beds    inpatient beds (ward, ICU, step-down, maternity), ${GENERATE_LIMITS.beds.min}–${GENERATE_LIMITS.beds.max}
  --floors  floors above ground, ${GENERATE_LIMITS.floors.min}–${GENERATE_LIMITS.floors.max}
  --seed    layout variety (whole number, default 1); the same arguments always give the same file
  --sample  write the built-in sample hospital instead`;

class UsageError extends Error {}

type Command = { kind: 'help' } | { kind: 'sample'; out: string } | { kind: 'generate'; out: string; beds: number; floors: number; seed: number; name?: string };

function wholeNumber(flag: string, text: string | undefined, min: number, max: number): number {
  const value = text !== undefined && /^-?\d+$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`${flag} must be a whole number between ${min} and ${max}${text === undefined ? '' : ` (got "${text}")`}`);
  }
  return value;
}

export function parseGenerateArgs(argv: readonly string[]): Command {
  const values = new Map<string, string>();
  let sample = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '--sample') { sample = true; continue; }
    const match = /^(--(?:beds|floors|out|seed|name))(?:=(.*))?$/.exec(arg);
    if (!match) throw new UsageError(`unknown argument "${arg}"`);
    const value = match[2] ?? argv[++i];
    if (value === undefined || (match[2] === undefined && value.startsWith('--'))) throw new UsageError(`${match[1]} needs a value`);
    values.set(match[1], value);
  }
  const out = values.get('--out');
  if (!out) throw new UsageError('--out FILE is required');
  if (sample) {
    const extra = ['--beds', '--floors', '--seed', '--name'].filter((f) => values.has(f));
    if (extra.length > 0) throw new UsageError(`--sample does not take ${extra.join(', ')}`);
    return { kind: 'sample', out };
  }
  const beds = wholeNumber('--beds', values.get('--beds'), GENERATE_LIMITS.beds.min, GENERATE_LIMITS.beds.max);
  const floors = wholeNumber('--floors', values.get('--floors'), GENERATE_LIMITS.floors.min, GENERATE_LIMITS.floors.max);
  const seed = values.has('--seed') ? wholeNumber('--seed', values.get('--seed'), 0, 2 ** 32 - 1) : 1;
  const name = values.get('--name');
  if (name !== undefined && name.trim() === '') throw new UsageError('--name must not be empty');
  return { kind: 'generate', out, beds, floors, seed, ...(name !== undefined ? { name } : {}) };
}

function writeAtomically(path: string, text: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

function summary(out: string, h: Hospital): string {
  const n = (value: number) => value.toLocaleString('en-US');
  const c = hospitalCounts(h);
  return `wrote ${out}: ${n(c.floors)} floors, ${n(c.rooms)} rooms, ${n(c.beds)} beds (${n(c.inpatientBeds)} inpatient), ${n(c.equipment)} equipment items`;
}

export function main(argv: readonly string[]): number {
  let command: Command;
  try {
    command = parseGenerateArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`generate: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  if (command.kind === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const hospital = command.kind === 'sample'
    ? buildSampleHospital()
    : generateHospital({ beds: command.beds, floors: command.floors, seed: command.seed, ...(command.name !== undefined ? { name: command.name } : {}) });
  const text = hospitalToJson(hospital);
  const check = validateHospital(JSON.parse(text));
  if (!check.ok) {
    process.stderr.write(`generate: the generated hospital is not valid (a bug; please report it):\n${check.problems.slice(0, 20).map(formatProblem).join('\n')}\n`);
    return 1;
  }
  try {
    writeAtomically(command.out, text);
  } catch (error) {
    process.stderr.write(`generate: could not write ${command.out}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  process.stdout.write(`${summary(command.out, hospital)}\n`);
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
