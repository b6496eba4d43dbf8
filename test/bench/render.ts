/**
 * Rendering benchmark (headless Chromium, SwiftShader — relative costs, not real-GPU frame rates):
 * draw calls and main-thread render time per frame for the sample hospital and generated hospitals of
 * about 2,000 and 5,000 rooms, loaded one after the other through the app's file input; plus the gzip
 * size of the JS the app needs. Run through `npm run bench` (test/bench/run.ts) or `npx tsx test/bench/render.ts`.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { generateHospital } from '../../src/domain/build/generateHospital';
import type { Hospital } from '../../src/domain/schema';
import { withBrowserPage } from './browser';

export interface RenderRow {
  rooms: number;
  floors: number;
  beds: number;
  equipment: number;
  drawCalls: number;
  frameMsMedian: number;
  frameMsP95: number;
  /** From choosing the file to the first rendered frame (parse, validate, build geometry, upload). */
  loadMs: number;
}

const FRAMES = 60;
const TARGET_ROOMS = [2000, 5000];

/** A generated hospital with at least `rooms` rooms, and as few beds as that takes (bisection on beds). */
export function hospitalWithRooms(rooms: number, floors = rooms > 3000 ? 12 : 8): Hospital {
  let low = 10;
  let high = rooms;
  let best = generateHospital({ beds: high, floors, seed: 42 });
  for (let step = 0; step < 10 && high - low > 5; step++) {
    const beds = Math.round((low + high) / 2);
    const hospital = generateHospital({ beds, floors, seed: 42 });
    if (hospital.rooms.length >= rooms) [high, best] = [beds, hospital];
    else low = beds;
  }
  return best;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

async function measure(page: Page, loadMs: number): Promise<RenderRow> {
  const stats = await page.evaluate(() => window.__twin!.stats());
  const drawCalls = await page.evaluate(() => window.__twin!.drawCalls());
  await page.evaluate((n) => window.__twin!.renderFrameMs(n), 10); // warm-up
  const times = (await page.evaluate((n) => window.__twin!.renderFrameMs(n), FRAMES)).sort((a, b) => a - b);
  const round = (x: number): number => Math.round(x * 100) / 100;
  return {
    rooms: stats.rooms, floors: stats.floors, beds: stats.beds, equipment: stats.equipment, drawCalls,
    frameMsMedian: round(percentile(times, 0.5)), frameMsP95: round(percentile(times, 0.95)), loadMs: Math.round(loadMs),
  };
}

async function waitForRooms(page: Page, rooms: number): Promise<void> {
  await page.waitForFunction((n) => window.__twin?.ready === true && window.__twin.stats().rooms === n, rooms, { timeout: 180_000, polling: 50 });
}

export async function benchRender(): Promise<RenderRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'ht-bench-render-'));
  try {
    return await withBrowserPage('/', async (page) => {
      const rows: RenderRow[] = [];
      const started = Date.now();
      await page.waitForFunction(() => window.__twin?.ready === true && window.__twin.stats().rooms > 0, undefined, { timeout: 180_000 });
      rows.push(await measure(page, Date.now() - started));
      for (const target of TARGET_ROOMS) {
        const hospital = hospitalWithRooms(target);
        const file = join(dir, `generated-${target}.json`);
        writeFileSync(file, JSON.stringify(hospital));
        const t0 = Date.now();
        await page.setInputFiles('[data-testid=open-file-input]', file);
        await waitForRooms(page, hospital.rooms.length);
        rows.push(await measure(page, Date.now() - t0));
      }
      return rows;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

function chunkGraph(distDir: string, entries: string[], followDynamic: boolean): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    const patterns = followDynamic ? [STATIC_IMPORT, DYNAMIC_IMPORT] : [STATIC_IMPORT];
    for (const pattern of patterns) {
      for (const match of code.matchAll(pattern)) {
        const target = match[1].startsWith('/') ? resolve(distDir, match[1].slice(1)) : resolve(dirname(file), match[1]);
        queue.push(target);
      }
    }
  }
  return [...seen];
}

function entryScripts(distDir: string): string[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g), ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)];
  return refs.map((m) => resolve(distDir, m[1].replace(/^\//, '')));
}

const gzipBytes = (files: string[]): number => files.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0);

/** Gzip size of the JS that dist/index.html loads before anything else: its entry and static imports. */
export function initialJsGzipBytes(distDir = 'dist'): number {
  return gzipBytes(chunkGraph(distDir, entryScripts(distDir), false));
}

/** Gzip size of all JS reachable from the entry, lazy chunks included (what showing the 3D hospital needs, at most). */
export function allReachableJsGzipBytes(distDir = 'dist'): number {
  return gzipBytes(chunkGraph(distDir, entryScripts(distDir), true));
}

/**
 * Gzip size of the main-thread JavaScript the browser actually loads until the sample hospital is on screen, and
 * until the first what-if has answered (KPI tiles and charts); the simulation worker is counted apart.
 */
export async function firstViewJsGzipBytes(distDir = 'dist'): Promise<{ mainThread: number; afterFirstAnswer: number; worker: number }> {
  return withBrowserPage('/', async (page) => {
    const loadedJs = async (): Promise<string[]> => {
      const paths = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.js')));
      return [...new Set(paths)].map((p) => join(distDir, p));
    };
    const isWorker = (f: string): boolean => /\.worker-[^/]*\.js$/.test(f);
    // First view: the sample hospital is drawn. Then the automatic what-if answers (KPI tiles and charts load).
    await page.waitForFunction(() => (window as unknown as { __twin?: { ready: boolean } }).__twin?.ready === true, undefined, { timeout: 120_000 });
    const first = await loadedJs();
    await page.waitForFunction(() => (window as unknown as { __twinRun?: { status(): string } }).__twinRun?.status() === 'done', undefined, { timeout: 120_000 });
    await page.waitForTimeout(500);
    const after = await loadedJs();
    return {
      mainThread: gzipBytes(first.filter((f) => !isWorker(f))),
      afterFirstAnswer: gzipBytes(after.filter((f) => !isWorker(f))),
      worker: gzipBytes(after.filter(isWorker)),
    };
  });
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) {
  const rows = await benchRender(); // builds dist/ first when it is stale
  console.log(`initial JS (gzip): ${initialJsGzipBytes()} bytes; with lazy chunks: ${allReachableJsGzipBytes()} bytes`);
  console.table(rows);
}
