#!/usr/bin/env node
// `npm test`: the whole suite. Runs the vitest project `unit` (Node) and then `e2e` (headless
// Chromium against the built app), each with the readable default reporter on the console and a
// JSON report in test-results/, and closes with one line computed from both JSON reports:
// `N passed, N failed` (`, N skipped` only when N > 0). Exits non-zero on any failure.
// Extra arguments are passed to vitest as filters, e.g. `npm test -- smoke`.
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const CHROMIUM_INSTALL_HINT =
  'No Chromium found: install it with `sudo apt-get install -y chromium` or set CHROMIUM_PATH=/path/to/chrome';
export const CHROMIUM_FALLBACKS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const CHROMIUM_NAMES = ['chromium', 'chromium-browser'];
const PROJECTS = ['unit', 'e2e'];
let terminated = false; // set by SIGTERM: finish the running project, start no other
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS_DIR = join(ROOT, 'test-results');

function isExecutableFile(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * CHROMIUM_PATH if set (and then only there), else `chromium` / `chromium-browser` on PATH, else the
 * Debian locations. Mirrors findChromium in test/e2e/harness.ts.
 * @param {Record<string, string | undefined>} env
 * @param {readonly string[]} fallbacks
 * @returns {string | undefined}
 */
export function findChromium(env = process.env, fallbacks = CHROMIUM_FALLBACKS) {
  if (env.CHROMIUM_PATH) return isExecutableFile(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => dir !== '')
    .flatMap((dir) => CHROMIUM_NAMES.map((name) => join(dir, name)));
  return [...onPath, ...fallbacks].find(isExecutableFile);
}

/** The one line printed when there is no browser. */
export function chromiumMissingMessage(env = process.env) {
  return env.CHROMIUM_PATH
    ? CHROMIUM_INSTALL_HINT.replace('No Chromium found', `No Chromium found (CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable file)`)
    : CHROMIUM_INSTALL_HINT;
}

const SKIPPED_STATUSES = new Set(['pending', 'skipped', 'todo', 'disabled']);

/**
 * Counts tests in a vitest JSON report. A file that failed without any failed test (import error,
 * failing beforeAll/afterAll) counts as one failure.
 * @returns {{ passed: number, failed: number, skipped: number, problems: string[] }}
 */
export function tallyReport(report) {
  const tally = { passed: 0, failed: 0, skipped: 0, problems: [] };
  for (const file of report.testResults ?? []) {
    let failedInFile = 0;
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'passed') tally.passed++;
      else if (test.status === 'failed') failedInFile++;
      else if (SKIPPED_STATUSES.has(test.status)) tally.skipped++;
    }
    if (file.status === 'failed' && failedInFile === 0) {
      failedInFile = 1;
      const firstLine = (file.message ?? '').split('\n').find((line) => line.trim() !== '');
      tally.problems.push(`${file.name}: ${firstLine ?? 'failed outside its tests'}`);
    }
    tally.failed += failedInFile;
  }
  return tally;
}

export function summaryLine({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
}

/** Runs one vitest project and returns its tally; a crash or a missing report is a failure. */
async function runProject(project, filters, env) {
  const jsonFile = join(RESULTS_DIR, `vitest-${project}.json`);
  rmSync(jsonFile, { force: true });
  const args = [
    join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--project', project,
    '--reporter=default', '--reporter=json', `--outputFile.json=${jsonFile}`,
    ...(filters.length > 0 ? ['--passWithNoTests', ...filters] : []),
  ];
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
  // Ctrl-C reaches vitest through the terminal's process group; stay alive to report. A SIGTERM
  // (e.g. a CI timeout) reaches only us: pass it on so that vitest tears down the preview server.
  const forward = () => {
    terminated = true;
    child.kill('SIGTERM');
  };
  const ignore = () => {};
  process.on('SIGTERM', forward);
  process.on('SIGINT', ignore);
  const code = await new Promise((done) => child.on('close', (exitCode) => done(exitCode ?? 1)));
  process.removeListener('SIGTERM', forward);
  process.removeListener('SIGINT', ignore);

  const tally = existsSync(jsonFile)
    ? tallyReport(JSON.parse(readFileSync(jsonFile, 'utf8')))
    : { passed: 0, failed: 0, skipped: 0, problems: ['vitest wrote no JSON report'] };
  if (code !== 0 && tally.failed === 0) {
    tally.failed = 1;
    const why = terminated ? 'terminated' : 'no tests found, or an error outside tests; see above';
    tally.problems.push(`vitest exited with code ${code} (${why})`);
  }
  return tally;
}

async function main(filters) {
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    console.error(chromiumMissingMessage());
    return 1;
  }
  mkdirSync(RESULTS_DIR, { recursive: true });
  const env = { ...process.env, CHROMIUM_PATH: chromiumPath };
  const total = { passed: 0, failed: 0, skipped: 0 };
  const lines = [];
  for (const project of PROJECTS) {
    if (terminated) {
      total.failed++;
      lines.push(`${project}: not run (terminated)`);
      continue;
    }
    const tally = await runProject(project, filters, env);
    for (const key of Object.keys(total)) total[key] += tally[key];
    lines.push(`${project}: ${summaryLine(tally)}`, ...tally.problems.map((problem) => `  ${project}: ${problem}`));
  }
  console.log(`\n${lines.join('\n')}`);
  console.log(summaryLine(total));
  return total.failed > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
