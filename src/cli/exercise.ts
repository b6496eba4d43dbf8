/**
 * npx tsx src/cli/exercise.ts <file.exercise.json> [--model <operations file>] [--hospital <file>]
 *                             [--replications N] [--decide <decision>=<option>]...
 *
 * Validates a training exercise against its hospital's model (default models/<hospital>.json and
 * models/operations/<hospital>.operations.json), prints its timeline, then runs the debrief (no action, the
 * decisions given with --decide as "the trainees", and the best options found) and prints every evaluated
 * combination's objective and the debrief table with paired differences against no action. For authors
 * tuning an exercise. Exit codes: 0 done, 1 bad arguments or I/O failure, 2 invalid file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { formatProblem } from '../domain/problems';
import { validateHospitalText } from '../domain/validate';
import { compile } from '../sim/model/compile';
import { loadOperations } from '../sim/model/loadOperations';
import type { Choice } from '../sim/training/composeExercise';
import { exerciseTimeline } from '../sim/training/composeExercise';
import { runDebrief, type DebriefVariantResult, type Estimate, type Paired } from '../sim/training/debrief';
import { exerciseRunSettings } from '../sim/training/exerciseTime';
import { loadExercise, validateExercise } from '../sim/training/validateExercise';

const USAGE = 'usage: npx tsx src/cli/exercise.ts <file.exercise.json> [--model <operations file>] [--hospital <file>] [--replications N] [--decide <decision>=<option>]...';

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function parseArgs(argv: string[]): { file: string; model?: string; hospital?: string; replications?: number; decide: Choice[] } {
  let file: string | undefined;
  const out: { model?: string; hospital?: string; replications?: number; decide: Choice[] } = { decide: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') fail(USAGE, 0);
    if (!arg.startsWith('--')) { if (file) fail(`unexpected argument "${arg}"\n${USAGE}`, 1); file = arg; continue; }
    const value = argv[++i];
    if (value === undefined) fail(`${arg} needs a value\n${USAGE}`, 1);
    if (arg === '--model') out.model = value;
    else if (arg === '--hospital') out.hospital = value;
    else if (arg === '--replications') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 2) fail(`--replications must be a whole number ≥ 2, got "${value}"`, 1);
      out.replications = n;
    } else if (arg === '--decide') {
      const [decisionId, optionId] = value.split('=', 2);
      if (!decisionId || !optionId) fail(`--decide needs <decision>=<option>, got "${value}"`, 1);
      out.decide.push({ decisionId, optionId });
    } else fail(`unknown option ${arg}\n${USAGE}`, 1);
  }
  if (!file) fail(USAGE, 1);
  return { file, ...out };
}

function hospitalField(text: string): string | undefined {
  try {
    const data: unknown = JSON.parse(text);
    const value = typeof data === 'object' && data !== null ? (data as { hospital?: unknown }).hospital : undefined;
    return typeof value === 'string' && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

const read = (path: string): string => {
  if (!existsSync(path)) fail(`${path}: no such file`, 1);
  return readFileSync(path, 'utf8');
};

const num = (x: number) => (!Number.isFinite(x) ? '—' : Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(2));
const est = (e: Estimate) => `${num(e.mean)} (${num(e.lo)}–${num(e.hi)})`;
const diff = (p: Paired | undefined) => (p ? `${p.diff > 0 ? '+' : ''}${num(p.diff)} (${num(p.lo)} to ${num(p.hi)})${p.significant ? ' *' : ''}` : '');

function table(variants: DebriefVariantResult[], kpis: string[]): string {
  const rows = [['', ...variants.map((v) => v.id), ...variants.filter((v) => v.vsNone).map((v) => `${v.id} − none`)]];
  const line = (name: string, pick: (v: DebriefVariantResult) => Estimate | undefined, pickDiff: (v: DebriefVariantResult) => Paired | undefined) => {
    rows.push([name, ...variants.map((v) => { const e = pick(v); return e ? est(e) : '—'; }), ...variants.filter((v) => v.vsNone).map((v) => diff(pickDiff(v)))]);
  };
  line('objective', (v) => v.score, (v) => v.vsNone?.score);
  for (const k of kpis) line(k, (v) => v.kpis[k as keyof typeof v.kpis], (v) => v.vsNone?.[k as keyof typeof v.kpis] as Paired | undefined);
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')).join('\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const text = read(args.file);
  const loaded = loadExercise(text);
  // The hospital id is needed to check the rest, even when other parts of the file are wrong.
  const named = loaded.ok ? loaded.value.hospital : hospitalField(text);
  if (named === undefined && !loaded.ok) fail(loaded.problems.map(formatProblem).join('\n'), 2);
  const hospitalId = named ?? '';
  const hospitalResult = validateHospitalText(read(args.hospital ?? `models/${hospitalId}.json`));
  if (!hospitalResult.ok) fail(`hospital: ${hospitalResult.problems.map(formatProblem).join('\n')}`, 2);
  const ops = loadOperations(read(args.model ?? `models/operations/${hospitalId}.operations.json`), { hospital: hospitalResult.value });
  if (!ops.ok) fail(`operations: ${ops.problems.map(formatProblem).join('\n')}`, 2);
  const valid = validateExercise(text, { operations: ops.value, hospital: hospitalResult.value });
  if (!valid.ok) fail(`${args.file}: ${valid.problems.length} problem(s)\n${valid.problems.map(formatProblem).join('\n')}`, 2);
  const exercise = valid.value;
  const run = exerciseRunSettings(exercise);
  console.log(`${exercise.id}: valid. ${run.days * 24} h from ${run.startDate}, warm-up ${run.warmupDays.toFixed(3)} days, seed ${run.seed}`);
  for (const step of exerciseTimeline(exercise)) console.log(`  minute ${String(step.minute).padStart(5)}  ${step.kind.padEnd(8)} ${step.stepId}`);
  const model = compile(ops.value, hospitalResult.value);
  const started = performance.now();
  const outcome = await runDebrief(model, exercise, args.decide, {
    replications: args.replications,
    onEvaluated: (choices, score) => console.log(`  ${est(score).padEnd(28)} ${choices.map((c) => c.optionId).join(' · ')}`),
  });
  const seconds = (performance.now() - started) / 1000;
  if (!outcome.ok) fail(outcome.problems.map(formatProblem).join('\n'), 2);
  console.log(`\ndebrief: ${outcome.search.variantsEvaluated} variants × ${outcome.search.replications} replications in ${seconds.toFixed(2)} s (* = paired 95% interval excludes 0)`);
  for (const v of outcome.variants) console.log(`  ${v.id.padEnd(9)} ${v.choices.map((c) => `${c.decisionId}=${c.optionId}`).join(', ')}`);
  console.log('');
  console.log(table(outcome.variants, [...new Set([...exercise.debrief.kpis, ...exercise.debrief.objective.map((o) => o.kpi)])]));
}

main().catch((error: unknown) => fail(error instanceof Error ? error.stack ?? error.message : String(error), 1));
