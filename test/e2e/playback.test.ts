// Playback in headless Chromium on the sample hospital, with a real run in the app's workers: rooms coloured by
// queue length show the ED waiting area in visibly different colours at a quiet and at its busiest time, the
// legend states the scale in real units, play advances the simulated clock, and nothing logs an error.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, pixelAt, saveScreenshot, screenshotPixels, type AppPage, type Rgb } from './harness';

const CANVAS = '[data-testid=hospital-canvas] canvas';
const ROOM = 'ed-waiting';

interface RunHook { start(settings?: Record<string, number>): unknown; status(): string }

async function runSimulation(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __twinRun?: RunHook }).__twinRun !== undefined, undefined, { timeout: 30_000 });
  await page.waitForFunction(() => !document.querySelector('[data-testid=run-button]')?.hasAttribute('disabled'), undefined, { timeout: 60_000 });
  await page.click('[data-testid=run-button]');
  await page.waitForFunction(() => (window as unknown as { __twinRun: RunHook }).__twinRun.status() === 'done', undefined, { timeout: 90_000, polling: 200 });
  await page.waitForFunction(() => !document.querySelector('[data-testid=playback-play]')?.hasAttribute('disabled'), undefined, { timeout: 30_000 });
}

/** Median colour of the 5 × 5 canvas pixels around a page position. */
async function colourAt(page: Page, at: { x: number; y: number }): Promise<Rgb> {
  const box = await page.locator(CANVAS).boundingBox();
  if (!box) throw new Error('no canvas');
  const image = await screenshotPixels(page, CANVAS);
  const samples: Rgb[] = [];
  for (let dx = -2; dx <= 2; dx++) {
    for (let dy = -2; dy <= 2; dy++) samples.push(pixelAt(image, Math.round(at.x - box.x) + dx, Math.round(at.y - box.y) + dy));
  }
  const median = (c: 0 | 1 | 2): number => samples.map((s) => s[c]).sort((a, b) => a - b)[12];
  return [median(0), median(1), median(2)];
}

const distance = (a: Rgb, b: Rgb): number => Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]);

describe('playback of a simulated run', () => {
  let app: AppPage;

  beforeAll(async () => {
    app = await openApp('/');
    await app.page.waitForFunction(() => window.__twin?.ready === true && !!window.__twinPlayback, undefined, { timeout: 90_000 });
    await app.page.click('[data-mode=isolated]');
    await app.page.click('[data-action=fit-floor]');
    await app.page.selectOption('[data-testid=colour-by]', 'queue');
  });

  afterAll(async () => {
    await app?.close();
  });

  it('states the colour scale in real units', async () => {
    expect(await app.page.textContent('[data-testid=metric-legend-range]')).toBe('Queue: 0 … 25+ patients');
  });

  it('colours the ED waiting area differently at its quietest and at its busiest time', async () => {
    await runSimulation(app.page);
    const { quiet, busy, low, high } = await app.page.evaluate((roomId) => {
      const hooks = window.__twinPlayback!;
      const series = hooks.roomSeries(roomId, 'queue');
      if (!series) throw new Error('no frames after the run');
      let quietIndex = 0;
      series.values.forEach((v, i) => { if (v < series.values[quietIndex]) quietIndex = i; });
      const busyIndex = hooks.playback.jumpToPeak('queue', [series.roomIndex]);
      return { quiet: series.times[quietIndex], busy: series.times[busyIndex], low: series.values[quietIndex], high: series.values[busyIndex] };
    }, ROOM);
    expect(high).toBeGreaterThan(low + 2); // a busy room: its queue really changes over the run
    expect(await app.page.textContent('[data-testid=metric-legend-shown]')).toMatch(/replication 1/);

    const at = await app.page.evaluate((id) => window.__twin!.roomScreenPosition(id), ROOM);
    expect(at).not.toBeNull();
    await app.page.evaluate((t) => window.__twinPlayback!.playback.seek(t), quiet);
    await app.page.waitForTimeout(400);
    const quietColour = await colourAt(app.page, at!);
    await saveScreenshot(app.page, 'playback-quiet');
    await app.page.evaluate((t) => window.__twinPlayback!.playback.seek(t), busy);
    await app.page.waitForTimeout(400);
    const busyColour = await colourAt(app.page, at!);
    await saveScreenshot(app.page, 'playback-busy');
    expect(distance(quietColour, busyColour)).toBeGreaterThan(60);
    // More patients waiting reads brighter on the viridis scale.
    expect(busyColour[0] + busyColour[1] + busyColour[2]).toBeGreaterThan(quietColour[0] + quietColour[1] + quietColour[2]);
  });

  it('advances the simulated clock while playing and stops when paused', async () => {
    const clock = '[data-testid=playback-clock]';
    await app.page.evaluate(() => window.__twinPlayback!.playback.seek(0));
    await app.page.selectOption('[data-testid=playback-speed]', '60');
    const before = await app.page.textContent(clock);
    await app.page.click('[data-testid=playback-play]');
    await expect.poll(() => app.page.textContent(clock), { timeout: 10_000 }).not.toBe(before);
    await app.page.click('[data-testid=playback-play]');
    const paused = await app.page.textContent(clock);
    await app.page.waitForTimeout(600);
    expect(await app.page.textContent(clock)).toBe(paused);
    expect(await app.page.evaluate(() => window.__twinPlayback!.playback.time)).toBeGreaterThan(0);
  });

  it('logs no errors', () => {
    expect(app.consoleErrors).toEqual([]);
  });
});
