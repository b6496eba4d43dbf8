/**
 * Playback benchmark (headless Chromium, SwiftShader): on a generated hospital of ≥ 2,000 rooms with a week of
 * synthetic frames (window.__twinPlayback.loadSyntheticFrames: exact, fast, no simulation needed), coloured by
 * occupancy:
 * - snapshotApplyMs: median ms to apply one new frame to every room, bed and equipment item (LUT colour,
 *   vertex/instance buffer writes, dirty ranges), timed in the page with performance.now over batches of 10.
 * - frameJsP95Ms: p95 of main-thread JS per rendered frame while playing at one simulated day per second (a new
 *   frame every animation frame): from R3F's first global effect (addEffect) to the end of its render
 *   (addAfterEffect) — clock tick, frame application, label projection, three.js render and buffer uploads.
 *   Software WebGL makes the render part pessimistic: commands are issued on the main thread either way.
 * - reactCommitsPerFrame: React commits (all roots: DOM and R3F, counted through a minimal
 *   __REACT_DEVTOOLS_GLOBAL_HOOK__ installed before the app loads) during playback ÷ frames rendered.
 * Run: `npx tsx test/bench/playbackBench.ts` (or from `npm run bench` once registered in run.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { withBrowserPage } from './browser';
import { hospitalWithRooms } from './render';

export interface PlaybackFigures {
  snapshotApplyMs: number;
  /** p95 of the main-thread JavaScript per playback frame, excluding time blocked inside WebGL calls. */
  frameJsP95Ms: number;
  /** p95 of the whole frame including WebGL calls (software rasterisation under SwiftShader). */
  frameTotalP95Ms: number;
  reactCommitsPerFrame: number;
}

export interface PlaybackDetails extends PlaybackFigures {
  rooms: number;
  beds: number;
  equipment: number;
  framesRendered: number;
  frameJsMedianMs: number;
  commits: number;
  /** Main-thread ms of a frame that renders without a new playback frame (baseline). */
  renderOnlyMedianMs: number;
}

const PLAY_MS = 5000;
const APPLY_ITERATIONS = 1000;
const DAY_PER_SECOND = 1440;

declare global {
  interface Window { __benchCommits?: number }
}

/**
 * A stand-in for React DevTools' hook: React calls onCommitFiberRoot after every commit of every root. A string,
 * not a function: tsx would wrap a function's inner arrows in a `__name` helper the page does not have.
 */
const GL_TIMER_SCRIPT = `
  globalThis.__htGlMs = 0;
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      const d = Object.getOwnPropertyDescriptor(proto, name);
      if (!d || typeof d.value !== 'function' || name === 'constructor') continue;
      const original = d.value;
      proto[name] = function () {
        const t0 = performance.now();
        try { return original.apply(this, arguments); } finally { globalThis.__htGlMs += performance.now() - t0; }
      };
    }
  }
`;

const COMMIT_COUNTER_SCRIPT = `
  window.__benchCommits = 0;
  let renderers = 0;
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    isDisabled: false,
    supportsFiber: true,
    renderers: new Map(),
    inject() { return ++renderers; },
    onCommitFiberRoot() { window.__benchCommits++; },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onScheduleFiberRoot() {},
    setStrictMode() {},
    checkDCE() {},
  };
`;

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
const round = (x: number, digits = 3): number => Math.round(x * 10 ** digits) / 10 ** digits;

async function measure(page: Page): Promise<PlaybackDetails> {
  const loaded = await page.evaluate(() => window.__twinPlayback!.loadSyntheticFrames(96 * 7 + 1));
  await page.selectOption('[data-testid=colour-by]', process.env.HT_BENCH_COLOUR ?? 'occupancyPct');
  await page.waitForTimeout(300);
  await page.evaluate(() => window.__twinPlayback!.measureApplyMs(100)); // warm-up (JIT)
  const apply = (await page.evaluate((n) => window.__twinPlayback!.measureApplyMs(n), APPLY_ITERATIONS)).sort((a, b) => a - b);

  // JavaScript per frame does not depend on the canvas's pixel count, but software rasterisation does: on a
  // 2-core machine SwiftShader's threads would otherwise preempt the page and inflate wall-clock timings.
  if (process.env.HT_BENCH_FULL_VIEWPORT !== '1') await page.setViewportSize({ width: 640, height: 400 });
  await page.evaluate((speed) => {
    const { playback } = window.__twinPlayback!;
    playback.setSpeed(speed);
    playback.seek(0);
    playback.play();
  }, DAY_PER_SECOND);
  await page.waitForTimeout(400); // the play button's own commit is a user action, not playback
  const commitsBefore = await page.evaluate(() => { window.__twinPlayback!.startFrameTiming(); return window.__benchCommits ?? 0; });
  await page.waitForTimeout(PLAY_MS);
  const { times, gl, commits } = await page.evaluate(() => ({
    times: window.__twinPlayback!.stopFrameTiming(), gl: window.__twinPlayback!.lastFrameGlTimes(), commits: window.__benchCommits ?? 0,
  }));
  const jsOnly = times.map((t, i) => Math.max(0, t - (gl[i] ?? 0))).sort((a, b) => a - b);
  await page.evaluate(() => window.__twinPlayback!.playback.pause());
  const sorted = [...times].sort((a, b) => a - b);
  const still = (await page.evaluate((n) => window.__twin!.renderFrameMs(n), 20)).sort((a, b) => a - b);
  if (process.env.HT_BENCH_VERBOSE) console.log({ times: times.map((t) => round(t, 1)), still: still.map((t) => round(t, 1)) });
  const frames = Math.max(1, times.length);
  return {
    rooms: loaded.rooms, beds: loaded.beds, equipment: loaded.equipment,
    snapshotApplyMs: round(percentile(apply, 0.5), 4),
    frameJsP95Ms: round(percentile(jsOnly, 0.95)),
    frameJsMedianMs: round(percentile(jsOnly, 0.5)),
    frameTotalP95Ms: round(percentile(sorted, 0.95)),
    reactCommitsPerFrame: round((commits - commitsBefore) / frames, 4),
    commits: commits - commitsBefore,
    framesRendered: times.length,
    renderOnlyMedianMs: round(percentile(still, 0.5)),
  };
}

/** The playback figures on a generated hospital of ≥ 2,000 rooms. */
export async function benchPlaybackDetails(): Promise<PlaybackDetails> {
  const dir = mkdtempSync(join(tmpdir(), 'ht-bench-playback-'));
  try {
    const hospital = hospitalWithRooms(2000);
    const file = join(dir, 'generated-2000.json');
    writeFileSync(file, JSON.stringify(hospital));
    return await withBrowserPage('/', async (page) => {
      await page.context().addInitScript({ content: COMMIT_COUNTER_SCRIPT });
      await page.context().addInitScript({ content: GL_TIMER_SCRIPT });
      await page.reload({ waitUntil: 'load' });
      await page.waitForFunction(() => window.__twin?.ready === true, undefined, { timeout: 180_000 });
      await page.setInputFiles('[data-testid=open-file-input]', file);
      await page.waitForFunction((n) => window.__twin?.ready === true && window.__twin.stats().rooms === n && !!window.__twinPlayback,
        hospital.rooms.length, { timeout: 180_000, polling: 100 });
      const commitsSeen = await page.evaluate(() => window.__benchCommits ?? 0);
      if (commitsSeen === 0) throw new Error('the React commit counter saw no commits: the devtools hook was not used');
      return measure(page);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchPlayback(): Promise<PlaybackFigures> {
  const { snapshotApplyMs, frameJsP95Ms, frameTotalP95Ms, reactCommitsPerFrame } = await benchPlaybackDetails();
  return { snapshotApplyMs, frameJsP95Ms, frameTotalP95Ms, reactCommitsPerFrame };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) {
  const details = await benchPlaybackDetails();
  console.table([details]);
  console.log('targets: snapshotApplyMs ≤ 0.5, frameJsP95Ms ≤ 4, reactCommitsPerFrame = 0');
}
