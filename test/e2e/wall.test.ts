import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, saveScreenshot, type AppPage } from './harness';

/**
 * The wall display (?mode=wall) end to end, in two page loads (SwiftShader is slow):
 * 1. the emergency watch with a mass-casualty incident (day 1.75 of the history, i.e. Tuesday 18:00) at
 *    4 simulated hours per second: no editing controls, the tour moves, the incident's alerts, a killed worker;
 * 2. an unknown configuration and a bad URL value: their messages in large type, the defaults running.
 */

/** window.__twinWall is typed in src/ui/wall/useWallSession.ts; the run hooks (simClient) are typed here. */
interface RunHooks { status(): string; killWorker(index?: number): void }

const INCIDENT_DAYS = 1.75; // models/scenarios/mass-casualty-incident.scenario.json: atDay
const DAY_MS = 86_400_000;
const WORKER_NOISE = /killed by test hook|simulation worker stopped/;

describe('wall display with a surge scenario', () => {
  let app: AppPage;

  beforeAll(async () => {
    app = await openApp('/?mode=wall&wall=emergency&scenario=mass-casualty-incident&speed=240&tour=5');
    await app.page.setViewportSize({ width: 1920, height: 1080 });
    await app.page.waitForFunction(() => window.__twinWall?.ready() === true, undefined, { timeout: 90_000 });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('shows no editing controls, only a way back to the planner on the same hospital', async () => {
    const { page } = app;
    await page.getByTestId('wall-tile').first().waitFor();
    const controls = await page.locator('button, input, select, textarea, [role="slider"], [contenteditable="true"]').count();
    expect(controls).toBe(0);
    for (const id of ['run-button', 'scenarios-button', 'open-file', 'run-days']) expect(await page.getByTestId(id).count()).toBe(0);
    expect(await page.getByTestId('wall-exit').getAttribute('href')).toBe('?');
    expect(await page.getByTestId('wall-tile').count()).toBe(2);
    expect(await page.getByTestId('wall-scenario').textContent()).toBe('Scenario: Mass-casualty incident');
    expect(await page.getByTestId('wall-simulated-time').textContent()).toMatch(/\d\d:\d\d/);
  });

  it('tours from floor to floor', async () => {
    const { page } = app;
    const wall = page.getByTestId('wall');
    const first = await wall.getAttribute('data-tour-floor');
    expect(['f0', 'f1']).toContain(first);
    await page.waitForFunction((was) => {
      const now = document.querySelector('[data-testid="wall"]')?.getAttribute('data-tour-floor');
      return now !== null && now !== undefined && now !== '' && now !== was;
    }, first, { timeout: 60_000 });
    const second = await wall.getAttribute('data-tour-floor');
    expect(['f0', 'f1']).toContain(second);
    expect(second).not.toBe(first);
  });

  it('raises an alert with the simulated time and the unit when the incident pushes the ED over its limits, none before', async () => {
    const { page } = app;
    await page.waitForFunction(() => (window.__twinWall?.alerts() ?? []).some((a) => a.groupId === 'ed'), undefined, { timeout: 100_000 });
    const origin = await page.evaluate(() => window.__twinWall!.historyOrigin());
    const alerts = await page.evaluate(() => window.__twinWall!.alerts());
    expect(origin).not.toBeNull();
    const ed = alerts.filter((a) => a.groupId === 'ed');
    // The playhead started at the history's minute 0 and played through the hours before the incident: the
    // emergency watch's limits are above an ordinary day, so every ED alert comes after the incident starts.
    for (const a of ed) expect(a.simMs).toBeGreaterThanOrEqual(origin! + INCIDENT_DAYS * DAY_MS);
    expect(ed[ed.length - 1]!.simMs).toBeLessThan(origin! + (INCIDENT_DAYS + 1) * DAY_MS);
    const item = page.locator('[data-testid="wall-alert"][data-group="ed"]').first();
    await item.waitFor();
    expect(await item.textContent()).toMatch(/^[⚠●]\w{3} \d\d:\d\d · Emergency · (occupancy \d+%|waiting \d+|free places [\d.]+) — (warning|critical)$/);
    await saveScreenshot(page, 'wall-1920x1080-surge');
  });

  it('recovers on its own after its simulation worker is killed', async () => {
    const { page } = app;
    expect(await page.evaluate(() => window.__twinWall!.recoveries())).toBe(0);
    // Kill the worker while a refresh run is computing (a worker killed between runs is simply replaced).
    await page.waitForFunction(() => {
      if ((window as unknown as { __twinRun?: RunHooks }).__twinRun?.status() !== 'running') return false;
      (window as unknown as { __twinRun: RunHooks }).__twinRun.killWorker(0);
      return true;
    }, undefined, { timeout: 60_000, polling: 20 });
    const answersBefore = await page.evaluate(() => window.__twinWall!.answers());
    await page.waitForFunction((n) => window.__twinWall!.recoveries() === 1 && window.__twinWall!.answers() > n && (window as unknown as { __twinRun?: RunHooks }).__twinRun?.status() !== 'error',
      answersBefore, { timeout: 60_000 });
    expect(await page.evaluate(() => window.__twinWall!.recoveryKinds())).toEqual(['worker-restarted']);
    expect(await page.getByTestId('wall-recovery').textContent()).toMatch(/Recovered automatically at \d\d:\d\d: the simulation was restarted/);
    const errors = app.consoleErrors.filter((e) => !WORKER_NOISE.test(e));
    if (errors.length > 0) await saveScreenshot(page, 'wall-console-errors');
    expect(errors).toEqual([]);
  });
});

describe('wall display with a configuration that cannot be used', () => {
  let app: AppPage;

  beforeAll(async () => {
    app = await openApp('/?mode=wall&wall=does-not-exist&speed=-3');
    await app.page.getByTestId('wall-problems').waitFor({ timeout: 60_000 });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('says which configurations exist and what is wrong with the URL, in large type, and runs on the defaults', async () => {
    const { page } = app;
    const text = await page.getByTestId('wall-problems').textContent();
    expect(text).toContain('there is no wall configuration "does-not-exist"; available: default, emergency. Showing the defaults.');
    expect(text).toContain('?speed=-3 must be greater than 0, got the number -3');
    const fontPx = await page.locator('[data-testid="wall-problem"]').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontPx).toBeGreaterThanOrEqual(0.025 * 800 - 0.5);
    await page.waitForFunction(() => window.__twinWall?.ready() === true, undefined, { timeout: 90_000 });
    expect(await page.getByTestId('wall-tile').count()).toBe(5); // the default groups of the sample hospital
    expect(await page.getByTestId('wall-simulated-time').textContent()).toMatch(/\d\d:\d\d/);
  });

  it('replaces a lost WebGL context that does not come back by remounting the 3D view', async () => {
    const { page } = app;
    const epoch = await page.getByTestId('wall-scene').getAttribute('data-canvas-epoch');
    expect(await page.evaluate(() => window.__twinWall!.loseContext(false))).toBe(true);
    await page.waitForFunction(() => window.__twinWall!.recoveries() === 1 && !window.__twinWall!.unrecoveredContextLoss(), undefined, { timeout: 30_000 });
    expect(await page.evaluate(() => window.__twinWall!.recoveryKinds())).toEqual(['canvas-remounted']);
    expect(await page.getByTestId('wall-scene').getAttribute('data-canvas-epoch')).toBe(String(Number(epoch) + 1));
    await page.locator('[data-testid="wall-scene"] canvas').waitFor();
    expect(await page.getByTestId('wall-recovery').textContent()).toMatch(/Recovered automatically at \d\d:\d\d: the 3D view was reloaded/);
  });

  it('reads at 3840×2160 as at 1080p (type scales with the screen)', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 3840, height: 2160 });
    await page.waitForTimeout(500);
    const numberPx = await page.locator('.wall-number').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(numberPx).toBeGreaterThanOrEqual(0.05 * 2160);
    await saveScreenshot(page, 'wall-3840x2160-problems');
    expect(app.consoleErrors.filter((e) => !/CONTEXT_LOST_WEBGL/.test(e))).toEqual([]);
  });

  it('leaves for the planner with Esc', async () => {
    const { page } = app;
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => !url.search.includes('mode=wall'), { timeout: 30_000 });
    expect(new URL(page.url()).search).toBe('');
  });
});
