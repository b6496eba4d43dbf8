// Rendering scales: the whole building draws in a bounded number of WebGL draw calls, whatever the
// number of rooms, beds and equipment — the sample hospital and a generated one with ≥ 2,000 rooms.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateHospital } from '../../src/domain/build/generateHospital';
import type { TwinStats } from '../../src/scene/testHooks';
import { openApp, saveScreenshot, type AppPage } from './harness';

const MAX_DRAW_CALLS = 100;
/** Selection pin and outlines, drawn only while something is selected or hovered. */
const HIGHLIGHT_CALLS = 3;

async function waitForRooms(page: Page, minRooms: number): Promise<TwinStats> {
  await page.waitForFunction(
    (min) => window.__twin?.ready === true && window.__twin.stats().rooms >= min,
    minRooms,
    { timeout: 120_000, polling: 250 },
  );
  return page.evaluate(() => window.__twin!.stats());
}

const drawCalls = (page: Page): Promise<number> => page.evaluate(() => window.__twin!.drawCalls());

async function setMode(page: Page, key: 's' | 'e' | 'i'): Promise<void> {
  await page.locator('body').press(key);
  await page.waitForTimeout(800); // floors animate into place
}

/** Floors (room floors + walls each), one instanced mesh for beds and one per equipment type, highlights. */
function drawCallBudget(stats: TwinStats, equipmentTypes: number): number {
  return 2 * stats.floors + 1 + equipmentTypes + HIGHLIGHT_CALLS;
}

describe('draw calls do not grow with rooms or equipment', () => {
  let app: AppPage;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ht-drawcalls-'));
    app = await openApp('/');
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('draws the sample hospital in ≤ 100 draw calls, in every floor mode', async () => {
    const stats = await waitForRooms(app.page, 1);
    expect(stats.beds).toBeGreaterThan(0);
    const stacked = await drawCalls(app.page);
    expect(stacked).toBeGreaterThanOrEqual(2 * stats.floors);
    expect(stacked).toBeLessThanOrEqual(Math.min(MAX_DRAW_CALLS, drawCallBudget(stats, 10)));
    await setMode(app.page, 'e');
    expect(await drawCalls(app.page)).toBe(stacked);
    await setMode(app.page, 'i');
    const isolated = await drawCalls(app.page);
    expect(isolated).toBe(stacked - 2 * (stats.floors - 1));
    await setMode(app.page, 's');
    expect(app.consoleErrors).toEqual([]);
  });

  it('draws a generated hospital of ≥ 2,000 rooms in ≤ 100 draw calls', async () => {
    const hospital = generateHospital({ beds: 1100, floors: 8, seed: 7 });
    expect(hospital.rooms.length).toBeGreaterThanOrEqual(2000);
    const file = join(dir, 'generated-2000.json');
    writeFileSync(file, JSON.stringify(hospital));
    await app.page.setInputFiles('[data-testid=open-file-input]', file);
    const stats = await waitForRooms(app.page, 2000);
    expect(stats.rooms).toBe(hospital.rooms.length);
    expect(stats.beds).toBe(hospital.beds.length);
    const types = new Set(hospital.equipment.map((e) => e.type)).size;
    const calls = await drawCalls(app.page);
    if (calls > MAX_DRAW_CALLS) await saveScreenshot(app.page, 'drawcalls-generated');
    expect(calls).toBeGreaterThanOrEqual(2 * stats.floors);
    expect(calls).toBeLessThanOrEqual(Math.min(MAX_DRAW_CALLS, drawCallBudget(stats, types)));
    await setMode(app.page, 'e');
    expect(await drawCalls(app.page)).toBe(calls);
    expect(app.consoleErrors).toEqual([]);
  });

  it('comes back after the WebGL context is lost and restored', async () => {
    const before = await drawCalls(app.page);
    const restored = await app.page.evaluate(() => window.__twin!.simulateContextLoss());
    expect(restored).toBe(true);
    expect(await app.page.evaluate(() => window.__twin!.contextLost)).toBe(false);
    expect(await drawCalls(app.page)).toBe(before);
    expect(app.consoleErrors).toEqual([]);
  });
});
