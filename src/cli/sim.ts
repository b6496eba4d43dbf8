/**
 * npm run sim -- --model <file> [--scenario <file>]... [--compare] [--replications N] [--seed S] [--days D]
 *                [--warmup-days W] [--json <out>] [--hospital <file>] [--sample-interval <minutes>]
 *
 * Runs replications of an operations model and prints a KPI table with 95% confidence intervals.
 * Several --scenario files compose in the order given (composeScenarios: a surge, then a staffing response).
 * --compare also runs the baseline with the same seeds (common random numbers) and prints the paired
 * differences scenario − baseline with 95% intervals; the JSON then adds "compare": { kpi: { diff, ci95, … } }.
 * Exit codes: 0 done, 1 bad arguments or I/O failure, 2 invalid model, hospital or scenario file.
 * The JSON file is written to a temporary file and renamed, so it is never half-written.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { formatProblem, type Problem } from '../domain/problems';
import type { Hospital } from '../domain/schema';
import { validateHospitalText } from '../domain/validate';
import {
  applyScenario, compareExperiments, compile, composeScenarios, formatComparisonTable, formatExperimentTable, loadOperations,
  runExperiment, validateScenario, type CompiledModel, type ExperimentResult, type Scenario,
} from '../sim/index';

const USAGE = 'usage: npm run sim -- --model <file> [--scenario <file>]... [--compare] [--replications N] [--seed S] [--days D] [--warmup-days W] [--json <out>] [--hospital <file>] [--sample-interval <minutes>]';

class UsageError extends Error {}
class InvalidFile extends Error {
  constructor(readonly file: string, readonly problems: Problem[]) { super(`${file} is not valid`); }
}

type Args = { model: string; scenarios: string[]; compare: boolean; hospital?: string; json?: string; replications: number; seed: number; days: number; warmupDays: number; sampleInterval: number };

function parseArgs(argv: string[]): Args {
  const values = new Map<string, string>();
  const scenarios: string[] = [];
  let compare = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') throw new UsageError(USAGE);
    if (arg === '--compare') { compare = true; continue; }
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument "${arg}"\n${USAGE}`);
    const [name, inline] = arg.slice(2).split('=', 2);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new UsageError(`--${name} needs a value\n${USAGE}`);
    if (name === 'scenario') scenarios.push(value);
    else values.set(name, value);
  }
  const known = new Set(['model', 'scenario', 'hospital', 'json', 'replications', 'seed', 'days', 'warmup-days', 'sample-interval']);
  for (const name of values.keys()) if (!known.has(name)) throw new UsageError(`unknown option --${name}\n${USAGE}`);
  const model = values.get('model');
  if (!model) throw new UsageError(`--model is required\n${USAGE}`);
  if (compare && scenarios.length === 0) throw new UsageError(`--compare needs at least one --scenario\n${USAGE}`);
  const number = (name: string, fallback: number, check: (n: number) => boolean, rule: string): number => {
    const text = values.get(name);
    if (text === undefined) return fallback;
    const n = Number(text);
    if (!check(n)) throw new UsageError(`--${name} must be ${rule}, got "${text}"`);
    return n;
  };
  return {
    model, scenarios, compare, hospital: values.get('hospital'), json: values.get('json'),
    replications: number('replications', 10, (n) => Number.isInteger(n) && n >= 1, 'a whole number ≥ 1'),
    seed: number('seed', 12345, (n) => Number.isInteger(n) && n >= 0, 'a whole number ≥ 0'),
    days: number('days', 30, (n) => n > 0, 'a number of days > 0'),
    warmupDays: number('warmup-days', 0, (n) => n >= 0, 'a number of days ≥ 0'),
    sampleInterval: number('sample-interval', 60, (n) => n >= 0, 'a number of minutes ≥ 0'),
  };
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error && error.code === 'ENOENT' ? 'file not found' : String(error);
    throw new InvalidFile(file, [{ path: [], code: 'unreadable', message: reason }]);
  }
}

/** The hospital named by the model: --hospital, or <id>.json next to the model, one folder up, or in models/. */
function findHospital(modelFile: string, modelText: string, explicit: string | undefined): Hospital | null {
  let hospitalId: unknown;
  try {
    hospitalId = (JSON.parse(modelText) as { hospital?: unknown }).hospital;
  } catch {
    return null; // the model's own syntax errors are reported by loadOperations
  }
  const candidates = explicit ? [explicit] : typeof hospitalId === 'string'
    ? [join(dirname(modelFile), `${hospitalId}.json`), join(dirname(modelFile), '..', `${hospitalId}.json`), join('models', `${hospitalId}.json`)]
    : [];
  const file = candidates.find((f) => existsSync(f));
  if (!file) return null;
  const result = validateHospitalText(readText(file), file);
  if (!result.ok) throw new InvalidFile(file, result.problems);
  return result.value;
}

function progressReporter(): { update(done: number, total: number): void; finish(): void } {
  const started = Date.now();
  const stream = process.stderr;
  let shown = false;
  let last = 0;
  return {
    update(done, total) {
      const now = Date.now();
      if (!stream.isTTY && now - started < 1000) return;
      if (now - last < 100 && done < total) return;
      last = now;
      shown = true;
      const width = 30;
      const filled = Math.round((done / total) * width);
      const text = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done.toFixed(done < total ? 1 : 0)}/${total} replications, ${((now - started) / 1000).toFixed(1)} s`;
      stream.write(stream.isTTY ? `\r${text}` : `${text}\n`);
    },
    finish() {
      if (shown && stream.isTTY) stream.write('\n');
    },
  };
}

function writeJsonAtomically(file: string, result: ExperimentResult | (ExperimentResult & { compare: unknown })): void {
  const target = resolve(file);
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, JSON.stringify(result, null, 1) + '\n');
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

function main(argv: string[]): number {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n`);
      return error.message === USAGE ? 0 : 1;
    }
    throw error;
  }
  try {
    const modelText = readText(args.model);
    const hospital = findHospital(args.model, modelText, args.hospital);
    const loaded = loadOperations(modelText, { hospital });
    if (!loaded.ok) throw new InvalidFile(args.model, loaded.problems);
    const baseline = compile(loaded.value, hospital);
    let model = baseline;
    if (args.scenarios.length > 0) {
      const scenarios: Scenario[] = args.scenarios.map((file) => {
        const checked = validateScenario(readText(file), { operations: loaded.value, hospital });
        if (!checked.ok) throw new InvalidFile(file, checked.problems);
        return checked.value;
      });
      const applied = applyScenario(baseline, composeScenarios(scenarios));
      if (!applied.ok) throw new InvalidFile(args.scenarios.join(' + '), applied.problems);
      model = applied.value;
    }
    const runs = args.compare ? 2 : 1;
    const progress = progressReporter();
    const run = (m: CompiledModel, k: number) => runExperiment(m, {
      replications: args.replications, seed: args.seed, days: args.days, warmupDays: args.warmupDays,
      sampleIntervalMinutes: args.sampleInterval, onProgress: (done, total) => progress.update(k * total + done, runs * total),
    });
    const result = run(model, 0);
    const baselineResult = args.compare ? run(baseline, 1) : null;
    progress.finish();
    process.stdout.write(`${formatExperimentTable(result)}\n`);
    const comparison = baselineResult ? compareExperiments(baselineResult, result) : null;
    if (comparison) process.stdout.write(`\n${formatComparisonTable(comparison)}\n`);
    if (args.json) {
      writeJsonAtomically(args.json, comparison ? { ...result, compare: comparison.kpis } : result);
      process.stdout.write(`\nwrote ${args.json}\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof InvalidFile) {
      process.stderr.write(`${error.file}: ${error.problems.length} problem(s)\n`);
      for (const p of error.problems) process.stderr.write(`  ${formatProblem(p)}\n`);
      return 2;
    }
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
