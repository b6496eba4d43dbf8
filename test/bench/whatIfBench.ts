/**
 * What-if benchmark (DESIGN.md §8: ≥ 30 replications × 7 days with 95% intervals in ≤ 1 s wall, in the app's
 * workers): headless Chromium on the built app with the sample hospital; times `window.__twinRun.start()`
 * (what the Run button calls) to the summarised answer. The automatic first run warms the workers up; the
 * figure is the median of the timed runs after it. Also reports the main-thread cost of the workers'
 * messages and the longest main-thread task seen while the what-ifs ran.
 * Standalone: `npx tsx test/bench/whatIfBench.ts` (HT_E2E_SERVE_DIR=<build> to use a given build).
 */
import { withBrowserPage } from './browser';

export interface WhatIfFigures {
  whatIfSeconds: number;
  whatIfFirstRunSeconds: number;
  whatIfRuns: number[];
  poolSize: number;
  progressMessages: number;
  progressMsPerMessage: number;
  frameMessages: number;
  frameMsPerMessage: number;
  frameBytesPerMessage: number;
  /** Main thread: mean frames + publishing the answer to the store (React commits of subscribers included). */
  answerApplyMs: number;
  workerRunMs: number;
  summariseRoundTripMs: number;
  longestTaskMsDuringRuns: number;
}

type Stats = { progressMessages: number; progressMs: number; frameMessages: number; frameMs: number; frameBytes: number; summaryMs: number; workerRunMs: number; summariseMs: number };
interface Hook {
  start(settings?: Record<string, number>): Promise<{ status: string; elapsedMs: number | null }>;
  status(): string;
  poolSize(): number;
  stats(): Stats;
}
type BenchWindow = Window & { __twinRun?: Hook; __longTasks?: number[] };

const RUNS = 5;

export async function benchWhatIf(): Promise<WhatIfFigures> {
  return withBrowserPage('/', async (page) => {
    await page.waitForFunction(() => (window as BenchWindow).__twinRun !== undefined, undefined, { timeout: 60_000 });
    await page.waitForFunction(() => ['done', 'error'].includes((window as BenchWindow).__twinRun?.status() ?? ''), undefined, { timeout: 120_000 });
    const first = await page.evaluate(() => (window as BenchWindow).__twinRun!.start({ days: 7, replications: 30, warmupDays: 0 }));
    await page.evaluate(() => {
      const w = window as BenchWindow;
      w.__longTasks = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__longTasks!.push(e.duration); }).observe({ type: 'longtask' });
    });
    const runs: number[] = [];
    let stats: Stats | null = null;
    for (let i = 0; i < RUNS; i++) {
      const outcome = await page.evaluate(() => (window as BenchWindow).__twinRun!.start({ days: 7, replications: 30, warmupDays: 0 }));
      if (outcome.status !== 'done' || outcome.elapsedMs === null) throw new Error(`what-if ended ${outcome.status}`);
      runs.push(outcome.elapsedMs / 1000);
      stats = await page.evaluate(() => (window as BenchWindow).__twinRun!.stats());
    }
    const longTasks = await page.evaluate(() => (window as BenchWindow).__longTasks ?? []);
    const poolSize = await page.evaluate(() => (window as BenchWindow).__twinRun!.poolSize());
    const sorted = [...runs].sort((a, b) => a - b);
    const s = stats!;
    return {
      whatIfSeconds: sorted[Math.floor(sorted.length / 2)],
      whatIfFirstRunSeconds: (first.elapsedMs ?? NaN) / 1000,
      whatIfRuns: runs,
      poolSize,
      progressMessages: s.progressMessages,
      progressMsPerMessage: s.progressMs / Math.max(1, s.progressMessages),
      frameMessages: s.frameMessages,
      frameMsPerMessage: s.frameMs / Math.max(1, s.frameMessages),
      frameBytesPerMessage: s.frameBytes / Math.max(1, s.frameMessages),
      answerApplyMs: s.summaryMs,
      workerRunMs: s.workerRunMs,
      summariseRoundTripMs: s.summariseMs,
      longestTaskMsDuringRuns: Math.max(0, ...longTasks),
    };
  }, { gpuProcess: true }); // rendering off the page's main thread, as on a machine with a GPU
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchWhatIf().then((f) => { console.log(JSON.stringify(f, null, 2)); }, (e: unknown) => { console.error(e); process.exitCode = 1; });
}
