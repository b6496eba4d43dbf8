// The scenario editor in headless Chromium: open it, start from the epidemic-wave preset, change a slider and undo
// it, see the live preview, run the what-if with the scenario (the KPI tiles change), export then import the same
// scenario, reject broken files without touching the draft, and keep the draft over a reload.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nonBlankFraction, openApp, saveScreenshot, screenshotPixels, type AppPage } from './harness';

type RunHooks = { __twinRun?: { status(): string; start(s?: Record<string, number>): Promise<unknown> } };

const PANEL = '[data-testid=scenario-panel]';
const JSON_TEXT = '[data-testid=scenario-json-text]';
const dir = mkdtempSync(join(tmpdir(), 'scenario-e2e-'));
const presetPeak = (JSON.parse(readFileSync('models/scenarios/epidemic-wave.scenario.json', 'utf8')) as {
  arrivals: { waves: { peakMultiplier: number }[] };
}).arrivals.waves[0].peakMultiplier;
const changedPeak = Math.round((presetPeak + 0.7) * 10) / 10;
/** Waits until the wave's plain-language summary shows this peak multiplier. */
const summaryShows = (app: AppPage, peak: number) => app.page.waitForFunction(
  (text) => (document.querySelector('[data-testid=wave-summary]')?.textContent ?? '').includes(text), `×${peak},`,
);

async function draftJson(app: AppPage): Promise<unknown> {
  return JSON.parse(await app.page.$eval(JSON_TEXT, (el) => (el as HTMLTextAreaElement).value)) as unknown;
}

async function tileTexts(app: AppPage): Promise<string[]> {
  return app.page.$$eval('[data-testid=kpi-tile]', (tiles) => tiles.map((t) => t.textContent ?? ''));
}

async function waitRunDone(app: AppPage): Promise<void> {
  await app.page.waitForFunction(() => (window as unknown as RunHooks).__twinRun?.status() === 'done', undefined, { timeout: 150_000, polling: 250 });
}

describe('scenario editor', () => {
  let app: AppPage;
  let baselineTiles: string[] = [];

  beforeAll(async () => {
    app = await openApp('/?lang=en');
    await app.page.waitForFunction(() => (window as unknown as RunHooks).__twinRun !== undefined, undefined, { timeout: 60_000 });
    await app.page.waitForFunction(() => document.querySelector('[data-testid=run-button]:not([disabled])') !== null, undefined, { timeout: 60_000 });
    // A short run keeps the test quick; the scenario run reuses these settings.
    await app.page.evaluate(() => void (window as unknown as RunHooks).__twinRun?.start({ replications: 3, days: 2 }));
    await waitRunDone(app);
    await app.page.waitForSelector('[data-testid=kpi-tile]', { timeout: 30_000 });
    baselineTiles = await tileTexts(app);
  }, 240_000);

  afterAll(async () => {
    if (app) await saveScreenshot(app.page, 'scenario-editor');
    await app?.close();
  });

  it('opens as a dialog from the header and starts from the epidemic preset', async () => {
    await app.page.click('[data-testid=scenarios-button]');
    await app.page.waitForSelector(`${PANEL}[role=dialog]`);
    await app.page.click('[data-testid=preset-epidemic-wave]', { timeout: 20_000 });
    await app.page.waitForFunction(() => (document.querySelector('[data-testid=scenario-name]') as HTMLInputElement | null)?.value.startsWith('Epidemic wave'));
    await app.page.waitForSelector('[data-testid=scenario-validity][data-valid=true]', { timeout: 20_000 });
    expect(await app.page.textContent('[data-testid=wave-summary]')).toContain(`×${presetPeak},`);
  });

  it('adds the draft to the comparison, where it is listed and ticked', async () => {
    await app.page.click('[data-testid=scenario-add-to-comparison]');
    expect(await app.page.textContent('[data-testid=scenario-action-message]')).toContain('Added to the comparison (1 of 4)');
    await app.page.keyboard.press('Escape');
    await app.page.click('[data-testid=compare-open]');
    const box = app.page.locator('[data-testid=compare-panel] input[data-scenario="editor:epidemic-wave"]');
    expect(await box.isChecked()).toBe(true);
    expect(await app.page.textContent('[data-testid=compare-panel]')).toContain('From the scenario editor');
    await app.page.click('[data-testid=compare-panel] button[aria-label]');
    await app.page.click('[data-testid=scenarios-button]');
    await app.page.waitForSelector(`${PANEL}[role=dialog]`);
  });

  it('changes a slider value and undoes it', async () => {
    await app.page.fill('[data-testid=wave-peak-input]', String(changedPeak));
    await summaryShows(app, changedPeak);
    expect(await draftJson(app)).toMatchObject({ arrivals: { waves: [{ peakMultiplier: changedPeak }] } });
    await app.page.click('[data-testid=scenario-undo]');
    await summaryShows(app, presetPeak);
    await app.page.click('[data-testid=scenario-redo]');
    await summaryShows(app, changedPeak);
    await app.page.keyboard.press('Control+z');
    await summaryShows(app, presetPeak);
    expect(await app.page.$eval('[data-testid=wave-peak-input]', (el) => Number((el as HTMLInputElement).value))).toBe(presetPeak);
  });

  it('draws the live preview of arrivals and staff', async () => {
    await app.page.waitForSelector('[data-testid=preview-arrivals] canvas', { timeout: 30_000 });
    await app.page.$eval('[data-testid=preview-arrivals]', (el) => el.scrollIntoView());
    const image = await screenshotPixels(app.page, '[data-testid=preview-arrivals]');
    expect(nonBlankFraction(image, [255, 255, 255])).toBeGreaterThan(0.02);
    let orange = 0; // the scenario line (#D55E00)
    for (let i = 0; i < image.data.length; i += 4) if (image.data[i] > 180 && image.data[i + 1] < 140 && image.data[i + 2] < 80) orange++;
    expect(orange).toBeGreaterThan(20);
    await app.page.waitForSelector('[data-testid=preview-staff] canvas');
  });

  it('runs the what-if with the scenario: the badge names it and the KPI tiles change', async () => {
    await app.page.click('[data-testid=scenario-run-button]');
    await app.page.waitForSelector('[data-testid=scenario-badge]', { timeout: 60_000 });
    await app.page.waitForFunction(() => (window as unknown as RunHooks).__twinRun?.status() === 'running', undefined, { timeout: 60_000, polling: 100 }).catch(() => undefined);
    await waitRunDone(app);
    expect(await app.page.textContent('[data-testid=scenario-badge]')).toMatch(/Scenario: Epidemic wave/);
    const tiles = await tileTexts(app);
    expect(tiles.length).toBe(baselineTiles.length);
    expect(tiles).not.toEqual(baselineTiles);
  });

  it('exports the draft, and importing that file gives the same scenario', async () => {
    const before = await draftJson(app);
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.click('[data-testid=scenario-export]')]);
    expect(download.suggestedFilename()).toMatch(/\.scenario\.json$/);
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(before);
    await app.page.fill('[data-testid=scenario-name]', 'Something else');
    await app.page.waitForFunction(() => (document.querySelector('[data-testid=scenario-name]') as HTMLInputElement).value === 'Something else');
    await app.page.setInputFiles('[data-testid=scenario-import-input]', file);
    await app.page.waitForFunction(() => (document.querySelector('[data-testid=scenario-name]') as HTMLInputElement).value.startsWith('Epidemic wave'));
    expect(await draftJson(app)).toEqual(before);
  });

  it('shows the messages of broken files and leaves the draft unchanged', async () => {
    const before = await draftJson(app);
    const badJson = join(dir, 'broken.scenario.json');
    writeFileSync(badJson, '{ "schemaVersion": 2, "kind": "scenario", "id": ');
    await app.page.setInputFiles('[data-testid=scenario-import-input]', badJson);
    await app.page.waitForSelector('[data-testid=import-problems]', { timeout: 20_000 });
    expect(await app.page.textContent('[data-testid=import-problems]')).toMatch(/not imported.*unchanged/s);
    expect(await app.page.textContent('[data-testid=import-problem-list]')).toMatch(/line \d+/);
    expect(await draftJson(app)).toEqual(before);

    const badUnit = join(dir, 'unknown-unit.scenario.json');
    writeFileSync(badUnit, JSON.stringify({ schemaVersion: 2, kind: 'scenario', id: 'x', name: 'Bad unit', staffing: [{ unit: 'ward-99z', change: { add: 2 } }] }));
    await app.page.setInputFiles('[data-testid=scenario-import-input]', badUnit);
    await app.page.waitForFunction(() => /ward-99z/.test(document.querySelector('[data-testid=import-problem-list]')?.textContent ?? ''), undefined, { timeout: 20_000 });
    expect(await app.page.textContent('[data-testid=import-problem-list]')).toMatch(/staffing\[0\]\.unit.*unknown unit/);
    expect(await draftJson(app)).toEqual(before);
  });

  it('copies a share link that opens the same scenario elsewhere; a damaged link shows a plain message', async () => {
    const before = await draftJson(app);
    await app.page.click('[data-testid=scenario-share]');
    await app.page.waitForSelector('[data-testid=scenario-share-link]');
    const url = new URL(await app.page.$eval('[data-testid=scenario-share-link]', (el) => (el as HTMLInputElement).value));
    expect(url.searchParams.get('scenario')).toMatch(/^[zj]\./);
    expect(url.searchParams.get('model')).toBe('general-hospital');
    const other = await openApp(`${url.pathname}${url.search}`);
    try {
      await other.page.waitForSelector(PANEL, { timeout: 60_000 });
      await other.page.waitForFunction(() => (document.querySelector('[data-testid=scenario-name]') as HTMLInputElement | null)?.value.startsWith('Epidemic wave'), undefined, { timeout: 30_000 });
      expect(await draftJson(other)).toEqual(before);
      expect(new URL(other.page.url()).searchParams.has('scenario')).toBe(false);
      expect(other.consoleErrors).toEqual([]);
    } finally {
      await other.close();
    }
    const broken = await openApp('/?lang=en&scenario=z.AAAAthis-is-not-a-scenario');
    try {
      await broken.page.waitForSelector('[data-testid=link-problems]', { timeout: 60_000 });
      expect(await broken.page.textContent('[data-testid=link-problems]')).toMatch(/could not be read|has problems/);
    } finally {
      await broken.close();
    }
  }, 180_000);

  it('keeps the draft over a reload, with no console errors', async () => {
    const before = await draftJson(app);
    await app.page.waitForTimeout(800); // autosave is debounced
    await app.page.reload();
    await app.page.click('[data-testid=scenarios-button]', { timeout: 60_000 });
    await app.page.waitForFunction(() => (document.querySelector('[data-testid=scenario-name]') as HTMLInputElement | null)?.value.startsWith('Epidemic wave'), undefined, { timeout: 20_000 });
    expect(await draftJson(app)).toEqual(before);
    expect(app.consoleErrors).toEqual([]);
  });
});
