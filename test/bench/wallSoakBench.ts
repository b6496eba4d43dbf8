/**
 * Wall display soak (headless Chromium, SwiftShader): opens `?mode=wall` at a high playback speed and plays
 * several simulated days (a fresh run every 12 simulated hours), kills the simulation worker once mid-run and
 * loses the WebGL context once without giving it back (the wall must restart the run and remount the canvas on
 * its own), then compares the page's JavaScript heap after forced garbage collection (CDP
 * HeapProfiler.collectGarbage, Runtime.getHeapUsage) at the first answer and at the end.
 * - soakHeapGrowthMb: end − start, main thread (target ≤ 10 MB). Typed-array backing stores and the workers'
 *   heaps are not in this figure; the DOM node and listener counts are printed beside it.
 * - soakRecoveries: recoveries the wall counted (a worker restart and a canvas remount expected).
 * - soakUnrecoveredContextLoss: 1 if a lost WebGL context was left neither restored nor replaced.
 * Run: `npx tsx test/bench/wallSoakBench.ts [simulated hours]` or `npm run bench -- --only soak`.
 */
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { withBrowserPage } from './browser';

export interface WallSoakFigures {
  soakSimulatedHours: number;
  soakRealSeconds: number;
  soakRunsStarted: number;
  soakAnswers: number;
  soakHeapStartMb: number;
  soakHeapEndMb: number;
  soakHeapGrowthMb: number;
  soakRecoveries: number;
  soakRecoveryKinds: string;
  soakContextLosses: number;
  soakUnrecoveredContextLoss: number;
  soakDomNodesStart: number;
  soakDomNodesEnd: number;
  soakJsListenersStart: number;
  soakJsListenersEnd: number;
}

/** window.__twinWall is typed in src/ui/wall/useWallSession.ts; the run hooks are installed by simClient. */
interface RunHooks { status(): string; killWorker(index?: number): void }

/** Simulated minutes per real second: 6 simulated hours a second, a refresh run every 2 s. */
const SPEED = 360;
const DEFAULT_HOURS = 96;
const MB = 1024 * 1024;

async function heapAfterGc(cdp: CDPSession): Promise<{ usedMb: number; nodes: number; listeners: number }> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  return { usedMb: heap.usedSize / MB, nodes: counters.nodes, listeners: counters.jsEventListeners };
}

const simulatedMs = (page: Page): Promise<number> => page.evaluate(() => window.__twinWall?.simulatedTime() ?? 0);

async function soak(page: Page, hours: number): Promise<WallSoakFigures> {
  await page.waitForFunction(() => window.__twinWall?.ready() === true, undefined, { timeout: 180_000 });
  const cdp = await page.context().newCDPSession(page);
  const start = await heapAfterGc(cdp);
  const simStart = await simulatedMs(page);
  const t0 = Date.now();
  const target = simStart + hours * 3_600_000;
  let killed = false;
  let lostContext = false;
  for (;;) {
    const now = await simulatedMs(page);
    const done = (now - simStart) / (target - simStart);
    if (!killed && done >= 1 / 3) {
      // Kill while a refresh run computes: a worker killed between runs is simply replaced, nothing to recover.
      await page.waitForFunction(() => {
        const run = (window as unknown as { __twinRun?: RunHooks }).__twinRun;
        if (run?.status() !== 'running') return false;
        run.killWorker(0);
        return true;
      }, undefined, { timeout: 60_000, polling: 20 });
      killed = true;
    }
    if (!lostContext && done >= 2 / 3) {
      if (!(await page.evaluate(() => window.__twinWall?.loseContext(false) ?? false))) throw new Error('could not lose the WebGL context');
      lostContext = true;
    }
    if (done >= 1 && killed && lostContext) break;
    if (Date.now() - t0 > 20 * 60_000) throw new Error(`the wall played ${((now - simStart) / 3_600_000).toFixed(1)} of ${hours} simulated hours in 20 minutes`);
    await page.waitForTimeout(500);
  }
  // Let the remount (4 s grace) and the restarted run finish before the last measurement.
  await page.waitForFunction(() => window.__twinWall!.recoveries() >= 2 && !window.__twinWall!.unrecoveredContextLoss(), undefined, { timeout: 60_000 }).catch(() => undefined);
  await page.waitForTimeout(3000);
  const end = await heapAfterGc(cdp);
  const state = await page.evaluate(() => {
    const w = window.__twinWall!;
    return { runs: w.runsStarted(), answers: w.answers(), recoveries: w.recoveries(), kinds: w.recoveryKinds(), losses: w.contextLosses(), unrecovered: w.unrecoveredContextLoss() };
  });
  const round = (v: number): number => Math.round(v * 100) / 100;
  return {
    soakSimulatedHours: round(((await simulatedMs(page)) - simStart) / 3_600_000),
    soakRealSeconds: round((Date.now() - t0) / 1000),
    soakRunsStarted: state.runs,
    soakAnswers: state.answers,
    soakHeapStartMb: round(start.usedMb),
    soakHeapEndMb: round(end.usedMb),
    soakHeapGrowthMb: round(end.usedMb - start.usedMb),
    soakRecoveries: state.recoveries,
    soakRecoveryKinds: [...state.kinds].reverse().join(', '),
    soakContextLosses: state.losses,
    soakUnrecoveredContextLoss: state.unrecovered ? 1 : 0,
    soakDomNodesStart: start.nodes,
    soakDomNodesEnd: end.nodes,
    soakJsListenersStart: start.listeners,
    soakJsListenersEnd: end.listeners,
  };
}

export async function benchWallSoak(hours = DEFAULT_HOURS): Promise<WallSoakFigures> {
  return withBrowserPage(`/?mode=wall&speed=${SPEED}&tour=5&pause=5`, (page) => soak(page, hours));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) {
  const hours = Number(process.argv[2] ?? DEFAULT_HOURS);
  const figures = await benchWallSoak(Number.isFinite(hours) && hours >= 24 ? hours : DEFAULT_HOURS);
  console.table([figures]);
  console.log('targets: soakHeapGrowthMb ≤ 10, soakUnrecoveredContextLoss = 0 (and soakRecoveries ≥ 2: the worker and the canvas)');
}
