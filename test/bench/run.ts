/**
 * `npm run bench [-- --json <file>] [-- --only sim,domain,render]`: every performance figure of the project,
 * measured side by side in one invocation and printed as a table. Benchmarks print figures; tests never time things.
 */
import { writeFileSync } from 'node:fs';
import { benchSim } from './simBench';
import { benchValidate10k } from './validateBench';
import { allReachableJsGzipBytes, benchRender, firstViewJsGzipBytes, initialJsGzipBytes } from './render';
import { benchPlayback } from './playbackBench';
import { benchWhatIf } from './whatIfBench';
import { benchWallSoak } from './wallSoakBench';

type Figures = Record<string, number | string | null | object>;
type Section = { name: string; run: (figures: Figures) => Promise<void> };

const sections: Section[] = [
  {
    name: 'sim',
    run: async (f) => {
      Object.assign(f, await benchSim());
    },
  },
  {
    name: 'domain',
    run: async (f) => {
      const v = benchValidate10k();
      f.validate10kRoomsMs = v.ms;
      f.validateRooms = v.rooms;
    },
  },
  {
    name: 'render',
    run: async (f) => {
      // benchRender builds the app when dist/ is stale, so sizes are read after it.
      const rows = await benchRender();
      f.initialJsGzipBytes = initialJsGzipBytes();
      f.allJsGzipBytes = allReachableJsGzipBytes();
      const firstView = await firstViewJsGzipBytes();
      f.firstViewJsGzipBytes = firstView.mainThread;
      f.firstAnswerJsGzipBytes = firstView.afterFirstAnswer;
      f.workerJsGzipBytes = firstView.worker;
      f.render = rows;
      for (const r of rows) {
        f[`drawCalls${r.rooms}`] = r.drawCalls;
        f[`frameMsMedian${r.rooms}`] = r.frameMsMedian;
      }
    },
  },
  {
    name: 'whatif',
    run: async (f) => {
      Object.assign(f, await benchWhatIf());
    },
  },
  {
    name: 'playback',
    run: async (f) => {
      Object.assign(f, await benchPlayback());
    },
  },
  {
    name: 'soak',
    run: async (f) => {
      Object.assign(f, await benchWallSoak());
    },
  },
];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const only = arg('--only')?.split(',');
  const jsonOut = arg('--json');
  const figures: Figures = {};
  for (const s of sections) {
    if (only && !only.includes(s.name)) continue;
    process.stderr.write(`bench: ${s.name}…\n`);
    try {
      await s.run(figures);
    } catch (e) {
      // A section that cannot run (no Chromium, no build) must not hide the others' figures.
      const message = e instanceof Error ? e.message : String(e);
      process.stderr.write(`bench: ${s.name} could not run: ${message}\n`);
      figures[`${s.name}Error`] = message;
    }
  }
  console.log('\nFigure                          Value');
  for (const [k, v] of Object.entries(figures)) {
    if (typeof v === 'object' && v !== null) continue;
    const shown = typeof v === 'number' ? v.toLocaleString('en-US', { maximumFractionDigits: 3 }) : String(v);
    console.log(`${k.padEnd(32)}${shown}`);
  }
  if (Array.isArray(figures.render)) console.table(figures.render);
  if (jsonOut) {
    writeFileSync(jsonOut, JSON.stringify(figures, null, 2) + '\n');
    console.log(`\nwrote ${jsonOut}`);
  }
}

main().catch((e: unknown) => {
  console.error(`bench failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
